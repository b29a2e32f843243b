#pragma once

#include "core/Deadline.h"
#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

typedef struct x509_st X509;
typedef struct x509_store_st X509_STORE;

namespace kyso::pdf {

// Where the issuers of a certificate may be found, in this order: the given
// candidates (token, CMS, DSS), the configured intermediates store, then the
// certificate's AIA caIssuers URL over HTTP (online only).
struct ChainSources {
    QList<QByteArray> candidates;  // DER
    QList<QByteArray> intermediates; // DER, from the intermediates store
    QList<QByteArray> anchors;     // DER trust anchors (may be empty)
    bool online = true;            // fetch AIA caIssuers
    QString cacheDir;              // fetched issuer certificates are kept here ("" = no cache)
    const Deadline *deadline = nullptr; // bounds every fetch (null: 15 s per fetch)
};

struct ChainResult {
    QList<QByteArray> path;    // leaf first, each the issuer of the one before; the anchor last when reached
    bool reachesAnchor = false;
    bool endsAtRoot = false;   // the last certificate is self-signed
    QString problem;           // why the path does not reach a trust anchor
    QStringList fetched;       // AIA URLs used
};

// Builds the path from `leafDer` up to a trust anchor. A certificate is only
// taken as an issuer when it really is one (see isIssuerOf).
ChainResult buildChain(const QByteArray &leafDer, const ChainSources &sources);

// `issuer` issued `child`: the names (and key identifiers) match, the child's
// signature verifies with the issuer's key, and the issuer is a CA.
bool isIssuerOf(X509 *issuer, X509 *child);

// Certificates in DER, PEM (one or more) or PKCS#7 certs-only (DER or PEM).
QList<QByteArray> parseCertificates(const QByteArray &data);
// Reads PEM/DER certificate files; an unreadable or empty file is an error.
Error loadCertificateFiles(const QStringList &files, QList<QByteArray> &out);
// The certificates held by an X509_STORE (DER).
QList<QByteArray> storeCertificates(X509_STORE *store);

} // namespace kyso::pdf
