#include "pkcs11/TokenSession.h"

#include "pkcs11/Module.h"
#include "pkcs11/TokenKey.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <p11-kit/pkcs11.h>

namespace kyso::pkcs11 {

namespace {


QString labelOf(const PKCS11_TOKEN *token)
{
    return QString::fromUtf8(token->label).trimmed();
}

QByteArray idOf(const PKCS11_CERT *cert)
{
    return QByteArray(reinterpret_cast<const char *>(cert->id), int(cert->id_len));
}

} // namespace

std::unique_ptr<TokenSession> TokenSession::open(const SessionOptions &options, Error &error)
{
    std::unique_ptr<TokenSession> session(new TokenSession);
    session->m_module = Module::acquire(options.modulePath, error);
    if (!session->m_module)
        return nullptr;
    if ((error = session->m_module->enumerate()))
        return nullptr;

    // 1. The token.
    QList<PKCS11_SLOT *> candidates;
    QStringList labels;
    for (unsigned int i = 0; i < session->m_module->slotCount(); ++i) {
        PKCS11_SLOT *slot = session->m_module->slot(i);
        if (!slot->token || !slot->token->initialized)
            continue;
        labels << labelOf(slot->token);
        if (options.tokenLabel.isEmpty() || labelOf(slot->token) == options.tokenLabel.trimmed())
            candidates << slot;
    }
    if (candidates.isEmpty()) {
        error = Error(ErrorCode::TokenAbsent,
                      options.tokenLabel.isEmpty() ? QString() : QCoreApplication::translate("TokenSession", "token \"%1\" not found").arg(options.tokenLabel));
        return nullptr;
    }
    if (candidates.size() > 1) {
        error = Error(ErrorCode::TokenAmbiguous, QCoreApplication::translate("TokenSession", "tokens present: %1").arg(labels.join(QStringLiteral(", "))));
        return nullptr;
    }
    session->m_slot = candidates.first();
    session->m_slotId = PKCS11_get_slotid_from_slot(session->m_slot);

    // 2. The certificate (public objects: no login needed).
    PKCS11_CERT *certs = nullptr;
    unsigned int certCount = 0;
    if (PKCS11_enumerate_certs(session->m_slot->token, &certs, &certCount) != 0) {
        error = Error(ErrorCode::TokenError, QStringLiteral("C_FindObjects"));
        return nullptr;
    }
    QList<PKCS11_CERT *> endEntities;
    QList<X509 *> authorities;
    for (unsigned int i = 0; i < certCount; ++i) {
        if (!certs[i].x509)
            continue;
        if (X509_check_ca(certs[i].x509) > 0)
            authorities << certs[i].x509;
        else if (options.certId.isEmpty() || idOf(&certs[i]) == options.certId)
            endEntities << &certs[i];
    }
    if (endEntities.size() != 1) {
        QStringList found;
        for (unsigned int i = 0; i < certCount; ++i) {
            if (certs[i].x509 && X509_check_ca(certs[i].x509) <= 0)
                found << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(idOf(&certs[i]).toHex()),
                                                      CertificateInfo::fromX509(certs[i].x509).commonName);
        }
        QString detail;
        if (endEntities.size() > 1)
            detail = QCoreApplication::translate("TokenSession", "several certificates, choose one by its ID: %1").arg(found.join(QStringLiteral("; ")));
        else if (!options.certId.isEmpty())
            detail = QCoreApplication::translate("TokenSession", "no certificate with ID %1; present: %2")
                         .arg(QString::fromLatin1(options.certId.toHex()), found.join(QStringLiteral("; ")));
        error = Error(ErrorCode::CertificateNotFound, detail);
        return nullptr;
    }
    PKCS11_CERT *chosen = endEntities.first();
    session->m_cert = CertificateInfo::fromX509(chosen->x509);
    session->m_certId = idOf(chosen);

