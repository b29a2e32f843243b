#pragma once

#include "core/Error.h"
#include "core/SigningKey.h"

#include <QByteArray>

namespace kyso::pdf {

// Builds the detached CMS SignedData of a PAdES baseline B-B signature:
// signed attributes contentType, messageDigest and signing-certificate-v2,
// no signingTime (PAdES puts the time in the signature dictionary's /M);
// certificates: signer and issuing CAs. The DER of the signed attributes is
// signed by `key` (on the token).
Error buildPadesCms(const QByteArray &sha256Digest, SigningKey &key, QByteArray &cmsDer);

} // namespace kyso::pdf
