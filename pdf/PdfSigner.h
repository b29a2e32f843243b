#pragma once

#include "core/Error.h"
#include "core/SigningKey.h"
#include "pdf/Appearance.h"
#include "pdf/ReleaseStamp.h"
#include "pdf/PdfInput.h"
#include "pdf/Revocation.h"

#include <QFile>
#include <QDateTime>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace PoDoFo {
class PdfMemDocument;
}

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

namespace kyso::pdf {

// An empty signature field made for a later signer (e.g. the agency seal
// after a certification signature with --certify 2).
struct PreparedField {
    QString name;
    QRectF rect;                  // visible-page coordinates, on the signature's page
};

struct SignOptions {
    QString outputPath;
    bool overwrite = false;
    int page = 0;                 // 1-based; 0 = last page
    std::optional<QRectF> rect;   // PDF points in the visible page: from the CropBox's lower-left corner,
                                  // unrotated page space; default: bottom right
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
    QList<PreparedField> emptyFields; // empty signature fields to add for later signers
    // Verifies a time-stamp token before it is embedded (token, imprint digest).
    std::function<Error(const QByteArray &tokenDer, const QByteArray &sha256Digest)> checkTimeStamp;
    // B-LT: gathers the validation data right after the time-stamp, added to `dss`.
    std::function<Error(RevocationData &dss)> collectValidationData;
};

struct SignResult {
    QString outputPath;
    QString fieldName;
    int page = 0;                 // 1-based
    QRectF rect;                  // as given (visible page)
    qint64 cmsBytes = 0;
    bool filledExistingField = false; // an empty field prepared earlier took the signature
    bool timeStamped = false;
    QString timeStampProblem;     // why an optional time-stamp is missing
    QString outputSha256;         // of the file as published (hex), when known without reading it again
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
    // SHA-256 (hex) of the input as opened. Hashed once: signing continues
    // from the same state instead of hashing the unchanged prefix again.
    QString inputSha256();
    // The document parsed by open(), for checks that read it before signing
    // (the verifier of existing signatures): one parse per signing.
    PoDoFo::PdfMemDocument *document() { return m_doc.get(); }
    const PageTree &pageTree() const { return m_pages; }
    // The PDF/A part and conformance the document claims in its XMP metadata
    // ("1B", "2B", "3A", …), empty when none.
    QString pdfaClaim() const;
    // The visible page (CropBox within MediaBox), in default user space.
    QRectF visibleBox(int page) const;
    // Validates options against the document (page, image, output target).
    Error check(const SignOptions &options) const;
    Error sign(SigningKey &key, const SignOptions &options, SignResult &result);

    // Visible text of the default stamp, in the document language (Vietnamese).
    static QStringList defaultStampLines(const QString &signer, const QString &organization, const QDateTime &when);

private:
    struct Placeholder;
    Error checkForm() const;
    Error addEmptyFields(class FormUpdate &form, const SignOptions &options, int pageNum, int pageGen,
                         const QRectF &visible);
    Error buildUpdate(SigningKey &key, const SignOptions &options, SignResult &result, QByteArray &update,
                      Placeholder &ph, size_t reserve);
    Error signFile(const QString &path, const Placeholder &ph, SigningKey &key, const SignOptions &options,
                   SignResult &result, size_t reserve);

    QString m_input;
    std::unique_ptr<PoDoFo::PdfMemDocument> m_doc;
    PageTree m_pages;
    // The original bytes, mapped (not read): only the pages the update
    // touches are loaded, so a 200 MB input does not cost 200 MB of memory.
    // Declared before m_bytes and m_xref, which point into the mapping.
    std::unique_ptr<QFile> m_mapped;
    QByteArray m_bytes;
    std::unique_ptr<class XrefReader> m_xref;
    // SHA-256 state after the original bytes (see inputSha256).
    std::shared_ptr<::evp_md_ctx_st> m_inputHash;
    QString m_inputSha256;
};

} // namespace kyso::pdf
