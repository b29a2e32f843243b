#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>

namespace kyso {

// A private key that can produce RSA PKCS#1 v1.5 / SHA-256 signatures, with
// its certificate and the issuing-CA certificates to embed. Implemented by the
// token layer (pkcs11/) and, in tests, by a software key. The PDF layer only
// sees this interface.
class SigningKey
{
public:
    virtual ~SigningKey() = default;

    // DER-encoded signer certificate.
    virtual QByteArray certificateDer() const = 0;
    // DER-encoded issuing-CA certificates (signer's issuer first), may be empty.
    virtual QList<QByteArray> chainDer() const = 0;
    // Signs SHA-256(data) with the private key. Returns an error (wrong state,
    // token removed) instead of throwing.
    virtual Error signSha256(const QByteArray &data, QByteArray &signature) = 0;
};

} // namespace kyso