    // 3. Refuse an expired certificate before any PIN is spent.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now > session->m_cert.notAfter) {
        error = Error(ErrorCode::CertificateExpired,
                      QCoreApplication::translate("TokenSession", "%1 expired on %2").arg(session->m_cert.commonName, session->m_cert.notAfter.toString(Qt::ISODate)));
        return nullptr;
    }
    if (now < session->m_cert.notBefore) {
        error = Error(ErrorCode::CertificateNotYetValid,
                      QCoreApplication::translate("TokenSession", "%1 is valid from %2").arg(session->m_cert.commonName, session->m_cert.notBefore.toString(Qt::ISODate)));
        return nullptr;
    }

    // 4. Issuing CAs stored on the token, signer's issuer first; the
    //    self-signed root is left to the verifier's trust store.
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
        session->m_chain << CertificateInfo::fromX509(issuer).der;
        current = issuer;
    }
    return session;
}

TokenSession::~TokenSession()
{
    if (m_loggedIn && m_slot)
        PKCS11_logout(m_slot);
}

QString TokenSession::tokenLabel() const
{
    return labelOf(m_slot->token);
}

QString TokenSession::tokenSerial() const
{
    return QString::fromUtf8(m_slot->token->serialnr).trimmed();
}

Error TokenSession::readPinState(PinState &state) const
{
    if (!m_module->infoReader()->readPinState(m_slotId, state))
        return Error(ErrorCode::TokenRemoved);
    return {};
}

Error TokenSession::login(PinProvider &pins)
{
    PinRequest request{tokenLabel(), tokenSerial(), {}};
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

    // libp11 skips C_Login when the slot already counts as logged in, which
    // would let any PIN "succeed": start from a clean state.
    int loggedIn = 0;
    if (PKCS11_is_logged_in(m_slot, 0, &loggedIn) == 0 && loggedIn)
        PKCS11_logout(m_slot);

    ERR_clear_error();
    int rc;
    if (request.state.protectedAuthPath) {
        rc = PKCS11_login(m_slot, 0, nullptr); // PIN pad
    } else {
        SecureBuffer pin;
        if (Error e = pins.providePin(request, pin))
            return e;
        if (pin.isEmpty())
            return Error(ErrorCode::PinUnavailable);
        rc = PKCS11_login(m_slot, 0, pin.c_str());
    }
    if (rc == 0) {
        m_loggedIn = true;
        return {};
    }

    const unsigned long reason = ERR_GET_REASON(ERR_peek_last_error());
    PinState after;
    if (!m_module->infoReader()->readPinState(m_slotId, after))
        return Error(ErrorCode::TokenRemoved);
    if (reason == CKR_PIN_LOCKED || after.status == PinStatus::Locked)
        return Error(ErrorCode::PinLocked, after.describe());
    if (reason == CKR_PIN_INCORRECT || reason == CKR_PIN_INVALID || reason == CKR_PIN_LEN_RANGE)
        return Error(ErrorCode::PinIncorrect, after.status == PinStatus::Ok ? QString() : after.describe());
    if (reason == CKR_DEVICE_REMOVED || reason == CKR_TOKEN_NOT_PRESENT)
        return Error(ErrorCode::TokenRemoved);
    return Error(ErrorCode::TokenError, QStringLiteral("C_Login: 0x%1").arg(reason, 0, 16));
}

std::unique_ptr<SigningKey> TokenSession::signingKey(Error &error)
{
    PKCS11_KEY *keys = nullptr;
    unsigned int keyCount = 0;
    if (PKCS11_enumerate_keys(m_slot->token, &keys, &keyCount) != 0) {
        error = Error(ErrorCode::TokenError, QStringLiteral("C_FindObjects"));
        return nullptr;
    }
    for (unsigned int i = 0; i < keyCount; ++i) {
        const QByteArray id(reinterpret_cast<const char *>(keys[i].id), int(keys[i].id_len));
        if (!keys[i].isPrivate || id != m_certId)
            continue;
        EVP_PKEY *pkey = PKCS11_get_private_key(&keys[i]);
        if (!pkey)
            break;
        return std::make_unique<TokenKey>(m_module, m_slotId, pkey, m_cert.der, m_chain);
    }
    error = Error(ErrorCode::CertificateNotFound, QCoreApplication::translate("TokenSession", "no private key for certificate ID %1").arg(QString::fromLatin1(m_certId.toHex())));
    return nullptr;
}

} // namespace kyso::pkcs11
