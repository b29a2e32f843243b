#include "pdf/RevisionDiff.h"

#include <podofo/podofo.h>

#include <QRectF>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <string>

using namespace PoDoFo;

namespace kyso::pdf::detail {

namespace {

constexpr int kMaxListed = 200; // changes listed per revision; the class is exact anyway

const PdfObject *resolveIn(const PdfObject *o, const PdfMemDocument &doc)
{
    for (int i = 0; o && o->IsReference() && i < 16; ++i)
        o = doc.GetObjects().GetObject(o->GetReference());
    return o;
}

bool isNullish(const PdfObject *o)
{
    return !o || o->IsNull();
}

std::string stringBytes(const PdfString &s)
{
    if (s.IsUnicode())
        return s.GetStringUtf8();
    return std::string(s.GetString() ? s.GetString() : "", size_t(s.GetLength()));
}

bool sameNumber(double x, double y)
{
    return std::fabs(x - y) <= 1e-6 * std::max({1.0, std::fabs(x), std::fabs(y)});
}

bool streamData(const PdfObject *o, std::string &out)
{
    char *buf = nullptr;
    pdf_long len = 0;
    try {
        o->GetStream()->GetFilteredCopy(&buf, &len);
    } catch (const PdfError &) {
        podofo_free(buf);
        buf = nullptr;
        len = 0;
        try {
            o->GetStream()->GetCopy(&buf, &len);
        } catch (const PdfError &) {
            podofo_free(buf);
            return false;
        }
    }
    out.assign(buf ? buf : "", size_t(len));
    podofo_free(buf);
    return true;
}

bool sameDictionary(const PdfDictionary &a, const PdfDictionary &b, const PdfMemDocument &da, const PdfMemDocument &db,
                    int depth, bool isStream)
{
    auto skip = [isStream](const PdfName &k) {
        return isStream && (k == PdfName("Length") || k == PdfName("Filter") || k == PdfName("DecodeParms") || k == PdfName("DL"));
    };
    for (const auto &kv : a.GetKeys()) {
        if (skip(kv.first) || isNullish(kv.second))
            continue;
        if (!sameValue(kv.second, b.GetKey(kv.first), da, db, depth + 1))
            return false;
    }
    for (const auto &kv : b.GetKeys()) {
        if (skip(kv.first) || isNullish(kv.second))
            continue;
        if (isNullish(a.GetKey(kv.first)))
            return false;
    }
    return true;
}

} // namespace

bool sameValue(const PdfObject *a, const PdfObject *b, const PdfMemDocument &da, const PdfMemDocument &db, int depth)
{
    if (isNullish(a) || isNullish(b))
        return isNullish(a) && isNullish(b);
    if (depth > 64)
        return false;
    if ((a->IsNumber() || a->IsReal()) && (b->IsNumber() || b->IsReal()))
        return sameNumber(a->GetReal(), b->GetReal());
    const bool aStr = a->IsString() || a->IsHexString();
    const bool bStr = b->IsString() || b->IsHexString();
    if (aStr || bStr)
        return aStr && bStr && stringBytes(a->GetString()) == stringBytes(b->GetString());
    if (a->GetDataType() != b->GetDataType())
        return false;
    if (a->IsBool())
        return a->GetBool() == b->GetBool();
    if (a->IsName())
        return a->GetName() == b->GetName();
    if (a->IsReference())
        return a->GetReference() == b->GetReference();
    if (a->IsArray()) {
        const PdfArray &x = a->GetArray(), &y = b->GetArray();
        if (x.size() != y.size())
            return false;
        for (size_t i = 0; i < x.size(); ++i) {
            if (!sameValue(&x[i], &y[i], da, db, depth + 1))
                return false;
        }
        return true;
    }
    if (a->IsDictionary()) {
        const bool stream = a->HasStream() || b->HasStream();
        if (a->HasStream() != b->HasStream())
            return false;
        if (!sameDictionary(a->GetDictionary(), b->GetDictionary(), da, db, depth, stream))
            return false;
        if (!stream)
            return true;
        std::string x, y;
        return streamData(a, x) && streamData(b, y) && x == y;
    }
    return false; // raw data and unknown types never count as equal
}

namespace {

// Where an object sits in the document, for objects that do not say what
// they are themselves (content streams, resources, appearance streams).
enum class RoleKind { PageContent, PageResource, PageAnnots, AnnotAppearance, FieldsArray, FieldValue, Dss, Ignored, Catalog };
struct Role {
    RoleKind kind;
    int page = 0;
    int owner = 0;   // annotation/field object number
    QString key;     // catalog key
};

class Classifier
{
public:
    Classifier(PdfMemDocument &a, PdfMemDocument &b, const QSet<int> &inFileBefore, Revision &rev, bool sameBytes)
        : m_a(a), m_b(b), m_inFileBefore(inFileBefore), m_rev(rev), m_sameBytes(sameBytes) {}
    void run(const QList<DefinedObject> &defined, bool everything);

private:
    PdfMemDocument &m_a, &m_b;
    const QSet<int> &m_inFileBefore;
    Revision &m_rev;
    const bool m_sameBytes;
    QHash<int, Role> m_roles;
    bool m_rolesBuilt = false;

