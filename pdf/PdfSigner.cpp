#include "pdf/PdfSigner.h"

#include "core/CrashPoint.h"
#include "pdf/AtomicOutput.h"
#include "pdf/CmsBuilder.h"
#include "pdf/DssWriter.h"
#include "pdf/FormUpdate.h"
#include "pdf/IncrementalUpdate.h"
#include "pdf/NewObjects.h"
#include "pdf/OutputSelfCheck.h"
#include "pdf/PageCheck.h"
#include "pdf/PdfInput.h"
#include "pdf/PdfTokens.h"
#include "pdf/TimeStamp.h"
#include "pdf/XrefReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <openssl/evp.h>
#include <podofo/podofo.h>

#include <cstdio>
#include <vector>

using namespace PoDoFo;

namespace kyso::pdf {

namespace {

// Room for the CMS: signer + CA certificates, signature, attributes, and
// later a time-stamp token. Hex-encoded in the file, so twice this on disk.
size_t reserveFor(SigningKey &key)
{
    size_t certs = size_t(key.certificateDer().size());
    for (const QByteArray &c : key.chainDer())
        certs += size_t(c.size());
    return 8192 + certs + 4096;
}

} // namespace

struct PdfSigner::Placeholder {
    qint64 byteRangeAt = 0;  // absolute offset of the ByteRange array text
    qint64 byteRangeLen = 0;
    qint64 contentsAt = 0;   // absolute offset of '<'
    qint64 contentsLen = 0;  // including '<' and '>'
};

namespace {

const QByteArray kByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

QByteArray pdfDate(const QDateTime &utc)
{
    const QDateTime local = utc.toTimeZone(QTimeZone(7 * 3600));
    return "(D:" + local.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "+07'00')";
}

QByteArray rectArray(const QRectF &r)
{
    return '[' + syntax::real(r.left()) + ' ' + syntax::real(r.top()) + ' ' + syntax::real(r.right()) + ' '
        + syntax::real(r.bottom()) + ']';
}

QByteArray signatureDictionary(const SignOptions &options, const QDateTime &when, size_t reserve)
{
    syntax::RawDictionary d;
    d.set("Type", "/Sig");
    d.set("Filter", "/Adobe.PPKLite");
    d.set("SubFilter", "/ETSI.CAdES.detached");
    d.set("M", pdfDate(when));
    if (!options.signerName.isEmpty())
        d.set("Name", syntax::textString(options.signerName));
    if (!options.reason.isEmpty())
        d.set("Reason", syntax::textString(options.reason));
    if (!options.location.isEmpty())
        d.set("Location", syntax::textString(options.location));
    if (options.certifyPermission >= 1 && options.certifyPermission <= 3) {
        d.set("Reference", "[<< /Type /SigRef /TransformMethod /DocMDP /TransformParams << /Type /TransformParams /P "
                               + QByteArray::number(options.certifyPermission) + " /V /1.2 >> >>]");
    }
    d.set("ByteRange", kByteRangePlaceholder);
    d.set("Contents", '<' + QByteArray(int(reserve * 2), '0') + '>');
    return d.serialise();
}

// The widget's /Rect, normalised.
QRectF widgetRect(const IncrementalUpdate &update, int num)
{
    syntax::RawDictionary field;
    QList<QByteArray> v;
    if (!field.parse(update.current(num)) || !syntax::arrayItems(update.resolve(field.value("Rect")), v) || v.size() != 4)
        return {};
    return QRectF(QPointF(v[0].toDouble(), v[1].toDouble()), QPointF(v[2].toDouble(), v[3].toDouble())).normalized();
}

// PREFIX1, PREFIX2, …: the first name no field of the form has.
QString freeFieldName(const IncrementalUpdate &update, const QString &prefix)
{
    const QStringList names = formFieldNames(update);
    int n = 1;
    while (names.contains(prefix + QString::number(n)))
        ++n;
    return prefix + QString::number(n);
}

// Where the signature goes: its page, and its box in the visible page's
// coordinates (rect) and in the page's user space (placed).
struct SignaturePlace {
    int pageNum = 0;  // the page's object number and generation
    int pageGen = 0;
    int rotation = 0; // 0, 90, 180, 270
    QRectF visible;
    QRectF rect;
    QRectF placed;
    int prepared = 0; // the prepared empty field that takes the signature, if any
};

// The given box, else the default one (its sides swapped on a page turned by 90 or 270).
SignaturePlace placeOnPage(const PdfPage *page, const QRectF &visible, const std::optional<QRectF> &given)
{
    SignaturePlace p;
    p.pageNum = int(page->GetObject()->Reference().ObjectNumber());
    p.pageGen = int(page->GetObject()->Reference().GenerationNumber());
    p.rotation = ((page->GetRotation() % 360) + 360) % 360;
    p.visible = visible;
    p.rect = given.value_or(QRectF(visible.width() - 72 - 220, 60, 220, 90));
    if (!given && (p.rotation == 90 || p.rotation == 270))
        p.rect = QRectF(visible.width() - 60 - 90, visible.height() - 72 - 220, 90, 220);
    p.placed = p.rect.translated(visible.left(), visible.top());
    return p;
}

// An empty signature field prepared at this place takes the signature;
// otherwise a new field gets the first free name.
void claimField(const IncrementalUpdate &update, const FormUpdate &form, SignaturePlace &place, SignResult &result)
{
    place.prepared = form.findEmptySignatureField({}, place.pageNum, place.placed);
    if (place.prepared) {
        place.placed = widgetRect(update, place.prepared);
        place.rect = place.placed.translated(-place.visible.topLeft());
        result.fieldName = form.fieldName(place.prepared);
        result.filledExistingField = true;
    } else {
        result.fieldName = freeFieldName(update, QStringLiteral("KySo_Signature"));
    }
}

// Object numbers of the new appearances in the update.
struct NewAppearances {
    int seal = 0;             // the signature's widget
    QList<int> stamps;        // one per release stamp, with its box
    QList<QRectF> stampRects;
};

// The appearance: new PoDoFo objects, written with fresh numbers.
Error writeAppearances(PdfMemDocument &doc, const SignOptions &options, const SignaturePlace &place,
                       IncrementalUpdate &update, NewAppearances &out)
{
    const QSet<quint64> before = objectKeys(doc.GetObjects());
    AppearanceSpec spec = options.appearance;
    spec.pageRotation = place.rotation;
    Error appearanceError;
    std::unique_ptr<PdfXObject> xobj = buildAppearance(doc, place.rect.width(), place.rect.height(), spec, appearanceError);
    if (!xobj)
        return appearanceError;
    // Release stamps (issue 12): their appearances go in with the seal's.
    QList<PdfObject *> stampAps;
    for (const ReleaseStamp &s : place.prepared ? QList<ReleaseStamp>() : options.releaseStamps) {
        QRectF r;
        PdfObject *ap = releaseStampAppearance(doc, s, r);
        if (!ap)
            return Error(ErrorCode::InternalError, serifFontPath());
        stampAps << ap;
        out.stampRects << r;
    }
    doc.EmbedSubsetFonts();
    QHash<quint64, int> numbers;
    if (Error e = addNewObjects(doc.GetObjects(), before, update, numbers))
        return e;
    out.seal = numbers.value(referenceKey(xobj->GetObject()->Reference()));
    for (const PdfObject *ap : stampAps)
        out.stamps << numbers.value(referenceKey(ap->Reference()));
    return {};
}

// The seal's field takes the stamps as further widgets (see ReleaseStamp.h):
// its /T and /V move to a parent field, fieldNum, whose kids are the seal's
// widget and the stamps'.
Error addStampWidgets(const PageTree &pages, FormUpdate &form, const QList<ReleaseStamp> &stamps,
                      const NewAppearances &aps, int widgetNum, syntax::RawDictionary &widget, int &fieldNum)
{
    IncrementalUpdate &update = form.update();
    syntax::RawDictionary parent;
    parent.parse("<< /FT /Sig >>");
    for (const QByteArray &key : {QByteArray("T"), QByteArray("V")}) {
        parent.set(key, widget.value(key));
        widget.remove(key);
    }
    widget.remove("FT");
    QByteArray kids = '[' + syntax::reference(widgetNum);
    for (int i = 0; i < aps.stamps.size(); ++i) {
        const ReleaseStamp &s = stamps[i];
        if (s.page < 1 || size_t(s.page) > pages.pages.size())
            return Error(ErrorCode::PageOutOfRange, QString::number(s.page));
        const ObjectId stampPage = pages.pages[size_t(s.page - 1)];
        syntax::RawDictionary w;
        w.parse("<< /Type /Annot /Subtype /Widget /F 132 >>");
        w.set("Rect", rectArray(aps.stampRects[i]));
        w.set("P", syntax::reference(int(stampPage.number), int(stampPage.generation)));
        w.set("NM", syntax::textString(releaseStampName(s.kind)));
        w.set("AP", "<< /N " + syntax::reference(aps.stamps[i]) + " >>");
        const int num = update.allocate();
        update.put(num, w.serialise());
        if (Error e = form.addWidgetToPage(int(stampPage.number), num))
            return e;
        kids += ' ' + syntax::reference(num);
    }
    parent.set("Kids", kids + ']');
    fieldNum = update.allocate();
    update.put(fieldNum, parent.serialise());
    return {};
}

// The signature dictionary sigNum, with its placeholders, and the field that
// shows it: the prepared one, or a new widget on the page.
Error writeSignatureField(const PageTree &pages, FormUpdate &form, const SignOptions &options, const SignaturePlace &place,
                          const NewAppearances &aps, const QString &fieldName, size_t reserve, int &sigNum)
{
    IncrementalUpdate &update = form.update();
    const QDateTime when = options.signingTime.isValid() ? options.signingTime : QDateTime::currentDateTimeUtc();
    sigNum = update.allocate();
    update.put(sigNum, signatureDictionary(options, when, reserve));
    syntax::RawDictionary widget;
    if (place.prepared) {
        widget.parse(update.current(place.prepared));
    } else {
        widget.parse("<< /Type /Annot /Subtype /Widget /FT /Sig >>");
        widget.set("T", syntax::textString(fieldName));
        widget.set("F", "132"); // Print | Locked
        widget.set("Rect", rectArray(place.placed));
        widget.set("P", syntax::reference(place.pageNum, place.pageGen));
    }
    widget.set("V", syntax::reference(sigNum));
    widget.set("AP", "<< /N " + syntax::reference(aps.seal) + " >>");
    const int widgetNum = place.prepared ? place.prepared : update.allocate();
    int fieldNum = widgetNum;
    if (!aps.stamps.isEmpty()) {
        if (Error e = addStampWidgets(pages, form, options.releaseStamps, aps, widgetNum, widget, fieldNum))
            return e;
    }
    update.put(widgetNum, widget.serialise());
    return place.prepared ? form.ensureSignatureFlags() : form.addSignatureField(place.pageNum, widgetNum, fieldNum);
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
    m_xref = std::make_unique<XrefReader>();
    // The page tree is walked on the raw bytes below (a broken tree must
    // show up before the PIN), not through PoDoFo, which would parse every
    // page dictionary into objects the signer never uses.
    m_inputHash.reset();
    m_inputSha256.clear();
    Error e = loadDocument(*m_doc, inputPath, false);
    if (!e) {
        // The original bytes: the update is computed against them, and they
        // are copied unchanged into the output.
        m_mapped = std::make_unique<QFile>(inputPath);
        const qint64 size = m_mapped->open(QIODevice::ReadOnly) ? m_mapped->size() : -1;
        uchar *data = size > 0 ? m_mapped->map(0, size) : nullptr;
        if (data)
            m_bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
        else if (size >= 0)
            m_bytes = m_mapped->readAll(); // a file that cannot be mapped is read
        else
            e = Error(ErrorCode::FileNotFound, inputPath);
    }
    if (!e)
        e = m_xref->read(m_bytes);
    if (!e)
        e = checkPageTree(*m_xref, m_pages);
    if (e) {
        m_doc.reset();
        m_pages = PageTree();
        m_xref = std::make_unique<XrefReader>();
        m_bytes.clear();
        m_mapped.reset();
    }
    return e;
}

QString PdfSigner::inputSha256()
{
    if (!m_inputHash && !m_bytes.isEmpty()) {
        std::shared_ptr<EVP_MD_CTX> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        std::shared_ptr<EVP_MD_CTX> done(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        // Read in 1 MiB pieces, not through the mapping: touching every
        // mapped page would count the whole file as this process's memory.
        QFile in(m_input);
        bool ok = ctx && done && in.open(QIODevice::ReadOnly) && EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr);
        QByteArray buf(1 << 20, Qt::Uninitialized);
        for (qint64 left = m_bytes.size(); ok && left > 0;) {
            const qint64 n = in.read(buf.data(), std::min<qint64>(left, buf.size()));
            ok = n > 0 && EVP_DigestUpdate(ctx.get(), buf.constData(), size_t(n));
            left -= n;
        }
        if (ok && EVP_MD_CTX_copy_ex(done.get(), ctx.get()) && EVP_DigestFinal_ex(done.get(), md, &len)) {
            m_inputHash = ctx;
            m_inputSha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex());
        }
    }
    return m_inputSha256;
}

int PdfSigner::pageCount() const
{
    // The pages of the tree open() checked (not the root's /Count as PoDoFo reads it).
    return m_doc ? int(m_pages.pages.size()) : 0;
}

QString PdfSigner::pdfaClaim() const
{
    if (!m_xref)
        return {};
    IncrementalUpdate probe(*m_xref, m_bytes.size(), true);
    syntax::RawDictionary catalog;
    int catalogNum = 0, metadataNum = 0;
    QByteArray xmp;
    if (!syntax::parseReference(m_xref->trailer().value("Root"), catalogNum) || !catalog.parse(probe.current(catalogNum))
        || !syntax::parseReference(catalog.value("Metadata"), metadataNum) || !m_xref->decodedStream(metadataNum, xmp))
        return {};
    // pdfaid:part as an element or an attribute.
    const QRegularExpression part(QStringLiteral("pdfaid:part(?:>|=[\"'])\\s*(\\d)"));
    const QRegularExpression level(QStringLiteral("pdfaid:conformance(?:>|=[\"'])\\s*([ABUabu])"));
    const QString text = QString::fromUtf8(xmp);
    const QRegularExpressionMatch p = part.match(text);
    if (!p.hasMatch())
        return {};
    return p.captured(1) + level.match(text).captured(1).toUpper();
}

QRectF PdfSigner::visibleBox(int page) const
{
    if (!m_doc || page < 1 || page > pageCount())
        return {};
    const std::unique_ptr<PdfPage> p = pageOf(*m_doc, m_pages, page - 1);
    if (!p)
        return {};
    const PdfRect m = p->GetMediaBox();
    const PdfRect c = p->GetCropBox();
    const QRectF media(m.GetLeft(), m.GetBottom(), m.GetWidth(), m.GetHeight());
    const QRectF crop = QRectF(c.GetLeft(), c.GetBottom(), c.GetWidth(), c.GetHeight()).normalized();
    const QRectF visible = crop.isValid() ? crop.intersected(media.normalized()) : media.normalized();
    return visible.isValid() ? visible : media.normalized();
}

Error PdfSigner::check(const SignOptions &options) const
{
    if (!m_doc)
        return Error(ErrorCode::InternalError, QStringLiteral("no document"));
    if (options.page < 0 || options.page > pageCount())
        return Error(ErrorCode::PageOutOfRange,
                     QCoreApplication::translate("PdfSigner", "page %1 of %2").arg(options.page).arg(pageCount()));
    if (Error e = checkPageForSigning(*m_doc, m_pages, (options.page == 0 ? pageCount() : options.page) - 1))
        return e;
    if (options.rect && (options.rect->width() <= 0 || options.rect->height() <= 0))
        return Error(ErrorCode::Usage, QCoreApplication::translate("PdfSigner", "empty signature rectangle"));
    if (options.rect) {
        const QRectF visible = visibleBox(options.page == 0 ? pageCount() : options.page);
        const QRectF page(0, 0, visible.width(), visible.height());
        const QRectF r = *options.rect;
        const double tolerance = 0.5;
        if (r.left() < -tolerance || r.top() < -tolerance || r.right() > page.width() + tolerance
            || r.bottom() > page.height() + tolerance)
            return Error(ErrorCode::RectOutsidePage,
                         QCoreApplication::translate("PdfSigner", "rectangle %1,%2,%3,%4 on a visible page of %5 × %6 pt")
                             .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                             .arg(page.width()).arg(page.height()));
    }
    if (!options.appearance.imagePath.isEmpty()) {
        if (Error e = checkImage(options.appearance.imagePath))
            return e;
    }
    if (Error e = checkForm())
        return e;
    return AtomicOutput::checkTarget(options.outputPath, m_input, options.overwrite);
}

Error PdfSigner::checkForm() const
{
    IncrementalUpdate probe(*m_xref, m_bytes.size(), true);
    return FormUpdate(probe).checkAppearances();
}

Error PdfSigner::buildUpdate(SigningKey &key, const SignOptions &options, SignResult &result, QByteArray &bytes,
                             Placeholder &ph, size_t reserve)
{
    Q_UNUSED(key)
    PdfMemDocument &doc = *m_doc;
    const int pageNo = options.page == 0 ? pageCount() : options.page;
    const std::unique_ptr<PdfPage> page = pageOf(doc, m_pages, pageNo - 1);
    if (!page)
        return Error(ErrorCode::DamagedPdf, QCoreApplication::translate("PdfSigner", "page %1 cannot be read").arg(pageNo));
    SignaturePlace place = placeOnPage(page.get(), visibleBox(pageNo), options.rect);

    const bool eol = !m_bytes.isEmpty() && (m_bytes.at(m_bytes.size() - 1) == '\n' || m_bytes.at(m_bytes.size() - 1) == '\r');
    IncrementalUpdate update(*m_xref, m_bytes.size(), eol);
    FormUpdate form(update);
    claimField(update, form, place, result);
    NewAppearances aps;
    if (Error e = writeAppearances(doc, options, place, update, aps))
        return e;
    int sigNum = 0;
    if (Error e = writeSignatureField(m_pages, form, options, place, aps, result.fieldName, reserve, sigNum))
        return e;
    if (options.certifyPermission >= 1 && options.certifyPermission <= 3) {
        if (Error e = form.setCertification(sigNum))
            return e;
    }
    if (Error e = addEmptyFields(form, options, place.pageNum, place.pageGen, place.visible))
        return e;

    // Where the placeholders landed in the serialised update.
    QMap<int, qint64> offsets;
    bytes = update.serialise(&offsets);
    const qsizetype sigAt = qsizetype(offsets.value(sigNum) - m_bytes.size());
    const qsizetype br = bytes.indexOf("/ByteRange " + kByteRangePlaceholder, sigAt);
    const qsizetype contents = bytes.indexOf("/Contents <", sigAt);
    if (br < 0 || contents < 0)
        return Error(ErrorCode::InternalError, QStringLiteral("signature placeholder not written"));
    ph.byteRangeAt = m_bytes.size() + br + 11;
    ph.byteRangeLen = kByteRangePlaceholder.size();
    ph.contentsAt = m_bytes.size() + contents + 10;
    ph.contentsLen = qint64(reserve) * 2 + 2;
    result.page = pageNo;
    result.rect = place.rect;
    return {};
}

Error PdfSigner::addEmptyFields(FormUpdate &form, const SignOptions &options, int pageNum, int pageGen,
                                 const QRectF &visible)
{
    for (const PreparedField &f : options.emptyFields) {
        const QRectF placed = f.rect.intersected(QRectF(0, 0, visible.width(), visible.height()))
                                  .translated(visible.left(), visible.top());
        if (placed.isEmpty())
            continue;
        syntax::RawDictionary widget;
        widget.parse("<< /Type /Annot /Subtype /Widget /FT /Sig >>");
        widget.set("T", syntax::textString(f.name));
        widget.set("F", "132");
        widget.set("Rect", rectArray(placed));
        widget.set("P", syntax::reference(pageNum, pageGen));
        // An empty appearance: PDF/A wants one on every visible annotation.
        const int ap = form.update().allocate();
        syntax::RawDictionary xobject;
        xobject.parse("<< /Type /XObject /Subtype /Form /Resources << >> >>");
        xobject.set("BBox", rectArray(QRectF(0, 0, placed.width(), placed.height())));
        form.update().put(ap, IncrementalUpdate::streamBody(xobject, QByteArray()));
        widget.set("AP", "<< /N " + syntax::reference(ap) + " >>");
        const int num = form.update().allocate();
        form.update().put(num, widget.serialise());
        if (Error e = form.addSignatureField(pageNum, num))
            return e;
    }
    return {};
}

Error PdfSigner::signFile(const QString &path, const Placeholder &ph, SigningKey &key, const SignOptions &options,
                          SignResult &result, size_t reserve)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return Error(ErrorCode::OutputNotWritable, path);
    const qint64 total = file.size();
    const qint64 afterContents = ph.contentsAt + ph.contentsLen;
    QByteArray range = "[0 " + QByteArray::number(ph.contentsAt) + ' ' + QByteArray::number(afterContents) + ' '
        + QByteArray::number(total - afterContents) + ']';
    if (range.size() > ph.byteRangeLen)
        return Error(ErrorCode::InternalError, QStringLiteral("byte range too long"));
    range += QByteArray(int(ph.byteRangeLen - range.size()), ' ');
    if (!file.seek(ph.byteRangeAt) || file.write(range) != range.size() || !file.flush())
        return Error(ErrorCode::OutputNotWritable, path);

