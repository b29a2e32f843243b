#include "VerifyView.h"

#include "PagePreview.h"
#include "core/Settings.h"
#include "pdf/SignatureVerifier.h"
#include "pdf/VerificationReport.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kyso::gui {

VerifyView::VerifyView(QWidget *parent)
    : QWidget(parent), m_file(new QLabel(tr("Open or drop a PDF to check its signatures."), this)),
      m_report(new QTextBrowser(this)), m_preview(new PagePreview(this))
{
    setAcceptDrops(true);
    auto *open = new QPushButton(tr("Open PDF…"), this);
    auto *split = new QSplitter(this);
    split->addWidget(m_report);
    split->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(open);
    layout->addWidget(m_file);
    layout->addWidget(split, 1);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open PDF"), QString(), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            verifyFile(path);
    });
}

void VerifyView::verifyFile(const QString &path)
{
    m_file->setText(path);
    m_report->setPlainText(tr("Checking…"));
    m_preview->load(path);
    const QStringList anchors = Settings::trustAnchorFiles();
    auto *watcher = new QFutureWatcher<pdf::VerificationReport>(this);
    connect(watcher, &QFutureWatcher<pdf::VerificationReport>::finished, this, [this, watcher] {
        const pdf::VerificationReport report = watcher->result();
        watcher->deleteLater();
        m_report->setPlainText(pdf::formatReport(report));
        emit verified(report.allValid());
    });
    watcher->setFuture(QtConcurrent::run([path, anchors] {
        pdf::SignatureVerifier verifier;
        for (const QString &pem : anchors)
            verifier.addTrustAnchors(pem);
        return verifier.verify(path);
    }));
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
