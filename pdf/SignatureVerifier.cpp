#include "pdf/SignatureVerifier.h"

#include "pdf/ChainBuilder.h"
#include "pdf/DssWriter.h"
#include "pdf/PdfInput.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <podofo/podofo.h>

#include <vector>

using namespace PoDoFo;

namespace kyso::pdf {

struct SignatureVerifier::Store {
    X509_STORE *store = X509_STORE_new();
    int count = 0;
    X509_STORE *tsaStore = X509_STORE_new();
    int tsaCount = 0;
    QList<QByteArray> intermediates;
    ~Store()
    {
        X509_STORE_free(store);
        X509_STORE_free(tsaStore);
    }
};

bool VerificationReport::allValid() const
{
    if (readError || signatures.isEmpty())
        return false;
    for (const SignatureReport &s : signatures) {
        if (!s.isValid())
            return false;
    }
    return true;
}

namespace {


const PdfObject *resolve(const PdfObject *o, const PdfVecObjects *objects)
{
    for (int i = 0; o && o->IsReference() && i < 8; ++i)
        o = objects->GetObject(o->GetReference());
    return o;
}

QString textOf(const PdfObject *o)
{
    if (!o || !(o->IsString() || o->IsHexString()))
        return {};
    return QString::fromStdString(o->GetString().GetStringUtf8());
}

struct Found {
    QString name;
    const PdfObject *sig;
    const PdfObject *field;
    QString problem; // set when the field or its signature dictionary cannot be read
};

void findSignatures(const PdfObject *fields, const PdfVecObjects *objects, const QString &prefix, bool inheritedSig,
                    QList<Found> &out, int depth = 0)
{
    fields = resolve(fields, objects);
    if (!fields || !fields->IsArray() || depth > 16)
        return;
    for (const PdfObject &item : fields->GetArray()) {
        // One unreadable field is that field's problem, not the document's.
        QString name = prefix;
        try {
            const PdfObject *field = resolve(&item, objects);
            if (!field || !field->IsDictionary())
                continue;
            const PdfDictionary &dict = field->GetDictionary();
            const QString partial = textOf(dict.GetKey("T"));
            name = prefix.isEmpty() ? partial : (partial.isEmpty() ? prefix : prefix + QLatin1Char('.') + partial);
            const PdfObject *ft = dict.GetKey("FT");
            const bool isSig = ft ? (ft->IsName() && ft->GetName() == PdfName("Sig")) : inheritedSig;
            if (isSig) {
                const PdfObject *v = resolve(dict.GetKey("V"), objects);
                // A value with neither /Contents nor /ByteRange is no signature
                // (an unsigned field as PoDoFo's PdfSignatureField writes it).
                const bool unsignedValue = v && v->IsDictionary() && !v->GetDictionary().HasKey("Contents")
                                           && !v->GetDictionary().HasKey("ByteRange");
                if (unsignedValue)
                    ; // nothing to verify
                else if (v && v->IsDictionary())
                    out << Found{name, v, field, {}};
                else if (v && !v->IsNull())
                    out << Found{name, nullptr, field, QStringLiteral("/V is not a dictionary")};
            }
            findSignatures(dict.GetKey("Kids"), objects, name, isSig, out, depth + 1);
        } catch (const PdfError &e) {
            const char *what = PdfError::ErrorName(e.GetError());
            out << Found{name.isEmpty() ? QStringLiteral("?") : name, nullptr, nullptr, QString::fromLatin1(what ? what : "PoDoFo")};
        }
    }
}

// Claimed signing time from /M ("D:YYYYMMDDHHmmSS+HH'mm'").
QDateTime parsePdfDate(const QString &s)
{
    QString d = s;
    if (d.startsWith(QLatin1String("D:")))
        d = d.mid(2);
    if (d.size() < 14)
        return {};
    QDateTime t(QDate(d.mid(0, 4).toInt(), d.mid(4, 2).toInt(), d.mid(6, 2).toInt()),
                QTime(d.mid(8, 2).toInt(), d.mid(10, 2).toInt(), d.mid(12, 2).toInt()), Qt::UTC);
    if (d.size() > 14 && (d[14] == QLatin1Char('+') || d[14] == QLatin1Char('-'))) {
        const int sign = d[14] == QLatin1Char('+') ? 1 : -1;
        const int hh = d.mid(15, 2).toInt();
        const int mm = d.size() >= 20 ? d.mid(18, 2).toInt() : 0;
        t = t.addSecs(-sign * (hh * 3600 + mm * 60));
    }
    return t;
}

bool digestRanges(const QString &path, const qint64 br[4], const EVP_MD *md, QByteArray &out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, md, nullptr);
    std::vector<char> buf(1 << 16);
    bool ok = true;
    for (int r = 0; r < 2 && ok; ++r) {
        qint64 left = br[2 * r + 1];
        ok = f.seek(br[2 * r]);
        while (ok && left > 0) {
            const qint64 got = f.read(buf.data(), std::min<qint64>(left, qint64(buf.size())));
            if (got <= 0) {
                ok = false;
                break;
            }
            EVP_DigestUpdate(ctx, buf.data(), size_t(got));
            left -= got;
        }
    }
    unsigned int len = 0;
    out.resize(EVP_MAX_MD_SIZE);
    EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()), &len);
    out.resize(int(len));
    EVP_MD_CTX_free(ctx);
    return ok;
}