    void add(ChangeClass c, const QString &kind, const QString &detail = {}, int page = 0, const QRectF &rect = {});
    const PdfObject *find(PdfMemDocument &doc, const DefinedObject &d) const;
    void compareObject(const DefinedObject &d);
    void classifyChanged(int number, const PdfObject *oa, const PdfObject *ob);
    void diffCatalog(const PdfObject *ca, const PdfObject *cb);
    void diffAcroForm(const PdfObject *fa, const PdfObject *fb);
    void diffFieldsArray(const PdfObject *arrA, const PdfObject *arrB);
    void diffPage(const PdfObject *pa, const PdfObject *pb);
    void diffAnnotsArray(const PdfObject *arrA, const PdfObject *arrB, int page);
    void diffAnnotOrField(const PdfObject *oa, const PdfObject *ob);
    void newAnnotation(const PdfObject *annot, int page);
    void noteSignatureValue(const PdfObject *field);
    QStringList changedKeys(const PdfObject *oa, const PdfObject *ob) const;
    int pageNumber(const PdfObject *page) const;
    int annotPage(const PdfObject *annot, const PdfMemDocument &doc) const;
    QRectF rectOf(const PdfObject *annot, const PdfMemDocument &doc) const;
    bool isSignatureField(const PdfObject *fieldOrWidget, const PdfMemDocument &doc) const;
    // Widgets listed in the /Kids of a signature field (such kids may carry no
    // /Parent, as the release stamps KySo adds to the seal's field).
    const QSet<int> &signatureKids(const PdfMemDocument &doc) const;
    void collectSignatureKids(const PdfMemDocument &doc, const PdfObject *fields, bool inSig, int depth, QSet<int> &seen,
                              QSet<int> &out) const;
    mutable QSet<int> m_sigKidsA, m_sigKidsB;
    mutable bool m_sigKidsABuilt = false, m_sigKidsBBuilt = false;
    QString fieldName(const PdfObject *field, const PdfMemDocument &doc) const;
    void buildRoles();
    void mark(const PdfObject *o, const Role &role, int depth);
    void markPages(const PdfObject *node, int &index, int depth);
    void markFields(const PdfObject *fields, int depth);
    int rootNumber(const PdfMemDocument &doc) const;
    int refNumber(const PdfObject *dict, const char *key) const;
};

QString nameOf(const PdfObject *o, const char *key)
{
    if (!o || !o->IsDictionary())
        return {};
    const PdfObject *v = o->GetDictionary().GetKey(key);
    return v && v->IsName() ? QString::fromStdString(v->GetName().GetName()) : QString();
}

void Classifier::add(ChangeClass c, const QString &kind, const QString &detail, int page, const QRectF &rect)
{
    m_rev.changeClass = std::max(m_rev.changeClass, c);
    if (c <= ChangeClass::Signatures || m_rev.changes.size() >= kMaxListed)
        return;
    RevisionChange ch;
    ch.changeClass = c;
    ch.kind = kind;
    ch.detail = detail;
    ch.page = page;
    ch.rect = rect;
    m_rev.changes << ch;
}

const PdfObject *Classifier::find(PdfMemDocument &doc, const DefinedObject &d) const
{
    PdfVecObjects &objs = doc.GetObjects();
    if (PdfObject *o = objs.GetObject(PdfReference(pdf_objnum(d.number), pdf_gennum(std::max(0, d.generation)))))
        return o;
    // Another generation (a free entry names the next one): the vector is
    // sorted by reference once GetObject has run.
    const auto it = std::lower_bound(objs.begin(), objs.end(), d.number, [](const PdfObject *o, int n) {
        return int(o->Reference().ObjectNumber()) < n;
    });
    return it != objs.end() && int((*it)->Reference().ObjectNumber()) == d.number ? *it : nullptr;
}

int Classifier::rootNumber(const PdfMemDocument &doc) const
{
    const PdfObject *root = doc.GetTrailer() ? doc.GetTrailer()->GetDictionary().GetKey("Root") : nullptr;
    return root && root->IsReference() ? int(root->GetReference().ObjectNumber()) : -1;
}

int Classifier::refNumber(const PdfObject *dict, const char *key) const
{
    const PdfObject *v = dict && dict->IsDictionary() ? dict->GetDictionary().GetKey(key) : nullptr;
    return v && v->IsReference() ? int(v->GetReference().ObjectNumber()) : -1;
}

QStringList Classifier::changedKeys(const PdfObject *oa, const PdfObject *ob) const
{
    QStringList keys;
    QSet<QString> seen;
    for (const PdfObject *o : {oa, ob}) {
        if (!o || !o->IsDictionary())
            continue;
        for (const auto &kv : o->GetDictionary().GetKeys()) {
            const QString k = QString::fromStdString(kv.first.GetName());
            if (seen.contains(k))
                continue;
            seen.insert(k);
            const PdfObject *va = oa && oa->IsDictionary() ? oa->GetDictionary().GetKey(kv.first) : nullptr;
            const PdfObject *vb = ob && ob->IsDictionary() ? ob->GetDictionary().GetKey(kv.first) : nullptr;
            if (!sameValue(va, vb, m_a, m_b))
                keys << k;
        }
    }
    return keys;
}

void Classifier::run(const QList<DefinedObject> &defined, bool everything)
{
    // The trailer: another catalog, or encryption added after signing.
    const int rootA = rootNumber(m_a), rootB = rootNumber(m_b);
    if (rootA != rootB)
        diffCatalog(m_a.GetCatalog(), m_b.GetCatalog());
    if (m_b.GetTrailer() && m_b.GetTrailer()->GetDictionary().HasKey("Encrypt")
        && !(m_a.GetTrailer() && m_a.GetTrailer()->GetDictionary().HasKey("Encrypt")))
        add(ChangeClass::Other, QStringLiteral("encryption"));
    QSet<int> done;
    for (const DefinedObject &d : defined) {
        if (done.contains(d.number) || d.number == 0)
            continue;
        done.insert(d.number);
        try {
            compareObject(d);
        } catch (const PdfError &e) {
            // An earlier object redefined by something that does not parse.
            const char *name = PdfError::ErrorName(e.GetError());
            add(ChangeClass::Other, QStringLiteral("unreadable"), QStringLiteral("%1: %2").arg(d.number).arg(QString::fromLatin1(name ? name : "PoDoFo")));
        }
    }
    if (!everything)
        return;
    // A table that does not chain to the previous one may leave objects out.
    for (PdfObject *o : m_a.GetObjects()) {
        const int n = o ? int(o->Reference().ObjectNumber()) : 0;
        if (n == 0 || done.contains(n) || !m_inFileBefore.contains(n))
            continue;
        if (!m_b.GetObjects().GetObject(o->Reference()))
            add(ChangeClass::Other, QStringLiteral("object-removed"), QString::number(n));
    }
}

void Classifier::compareObject(const DefinedObject &d)
{
    const PdfObject *oa = find(m_a, d);
    // PoDoFo makes objects in memory (an /Info when the trailer has none):
    // only what the previous revision's xref lists is in the file.
    if (!oa || !m_inFileBefore.contains(d.number))
        return; // a new object counts through whatever refers to it
    const PdfObject *ob = find(m_b, d);
    if (!ob || d.free)
        return add(ChangeClass::Other, QStringLiteral("object-removed"), QString::number(d.number));
    const auto *pa = dynamic_cast<const PdfParserObject *>(oa);
    const auto *pb = dynamic_cast<const PdfParserObject *>(ob);
    if (m_sameBytes && pa && pb && pa->GetOffset() == pb->GetOffset() && pa->GetOffset() > 0)
        return; // the same bytes
    if (!sameValue(oa, ob, m_a, m_b))
        classifyChanged(d.number, oa, ob);
}

void Classifier::classifyChanged(int number, const PdfObject *oa, const PdfObject *ob)
{
    const PdfObject *catB = m_b.GetCatalog();
    if (number == rootNumber(m_b))
        return diffCatalog(oa, ob);
    if (number == refNumber(catB, "AcroForm") || number == refNumber(m_a.GetCatalog(), "AcroForm"))
        return diffAcroForm(oa, ob);
    if (m_b.GetTrailer() && number == refNumber(m_b.GetTrailer(), "Info"))
        return; // document information: not displayed, not signed content
    if (number == refNumber(catB, "Metadata"))
        return; // XMP metadata: not displayed
    if (number == refNumber(catB, "DSS")) {
        m_rev.addsDss = true;
        return add(ChangeClass::Signatures, QStringLiteral("dss"));
    }
    const QString type = nameOf(ob, "Type");
    if (type == QLatin1String("Page"))
        return diffPage(oa, ob);
    if (type == QLatin1String("Pages"))
        return add(ChangeClass::Other, QStringLiteral("page-tree"));
    if (ob->IsDictionary() && !ob->HasStream()) {
        const PdfDictionary &d = ob->GetDictionary();
        if ((d.HasKey("Subtype") && d.HasKey("Rect")) || d.HasKey("FT") || type == QLatin1String("Annot")
            || (d.HasKey("T") && (d.HasKey("Kids") || d.HasKey("Parent"))))
            return diffAnnotOrField(oa, ob);
    }
    buildRoles();
    const auto it = m_roles.constFind(number);
    if (it == m_roles.constEnd())
        return add(ChangeClass::Other, QStringLiteral("object-redefined"), QString::number(number));
    const Role &r = *it;
    switch (r.kind) {
    case RoleKind::PageContent: return add(ChangeClass::Other, QStringLiteral("page-content"), {}, r.page);
    case RoleKind::PageResource: return add(ChangeClass::Other, QStringLiteral("page-resources"), {}, r.page);
    case RoleKind::PageAnnots: return diffAnnotsArray(oa, ob, r.page);
    case RoleKind::FieldsArray: return diffFieldsArray(oa, ob);
    case RoleKind::Dss: m_rev.addsDss = true; return add(ChangeClass::Signatures, QStringLiteral("dss"));
    case RoleKind::Ignored: return;
    case RoleKind::Catalog: return add(ChangeClass::Other, QStringLiteral("catalog-entry"), r.key);
    case RoleKind::FieldValue:
    case RoleKind::AnnotAppearance: {
        const PdfObject *owner = m_b.GetObjects().GetObject(PdfReference(pdf_objnum(r.owner), 0));
        const bool widget = nameOf(owner, "Subtype") == QLatin1String("Widget") || r.kind == RoleKind::FieldValue;
        if (owner && isSignatureField(owner, m_b))
            return add(ChangeClass::Other, QStringLiteral("signature-appearance"), fieldName(owner, m_b), r.page, rectOf(owner, m_b));
        if (widget)
            return add(ChangeClass::FormFilling, QStringLiteral("field-value"), fieldName(owner, m_b), r.page, rectOf(owner, m_b));
        return add(ChangeClass::Annotations, QStringLiteral("annotation-changed"), nameOf(owner, "Subtype"), r.page, rectOf(owner, m_b));
    }
    }
}

void Classifier::diffCatalog(const PdfObject *ca, const PdfObject *cb)
{
    for (const QString &k : changedKeys(ca, cb)) {
        const std::string key = k.toStdString();
        if (k == QLatin1String("AcroForm")) {
            diffAcroForm(ca ? resolveIn(ca->GetDictionary().GetKey(key), m_a) : nullptr, resolveIn(cb->GetDictionary().GetKey(key), m_b));
        } else if (k == QLatin1String("DSS")) {
            m_rev.addsDss = true;
            add(ChangeClass::Signatures, QStringLiteral("dss"));
        } else if (k == QLatin1String("Extensions") || k == QLatin1String("Version")) {
            add(ChangeClass::Signatures, QStringLiteral("catalog-version"));
        } else if (k == QLatin1String("Metadata")) {
            continue;
        } else if (k == QLatin1String("Pages")) {
            add(ChangeClass::Other, QStringLiteral("page-tree"));
        } else if (k == QLatin1String("OpenAction") || k == QLatin1String("AA")) {
            add(ChangeClass::Other, QStringLiteral("action"), k);
        } else {
            add(ChangeClass::Other, QStringLiteral("catalog-entry"), k);
        }
    }
}

void Classifier::diffAcroForm(const PdfObject *fa, const PdfObject *fb)
{
    if (!fb || !fb->IsDictionary()) {
        if (fa)
            add(ChangeClass::Other, QStringLiteral("form-removed"));
        return;
    }
    for (const QString &k : changedKeys(fa && fa->IsDictionary() ? fa : nullptr, fb)) {
        const std::string key = k.toStdString();
        if (k == QLatin1String("Fields"))
            diffFieldsArray(fa && fa->IsDictionary() ? resolveIn(fa->GetDictionary().GetKey(key), m_a) : nullptr,
                            resolveIn(fb->GetDictionary().GetKey(key), m_b));
        else if (k == QLatin1String("SigFlags") || k == QLatin1String("DR") || k == QLatin1String("DA"))
            add(ChangeClass::Signatures, QStringLiteral("form-signature-flags"));
        else if (k == QLatin1String("NeedAppearances"))
            add(ChangeClass::FormFilling, QStringLiteral("field-value"), k);
        else
            add(ChangeClass::Other, QStringLiteral("form-entry"), k);
    }
}

QList<int> refNumbers(const PdfObject *arr)
{
    QList<int> out;
    if (arr && arr->IsArray()) {
        for (const PdfObject &item : arr->GetArray()) {
            if (item.IsReference())
                out << int(item.GetReference().ObjectNumber());
        }
    }
    return out;
}

void Classifier::diffFieldsArray(const PdfObject *arrA, const PdfObject *arrB)
{
    const QList<int> a = refNumbers(arrA), b = refNumbers(arrB);
    for (int n : a) {
        if (!b.contains(n))
            add(ChangeClass::Other, QStringLiteral("field-removed"),
                fieldName(m_a.GetObjects().GetObject(PdfReference(pdf_objnum(n), 0)), m_a));
    }
    for (int n : b) {
        if (a.contains(n))
            continue;
        const PdfObject *field = m_b.GetObjects().GetObject(PdfReference(pdf_objnum(n), 0));
        if (field && isSignatureField(field, m_b)) {
            noteSignatureValue(field);
            add(ChangeClass::Signatures, QStringLiteral("signature-added"));
        } else {
            add(ChangeClass::Other, QStringLiteral("field-added"), fieldName(field, m_b), annotPage(field, m_b), rectOf(field, m_b));
        }
    }
}

void Classifier::diffPage(const PdfObject *pa, const PdfObject *pb)
{
    const int page = pageNumber(pb);
    for (const QString &k : changedKeys(pa, pb)) {
        if (k == QLatin1String("Annots"))
            diffAnnotsArray(resolveIn(pa->GetDictionary().GetKey("Annots"), m_a), resolveIn(pb->GetDictionary().GetKey("Annots"), m_b), page);
        else if (k == QLatin1String("Contents"))
            add(ChangeClass::Other, QStringLiteral("page-content"), {}, page);
        else if (k == QLatin1String("Resources"))
            add(ChangeClass::Other, QStringLiteral("page-resources"), {}, page);
        else if (k.endsWith(QLatin1String("Box")) || k == QLatin1String("Rotate") || k == QLatin1String("UserUnit"))
            add(ChangeClass::Other, QStringLiteral("page-box"), k, page);
        else
            add(ChangeClass::Other, QStringLiteral("page-entry"), k, page);
    }
}

void Classifier::diffAnnotsArray(const PdfObject *arrA, const PdfObject *arrB, int page)
{
    const QList<int> a = refNumbers(arrA), b = refNumbers(arrB);
    for (int n : a) {
        if (b.contains(n))
            continue;
        const PdfObject *annot = m_a.GetObjects().GetObject(PdfReference(pdf_objnum(n), 0));
        if (annot && isSignatureField(annot, m_a))
            add(ChangeClass::Other, QStringLiteral("signature-removed"), fieldName(annot, m_a), page, rectOf(annot, m_a));
        else if (nameOf(annot, "Subtype") == QLatin1String("Widget"))
            add(ChangeClass::Other, QStringLiteral("field-removed"), fieldName(annot, m_a), page, rectOf(annot, m_a));
        else
            add(ChangeClass::Annotations, QStringLiteral("annotation-removed"), nameOf(annot, "Subtype"), page, rectOf(annot, m_a));
    }
    for (int n : b) {
        if (!a.contains(n))
            newAnnotation(m_b.GetObjects().GetObject(PdfReference(pdf_objnum(n), 0)), page);
    }
    // Annotations written directly into the array (no object of their own).
    const int directA = arrA && arrA->IsArray() ? int(arrA->GetArray().size()) - a.size() : 0;
    const int directB = arrB && arrB->IsArray() ? int(arrB->GetArray().size()) - b.size() : 0;
    if (directA != directB)
        add(ChangeClass::Annotations, QStringLiteral("annotation-changed"), {}, page);
}

void Classifier::newAnnotation(const PdfObject *annot, int page)
{
    if (!annot || !annot->IsDictionary())
        return add(ChangeClass::Other, QStringLiteral("annotation-added"), {}, page);
    const QRectF rect = rectOf(annot, m_b);
    if (nameOf(annot, "Subtype") == QLatin1String("Widget")) {
        if (isSignatureField(annot, m_b)) {
            // Its field is signed in this revision or has just been added.
            return add(ChangeClass::Signatures, QStringLiteral("signature-widget-added"), {}, page, rect);
        }
        return add(ChangeClass::Other, QStringLiteral("field-added"), fieldName(annot, m_b), page, rect);
    }
    add(ChangeClass::Annotations, QStringLiteral("annotation-added"), nameOf(annot, "Subtype"), page, rect);
}

void Classifier::noteSignatureValue(const PdfObject *field)
{
    try {
        const PdfObject *v = field && field->IsDictionary() ? resolveIn(field->GetDictionary().GetKey("V"), m_b) : nullptr;
        if (!v || !v->IsDictionary())
            return;
        if (nameOf(v, "Type") == QLatin1String("DocTimeStamp") || nameOf(v, "SubFilter") == QLatin1String("ETSI.RFC3161"))
            m_rev.addsDocTimeStamp = true;
        else
            m_rev.addsSignature = true;
    } catch (const PdfError &) {
        // A new signature value that cannot be read is that signature's own
        // problem (the verifier reports it); it changed nothing signed before.
        m_rev.addsSignature = true;
    }
}

// An annotation or form field that existed before and was changed.
void Classifier::diffAnnotOrField(const PdfObject *oa, const PdfObject *ob)
{
    const QStringList keys = changedKeys(oa, ob);
    const int page = annotPage(ob, m_b);
    const QRectF rect = rectOf(ob, m_b);
    const bool widget = nameOf(ob, "Subtype") == QLatin1String("Widget") || !ob->GetDictionary().HasKey("Subtype");
    if (!widget)
        return add(ChangeClass::Annotations, QStringLiteral("annotation-changed"), nameOf(ob, "Subtype"), page, rect);
    const QString name = fieldName(ob, m_b);
    static const QStringList valueKeys{QStringLiteral("V"), QStringLiteral("AP"), QStringLiteral("AS"), QStringLiteral("MK"), QStringLiteral("DA")};
    if (isSignatureField(ob, m_b)) {
        const bool wasSigned = oa->IsDictionary() && !isNullish(oa->GetDictionary().GetKey("V"));
        const bool signedNow = !wasSigned && keys.contains(QStringLiteral("V"));
        for (const QString &k : keys) {
            if (signedNow && (valueKeys.contains(k) || k == QLatin1String("Kids")))
                continue;
            if (!wasSigned && k == QLatin1String("Kids"))
                continue; // a widget added to an empty signature field
            return add(ChangeClass::Other, wasSigned ? QStringLiteral("signature-changed") : QStringLiteral("field-entry"), name, page, rect);
        }
        if (signedNow)
            noteSignatureValue(ob);
        return add(ChangeClass::Signatures, QStringLiteral("signature-added"), name, page, rect);
    }
    for (const QString &k : keys) {
        if (!valueKeys.contains(k))
            return add(ChangeClass::Other, QStringLiteral("field-entry"), name + QStringLiteral(" /") + k, page, rect);
    }
    add(ChangeClass::FormFilling, QStringLiteral("field-value"), name, page, rect);
}

int Classifier::pageNumber(const PdfObject *page) const
{
    if (!page)
        return 0;
    int index = 0;
    const PdfObject *node = page;
    for (int depth = 0; depth < 64; ++depth) {
        const PdfObject *parent = resolveIn(node->GetDictionary().GetKey("Parent"), m_b);
        if (!parent || !parent->IsDictionary())
            break;
        const PdfObject *kids = resolveIn(parent->GetDictionary().GetKey("Kids"), m_b);
        if (!kids || !kids->IsArray())
            return 0;
        bool found = false;
        for (const PdfObject &kid : kids->GetArray()) {
            if (kid.IsReference() && kid.GetReference() == node->Reference()) {
                found = true;
                break;
            }
            const PdfObject *k = resolveIn(&kid, m_b);
            const PdfObject *count = k && k->IsDictionary() ? k->GetDictionary().GetKey("Count") : nullptr;
            index += nameOf(k, "Type") == QLatin1String("Pages") && count && count->IsNumber() ? int(count->GetNumber()) : 1;
        }
        if (!found)
            return 0;
        node = parent;
    }
    return index + 1;
}

int Classifier::annotPage(const PdfObject *annot, const PdfMemDocument &doc) const
{
    const PdfObject *p = annot && annot->IsDictionary() ? resolveIn(annot->GetDictionary().GetKey("P"), doc) : nullptr;
    if (p && &doc == &m_b && nameOf(p, "Type") == QLatin1String("Page"))
        return pageNumber(p);
    const auto it = m_roles.constFind(annot ? int(annot->Reference().ObjectNumber()) : -1);
    return it != m_roles.constEnd() ? it->page : 0;
}

QRectF Classifier::rectOf(const PdfObject *annot, const PdfMemDocument &doc) const
{
    const PdfObject *rect = annot && annot->IsDictionary() ? resolveIn(annot->GetDictionary().GetKey("Rect"), doc) : nullptr;
    if (!rect || !rect->IsArray() || rect->GetArray().size() != 4)
        return {};
    double v[4];
    for (size_t i = 0; i < 4; ++i) {
        const PdfObject &x = rect->GetArray()[i];
        v[i] = x.IsNumber() || x.IsReal() ? x.GetReal() : 0.0;
    }
    return QRectF(std::min(v[0], v[2]), std::min(v[1], v[3]), std::abs(v[2] - v[0]), std::abs(v[3] - v[1]));
}

void Classifier::collectSignatureKids(const PdfMemDocument &doc, const PdfObject *fields, bool inSig, int depth, QSet<int> &seen,
                                      QSet<int> &out) const
{
    const PdfObject *arr = resolveIn(fields, doc);
    if (!arr || !arr->IsArray() || depth > 32)
        return;
    for (const PdfObject &item : arr->GetArray()) {
        const int number = item.IsReference() ? int(item.GetReference().ObjectNumber()) : 0;
        if (number) {
            if (seen.contains(number))
                continue;
            seen.insert(number);
            if (inSig)
                out.insert(number);
        }
        const PdfObject *field = resolveIn(&item, doc);
        if (!field || !field->IsDictionary())
            continue;
        const PdfObject *ft = field->GetDictionary().GetKey("FT");
        const bool sig = ft && ft->IsName() ? ft->GetName() == PdfName("Sig") : inSig;
        collectSignatureKids(doc, field->GetDictionary().GetKey("Kids"), sig, depth + 1, seen, out);
    }
}

const QSet<int> &Classifier::signatureKids(const PdfMemDocument &doc) const
{
    const bool isA = &doc == &m_a;
    QSet<int> &set = isA ? m_sigKidsA : m_sigKidsB;
    bool &built = isA ? m_sigKidsABuilt : m_sigKidsBBuilt;
    if (!built) {
        built = true;
        try {
            const PdfObject *cat = doc.GetCatalog();
            const PdfObject *form = cat && cat->IsDictionary() ? resolveIn(cat->GetDictionary().GetKey("AcroForm"), doc) : nullptr;
            QSet<int> seen;
            if (form && form->IsDictionary())
                collectSignatureKids(doc, form->GetDictionary().GetKey("Fields"), false, 0, seen, set);
        } catch (const PdfError &) {
            set.clear();
        }
    }
    return set;
}

bool Classifier::isSignatureField(const PdfObject *o, const PdfMemDocument &doc) const
{
    if (o && o->Reference().ObjectNumber() != 0 && signatureKids(doc).contains(int(o->Reference().ObjectNumber())))
        return true;
    for (int depth = 0; o && o->IsDictionary() && depth < 32; ++depth) {
        const PdfObject *ft = o->GetDictionary().GetKey("FT");
        if (ft && ft->IsName())
            return ft->GetName() == PdfName("Sig");
        o = resolveIn(o->GetDictionary().GetKey("Parent"), doc);
    }
    return false;
}

QString Classifier::fieldName(const PdfObject *o, const PdfMemDocument &doc) const
{
    QStringList parts;
    for (int depth = 0; o && o->IsDictionary() && depth < 32; ++depth) {
        const PdfObject *t = o->GetDictionary().GetKey("T");
        if (t && (t->IsString() || t->IsHexString()))
            parts.prepend(QString::fromStdString(t->GetString().GetStringUtf8()));
        o = resolveIn(o->GetDictionary().GetKey("Parent"), doc);
    }
    return parts.join(QLatin1Char('.'));
}

// --- Where objects sit (built only when a changed object does not say what it is).

void Classifier::mark(const PdfObject *o, const Role &role, int depth)
{
    if (!o || depth > 24)
        return;
    if (o->IsReference()) {
        const int n = int(o->GetReference().ObjectNumber());
        if (m_roles.contains(n))
            return;
        m_roles.insert(n, role);
        o = resolveIn(o, m_b);
        if (!o)
            return;
    }
    if (o->IsArray()) {
        for (const PdfObject &item : o->GetArray())
            mark(&item, role, depth + 1);
    } else if (o->IsDictionary()) {
        for (const auto &kv : o->GetDictionary().GetKeys()) {
            if (kv.first == PdfName("Parent") || kv.first == PdfName("P"))
                continue; // back links lead out of the structure
            mark(kv.second, role, depth + 1);
        }
    }
}

void Classifier::markPages(const PdfObject *nodeRef, int &index, int depth)
{
    const PdfObject *node = resolveIn(nodeRef, m_b);
    if (!node || !node->IsDictionary() || depth > 64)
        return;
    if (nameOf(node, "Type") == QLatin1String("Pages")) {
        const PdfObject *kids = resolveIn(node->GetDictionary().GetKey("Kids"), m_b);
        if (kids && kids->IsArray()) {
            for (const PdfObject &kid : kids->GetArray())
                markPages(&kid, index, depth + 1);
        }
        return;
    }
    const int page = ++index;
    const PdfDictionary &d = node->GetDictionary();
    mark(d.GetKey("Contents"), Role{RoleKind::PageContent, page}, 0);
    const PdfObject *annots = d.GetKey("Annots");
    if (annots && annots->IsReference() && !m_roles.contains(int(annots->GetReference().ObjectNumber())))
        m_roles.insert(int(annots->GetReference().ObjectNumber()), Role{RoleKind::PageAnnots, page});
    if (const PdfObject *arr = resolveIn(annots, m_b); arr && arr->IsArray()) {
        for (const PdfObject &a : arr->GetArray()) {
            const PdfObject *annot = resolveIn(&a, m_b);
            if (!annot || !annot->IsDictionary())
                continue;
            const int owner = a.IsReference() ? int(a.GetReference().ObjectNumber()) : 0;
            if (owner && !m_roles.contains(owner))
                m_roles.insert(owner, Role{RoleKind::Ignored, page});
            mark(annot->GetDictionary().GetKey("AP"), Role{RoleKind::AnnotAppearance, page, owner}, 0);
        }
    }
    mark(d.GetKey("Resources"), Role{RoleKind::PageResource, page}, 0);
}

void Classifier::markFields(const PdfObject *fields, int depth)
{
    const PdfObject *arr = resolveIn(fields, m_b);
    if (!arr || !arr->IsArray() || depth > 32)
        return;
    for (const PdfObject &item : arr->GetArray()) {
        const PdfObject *field = resolveIn(&item, m_b);
        if (!field || !field->IsDictionary())
            continue;
        const int owner = item.IsReference() ? int(item.GetReference().ObjectNumber()) : 0;
        mark(field->GetDictionary().GetKey("V"), Role{RoleKind::FieldValue, annotPage(field, m_b), owner}, 0);
        mark(field->GetDictionary().GetKey("AP"), Role{RoleKind::AnnotAppearance, annotPage(field, m_b), owner}, 0);
        markFields(field->GetDictionary().GetKey("Kids"), depth + 1);
    }
}

void Classifier::buildRoles()
{
    if (m_rolesBuilt)
        return;
    m_rolesBuilt = true;
    const PdfObject *cat = m_b.GetCatalog();
    if (!cat || !cat->IsDictionary())
        return;
    int index = 0;
    markPages(cat->GetDictionary().GetKey("Pages"), index, 0);
    if (const PdfObject *acro = resolveIn(cat->GetDictionary().GetKey("AcroForm"), m_b); acro && acro->IsDictionary()) {
        const PdfObject *fields = acro->GetDictionary().GetKey("Fields");
        if (fields && fields->IsReference())
            m_roles.insert(int(fields->GetReference().ObjectNumber()), Role{RoleKind::FieldsArray});
        markFields(fields, 0);
    }
    mark(cat->GetDictionary().GetKey("DSS"), Role{RoleKind::Dss}, 0);
    if (m_b.GetTrailer())
        mark(m_b.GetTrailer()->GetDictionary().GetKey("Info"), Role{RoleKind::Ignored}, 0);
    for (const auto &kv : cat->GetDictionary().GetKeys()) {
        const QString key = QString::fromStdString(kv.first.GetName());
        if (key != QLatin1String("Pages") && key != QLatin1String("AcroForm") && key != QLatin1String("DSS"))
            mark(kv.second, Role{key == QLatin1String("Metadata") ? RoleKind::Ignored : RoleKind::Catalog, 0, 0, key}, 0);
    }
}

} // namespace

void classifyRevision(PdfMemDocument &before, PdfMemDocument &after, const QSet<int> &inFileBefore,
                      const QList<DefinedObject> &defined, bool everything, Revision &revision, bool sameBytes)
{
    Classifier(before, after, inFileBefore, revision, sameBytes).run(defined, everything);
}

} // namespace kyso::pdf::detail
