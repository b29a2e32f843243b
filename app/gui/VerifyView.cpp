#include "VerifyView.h"

#include "Background.h"
#include "PagePreview.h"
#include "core/Settings.h"
#include "pdf/SignatureVerifier.h"
#include "pdf/VerificationReport.h"

#include <QDragEnterEvent>
#include <algorithm>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QKeyEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace kyso::gui {

namespace {

QString vietnamTime(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(7 * 3600)).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

// As what the signer signed: title, unit and agency from the certificate.
QString signedAs(const pdf::SignatureReport &s)
{
    QStringList parts;
    for (const QString &part : {s.signer.title, s.signer.organizationalUnit, s.signer.organization}) {
        if (!part.trimmed().isEmpty() && !parts.contains(part.trimmed()))
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

QString changedAfter(const pdf::SignatureReport &s)
{
    QString text;
    switch (s.changes.changesAfter) {
    case pdf::ChangeClass::None:
        return VerifyView::tr("Nothing was changed after this signature.");
    case pdf::ChangeClass::Signatures:
        return VerifyView::tr("After it, only further signatures or validation data were added.");
    case pdf::ChangeClass::FormFilling:
        text = VerifyView::tr("After it, form fields were filled in.");
        break;
    case pdf::ChangeClass::Annotations:
        text = VerifyView::tr("After it, annotations were added or changed.");
        break;
    case pdf::ChangeClass::Other:
        text = VerifyView::tr("After it, the document itself was changed.");
        break;
    }
    const int shown = std::min<int>(3, int(s.changes.changes.size()));
    for (int i = 0; i < shown; ++i)
        text += QStringLiteral("<br>• ") + s.changes.changes.at(i).text().toHtmlEscaped();
    if (s.changes.changes.size() > shown)
        text += QStringLiteral("<br>• ") + VerifyView::tr("and %n more (see the details below)", nullptr, int(s.changes.changes.size()) - shown);
    return text;
}

QString cardHtml(const pdf::SignatureReport &s)
{
    const QString name = s.signer.commonName.isEmpty() ? s.fieldName : s.signer.commonName;
    QString html = QStringLiteral("<b>%1 %2</b>").arg(s.isValid() ? QStringLiteral("✔") : QStringLiteral("✘"), name.toHtmlEscaped());
    if (const QString as = signedAs(s); !as.isEmpty())
        html += QStringLiteral("<br>") + VerifyView::tr("As: %1").arg(as.toHtmlEscaped());
    html += QStringLiteral("<br>")
        + (s.signingTime.isValid() ? VerifyView::tr("Signed on %1 (Vietnam time)").arg(vietnamTime(s.signingTime))
                                   : VerifyView::tr("The signing time is not stated"));
    if (s.isValid())
        html += QStringLiteral("<br><span style='color:#0b5a2a'><b>%1</b></span>")
                    .arg(VerifyView::tr("Valid and trusted: the certificate comes from a trusted CA and was valid when signing."));
    else
        html += QStringLiteral("<br><span style='color:#a00000'><b>%1</b></span>")
                    .arg(VerifyView::tr("NOT valid: %1.").arg(pdf::invalidReason(s).toHtmlEscaped()));
    html += QStringLiteral("<br>") + changedAfter(s);
    if (s.page > 0)
        html += QStringLiteral("<br><i>%1</i>").arg(VerifyView::tr("Box on page %1 (click to show it)").arg(s.page));
    return html;
}

} // namespace

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
    // Left: the cards (scrolling) above the detailed report; right: the page.
    m_cardsBox = new QWidget(this);
    m_cardsLayout = new QVBoxLayout(m_cardsBox);
    m_cardsLayout->setContentsMargins(2, 2, 2, 2);
    m_cardsLayout->addStretch(1);
    m_cardsScroll = new QScrollArea(this);
    m_cardsScroll->setObjectName(QStringLiteral("signatureCards"));
    m_cardsScroll->setWidgetResizable(true);
    m_cardsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardsScroll->setWidget(m_cardsBox);
    m_cardsScroll->viewport()->installEventFilter(this); // its width sets the cards' heights
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_cardsScroll);
    left->addWidget(m_report);
    left->setSizes({400, 250});
    auto *split = new QSplitter(this);
    split->addWidget(left);
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
    clearCards();
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
            showCards(report);
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

void VerifyView::clearCards()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    m_cardMark.clear();
    m_cardPage.clear();
    m_cardValid.clear();
    m_selectedCard = -1;
}

