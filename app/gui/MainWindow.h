#pragma once

#include <QMainWindow>

class QPlainTextEdit;

namespace kyso::gui {

// Minimal window for now: open a PDF and show its verification report.
// The full sign/verify/tokens/register views come with the desktop issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void openPdf();
    QPlainTextEdit *m_report;
};

} // namespace kyso::gui
