#include "gui/MainWindow.h"

#include "core/Settings.h"
#include "pdf/SignatureVerifier.h"
#include "pdf/VerificationReport.h"

#include <QFileDialog>
#include <QMenuBar>
#include <QPlainTextEdit>

namespace kyso::gui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_report(new QPlainTextEdit(this))
{
    setWindowTitle(tr("KySo — PDF signing for state agencies"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("Open a PDF to see its signatures."));
    setCentralWidget(m_report);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open PDF…"), this, &MainWindow::openPdf);
    file->addAction(tr("&Quit"), this, &QWidget::close);
    resize(800, 600);
}

void MainWindow::openPdf()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open PDF"), QString(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    pdf::SignatureVerifier verifier;
    for (const QString &pem : Settings::trustAnchorFiles())
        verifier.addTrustAnchors(pem);
    m_report->setPlainText(pdf::formatReport(verifier.verify(path)));
}

} // namespace kyso::gui
