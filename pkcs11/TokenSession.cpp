#include "pkcs11/TokenSession.h"

#include "pkcs11/CkrError.h"
#include "pkcs11/Module.h"
#include "pkcs11/TokenKey.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <p11-kit/pkcs11.h>

namespace kyso::pkcs11 {

struct TokenSession::Data {
    PKCS11_SLOT *slot = nullptr;
    unsigned long slotId = 0;
    QString label;
    QString serial;
    CertificateInfo cert;
    QByteArray certId;
    QList<QByteArray> chain;
    bool loggedIn = false;
};

namespace {

QString labelOf(const PKCS11_TOKEN *token)
{
    return QString::fromUtf8(token->label).trimmed();
}

QByteArray idOf(const PKCS11_CERT *cert)
{
    return QByteArray(reinterpret_cast<const char *>(cert->id), int(cert->id_len));
}

// Chooses the token and certificate; runs on the token thread.
Error choose(Module &module, const SessionOptions &options, TokenSession::Data &d)
{
    if (Error e = module.enumerate())
        return e;
    QList<PKCS11_SLOT *> candidates;
    QStringList present;
    for (unsigned int i = 0; i < module.slotCount(); ++i) {
        PKCS11_SLOT *slot = module.slot(i);
        if (!slot->token || !slot->token->initialized)
            continue;
        const QString label = labelOf(slot->token);
        const QString serial = QString::fromUtf8(slot->token->serialnr).trimmed();
        present << QStringLiteral("%1 [%2]").arg(label, serial);
        const QString wanted = options.token.trimmed();
        if (wanted.isEmpty() || label == wanted || serial == wanted)
            candidates << slot;
    }
    if (candidates.isEmpty())
        return Error(ErrorCode::TokenAbsent,
                     options.token.isEmpty()
                         ? QString()
                         : QCoreApplication::translate("TokenSession", "token \"%1\" not found").arg(options.token));
    if (candidates.size() > 1)
        return Error(ErrorCode::TokenAmbiguous,
                     QCoreApplication::translate("TokenSession", "tokens present: %1").arg(present.join(QStringLiteral(", "))));
    d.slot = candidates.first();
    d.slotId = PKCS11_get_slotid_from_slot(d.slot);
    d.label = labelOf(d.slot->token);
    d.serial = QString::fromUtf8(d.slot->token->serialnr).trimmed();
    if (!options.needCertificate)
        return {};

    PKCS11_CERT *certs = nullptr;
    unsigned int certCount = 0;
    if (PKCS11_enumerate_certs(d.slot->token, &certs, &certCount) != 0)
        return errorFromLibp11("C_FindObjects");
    QList<PKCS11_CERT *> endEntities;
    QList<X509 *> authorities;
    QStringList found;
    for (unsigned int i = 0; i < certCount; ++i) {
        if (!certs[i].x509)
            continue;
        if (X509_check_ca(certs[i].x509) > 0) {
            authorities << certs[i].x509;
            continue;
        }
        found << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(idOf(&certs[i]).toHex()),
                                              CertificateInfo::fromX509(certs[i].x509).commonName);
        if (options.certId.isEmpty() || idOf(&certs[i]) == options.certId)
            endEntities << &certs[i];
    }
    if (endEntities.size() != 1) {
        QString detail;
        if (endEntities.size() > 1)
            detail = QCoreApplication::translate("TokenSession", "several certificates, choose one by its ID: %1")
                         .arg(found.join(QStringLiteral("; ")));
        else if (!options.certId.isEmpty())
            detail = QCoreApplication::translate("TokenSession", "no certificate with ID %1; present: %2")
                         .arg(QString::fromLatin1(options.certId.toHex()), found.join(QStringLiteral("; ")));
        return Error(ErrorCode::CertificateNotFound, detail);
    }
    PKCS11_CERT *chosen = endEntities.first();
    d.cert = CertificateInfo::fromX509(chosen->x509);
    d.certId = idOf(chosen);