    // SHA-256 over the byte range, streamed. The file starts with the
    // original bytes: their hash is continued, not computed again (the
    // self-check re-reads the whole file before it is published).
    inputSha256();
    const qint64 prefix = m_inputHash && m_bytes.size() <= ph.contentsAt ? m_bytes.size() : 0;
    auto startHash = [&](EVP_MD_CTX *md) {
        return prefix > 0 ? EVP_MD_CTX_copy_ex(md, m_inputHash.get()) : EVP_DigestInit_ex(md, EVP_sha256(), nullptr);
    };
    auto hashRange = [&](EVP_MD_CTX *md, qint64 from, qint64 to) {
        file.seek(from);
        for (qint64 left = to - from; left > 0;) {
            const QByteArray buf = file.read(std::min<qint64>(left, 1 << 20));
            if (buf.isEmpty())
                return false;
            EVP_DigestUpdate(md, buf.constData(), size_t(buf.size()));
            left -= buf.size();
        }
        return true;
    };
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    const bool read = md && startHash(md) && hashRange(md, prefix, ph.contentsAt) && hashRange(md, afterContents, total);
    QByteArray digest(32, '\0');
    if (md)
        EVP_DigestFinal_ex(md, reinterpret_cast<unsigned char *>(digest.data()), nullptr);
    EVP_MD_CTX_free(md);
    if (!read)
        return Error(ErrorCode::OutputNotWritable, path);