// What chain completion may use besides the CMS's own certificates.
struct ChainContext {
    ChainSources sources;   // DSS certificates, intermediates, anchors, online, cache, deadline
    X509_STORE *tsaAnchors = nullptr;
};

// 1. Integrity: digest of the signed bytes = messageDigest, and the
//    signature over the signed attributes verifies with the signer's key.
void checkIntegrity(CMS_SignerInfo *si, X509_ALGOR *digestAlg, const QString &path, SignatureReport &r)
{
    const ASN1_OBJECT *algObj = nullptr;
    X509_ALGOR_get0(&algObj, nullptr, nullptr, digestAlg);
    const EVP_MD *md = EVP_get_digestbyobj(algObj);
    const auto *mdAttr = static_cast<ASN1_OCTET_STRING *>(
        CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
    QByteArray digest;
    if (!md || !mdAttr) {
        r.integrity = Integrity::Unsupported;
        r.integrityDetail = QCoreApplication::translate("SignatureVerifier", "signature without signed attributes or with an unknown digest algorithm");
    } else if (!digestRanges(path, r.byteRange, md, digest)) {
        r.integrity = Integrity::Malformed;
        r.integrityDetail = QCoreApplication::translate("SignatureVerifier", "the signed byte range lies outside the file");
    } else if (digest != QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(mdAttr)), ASN1_STRING_length(mdAttr))) {
        r.integrity = Integrity::Modified;
        r.integrityDetail = QCoreApplication::translate("SignatureVerifier", "the signed content was changed after signing");
    } else if (CMS_SignerInfo_verify(si) != 1) {
        r.integrity = Integrity::Modified;
        r.integrityDetail = QCoreApplication::translate("SignatureVerifier", "the signature value does not match the signed attributes");
    } else {
        r.integrity = Integrity::Intact;
    }
}

// 2. A signature time-stamp proves when the signature existed: prefer its
//    time to the signer's clock.
void checkSignatureTimeStamp(CMS_SignerInfo *si, const ChainContext &chainCtx, SignatureReport &r)
{
    const int tsIdx = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    if (tsIdx < 0)
        return;
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, tsIdx), 0);
    const ASN1_OCTET_STRING *sig = CMS_SignerInfo_get0_signature(si);
    if (value && value->type == V_ASN1_SEQUENCE) {
        const QByteArray token(reinterpret_cast<const char *>(value->value.sequence->data), value->value.sequence->length);
        r.timeStamp = checkTimeStamp(token, QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(sig)), ASN1_STRING_length(sig)),
                                     chainCtx.tsaAnchors);
        if (!chainCtx.tsaAnchors && r.timeStamp.problem.isEmpty()) {
            r.timeStamp.valid = false;
            r.timeStamp.problem = QCoreApplication::translate("SignatureVerifier", "no trust anchor for time-stamp authorities");
        }
    } else {
        r.timeStamp.present = true;
        r.timeStamp.problem = QStringLiteral("malformed time-stamp attribute");
    }
}