    // Issuing CAs stored on the token, signer's issuer first; the
    // self-signed root is left to the verifier's trust store.
    X509 *current = chosen->x509;
    for (int depth = 0; depth < 8; ++depth) {
        X509 *issuer = nullptr;
        for (X509 *ca : authorities) {
            if (ca != current && X509_check_issued(ca, current) == X509_V_OK) {
                issuer = ca;
                break;
            }
        }
        if (!issuer || X509_check_issued(issuer, issuer) == X509_V_OK)
            break;
        d.chain << CertificateInfo::fromX509(issuer).der;
        current = issuer;
    }
    return {};
}

} // namespace

std::unique_ptr<TokenSession> TokenSession::open(const SessionOptions &options, Error &error)
{
    std::unique_ptr<TokenSession> session(new TokenSession);
    session->m_module = Module::acquire(options.modulePath, error);
    if (!session->m_module)
        return nullptr;
    auto data = std::make_shared<Data>();
    Module *module = session->m_module.get();
    if ((error = module->call([module, options, data] {
             Error e = choose(*module, options, *data);
             if (!e)
                 module->sessionOpened(); // keeps this slot list alive
             return e;
         })))
        return nullptr;
    session->d = data;

    // Refuse an expired certificate before any PIN is spent.
    if (options.needCertificate) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const CertificateInfo &cert = data->cert;
        if (now > cert.notAfter) {
            error = Error(ErrorCode::CertificateExpired, QCoreApplication::translate("TokenSession", "%1 expired on %2")
                                                             .arg(cert.commonName, cert.notAfter.toString(Qt::ISODate)));
            return nullptr;
        }
        if (now < cert.notBefore) {
            error = Error(ErrorCode::CertificateNotYetValid,
                          QCoreApplication::translate("TokenSession", "%1 is valid from %2")
                              .arg(cert.commonName, cert.notBefore.toString(Qt::ISODate)));
            return nullptr;
        }
    }
    return session;
}

TokenSession::~TokenSession()
{
    if (d && m_module) {
        auto data = d;
        Module *module = m_module.get();
        m_module->call([data, module] {
            if (data->loggedIn)
                PKCS11_logout(data->slot);
            module->sessionClosed();
            return Error();
        });
    }
}

bool TokenSession::isLoggedIn() const
{
    return d && d->loggedIn;
}

QString TokenSession::tokenLabel() const
{
    return d->label;
}

QString TokenSession::tokenSerial() const
{
    return d->serial;
}

const CertificateInfo &TokenSession::certificate() const
{
    return d->cert;
}

QList<QByteArray> TokenSession::chainDer() const
{
    return d->chain;
}

QByteArray TokenSession::certificateId() const
{
    return d->certId;
}

Error TokenSession::readPinState(PinState &state) const
{
    auto out = std::make_shared<PinState>();
    Module *module = m_module.get();
    const unsigned long slotId = d->slotId;
    Error e = module->call([module, slotId, out] {
        return module->infoReader()->readPinState(slotId, *out) ? Error() : Error(ErrorCode::TokenRemoved);
    });
    if (!e)
        state = *out;
    return e;
}

Error TokenSession::checkBeforePin(PinProvider &pins, PinRequest &request) const
{
    request = PinRequest{d->label, d->serial, {}};
    if (Error e = readPinState(request.state))
        return e;
    switch (request.state.status) {
    case PinStatus::Locked: return Error(ErrorCode::PinLocked, request.state.describe());
    case PinStatus::NotInitialized: return Error(ErrorCode::TokenError, request.state.describe());
    case PinStatus::FinalTry:
        if (!pins.confirmFinalTry(request))
            return Error(ErrorCode::PinFinalTryNotConfirmed);
        break;
    default: break;
    }
    return {};
}

// Maps a failed C_Login / C_SetPIN, reading what the token reports now.
Error TokenSession::pinFailure(unsigned long rv, const char *function) const
{
    PinState after;
    if (Error e = readPinState(after))
        return e.code() == ErrorCode::TokenTimeout ? e : Error(ErrorCode::TokenRemoved);
    const Error e = errorFromCkr(rv, function);
    if (e.code() == ErrorCode::PinLocked || after.status == PinStatus::Locked)
        return Error(ErrorCode::PinLocked, after.describe());
    if (e.code() == ErrorCode::PinIncorrect)
        return Error(ErrorCode::PinIncorrect, after.status == PinStatus::Ok ? QString() : after.describe());
    return e;
}