static QString cardStyle(bool valid, bool selected)
{
    const QString border = selected ? QStringLiteral("3px solid #005ac8")
                                    : (valid ? QStringLiteral("1px solid #0b5a2a") : QStringLiteral("2px solid #b00000"));
    return QStringLiteral("QLabel { background:%1; border:%2; border-radius:4px; }")
        .arg(valid ? QStringLiteral("#f2faf4") : QStringLiteral("#fdecec"), border);
}

void VerifyView::showCards(const pdf::VerificationReport &report)
{
    clearCards();
    int mark = 0; // verdictFor lists the signatures' marks first, in report order
    for (const pdf::SignatureReport &s : report.signatures) {
        auto *card = new QLabel(m_cardsBox);
        card->setObjectName(QStringLiteral("signatureCard"));
        card->setWordWrap(true);
        card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        card->setContentsMargins(8, 6, 8, 6);
        card->setTextFormat(Qt::RichText);
        card->setText(cardHtml(s));
        card->setFocusPolicy(Qt::StrongFocus);
        card->setCursor(s.page > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        card->setStyleSheet(cardStyle(s.isValid(), false));
        card->installEventFilter(this);
        m_cardsLayout->insertWidget(m_cards.size(), card);
        card->show(); // now, not only after the layout's queued show
        m_cards << card;
        m_cardMark << (s.page > 0 ? mark++ : -1);
        m_cardPage << s.page;
        m_cardValid << s.isValid();
    }
    fitCards();
    // Again once the layout has given the viewport its final width (the view
    // may have been hidden, with a narrow default width, when the report came).
    QTimer::singleShot(0, this, &VerifyView::fitCards);
}

void VerifyView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &VerifyView::fitCards);
}

// Each card as tall as its text at the width available: the cards never
// squeeze, the area scrolls instead.
void VerifyView::fitCards()
{
    const QMargins margins = m_cardsLayout->contentsMargins();
    const int width = std::max(m_cardsScroll->viewport()->width() - margins.left() - margins.right(), 100);
    for (QLabel *card : std::as_const(m_cards)) {
        // The text laid out at the card's width, as the label will draw it,
        // plus its margins and the style's border (3 px at most, each side).
        const QMargins inner = card->contentsMargins();
        QTextDocument text;
        text.setDefaultFont(card->font());
        text.setDocumentMargin(0);
        text.setHtml(card->text());
        text.setTextWidth(width - inner.left() - inner.right() - 6);
        card->setFixedHeight(int(std::ceil(text.size().height())) + inner.top() + inner.bottom() + 6 + 4);
    }
}

void VerifyView::selectCard(int index)
{
    if (index < 0 || index >= m_cards.size())
        return;
    if (m_selectedCard >= 0 && m_selectedCard < m_cards.size())
        m_cards.at(m_selectedCard)->setStyleSheet(cardStyle(m_cardValid.at(m_selectedCard), false));
    m_selectedCard = index;
    m_cards.at(index)->setStyleSheet(cardStyle(m_cardValid.at(index), true));
    fitCards(); // the thicker border takes room
    if (m_cardPage.at(index) > 0)
        m_preview->showPage(m_cardPage.at(index));
    m_preview->setHighlightedMark(m_cardMark.at(index));
}

bool VerifyView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cardsScroll->viewport() && event->type() == QEvent::Resize)
        fitCards();
    const int index = m_cards.indexOf(qobject_cast<QLabel *>(watched));
    if (index >= 0) {
        const bool press = event->type() == QEvent::MouseButtonPress;
        const bool key = event->type() == QEvent::KeyPress
            && (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space || static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return
                || static_cast<QKeyEvent *>(event)->key() == Qt::Key_Enter);
        if (press || key) {
            selectCard(index);
            return key;
        }
    }
    return QWidget::eventFilter(watched, event);
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
