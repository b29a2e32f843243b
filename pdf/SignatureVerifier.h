#pragma once

#include "core/CertificateInfo.h"
#include "core/Deadline.h"
#include "core/Error.h"
#include "pdf/Revocation.h"
#include "pdf/RevisionAnalysis.h"
#include "pdf/TimeStamp.h"

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

namespace PoDoFo {
class PdfMemDocument;
}

namespace kyso::pdf {

struct PageTree;

enum class Integrity { Intact, Modified, Unsupported, Malformed };
enum class Trust { Trusted, Untrusted, NoTrustAnchors };

struct SignatureReport {
    QString fieldName;
    QString subFilter;
    CertificateInfo signer;
    QList<CertificateInfo> embeddedCertificates;
    QDateTime signingTime;       // from /M (UTC); claimed by the signer's computer
    QString reason;
    QString location;
    qint64 byteRange[4] = {0, 0, 0, 0};
    qint64 fileSize = 0;
    bool coversWholeDocument = false;
    Integrity integrity = Integrity::Malformed;
    QString integrityDetail;
    Trust trust = Trust::Untrusted;
    QString trustDetail;
    bool certificateValidAtSigningTime = false;
    bool hasSigningTimeAttribute = false; // forbidden in PAdES
    bool revocationChecked = false;
    int page = 0;                // 1-based page of the widget, 0 if unknown
    QRectF widgetRect;           // widget /Rect in PDF points
    int docMdpPermission = 0;    // 1..3 when this is a certification (DocMDP) signature
    TimeStampInfo timeStamp;     // signature time-stamp (PAdES B-T), if any
    RevocationResult revocation; // from the document's DSS first, else online
    bool revocationEmbedded = false;
    QList<QByteArray> chainPath; // signer first, completed up to the anchor when possible
    ChangesAfterSigning changes; // what later revisions did (difference analysis)
    int governingDocMdp = 0;     // DocMDP P of the document's certification when it covers this signature
    // Later changes are `other`, or more than the certification allows.
    bool changesExceedPermission() const { return changes.exceeds(governingDocMdp); }

    // Revoked counts against the signature unless a verified time-stamp
    // proves it was made before the revocation.
    bool revokedBeforeSigning() const
    {
        if (revocation.status != RevocationStatus::Revoked)
            return false;
        return !(timeStamp.valid && revocation.revokedAt.isValid() && timeStamp.time < revocation.revokedAt);
    }
    bool isValid() const
    {
        return integrity == Integrity::Intact && trust == Trust::Trusted && certificateValidAtSigningTime
            && !revokedBeforeSigning() && (!timeStamp.present || timeStamp.valid)
            && !changesExceedPermission();
    }
};

struct VerificationReport {
    QString filePath;
    Error readError;              // set when the file could not be read at all
    QList<SignatureReport> signatures;

    bool allValid() const;
};

// Checks every signature of a PDF against the bytes on disk: digest over the
// /ByteRange, the CMS signature over the signed attributes, the chain to the
// trust anchors at the signing time.
class SignatureVerifier
{
public:
    SignatureVerifier();
    ~SignatureVerifier();

    // PEM files, each with one or more certificates.
    Error addTrustAnchors(const QString &pemFile);
    // Ask OCSP responders / CRL servers when the document carries no
    // revocation data (default on).
    void setOnline(bool online) { m_online = online; }
    // Trust anchors for time-stamp authorities (default: the trust anchors).
    Error addTsaTrustAnchors(const QString &pemFile);
    // Intermediate CA certificates to complete chains with (besides the
    // document's own and, online, the AIA caIssuers of each certificate).
    Error addIntermediates(const QString &file);
    // Fetched issuer certificates are cached here.
    void setCacheDir(const QString &dir) { m_cacheDir = dir; }
    // One time budget for all network calls of verify() (default: its own).
    void setDeadline(const Deadline *deadline) { m_deadline = deadline; }

    VerificationReport verify(const QString &path) const;
    // Rules that accept specific later changes (see ChangeAllowance).
    void addAllowance(std::shared_ptr<const ChangeAllowance> allowance) { m_allowances << std::move(allowance); }
    // The same on a document already loaded from `path` (by loadDocument,
    // e.g. the signer's), so that a signing parses the file once.
    VerificationReport verify(const QString &path, PoDoFo::PdfMemDocument &doc, const PageTree &pages) const;

private:
    void checkOne(PoDoFo::PdfMemDocument &doc, const PageTree &pages, const void *found, const RevocationData &dss, const void *chainContext,
                  const QString &path, SignatureReport &r) const;
    void analyseChanges(const QString &path, VerificationReport &report) const;
    QList<std::shared_ptr<const ChangeAllowance>> m_allowances;
    struct Store;
    std::unique_ptr<Store> m_store;
    bool m_online = true;
    QString m_cacheDir;
    const Deadline *m_deadline = nullptr;
};

} // namespace kyso::pdf