    TimeStamper stamper;
    if (!options.tsaUrl.isEmpty()) {
        stamper = [&](const QByteArray &sigDigest, QByteArray &token) {
            Error e = requestTimeStamp(options.tsaUrl, sigDigest, token);
            if (!e && options.checkTimeStamp)
                e = options.checkTimeStamp(token, sigDigest);
            if (e)
                token.clear(); // never embed a token that did not verify
            if (e && options.tsaOptional) {
                result.timeStampProblem = e.message();
                return Error(); // signed without a time-stamp, as the user chose
            }
            result.timeStamped = !e;
            return e;
        };
    }
    QByteArray cms;
    if (Error e = buildPadesCms(digest, key, cms, stamper))
        return e;
    if (size_t(cms.size()) > reserve)
        return Error(ErrorCode::SignatureTooLarge, QStringLiteral("%1 > %2").arg(cms.size()).arg(reserve));
    const QByteArray hex = cms.toHex().toUpper();
    if (!file.seek(ph.contentsAt + 1) || file.write(hex) != hex.size() || !file.flush())
        return Error(ErrorCode::OutputNotWritable, path);
    result.cmsBytes = cms.size();
    // The whole file's hash for the register: the original bytes' state and
    // the update as now written.
    result.outputSha256.clear();
    EVP_MD_CTX *whole = EVP_MD_CTX_new();
    QByteArray sum(32, '\0');
    if (whole && prefix > 0 && startHash(whole) && hashRange(whole, prefix, total)
        && EVP_DigestFinal_ex(whole, reinterpret_cast<unsigned char *>(sum.data()), nullptr))
        result.outputSha256 = QString::fromLatin1(sum.toHex());
    EVP_MD_CTX_free(whole);
    return {};
}