// Complete the chain (document certificates, intermediates, AIA), then let
// OpenSSL judge it at time `at` with the completed path as untrusted.
void checkTrust(X509 *signer, STACK_OF(X509) *certs, const QDateTime &at, X509_STORE *anchors, const ChainContext &chainCtx,
                SignatureReport &r)
{
    ChainSources sources = chainCtx.sources;
    for (const CertificateInfo &c : r.embeddedCertificates)
        sources.candidates << c.der;
    const ChainResult chain = buildChain(r.signer.der, sources);
    STACK_OF(X509) *untrusted = X509_chain_up_ref(certs);
    for (const QByteArray &c : chain.path) {
        const auto *cp = reinterpret_cast<const unsigned char *>(c.constData());
        if (X509 *x = d2i_X509(nullptr, &cp, c.size()))
            sk_X509_push(untrusted, x);
    }
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, anchors, signer, untrusted);
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx), time_t(at.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx) == 1) {
        r.trust = Trust::Trusted;
    } else {
        r.trust = Trust::Untrusted;
        r.trustDetail = QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx)));
        if (!chain.reachesAnchor && !chain.problem.isEmpty())
            r.trustDetail += QStringLiteral(": ") + chain.problem;
    }
    X509_STORE_CTX_free(ctx);
    sk_X509_pop_free(untrusted, X509_free);
    r.chainPath = chain.path;
}

void checkCms(const QByteArray &der, const QString &path, X509_STORE *anchors, int anchorCount, const ChainContext &chainCtx,
              SignatureReport &r)
{
    ERR_clear_error();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &p, der.size());
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms)) != NID_pkcs7_signed) {
        r.integrity = Integrity::Malformed;
        r.integrityDetail = QCoreApplication::translate("SignatureVerifier", "the signature value is not a CMS SignedData structure");
        CMS_ContentInfo_free(cms);
        return;
    }
    STACK_OF(X509) *certs = CMS_get1_certs(cms);
    for (int i = 0; i < sk_X509_num(certs); ++i)
        r.embeddedCertificates << CertificateInfo::fromX509(sk_X509_value(certs, i));
    CMS_set1_signers_certs(cms, nullptr, 0);
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms);
    CMS_SignerInfo *si = sk_CMS_SignerInfo_num(infos) == 1 ? sk_CMS_SignerInfo_value(infos, 0) : nullptr;
    X509 *signer = nullptr;
    X509_ALGOR *digestAlg = nullptr;
    if (si)
        CMS_SignerInfo_get0_algs(si, nullptr, &signer, &digestAlg, nullptr);
    if (!si || !signer) {
        r.integrity = Integrity::Malformed;
        r.integrityDetail = QCoreApplication::translate("SignatureVerifier", "the signer's certificate is not in the signature");
        sk_X509_pop_free(certs, X509_free);
        CMS_ContentInfo_free(cms);
        return;
    }
    r.signer = CertificateInfo::fromX509(signer);
    r.hasSigningTimeAttribute = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) >= 0;

    checkIntegrity(si, digestAlg, path, r);
    checkSignatureTimeStamp(si, chainCtx, r);

    // 3. Validity of the certificate at the signing time.
    const QDateTime at = r.timeStamp.valid ? r.timeStamp.time
        : r.signingTime.isValid()          ? r.signingTime
                                           : QDateTime::currentDateTimeUtc();
    r.certificateValidAtSigningTime = r.signer.validAt(at);

    // 4. Chain to a trust anchor, evaluated at the signing time.
    if (anchorCount == 0) {
        r.trust = Trust::NoTrustAnchors;
        r.trustDetail = QCoreApplication::translate("SignatureVerifier", "no trust anchor configured");
    } else {
        checkTrust(signer, certs, at, anchors, chainCtx, r);
    }
    sk_X509_pop_free(certs, X509_free);
    CMS_ContentInfo_free(cms);
}

