#pragma once

#include <QWidget>

class QTextBrowser;
class QLabel;

namespace kyso::gui {

class PagePreview;

// The signatures of any PDF, in plain language, next to the page as poppler
// draws it (signature appearances included). Verification runs off the GUI
// thread.
class VerifyView : public QWidget
{
    Q_OBJECT
public:
    explicit VerifyView(QWidget *parent = nullptr);
    void verifyFile(const QString &path);
    QTextBrowser *report() { return m_report; }

signals:
    void verified(bool allValid);

protected:
    void dragEnterEvent(QDragEnterEvent *) override;
    void dropEvent(QDropEvent *) override;

private:
    QLabel *m_file;
    QTextBrowser *m_report;
    PagePreview *m_preview;
};

} // namespace kyso::gui
