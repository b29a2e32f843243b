#pragma once

#include "core/CertificateInfo.h"
#include "core/Error.h"
#include "core/SigningKey.h"
#include "pkcs11/PinProvider.h"
#include "pkcs11/PinState.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace kyso::pkcs11 {

class Module;

struct SessionOptions {
    QString modulePath;
    QString token;      // label or serial number; empty: the only token present
    QByteArray certId;  // empty: the only end-entity certificate on the token
    bool needCertificate = true;
};

// A token chosen for signing, with the certificate chosen on it. Opening does
// not log in and never consumes a PIN attempt; login() asks the PinProvider
// exactly once. Every token call runs on the module's token thread with a
// timeout.
class TokenSession
{
public:
    static std::unique_ptr<TokenSession> open(const SessionOptions &options, Error &error);
    ~TokenSession();

    QString tokenLabel() const;
    QString tokenSerial() const;
    const CertificateInfo &certificate() const;
    QByteArray certificateId() const;
    // Issuing-CA certificates found on the token (signer's issuer first).
    QList<QByteArray> chainDer() const;

    // Live state from C_GetTokenInfo (never from libp11's snapshot).
    Error readPinState(PinState &state) const;
    // Checks the live PIN state, refuses on lock, asks for confirmation on the
    // final try, then performs one C_Login.
    Error login(PinProvider &pins);
    bool isLoggedIn() const;
    // C_SetPIN with the same state handling as login().
    Error changePin(PinProvider &pins);
    // After login: the token key with its certificate and CA chain.
    std::unique_ptr<SigningKey> signingKey(Error &error);

    struct Data;

private:
    TokenSession() = default;
    Error checkBeforePin(PinProvider &pins, PinRequest &request) const;
    Error pinFailure(unsigned long rv, const char *function) const;

    std::shared_ptr<Module> m_module;
    std::shared_ptr<Data> d;
};

} // namespace kyso::pkcs11