Error PdfSigner::sign(SigningKey &key, const SignOptions &options, SignResult &result)
{
    if (Error e = check(options))
        return e;
    AtomicOutput output;
    if (Error e = output.begin(options.outputPath, m_input, options.overwrite))
        return e;
    const size_t reserve = reserveFor(key) + (options.tsaUrl.isEmpty() ? 0 : 12288);
    try {
        QByteArray update;
        Placeholder ph;
        if (Error e = buildUpdate(key, options, result, update, ph, reserve))
            return e;
        if (Error e = IncrementalUpdate::writeFile(m_input, output.tempPath(), update))
            return e;
        crashPoint("update-written");
        if (Error e = signFile(output.tempPath(), ph, key, options, result, reserve))
            return e;
        crashPoint("signature-written");
    } catch (const PdfError &e) {
        return Error(ErrorCode::SigningFailed, QString::fromLatin1(PdfError::ErrorName(e.GetError())));
    }
    RevocationData dss = options.dss;
    if (options.collectValidationData) {
        if (Error e = options.collectValidationData(dss))
            return e;
    }
    if (!dss.isEmpty()) {
        // B-LT: the validation data go in a further incremental update.
        result.outputSha256.clear(); // a further revision: read again by the caller
        const QString withDss = output.tempPath() + QStringLiteral(".dss");
        Error e = appendDss(output.tempPath(), withDss, dss);
        if (!e && ::rename(QFile::encodeName(withDss).constData(), QFile::encodeName(output.tempPath()).constData()) != 0)
            e = Error(ErrorCode::OutputNotWritable, withDss);
        if (e) {
            QFile::remove(withDss);
            return e;
        }
    }
    // Never publish what KySo's own verifier cannot read back.
    if (Error e = checkSignedOutput(output.tempPath(), result.fieldName))
        return e;
    if (Error e = output.commit())
        return e;
    crashPoint("renamed");
    result.outputPath = options.outputPath;
    // The document object now holds the new objects; reload before another use.
    m_doc.reset();
    return {};
}

} // namespace kyso::pdf
