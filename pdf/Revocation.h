#pragma once

#include "core/Deadline.h"
#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    QStringList refused;  // answers that were not trusted (unauthenticated, stale, nonce) and why
    bool unreachable = false; // a server named in the certificate did not answer (or the deadline ran out)
};

// What every OCSP answer and CRL must pass before it counts:
// - OCSP: signed by the issuer itself or by a responder certificate the issuer
//   issued with id-kp-OCSPSigning (id-pkix-ocsp-nocheck then spares it a
//   revocation check of its own); the nonce matches where one was sent;
//   thisUpdate/nextUpdate hold now (5 minutes' tolerance) for a fresh answer,
//   and thisUpdate is not in the future for an embedded one.
// - CRL: issued by the issuer (name and signature) and, when fetched, current.
// An OCSP "unknown" or an answer that fails these checks falls back to the CRL.

// Online status of `certDer`, issued by `issuerDer`: OCSP from the AIA, else
// the CRL of its distribution point. What was used is added to `data`.
RevocationResult fetchCertificateStatus(const QByteArray &certDer, const QByteArray &issuerDer, RevocationData &data,
                                        const Deadline &deadline);

// Online: the status of every certificate of `path` (leaf first, each issued
// by the next) except a self-signed last one. `results` gets one entry per
// checked certificate; returns the leaf's.
RevocationResult fetchPathRevocation(const QList<QByteArray> &path, RevocationData &data, const Deadline &deadline,
                                     QList<RevocationResult> *results = nullptr);

// Offline: the signer's status from embedded OCSP responses and CRLs, each
// authenticated against the signer's issuer (anchors are not needed: the
// issuer is part of the signer's verified path).
RevocationResult checkRevocation(const QByteArray &signerDer, const QList<QByteArray> &candidateIssuers,
                                 const RevocationData &data, X509_STORE *anchors);

// One OCSP answer (DER OCSPResponse) about `certDer` issued by `issuerDer`,
// checked as above; `fresh`: fetched now (freshness checked), else embedded.
// With `requestDer` (the DER OCSPRequest sent), its nonce must match.
RevocationResult ocspStatus(const QByteArray &ocspDer, const QByteArray &certDer, const QByteArray &issuerDer, bool fresh,
                            const QByteArray &requestDer = QByteArray());
// One CRL (DER or PEM) about `certDer` issued by `issuerDer`.
RevocationResult crlStatus(const QByteArray &crlDer, const QByteArray &certDer, const QByteArray &issuerDer, bool fresh);

// Whether the certificate names an OCSP responder or a CRL distribution point.
bool hasRevocationUrls(const QByteArray &certDer);

// The certificates an OCSP response carries (its responder), DER.
QList<QByteArray> ocspResponseCertificates(const QByteArray &ocspDer);

} // namespace kyso::pdf