// A document time-stamp (PAdES B-LTA) has no signer of its own: the token's
// imprint must be the digest of the signed bytes, and the token must verify
// with a TSA that chains to the time-stamp trust anchors. Its "signer" is the
// TSA; its signing time is the token's time.
void checkDocumentTimeStampValue(const QByteArray &der, const QString &path, const ChainContext &chainCtx, SignatureReport &r)
{
    const DocumentTimeStampCheck c = checkDocumentTimeStamp(
        der, [&](const EVP_MD *md, QByteArray &out) { return digestRanges(path, r.byteRange, md, out); }, chainCtx.tsaAnchors);
    r.timeStamp = c.info;
    if (!c.tsaCertificate.isEmpty()) {
        const auto *p = reinterpret_cast<const unsigned char *>(c.tsaCertificate.constData());
        if (X509 *x = d2i_X509(nullptr, &p, c.tsaCertificate.size())) {
            r.signer = CertificateInfo::fromX509(x);
            X509_free(x);
        }
    }
    if (c.info.time.isValid())
        r.signingTime = c.info.time;
    if (!c.readable) {
        r.integrity = Integrity::Malformed;
        r.integrityDetail = c.info.problem;
        return;
    }
    r.integrity = c.imprintMatches ? Integrity::Intact : Integrity::Modified;
    if (!c.imprintMatches)
        r.integrityDetail = QCoreApplication::translate("SignatureVerifier", "the signed content was changed after signing");
    r.certificateValidAtSigningTime = !r.signer.der.isEmpty() && r.signer.validAt(c.info.time);
    if (!chainCtx.tsaAnchors) {
        r.trust = Trust::NoTrustAnchors;
        r.trustDetail = QCoreApplication::translate("SignatureVerifier", "no trust anchor configured");
    } else if (c.verified) {
        r.trust = Trust::Trusted;
    } else {
        r.trust = Trust::Untrusted;
        r.trustDetail = c.info.problem;
    }
    if (!r.signer.der.isEmpty())
        r.chainPath << r.signer.der;
}

// 1-based page whose /Annots lists the widget, 0 if none: the page named by
// the widget's /P first, else one pass over the pages (never PoDoFo's
// GetPage(i) per page, which walks the tree from the root every time).
int widgetPage(PdfMemDocument &doc, const PageTree &walkedPages, const PdfObject *widget)
{
    const PdfVecObjects *objects = &doc.GetObjects();
    auto lists = [&](const ObjectId &page) {
        const PdfObject *node = objects->GetObject(PdfReference(page.number, page.generation));
        const PdfObject *annots = node && node->IsDictionary() ? resolve(node->GetDictionary().GetKey("Annots"), objects) : nullptr;
        if (!annots || !annots->IsArray())
            return false;
        for (const PdfObject &a : annots->GetArray()) {
            if (a.IsReference() && a.GetReference() == widget->Reference())
                return true;
        }
        return false;
    };
    if (const PdfObject *p = widget->GetDictionary().GetKey("P"); p && p->IsReference()) {
        const ObjectId id{std::uint32_t(p->GetReference().ObjectNumber()), std::uint16_t(p->GetReference().GenerationNumber())};
        // Without a walked tree, upwards from the page (cheap for the last page).
        const int number = walkedPages.walked ? walkedPages.indexOf(id) + 1 : pageNumberFromParents(doc, id);
        if (number > 0 && lists(id))
            return number;
    }
    // No usable /P: look through every page's /Annots (walking the tree once if not done yet).
    PageTree walkedHere;
    if (!walkedPages.walked && checkPageTree(doc, walkedHere))
        return 0;
    const PageTree &pages = walkedPages.walked ? walkedPages : walkedHere;
    for (size_t i = 0; i < pages.pages.size(); ++i) {
        if (lists(pages.pages[i]))
            return int(i) + 1;
    }
    return 0;
}

