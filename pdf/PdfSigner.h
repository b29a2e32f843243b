#pragma once

#include "core/Error.h"
#include "core/SigningKey.h"
#include "pdf/Appearance.h"
#include "pdf/ReleaseStamp.h"
#include "pdf/Revocation.h"

#include <QDateTime>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

namespace PoDoFo {
class PdfMemDocument;
}

namespace kyso::pdf {

struct SignOptions {
    QString outputPath;
    bool overwrite = false;
    int page = 0;                 // 1-based; 0 = last page
    std::optional<QRectF> rect;   // PDF points, unrotated page space; default: bottom right
    AppearanceSpec appearance;    // lines are filled by the caller (see defaultStampLines)
    QString reason;
    QString location;
    QString signerName;           // /Name of the signature dictionary
    QDateTime signingTime;        // default: now
    int certifyPermission = 0;    // 1..3: make this a certification signature (DocMDP /P)
    QString tsaUrl;               // RFC 3161 server: PAdES B-T
    bool tsaOptional = false;     // the user chose: sign without a time-stamp if the TSA fails
    RevocationData dss;           // non-empty: append a DSS after the signature (PAdES B-LT)
    QList<ReleaseStamp> releaseStamps; // number and date written at release, in the signature's own update
};

struct SignResult {
    QString outputPath;
    QString fieldName;
    int page = 0;                 // 1-based
    QRectF rect;
    qint64 cmsBytes = 0;
    bool timeStamped = false;
    QString timeStampProblem;     // why an optional time-stamp is missing
};

// Signs one PDF by an incremental update (earlier revisions and signatures
// stay byte-identical). open() and check() never touch the token, so a bad
// input is reported before any PIN is asked for.
class PdfSigner
{
public:
    PdfSigner();
    ~PdfSigner();

    Error open(const QString &inputPath);
    int pageCount() const;
    // Validates options against the document (page, image, output target).
    Error check(const SignOptions &options) const;
    Error sign(SigningKey &key, const SignOptions &options, SignResult &result);

    // Visible text of the default stamp, in the document language (Vietnamese).
    static QStringList defaultStampLines(const QString &signer, const QString &organization, const QDateTime &when);

private:
    QString m_input;
    std::unique_ptr<PoDoFo::PdfMemDocument> m_doc;
};

} // namespace kyso::pdf
