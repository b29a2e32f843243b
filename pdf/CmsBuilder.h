#pragma once

#include "core/Error.h"
#include "core/SigningKey.h"

#include <QByteArray>

#include <functional>

namespace kyso::pdf {

// Builds the detached CMS SignedData of a PAdES baseline B-B signature:
// signed attributes contentType, messageDigest and signing-certificate-v2,
// no signingTime (PAdES puts the time in the signature dictionary's /M);
// certificates: signer and issuing CAs. The DER of the signed attributes is
// signed by `key` (on the token).
// With `timeStamper`, the signature value's SHA-256 is time-stamped and the
// token added as the unsigned signature-time-stamp attribute (PAdES B-T).
using TimeStamper = std::function<Error(const QByteArray &signatureDigest, QByteArray &tokenDer)>;
Error buildPadesCms(const QByteArray &sha256Digest, SigningKey &key, QByteArray &cmsDer,
                    const TimeStamper &timeStamper = nullptr);

} // namespace kyso::pdf
