#pragma once

#include "core/SecureBuffer.h"
#include "pkcs11/PinState.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QKeyEvent;
class QLabel;
class QLineEdit;

namespace kyso::gui {

// Asks for the token PIN after showing what the token reports: few attempts
// left, final attempt (needs an explicit tick), or locked (no PIN field; the
// Form 06 procedure instead). Opened with open(), never exec().
class PinDialog : public QDialog
{
    Q_OBJECT
public:
    PinDialog(const QString &tokenLabel, const pkcs11::PinState &state, QWidget *parent = nullptr);

    // The PIN typed, moved out of the widget; the field is cleared.
    std::shared_ptr<SecureBuffer> takePin();
    bool finalTryConfirmed() const;
    QString stateText() const;
    // Why the previous PIN was refused ("Wrong PIN."), shown above the state;
    // the state then tells how many attempts are left.
    void setProblem(const QString &text);
    QString problemText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateButtons();

    pkcs11::PinState m_state;
    QLabel *m_problem;
    QLabel *m_stateLabel;
    QLineEdit *m_pin;
    QCheckBox *m_confirm;
    QDialogButtonBox *m_buttons;
};

} // namespace kyso::gui
