#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

typedef struct x509_store_st X509_STORE;

namespace kyso::pdf {

// Revocation material for a Document Security Store (PAdES B-LT).
struct RevocationData {
    QList<QByteArray> certs; // DER
    QList<QByteArray> ocsps; // DER OCSPResponse
    QList<QByteArray> crls;  // DER CRL
    bool isEmpty() const { return ocsps.isEmpty() && crls.isEmpty(); }
};

enum class RevocationStatus { NotChecked, Good, Revoked, Unknown };

struct RevocationResult {
    RevocationStatus status = RevocationStatus::NotChecked;
    QDateTime revokedAt;  // UTC, when revoked
    QString source;       // "OCSP" or "CRL", and from where
    QString problem;      // why it could not be checked
};

// Online: asks the OCSP responder in the certificate's AIA, else downloads
// the CRL of its CRL distribution point. `chain` is signer first, then its
// issuers (DER). Collects everything fetched into `data`. Statuses are for
// the signer's certificate.
RevocationResult fetchRevocation(const QList<QByteArray> &chain, RevocationData &data, int timeoutMs = 15000);

// Offline: the signer's status from embedded OCSP responses and CRLs, each
// checked against its issuer (and the trust anchors for OCSP responders).
RevocationResult checkRevocation(const QByteArray &signerDer, const QList<QByteArray> &candidateIssuers,
                                 const RevocationData &data, X509_STORE *anchors);

// Whether the certificate names an OCSP responder or a CRL distribution point.
bool hasRevocationUrls(const QByteArray &certDer);

} // namespace kyso::pdf
