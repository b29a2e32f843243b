#pragma once

#include "core/Deadline.h"
#include "core/Error.h"
#include "pdf/Revocation.h"

#include <QList>
#include <QStringList>

namespace kyso::pdf {

// PAdES B-LT validation data, gathered right after the signature time-stamp:
// the certificates of the signer's and the TSA's paths, and an OCSP answer or
// a CRL for every certificate of both paths except a self-signed root (and
// for a delegated OCSP responder without id-pkix-ocsp-nocheck). Every answer
// is authenticated and fresh (see Revocation.h). Fails when one is missing:
// CertificateRevoked, RevocationUnauthenticated (answers refused),
// NetworkFailed (servers down / deadline) or RevocationMissing.
Error collectValidationData(const QList<QByteArray> &signerPath, const QList<QByteArray> &tsaPath,
                            const Deadline &deadline, RevocationData &data, QStringList &notes);

} // namespace kyso::pdf
