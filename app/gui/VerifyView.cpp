#include "VerifyView.h"

#include "Background.h"
#include "PagePreview.h"
#include "core/Settings.h"
#include "pdf/SignatureVerifier.h"
#include "pdf/VerificationReport.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kyso::gui {

VerifyView::VerifyView(QWidget *parent)
    : QWidget(parent), m_file(new QLabel(tr("Open or drop a PDF to check its signatures."), this)),
      m_verdict(new QLabel(this)), m_report(new QTextBrowser(this)), m_preview(new PagePreview(this)),
      m_previous(new QPushButton(tr("◀ &Previous page"), this)), m_next(new QPushButton(tr("&Next page ▶"), this)),
      m_pageLabel(new QLabel(this))
{
    setAcceptDrops(true);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_file->setObjectName(QStringLiteral("verifyFile"));
    m_report->setObjectName(QStringLiteral("verifyReport"));
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_verdict->setWordWrap(true);
    m_verdict->setVisible(false);
    m_verdict->setMargin(8);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *open = new QPushButton(tr("&Open PDF…"), this);
    open->setObjectName(QStringLiteral("openPdf"));
    auto *previewBox = new QWidget(this);
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_previous);
    nav->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    nav->addWidget(m_next);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addLayout(nav);
    previewLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_report);
    split->addWidget(previewBox);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(open);
    top->addWidget(m_file, 1);
    layout->addLayout(top);
    layout->addWidget(m_verdict);
    layout->addWidget(split, 1);
    // Reading order: open, the report, then the page buttons.
    setTabOrder(open, m_report);
    setTabOrder(m_report, m_previous);
    setTabOrder(m_previous, m_next);
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open PDF"), QString(), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            verifyFile(path);
    });
    connect(m_previous, &QPushButton::clicked, this, [this] { m_preview->showPage(m_preview->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_preview->showPage(m_preview->page() + 1); });
    connect(m_preview, &PagePreview::pageShown, this, [this](int page, int count) {
        m_pageLabel->setText(count > 0 ? tr("Page %1 of %2").arg(page).arg(count) : QString());
        m_previous->setEnabled(page > 1);
        m_next->setEnabled(page < count);
    });
}

void VerifyView::verifyFile(const QString &path)
{
    const quint64 generation = ++m_generation;
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(path);
    m_verdict->setVisible(false);
    m_report->setPlainText(tr("Checking…"));
    m_preview->setMarks({});
    if (m_preview->load(path))
        m_preview->showPage(1);
    const QStringList anchors = Settings::trustAnchorFiles();
    runInBackground(
        this,
        [path, anchors] {
            pdf::SignatureVerifier verifier;
            for (const QString &pem : anchors)
                verifier.addTrustAnchors(pem);
            return verifier.verify(path);
        },
        [this, generation](const pdf::VerificationReport &report) {
            if (generation != m_generation)
                return; // another file was opened meanwhile
            m_report->setPlainText(pdf::formatReport(report));
            showVerdict(pdf::verdictFor(report));
            emit verified(report.allValid());
        });
}

void VerifyView::showVerdict(const pdf::VerificationVerdict &verdict)
{
    using Level = pdf::VerificationVerdict::Level;
    m_lastVerdict = verdict;
    QString colours;
    QString mark;
    switch (verdict.level) {
    case Level::Valid:
        colours = QStringLiteral("background:#e3f4e8; color:#0b5a2a; border:1px solid #0b5a2a;");
        mark = QStringLiteral("✔ ");
        break;
    case Level::ValidWithChanges:
        colours = QStringLiteral("background:#fff3d6; color:#6b4400; border:1px solid #a06a00;");
        mark = QStringLiteral("⚠ ");
        break;
    case Level::Invalid:
    case Level::Unreadable:
        colours = QStringLiteral("background:#fde4e4; color:#8a0000; border:2px solid #b00000;");
        mark = QStringLiteral("✘ ");
        break;
    case Level::NoSignatures:
        colours = QStringLiteral("background:#eeeeee; color:#333333; border:1px solid #888888;");
        break;
    }
    m_verdict->setStyleSheet(QStringLiteral("QLabel#verdict { %1 font-weight:bold; }").arg(colours));
    m_verdict->setText(mark + verdict.headline + QLatin1Char('\n') + verdict.advice);
    m_verdict->setVisible(true);
    m_preview->setMarks(verdict.marks);
    if (const int page = verdict.firstMarkedPage(); page > 0)
        m_preview->showPage(page);
}

void VerifyView::dragEnterEvent(QDragEnterEvent *e)
{
    if (e->mimeData()->hasUrls())
        e->acceptProposedAction();
}

void VerifyView::dropEvent(QDropEvent *e)
{
    const QList<QUrl> urls = e->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        verifyFile(urls.first().toLocalFile());
}

} // namespace kyso::gui
