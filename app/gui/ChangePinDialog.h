#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kyso::gui {

// Old PIN, new PIN twice; the change itself runs off the GUI thread through
// the token layer (same PIN-state rules as a login).
class ChangePinDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePinDialog(const QString &module, const QString &tokenSerial, QWidget *parent = nullptr);

signals:
    void done(const QString &message);

private:
    void apply();

    QString m_module, m_serial;
    QLineEdit *m_old, *m_new, *m_again;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace kyso::gui
