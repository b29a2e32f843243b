#include "pdf/PdfSigner.h"

#include "core/CrashPoint.h"
#include "pdf/AtomicOutput.h"
#include "pdf/CmsBuilder.h"
#include "pdf/DssWriter.h"
#include "pdf/PdfInput.h"
#include "pdf/TimeStamp.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTimeZone>

#include <openssl/evp.h>
#include <podofo/podofo.h>

#include <cstdio>
#include <vector>

using namespace PoDoFo;

namespace kyso::pdf {

namespace {

PdfString utf8(const QString &s)
{
    const QByteArray bytes = s.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8 *>(bytes.constData()));
}

// Room for the CMS: signer + CA certificates, signature, attributes, and
// later a time-stamp token. Hex-encoded in the file, so twice this on disk.
size_t reserveFor(SigningKey &key)
{
    size_t certs = size_t(key.certificateDer().size());
    for (const QByteArray &c : key.chainDer())
        certs += size_t(c.size());
    return 8192 + certs + 4096;
}

void collectFieldNames(const PdfObject *fields, PdfVecObjects *objects, QSet<QString> &names, int depth = 0)
{
    if (!fields || !fields->IsArray() || depth > 16)
        return;
    for (const PdfObject &item : fields->GetArray()) {
        const PdfObject *field = item.IsReference() ? objects->GetObject(item.GetReference()) : &item;
        if (!field || !field->IsDictionary())
            continue;
        if (const PdfObject *t = field->GetDictionary().GetKey("T"); t && (t->IsString() || t->IsHexString()))
            names.insert(QString::fromStdString(t->GetString().GetStringUtf8()));
        const PdfObject *kids = field->GetDictionary().GetKey("Kids");
        if (kids && kids->IsReference())
            kids = objects->GetObject(kids->GetReference());
        collectFieldNames(kids, objects, names, depth + 1);
    }
}

} // namespace

PdfSigner::PdfSigner() = default;
PdfSigner::~PdfSigner() = default;

