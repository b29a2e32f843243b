#include "PinDialog.h"

#include "SecretField.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kyso::gui {

using pkcs11::PinStatus;

PinDialog::PinDialog(const QString &tokenLabel, const pkcs11::PinState &state, QWidget *parent)
    : QDialog(parent), m_state(state), m_problem(new QLabel(this)), m_stateLabel(new QLabel(this)), m_pin(new QLineEdit(this)),
      m_confirm(new QCheckBox(tr("I &understand that a wrong PIN now locks the token"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("PinDialog"));
    setWindowTitle(tr("Token PIN"));
    auto *layout = new QVBoxLayout(this);
    m_problem->setObjectName(QStringLiteral("pinProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    auto *prompt = new QLabel(tr("Enter the &PIN of token \"%1\".").arg(tokenLabel), this);
    prompt->setObjectName(QStringLiteral("pinPrompt"));
    prompt->setWordWrap(true);
    prompt->setBuddy(m_pin);
    layout->addWidget(prompt);
    m_stateLabel->setObjectName(QStringLiteral("pinState"));
    m_stateLabel->setWordWrap(true);
    switch (state.status) {
    case PinStatus::Ok: m_stateLabel->setText(tr("The token reports no failed attempts.")); break;
    case PinStatus::CountLow:
        m_stateLabel->setText(tr("Warning: %1. Check the PIN carefully.").arg(state.describe()));
        m_stateLabel->setStyleSheet(QStringLiteral("color: #a05a00; font-weight: bold"));
        break;
    case PinStatus::FinalTry:
        m_stateLabel->setText(tr("FINAL ATTEMPT: %1.").arg(state.describe()));
        m_stateLabel->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold"));
        break;
    case PinStatus::Locked:
        m_stateLabel->setText(tr("The PIN is locked. The managing agency must send a written request on Form 06 (Mẫu 06) to "
                                 "the provincial Department of Science and Technology to unlock it."));
        m_stateLabel->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold"));
        break;
    default: m_stateLabel->setText(state.describe()); break;
    }
    layout->addWidget(m_stateLabel);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setVisible(state.status != PinStatus::Locked);
    layout->addWidget(m_pin);
    m_confirm->setObjectName(QStringLiteral("confirmFinalTry"));
    m_confirm->setVisible(state.status == PinStatus::FinalTry);
    layout->addWidget(m_confirm);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pin, &QLineEdit::textChanged, this, &PinDialog::updateButtons);
    connect(m_pin, &QLineEdit::returnPressed, this, [this] {
        if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok); ok->isEnabled())
            ok->click();
    });
    connect(m_confirm, &QCheckBox::toggled, this, &PinDialog::updateButtons);
    updateButtons();
}

// Enter confirms from the PIN field only (returnPressed above): pressed on the
// final-try tick box or anywhere else it must not send the PIN by accident.
void PinDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void PinDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString PinDialog::problemText() const
{
    return m_problem->text();
}

QString PinDialog::stateText() const
{
    return m_stateLabel->text();
}

void PinDialog::updateButtons()
{
    bool ok = m_state.status != PinStatus::Locked && !m_pin->text().isEmpty();
    if (m_state.status == PinStatus::FinalTry)
        ok = ok && m_confirm->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

std::shared_ptr<SecureBuffer> PinDialog::takePin()
{
    return takeSecret(m_pin);
}

bool PinDialog::finalTryConfirmed() const
{
    return m_state.status == PinStatus::FinalTry && m_confirm->isChecked();
}

} // namespace kyso::gui
