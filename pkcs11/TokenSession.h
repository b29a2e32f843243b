#pragma once

#include "core/CertificateInfo.h"
#include "core/Error.h"
#include "core/SigningKey.h"
#include "pkcs11/PinProvider.h"
#include "pkcs11/PinState.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct PKCS11_slot_st;
struct PKCS11_cert_st;

namespace kyso::pkcs11 {

class Module;

struct SessionOptions {
    QString modulePath;
    QString tokenLabel;  // empty: the only token present
    QByteArray certId;   // empty: the only end-entity certificate on the token
};

// A token chosen for signing, with the certificate chosen on it. Opening does
// not log in and never consumes a PIN attempt; login() asks the PinProvider
// exactly once.
class TokenSession
{
public:
    static std::unique_ptr<TokenSession> open(const SessionOptions &options, Error &error);
    ~TokenSession();

    QString tokenLabel() const;
    QString tokenSerial() const;
    const CertificateInfo &certificate() const { return m_cert; }
    QByteArray certificateId() const { return m_certId; }

    // Live state from C_GetTokenInfo (never from libp11's snapshot).
    Error readPinState(PinState &state) const;
    // Checks the live PIN state, refuses on lock, asks for confirmation on the
    // final try, then performs one C_Login.
    Error login(PinProvider &pins);
    // After login: the token key with its certificate and CA chain.
    std::unique_ptr<SigningKey> signingKey(Error &error);

private:
    TokenSession() = default;

    std::shared_ptr<Module> m_module;
    PKCS11_slot_st *m_slot = nullptr;
    unsigned long m_slotId = 0;
    CertificateInfo m_cert;
    QByteArray m_certId;
    QList<QByteArray> m_chain;
    bool m_loggedIn = false;
};

} // namespace kyso::pkcs11