// Page and rectangle of the signature's widget (the field itself when merged,
// else its first kid).
void locateWidget(PdfMemDocument &doc, const PageTree &pages, const PdfObject *field, SignatureReport &r)
{
    const PdfVecObjects *objects = &doc.GetObjects();
    const PdfObject *widget = field;
    if (!field->GetDictionary().HasKey("Rect")) {
        const PdfObject *kids = resolve(field->GetDictionary().GetKey("Kids"), objects);
        if (kids && kids->IsArray() && !kids->GetArray().empty())
            widget = resolve(&kids->GetArray()[0], objects);
    }
    if (!widget || !widget->IsDictionary())
        return;
    const PdfObject *rect = resolve(widget->GetDictionary().GetKey("Rect"), objects);
    if (rect && rect->IsArray() && rect->GetArray().size() == 4) {
        double v[4];
        for (int i = 0; i < 4; ++i)
            v[i] = rect->GetArray()[size_t(i)].IsNumber() || rect->GetArray()[size_t(i)].IsReal()
                ? rect->GetArray()[size_t(i)].GetReal()
                : 0.0;
        r.widgetRect = QRectF(std::min(v[0], v[2]), std::min(v[1], v[3]), std::abs(v[2] - v[0]), std::abs(v[3] - v[1]));
    }
    r.page = widgetPage(doc, pages, widget);
}

// /P of a DocMDP transform in the signature's /Reference, 0 if none.
int docMdpPermission(const PdfObject *sig, const PdfVecObjects *objects)
{
    const PdfObject *refs = resolve(sig->GetDictionary().GetKey("Reference"), objects);
    if (!refs || !refs->IsArray())
        return 0;
    for (const PdfObject &item : refs->GetArray()) {
        const PdfObject *ref = resolve(&item, objects);
        if (!ref || !ref->IsDictionary())
            continue;
        const PdfObject *method = ref->GetDictionary().GetKey("TransformMethod");
        if (!method || !method->IsName() || method->GetName() != PdfName("DocMDP"))
            continue;
        const PdfObject *params = resolve(ref->GetDictionary().GetKey("TransformParams"), objects);
        const PdfObject *p = params && params->IsDictionary() ? params->GetDictionary().GetKey("P") : nullptr;
        return p && p->IsNumber() ? int(p->GetNumber()) : 2; // default P is 2
    }
    return 0;
}

} // namespace

SignatureVerifier::SignatureVerifier() : m_store(std::make_unique<Store>()) {}
SignatureVerifier::~SignatureVerifier() = default;

Error SignatureVerifier::addTrustAnchors(const QString &pemFile)
{
    QFile f(pemFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileNotFound, pemFile);
    const QByteArray pem = f.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), pem.size());
    int added = 0;
    while (X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
        if (X509_STORE_add_cert(m_store->store, cert))
            ++added;
        X509_free(cert);
    }
    BIO_free(bio);
    ERR_clear_error();
    if (added == 0)
        return Error(ErrorCode::Usage, QCoreApplication::translate("SignatureVerifier", "no certificate in %1").arg(pemFile));
    m_store->count += added;
    return {};
}

Error SignatureVerifier::addTsaTrustAnchors(const QString &pemFile)
{
    QList<QByteArray> certs;
    if (Error e = loadCertificateFiles({pemFile}, certs))
        return e;
    for (const QByteArray &der : certs) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        if (X509 *cert = d2i_X509(nullptr, &p, der.size())) {
            if (X509_STORE_add_cert(m_store->tsaStore, cert))
                ++m_store->tsaCount;
            X509_free(cert);
        }
    }
    ERR_clear_error();
    return {};
}

Error SignatureVerifier::addIntermediates(const QString &file)
{
    return loadCertificateFiles({file}, m_store->intermediates);
}