Error TokenSession::login(PinProvider &pins)
{
    PinRequest request;
    if (Error e = checkBeforePin(pins, request))
        return e;
    // The PIN is asked for on the caller's thread (no token call is pending
    // meanwhile) and handed to the token thread in a buffer it owns.
    auto pin = std::make_shared<SecureBuffer>();
    if (!request.state.protectedAuthPath) {
        if (Error e = pins.providePin(request, *pin))
            return e;
        if (pin->isEmpty())
            return Error(ErrorCode::PinUnavailable);
    }
    auto rv = std::make_shared<unsigned long>(0);
    auto data = d;
    const bool pinPad = request.state.protectedAuthPath;
    Error e = m_module->call(
        [data, pin, rv, pinPad] {
            // libp11 skips C_Login when the slot already counts as logged
            // in, which would let any PIN "succeed": start from a clean state.
            int loggedIn = 0;
            if (PKCS11_is_logged_in(data->slot, 0, &loggedIn) == 0 && loggedIn)
                PKCS11_logout(data->slot);
            ERR_clear_error();
            const int rc = PKCS11_login(data->slot, 0, pinPad ? nullptr : pin->c_str());
            pin->clear();
            if (rc == 0) {
                data->loggedIn = true;
                return Error();
            }
            *rv = lastLibp11Ckr();
            if (*rv == CKR_OK)
                *rv = CKR_FUNCTION_FAILED;
            return Error();
        },
        Module::Wait::Login);
    if (e)
        return e;
    return *rv == CKR_OK ? Error() : pinFailure(*rv, "C_Login");
}

Error TokenSession::changePin(PinProvider &pins)
{
    PinRequest request;
    if (Error e = checkBeforePin(pins, request))
        return e;
    auto oldPin = std::make_shared<SecureBuffer>();
    auto newPin = std::make_shared<SecureBuffer>();
    if (Error e = pins.providePin(request, *oldPin))
        return e;
    if (Error e = pins.provideNewPin(request, *newPin))
        return e;
    if (oldPin->isEmpty() || newPin->isEmpty())
        return Error(ErrorCode::PinUnavailable);
    auto rv = std::make_shared<unsigned long>(0);
    Module *module = m_module.get();
    const unsigned long slotId = d->slotId;
    // A timeout is a failure: the PIN may or may not have changed, and the
    // task may still be writing *rv, which is read only after it finished.
    if (Error e = m_module->call(
            [module, slotId, oldPin, newPin, rv] {
                *rv = module->infoReader()->setPin(slotId, oldPin->c_str(), newPin->c_str());
                oldPin->clear();
                newPin->clear();
                return Error();
            },
            Module::Wait::Login))
        return e;
    if (*rv == CKR_OK)
        return {};
    return pinFailure(*rv, "C_SetPIN");
}

std::unique_ptr<SigningKey> TokenSession::signingKey(Error &error)
{
    auto data = d;
    auto key = std::make_shared<EVP_PKEY *>(nullptr);
    error = m_module->call([data, key] {
        PKCS11_KEY *keys = nullptr;
        unsigned int keyCount = 0;
        if (PKCS11_enumerate_keys(data->slot->token, &keys, &keyCount) != 0)
            return errorFromLibp11("C_FindObjects");
        for (unsigned int i = 0; i < keyCount; ++i) {
            const QByteArray id(reinterpret_cast<const char *>(keys[i].id), int(keys[i].id_len));
            if (keys[i].isPrivate && id == data->certId) {
                *key = PKCS11_get_private_key(&keys[i]);
                break;
            }
        }
        if (!*key)
            return Error(ErrorCode::CertificateNotFound,
                         QCoreApplication::translate("TokenSession", "no private key for certificate ID %1")
                             .arg(QString::fromLatin1(data->certId.toHex())));
        return Error();
    });
    if (error)
        return nullptr;
    return std::make_unique<TokenKey>(m_module, d->slotId, *key, d->cert.der, d->chain);
}

} // namespace kyso::pkcs11
