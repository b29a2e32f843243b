#include "ChangePinDialog.h"

#include "Background.h"
#include "SecretField.h"

#include "pkcs11/TokenSession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>


namespace kyso::gui {

namespace {
class TwoPins : public pkcs11::PinProvider
{
public:
    TwoPins(std::shared_ptr<SecureBuffer> oldPin, std::shared_ptr<SecureBuffer> newPin) : m_old(oldPin), m_new(newPin) {}
    Error providePin(const pkcs11::PinRequest &, SecureBuffer &pin) override
    {
        pin.assign(m_old->c_str(), m_old->size());
        m_old->clear();
        return {};
    }
    Error provideNewPin(const pkcs11::PinRequest &, SecureBuffer &pin) override
    {
        pin.assign(m_new->c_str(), m_new->size());
        m_new->clear();
        return {};
    }
    bool confirmFinalTry(const pkcs11::PinRequest &) override { return false; }

private:
    std::shared_ptr<SecureBuffer> m_old, m_new;
};

} // namespace

ChangePinDialog::ChangePinDialog(const QString &module, const QString &tokenSerial, QWidget *parent)
    : QDialog(parent), m_module(module), m_serial(tokenSerial), m_old(new QLineEdit(this)), m_new(new QLineEdit(this)),
      m_again(new QLineEdit(this)), m_message(new QLabel(this)), m_ok(new QPushButton(tr("Change &PIN"), this))
{
    setWindowTitle(tr("Change the PIN of token %1").arg(tokenSerial));
    for (QLineEdit *e : {m_old, m_new, m_again})
        e->setEchoMode(QLineEdit::Password);
    setObjectName(QStringLiteral("ChangePinDialog"));
    m_old->setObjectName(QStringLiteral("currentPin"));
    m_new->setObjectName(QStringLiteral("newPin"));
    m_again->setObjectName(QStringLiteral("newPinAgain"));
    m_ok->setObjectName(QStringLiteral("changePinButton"));
    // A long answer from the token wraps instead of widening the dialog.
    m_message->setObjectName(QStringLiteral("changePinMessage"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Current PIN"), m_old);
    form->addRow(tr("&New PIN"), m_new);
    form->addRow(tr("New PIN &again"), m_again);
    form->addRow(m_message);
    form->addRow(m_ok);
    connect(m_ok, &QPushButton::clicked, this, &ChangePinDialog::apply);
}

void ChangePinDialog::apply()
{
    if (m_new->text().isEmpty() || m_new->text() != m_again->text()) {
        m_message->setText(tr("The two new PINs differ."));
        return;
    }
    m_again->clear();
    m_ok->setEnabled(false);
    m_message->setText(tr("Changing…"));
    auto pins = std::make_shared<TwoPins>(takeSecret(m_old), takeSecret(m_new));
    const QString module = m_module, serial = m_serial;
    struct Outcome {
        bool tryAgain = false; // a wrong current PIN: the dialog stays open
        QString message;
    };
    const auto finished = [this](const Outcome &outcome) {
        if (outcome.tryAgain) {
            m_message->setText(outcome.message);
            m_old->clear();
            m_new->clear();
            m_old->setFocus();
            m_ok->setEnabled(true);
            return;
        }
        emit done(outcome.message);
        accept();
    };
    runInBackground(this, [module, serial, pins] {
        pkcs11::SessionOptions so;
        so.modulePath = module;
        so.token = serial;
        so.needCertificate = false;
        Error e;
        auto session = pkcs11::TokenSession::open(so, e);
        if (session)
            e = session->changePin(*pins);
        if (!e)
            return Outcome{false, QCoreApplication::translate("ChangePinDialog", "The PIN was changed.")};
        // The message carries what the token now reports (attempts low, final try).
        return Outcome{e.code() == ErrorCode::PinIncorrect, e.desktopMessage()};
    }, finished);
}

} // namespace kyso::gui