QStringList PdfSigner::defaultStampLines(const QString &signer, const QString &organization, const QDateTime &when)
{
    // Document content, not UI: always Vietnamese, as on the paper original.
    const QDateTime local = when.toTimeZone(QTimeZone(7 * 3600));
    QStringList lines;
    lines << QStringLiteral("Ký bởi: %1").arg(signer);
    if (!organization.isEmpty())
        lines << QStringLiteral("Cơ quan: %1").arg(organization);
    lines << QStringLiteral("Thời gian ký: %1 +07:00").arg(local.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")));
    return lines;
}

Error PdfSigner::open(const QString &inputPath)
{
    m_input = inputPath;
    m_doc = std::make_unique<PdfMemDocument>();
    Error e = loadDocument(*m_doc, inputPath, true);
    if (e)
        m_doc.reset();
    return e;
}

int PdfSigner::pageCount() const
{
    return m_doc ? m_doc->GetPageCount() : 0;
}

Error PdfSigner::check(const SignOptions &options) const
{
    if (!m_doc)
        return Error(ErrorCode::InternalError, QStringLiteral("no document"));
    if (options.page < 0 || options.page > pageCount())
        return Error(ErrorCode::PageOutOfRange,
                     QCoreApplication::translate("PdfSigner", "page %1 of %2").arg(options.page).arg(pageCount()));
    if (options.rect && (options.rect->width() <= 0 || options.rect->height() <= 0))
        return Error(ErrorCode::Usage, QCoreApplication::translate("PdfSigner", "empty signature rectangle"));
    if (!options.appearance.imagePath.isEmpty()) {
        if (Error e = checkImage(options.appearance.imagePath))
            return e;
    }
    return AtomicOutput::checkTarget(options.outputPath, m_input, options.overwrite);
}

Error PdfSigner::sign(SigningKey &key, const SignOptions &options, SignResult &result)
{
    if (Error e = check(options))
        return e;
    AtomicOutput output;
    if (Error e = output.begin(options.outputPath, m_input, options.overwrite))
        return e;

    QByteArray cms;
    try {
        PdfMemDocument &doc = *m_doc;
        const int pageIndex = (options.page == 0 ? doc.GetPageCount() : options.page) - 1;
        PdfPage *page = doc.GetPage(pageIndex);
        const PdfRect media = page->GetMediaBox();
        const int rotation = ((page->GetRotation() % 360) + 360) % 360;
        QRectF rect = options.rect.value_or(
            QRectF(media.GetLeft() + media.GetWidth() - 72 - 220, media.GetBottom() + 60, 220, 90));
        if (!options.rect && (rotation == 90 || rotation == 270))
            rect = QRectF(media.GetLeft() + media.GetWidth() - 60 - 90, media.GetBottom() + media.GetHeight() - 72 - 220, 90, 220);

        // AcroForm with /SigFlags 3 (signatures exist, append only).
        PdfAcroForm *form = doc.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None);
        form->GetObject()->GetDictionary().AddKey("SigFlags", PdfObject(static_cast<pdf_int64>(3)));
        QSet<QString> names;
        collectFieldNames(form->GetObject()->GetDictionary().GetKey("Fields"), &doc.GetObjects(), names);
        int n = 1;
        while (names.contains(QStringLiteral("KySo_Signature%1").arg(n)))
            ++n;
        result.fieldName = QStringLiteral("KySo_Signature%1").arg(n);

        PdfSignatureField field(page, PdfRect(rect.x(), rect.y(), rect.width(), rect.height()), &doc);
        field.SetFieldName(utf8(result.fieldName));
        field.GetWidgetAnnotation()->SetFlags(ePdfAnnotationFlags_Print | ePdfAnnotationFlags_Locked);

        AppearanceSpec spec = options.appearance;
        spec.pageRotation = rotation;
        Error appearanceError;
        std::unique_ptr<PdfXObject> xobj = buildAppearance(doc, rect.width(), rect.height(), spec, appearanceError);
        if (!xobj)
            return appearanceError;
        field.SetAppearanceStream(xobj.get());

        const QDateTime when = options.signingTime.isValid() ? options.signingTime : QDateTime::currentDateTimeUtc();
        field.SetSignatureDate(PdfDate(static_cast<time_t>(when.toSecsSinceEpoch())));
        if (!options.reason.isEmpty())
            field.SetSignatureReason(utf8(options.reason));
        if (!options.location.isEmpty())
            field.SetSignatureLocation(utf8(options.location));

        PdfSignOutputDevice device(QFile::encodeName(output.tempPath()).constData());
        const size_t reserve = reserveFor(key) + (options.tsaUrl.isEmpty() ? 0 : 12288);
        device.SetSignatureSize(reserve);
        field.SetSignature(*device.GetSignatureBeacon());
        PdfObject *sigObj = field.GetSignatureObject();
        sigObj->GetDictionary().AddKey("Filter", PdfName("Adobe.PPKLite"));
        sigObj->GetDictionary().AddKey("SubFilter", PdfName("ETSI.CAdES.detached"));
        if (!options.signerName.isEmpty())
            sigObj->GetDictionary().AddKey("Name", utf8(options.signerName));
        if (options.certifyPermission >= 1 && options.certifyPermission <= 3)
            field.AddCertificationReference(doc.GetCatalog(), static_cast<PdfSignatureField::EPdfCertPermission>(options.certifyPermission));

        if (Error e = attachReleaseStamps(doc, field.GetFieldObject(), options.releaseStamps))
            return e;
        doc.EmbedSubsetFonts();
        doc.WriteUpdate(&device, true);
        if (!device.HasSignaturePosition())
            return Error(ErrorCode::InternalError, QStringLiteral("signature placeholder not written"));
        crashPoint("update-written");
        device.AdjustByteRange();
        device.Seek(0);

        // SHA-256 over the byte range, streamed.
        EVP_MD_CTX *md = EVP_MD_CTX_new();
        EVP_DigestInit_ex(md, EVP_sha256(), nullptr);
        std::vector<char> buf(1 << 16);
        size_t got;
        while ((got = device.ReadForSignature(buf.data(), buf.size())) > 0)
            EVP_DigestUpdate(md, buf.data(), got);
        QByteArray digest(32, '\0');
        EVP_DigestFinal_ex(md, reinterpret_cast<unsigned char *>(digest.data()), nullptr);
        EVP_MD_CTX_free(md);

        TimeStamper stamper;
        if (!options.tsaUrl.isEmpty()) {
            stamper = [&](const QByteArray &sigDigest, QByteArray &token) {
                Error e = requestTimeStamp(options.tsaUrl, sigDigest, token);
                if (e && options.tsaOptional) {
                    result.timeStampProblem = e.message();
                    return Error(); // signed without a time-stamp, as the user chose
                }
                result.timeStamped = !e;
                return e;
            };
        }
        if (Error e = buildPadesCms(digest, key, cms, stamper))
            return e;
        if (size_t(cms.size()) > reserve)
            return Error(ErrorCode::SignatureTooLarge, QStringLiteral("%1 > %2").arg(cms.size()).arg(reserve));
        device.SetSignature(PdfData(cms.constData(), size_t(cms.size())));
        device.Flush();
        crashPoint("signature-written");

        result.page = pageIndex + 1;
        result.rect = rect;
        result.cmsBytes = cms.size();
    } catch (const PdfError &e) {
        const EPdfError code = e.GetError();
        if (code == ePdfError_FileNotFound || code == ePdfError_InvalidHandle)
            return Error(ErrorCode::OutputNotWritable, output.tempPath());
        return Error(ErrorCode::SigningFailed, QString::fromLatin1(PdfError::ErrorName(code)));
    }
    if (!options.dss.isEmpty()) {
        // B-LT: the validation data go in a further incremental update.
        const QString withDss = output.tempPath() + QStringLiteral(".dss");
        Error e = appendDss(output.tempPath(), withDss, options.dss);
        if (!e && ::rename(QFile::encodeName(withDss).constData(), QFile::encodeName(output.tempPath()).constData()) != 0)
            e = Error(ErrorCode::OutputNotWritable, withDss);
        if (e) {
            QFile::remove(withDss);
            return e;
        }
    }
    if (Error e = output.commit())
        return e;
    crashPoint("renamed");
    result.outputPath = options.outputPath;
    // The document object now holds the update; reload before another use.
    m_doc.reset();
    return {};
}

} // namespace kyso::pdf