namespace {

// Revocation from the document's DSS first, else (when online) from the
// responder named in the certificate, asked about the completed chain path.
void checkSignerRevocation(SignatureReport &r, const RevocationData &dss, X509_STORE *anchors, bool online,
                           const Deadline &deadline)
{
    QList<QByteArray> issuers = dss.certs + r.chainPath;
    for (const CertificateInfo &c : r.embeddedCertificates)
        issuers << c.der;
    r.revocation = checkRevocation(r.signer.der, issuers, dss, anchors);
    r.revocationEmbedded = r.revocation.status != RevocationStatus::NotChecked;
    if (!r.revocationEmbedded && online && hasRevocationUrls(r.signer.der) && r.chainPath.size() >= 2) {
        RevocationData fetched;
        const RevocationResult fetchedResult = fetchCertificateStatus(r.chainPath[0], r.chainPath[1], fetched, deadline);
        const QStringList refused = r.revocation.refused + fetchedResult.refused;
        if (fetchedResult.status != RevocationStatus::NotChecked)
            r.revocation = fetchedResult;
        else if (!fetchedResult.problem.isEmpty())
            r.revocation.problem = fetchedResult.problem;
        r.revocation.refused = refused;
    }
    r.revocationChecked = r.revocation.status == RevocationStatus::Good || r.revocation.status == RevocationStatus::Revoked;
}

// The signed byte range: [0, a] and [b, b + c] around /Contents, inside the file.
bool readByteRange(const PdfDictionary &sig, const PdfVecObjects *objects, qint64 fileSize, SignatureReport &r)
{
    const PdfObject *br = resolve(sig.GetKey("ByteRange"), objects);
    const PdfObject *contents = resolve(sig.GetKey("Contents"), objects);
    bool ok = br && br->IsArray() && br->GetArray().size() == 4 && contents && (contents->IsHexString() || contents->IsString());
    for (int i = 0; ok && i < 4; ++i) {
        const PdfObject &v = br->GetArray()[size_t(i)];
        ok = v.IsNumber();
        if (ok)
            r.byteRange[i] = v.GetNumber();
    }
    return ok && r.byteRange[0] == 0 && r.byteRange[1] > 0 && r.byteRange[2] > r.byteRange[1] && r.byteRange[3] >= 0
        && r.byteRange[2] + r.byteRange[3] <= fileSize;
}

} // namespace

void SignatureVerifier::checkOne(PdfMemDocument &doc, const PageTree &pages, const void *foundPtr, const RevocationData &dss, const void *chainPtr,
                                 const QString &path, SignatureReport &r) const
{
    const Found &f = *static_cast<const Found *>(foundPtr);
    const ChainContext &chainCtx = *static_cast<const ChainContext *>(chainPtr);
    const PdfDictionary &sig = f.sig->GetDictionary();
    // DocMDP first: a certification stays visible even when the rest is broken.
    r.docMdpPermission = docMdpPermission(f.sig, &doc.GetObjects());
    if (const PdfObject *sf = sig.GetKey("SubFilter"); sf && sf->IsName())
        r.subFilter = QString::fromStdString(sf->GetName().GetName());
    r.signingTime = parsePdfDate(textOf(sig.GetKey("M")));
    r.reason = textOf(sig.GetKey("Reason"));
    r.location = textOf(sig.GetKey("Location"));
    if (!readByteRange(sig, &doc.GetObjects(), r.fileSize, r)) {
        r.integrity = Integrity::Malformed;
        r.integrityDetail = QCoreApplication::translate("SignatureVerifier", "missing or invalid /ByteRange");
        return;
    }
    r.coversWholeDocument = r.byteRange[2] + r.byteRange[3] == r.fileSize;
    const PdfString &value = resolve(sig.GetKey("Contents"), &doc.GetObjects())->GetString();
    const QByteArray der(value.GetString(), int(value.GetLength()));
    if (r.subFilter == QLatin1String("ETSI.RFC3161"))
        checkDocumentTimeStampValue(der, path, chainCtx, r);
    else
        checkCms(der, path, m_store->store, m_store->count, chainCtx, r);
    locateWidget(doc, pages, f.field, r);
    if (!r.signer.der.isEmpty())
        checkSignerRevocation(r, dss, m_store->count ? m_store->store : nullptr, m_online, *chainCtx.sources.deadline);
}

