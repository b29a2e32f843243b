#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

#include "pdf/ChainBuilder.h"

typedef struct x509_store_st X509_STORE;
typedef struct evp_md_st EVP_MD;

namespace kyso::pdf {

// RFC 3161: asks the time-stamp authority at `url` for a token over
// SHA-256 `digest` (the signature value, for a PAdES signature time-stamp).
// Checks the answer's status, imprint and nonce. Returns the token (a CMS
// ContentInfo, DER).
Error requestTimeStamp(const QString &url, const QByteArray &digest, QByteArray &tokenDer, int timeoutMs = 15000);

// Verifies a token before it is embedded: the CMS signature, the message
// imprint (= `sha256Digest`), a TSA certificate with the critical
// timeStamping extended key usage, and its path to one of `trust.anchors`
// (completed like a signer's: token certificates, intermediates, AIA).
// TimeStampUntrusted when any of it fails. `tsaPath` gets the TSA's path
// (TSA certificate first) for the DSS.
Error verifyTimeStampToken(const QByteArray &tokenDer, const QByteArray &sha256Digest, const ChainSources &trust,
                           QList<QByteArray> *tsaPath = nullptr);

struct TimeStampInfo {
    bool present = false;
    bool valid = false;       // signature, imprint and chain (if anchors given) verified
    QDateTime time;           // genTime, UTC
    QString authority;        // TSA name or the signer certificate's CN
    QString problem;
};

// Checks a signature time-stamp token against the signature value it covers.
TimeStampInfo checkTimeStamp(const QByteArray &tokenDer, const QByteArray &signatureValue, X509_STORE *anchors);

// A document time-stamp (/SubFilter /ETSI.RFC3161, PAdES B-LTA): the whole
// /Contents is a time-stamp token whose message imprint is the digest of the
// signed byte ranges.
struct DocumentTimeStampCheck {
    bool readable = false;       // a token with a TSTInfo
    bool imprintMatches = false; // the imprint is the digest of the signed bytes
    bool verified = false;       // the token's signature and the TSA's path to `anchors` verify
    TimeStampInfo info;          // genTime, authority, problem
    QByteArray tsaCertificate;   // DER of the TSA certificate, when in the token
};

// `digestOf(md, out)` digests the signed byte ranges with the imprint's own
// algorithm; false when they cannot be read. `anchors` null: the chain is not
// checked (verified stays false).
DocumentTimeStampCheck checkDocumentTimeStamp(const QByteArray &tokenDer,
                                              const std::function<bool(const EVP_MD *, QByteArray &)> &digestOf,
                                              X509_STORE *anchors);

} // namespace kyso::pdf