// What each signature's later revisions changed, and what the document's
// certification (DocMDP) allows for them.
void SignatureVerifier::analyseChanges(const QString &path, VerificationReport &report) const
{
    QList<qint64> ends;
    int certification = 0;
    qint64 certifiedEnd = -1;
    for (const SignatureReport &s : report.signatures) {
        const qint64 end = s.byteRange[2] + s.byteRange[3];
        if (end <= 0)
            continue;
        ends << end;
        if (s.docMdpPermission > 0 && (certifiedEnd < 0 || end < certifiedEnd)) {
            certification = s.docMdpPermission;
            certifiedEnd = end;
        }
    }
    if (ends.isEmpty())
        return;
    RevisionAnalysis analysis = RevisionAnalysis::analyse(path, ends);
    for (const auto &allowance : m_allowances)
        analysis.addAllowance(allowance);
    QList<QList<RevisionSigner>> signers;
    for (const Revision &rev : analysis.revisions()) {
        QList<RevisionSigner> list;
        for (const SignatureReport &s : report.signatures) {
            if (s.byteRange[2] + s.byteRange[3] == rev.end)
                list << RevisionSigner{s.signer.der, false};
        }
        signers << list;
    }
    for (SignatureReport &s : report.signatures) {
        const qint64 end = s.byteRange[2] + s.byteRange[3];
        if (end <= 0)
            continue;
        s.changes = analysis.changesAfter(end, signers);
        s.governingDocMdp = certifiedEnd >= 0 && end >= certifiedEnd ? certification : 0;
    }
}

VerificationReport SignatureVerifier::verify(const QString &path) const
{
    PdfMemDocument doc;
    PageTree pages; // not walked: verifying needs only the signatures' pages
    if (Error e = loadDocument(doc, path, false)) {
        VerificationReport report;
        report.filePath = path;
        report.readError = e;
        return report;
    }
    return verify(path, doc, pages);
}

VerificationReport SignatureVerifier::verify(const QString &path, PoDoFo::PdfMemDocument &doc, const PageTree &pages) const
{
    VerificationReport report;
    report.filePath = path;
    const qint64 fileSize = QFile(path).size();
    QList<Found> found;
    RevocationData dss;
    const Deadline ownDeadline;
    const Deadline &deadline = m_deadline ? *m_deadline : ownDeadline;
    ChainContext chainCtx;
    try {
        dss = readDss(doc);
        chainCtx.sources.candidates = dss.certs;
        chainCtx.sources.intermediates = m_store->intermediates;
        chainCtx.sources.anchors = storeCertificates(m_store->store);
        chainCtx.sources.online = m_online;
        chainCtx.sources.cacheDir = m_cacheDir;
        chainCtx.sources.deadline = &deadline;
        chainCtx.tsaAnchors = m_store->tsaCount ? m_store->tsaStore : (m_store->count ? m_store->store : nullptr);
        if (const PdfObject *acro = resolve(doc.GetCatalog()->GetDictionary().GetKey("AcroForm"), &doc.GetObjects());
            acro && acro->IsDictionary())
            findSignatures(acro->GetDictionary().GetKey("Fields"), &doc.GetObjects(), QString(), false, found);
    } catch (const PdfError &e) {
        report.readError = errorFromPodofo(e);
        return report;
    }
    for (const Found &f : found) {
        SignatureReport r;
        r.fieldName = f.name;
        r.fileSize = fileSize;
        // One malformed signature is that signature's problem: the others are
        // still checked.
        if (!f.sig) {
            r.integrity = Integrity::Malformed;
            r.integrityDetail = QCoreApplication::translate("SignatureVerifier", "the signature object cannot be read (%1)").arg(f.problem);
        } else {
            try {
                checkOne(doc, pages, &f, dss, &chainCtx, path, r);
            } catch (const PdfError &e) {
                const char *what = PdfError::ErrorName(e.GetError());
                r.integrity = Integrity::Malformed;
                r.integrityDetail = QCoreApplication::translate("SignatureVerifier", "the signature object cannot be read (%1)")
                                        .arg(QString::fromLatin1(what ? what : "PoDoFo"));
            }
        }
        report.signatures << r;
    }
    analyseChanges(path, report);
    return report;
}

} // namespace kyso::pdf
