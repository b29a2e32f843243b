#include "pdf/RevisionAnalysis.h"

#include "pdf/PdfInput.h"
#include "pdf/RevisionDiff.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <podofo/podofo.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <istream>
#include <map>
#include <streambuf>

using namespace PoDoFo;

namespace kyso::pdf {

const char *changeClassKey(ChangeClass c)
{
    switch (c) {
    case ChangeClass::None: return "none";
    case ChangeClass::Signatures: return "signatures";
    case ChangeClass::FormFilling: return "form-filling";
    case ChangeClass::Annotations: return "annotations";
    case ChangeClass::Other: return "other";
    }
    return "other";
}

QString changeClassText(ChangeClass c)
{
    switch (c) {
    case ChangeClass::None: return QCoreApplication::translate("RevisionAnalysis", "no change after this signature");
    case ChangeClass::Signatures: return QCoreApplication::translate("RevisionAnalysis", "only signatures and validation data were added");
    case ChangeClass::FormFilling: return QCoreApplication::translate("RevisionAnalysis", "form fields were filled in");
    case ChangeClass::Annotations: return QCoreApplication::translate("RevisionAnalysis", "annotations were added, changed or removed");
    case ChangeClass::Other: return QCoreApplication::translate("RevisionAnalysis", "the document itself was changed");
    }
    return {};
}

ChangeClass allowedByDocMdp(int permission)
{
    switch (permission) {
    case 1: return ChangeClass::Signatures; // and within it only DSS and document time-stamps
    case 2: return ChangeClass::FormFilling;
    case 3: return ChangeClass::Annotations;
    default: return ChangeClass::Annotations; // no certification: everything but `other`
    }
}

bool ChangesAfterSigning::exceeds(int p) const
{
    if (changesAfter == ChangeClass::Other || changesAfter > allowedByDocMdp(p))
        return true;
    return p == 1 && signatureAddedAfter;
}

QString RevisionChange::text() const
{
    const QString where = page > 0 ? QCoreApplication::translate("RevisionAnalysis", "page %1: ").arg(page) : QString();
    const QString d = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    QString what;
    if (kind == QLatin1String("page-content"))
        what = QCoreApplication::translate("RevisionAnalysis", "the page content was changed after signing");
    else if (kind == QLatin1String("page-resources"))
        what = QCoreApplication::translate("RevisionAnalysis", "the page resources (fonts, images) were changed after signing");
    else if (kind == QLatin1String("page-box"))
        what = QCoreApplication::translate("RevisionAnalysis", "the page size or rotation was changed after signing%1").arg(d);
    else if (kind == QLatin1String("page-entry"))
        what = QCoreApplication::translate("RevisionAnalysis", "the page was changed after signing%1").arg(d);
    else if (kind == QLatin1String("page-tree"))
        what = QCoreApplication::translate("RevisionAnalysis", "pages were added, removed or reordered after signing");
    else if (kind == QLatin1String("annotation-added"))
        what = QCoreApplication::translate("RevisionAnalysis", "an annotation was added after signing%1").arg(d);
    else if (kind == QLatin1String("annotation-changed"))
        what = QCoreApplication::translate("RevisionAnalysis", "an annotation was changed after signing%1").arg(d);
    else if (kind == QLatin1String("annotation-removed"))
        what = QCoreApplication::translate("RevisionAnalysis", "an annotation was removed after signing%1").arg(d);
    else if (kind == QLatin1String("field-value"))
        what = QCoreApplication::translate("RevisionAnalysis", "a form field was filled in after signing%1").arg(d);
    else if (kind == QLatin1String("field-added"))
        what = QCoreApplication::translate("RevisionAnalysis", "a form field was added after signing%1").arg(d);
    else if (kind == QLatin1String("field-removed"))
        what = QCoreApplication::translate("RevisionAnalysis", "a form field was removed after signing%1").arg(d);
    else if (kind == QLatin1String("field-entry"))
        what = QCoreApplication::translate("RevisionAnalysis", "the properties of a form field were changed after signing%1").arg(d);
    else if (kind == QLatin1String("signature-appearance") || kind == QLatin1String("signature-changed"))
        what = QCoreApplication::translate("RevisionAnalysis", "an existing signature or its appearance was changed after signing%1").arg(d);
    else if (kind == QLatin1String("signature-removed"))
        what = QCoreApplication::translate("RevisionAnalysis", "an existing signature was removed after signing%1").arg(d);
    else if (kind == QLatin1String("action"))
        what = QCoreApplication::translate("RevisionAnalysis", "an action or script was added after signing%1").arg(d);
    else if (kind == QLatin1String("catalog-entry") || kind == QLatin1String("form-entry") || kind == QLatin1String("form-removed"))
        what = QCoreApplication::translate("RevisionAnalysis", "a document-level entry was changed after signing%1").arg(d);
    else if (kind == QLatin1String("object-removed"))
        what = QCoreApplication::translate("RevisionAnalysis", "an object of the signed document was removed or hidden by a later cross-reference table%1").arg(d);
    else if (kind == QLatin1String("encryption"))
        what = QCoreApplication::translate("RevisionAnalysis", "encryption was added after signing");
    else if (kind == QLatin1String("unreadable"))
        what = QCoreApplication::translate("RevisionAnalysis", "a later revision cannot be read%1").arg(d);
    else
        what = QCoreApplication::translate("RevisionAnalysis", "an object of the signed document was redefined with different content%1").arg(d);
    return where + what;
}

namespace {

// A read-only view of the first `limit` bytes of a file, so that PoDoFo can
// load an earlier revision without copying it into memory.
class PrefixBuf : public std::streambuf
{
public:
    PrefixBuf(const QString &path, qint64 limit) : m_file(std::fopen(QFile::encodeName(path).constData(), "rb")), m_limit(limit) {}
    ~PrefixBuf() override
    {
        if (m_file)
            std::fclose(m_file);
    }
    bool isOpen() const { return m_file != nullptr; }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        const qint64 left = m_limit - m_pos;
        if (!m_file || left <= 0 || std::fseek(m_file, long(m_pos), SEEK_SET) != 0)
            return traits_type::eof();
        const size_t got = std::fread(m_buf, 1, size_t(std::min<qint64>(left, sizeof m_buf)), m_file);
        if (got == 0)
            return traits_type::eof();
        setg(m_buf, m_buf, m_buf + got);
        m_pos += qint64(got);
        return traits_type::to_int_type(*gptr());
    }
    pos_type seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode) override
    {
        const qint64 cur = m_pos - (egptr() - gptr());
        const qint64 target = dir == std::ios_base::beg ? off : dir == std::ios_base::cur ? cur + off : m_limit + off;
        return seekpos(pos_type(target), std::ios_base::in);
    }
    pos_type seekpos(pos_type pos, std::ios_base::openmode) override
    {
        const qint64 p = qint64(pos);
        if (p < 0 || p > m_limit)
            return pos_type(off_type(-1));
        m_pos = p;
        setg(m_buf, m_buf, m_buf);
        return pos;
    }

private:
    std::FILE *m_file;
    qint64 m_limit;
    qint64 m_pos = 0;
    char m_buf[1 << 16];
};

// One revision state of the document, loaded lazily by PoDoFo.
struct LoadedRevision {
    std::unique_ptr<PrefixBuf> buf;
    std::unique_ptr<std::istream> stream;
    QByteArray normalised; // classic-xref copy when PoDoFo cannot read the prefix itself
    PdfMemDocument doc; // declared last: destroyed before the stream it reads
    QString problem;
};

// The revision's bytes [0, end) as a classic-xref copy for PoDoFo (see
// normalisedCopy in PdfInput); false when that copy cannot be made.
bool loadNormalisedPrefix(const QString &path, qint64 end, LoadedRevision &r)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray prefix = f.read(end);
    if (prefix.size() != end || !normalisedCopy(prefix, r.normalised))
        return false;
    r.doc.LoadFromBuffer(r.normalised.constData(), long(r.normalised.size()), false);
    return true;
}

// `normalise`: read the prefix through KySo's own cross-reference reader from
// the start (PoDoFo 0.9.8 does not always fail on cross-reference streams with
// 8-byte fields: it may silently keep an older object, hiding a change).
std::unique_ptr<LoadedRevision> loadPrefix(const QString &path, qint64 end, bool normalise)
{
    auto r = std::make_unique<LoadedRevision>();
    if (normalise) {
        try {
            if (!loadNormalisedPrefix(path, end, *r))
                r->problem = QStringLiteral("cross-reference data unreadable");
        } catch (const PdfError &e) {
            const char *name = PdfError::ErrorName(e.GetError());
            r->problem = QString::fromLatin1(name ? name : "PoDoFo");
        }
        return r;
    }
    r->buf = std::make_unique<PrefixBuf>(path, end);
    r->stream = std::make_unique<std::istream>(r->buf.get());
    if (!r->buf->isOpen()) {
        r->problem = QStringLiteral("cannot open");
        return r;
    }
    try {
        try {
            r->doc.LoadFromDevice(PdfRefCountedInputDevice(new PdfInputDevice(r->stream.get())));
        } catch (const PdfError &) {
            // PoDoFo 0.9.8 refuses some valid cross-reference data (xref
            // streams with 8-byte fields, as pyHanko writes): read the
            // revision's own bytes through the same normalisation as the signer.
            if (!loadNormalisedPrefix(path, end, *r))
                throw;
        }
    } catch (const PdfError &e) {
        const char *name = PdfError::ErrorName(e.GetError());
        r->problem = QString::fromLatin1(name ? name : "PoDoFo");
    }
    return r;
}

// --- The cross-reference sections, read straight from the bytes.

struct XrefSection {
    qint64 offset = 0;
    qint64 prev = -1;                     // /Prev, -1 if none
    bool undecoded = false;               // a stream whose entry types could not be read
    bool wide = false;                    // a stream with fields wider than 4 bytes (PoDoFo 0.9.8 misreads them)
    QList<detail::DefinedObject> objects; // what the section defines (in use or free)
};

class XrefScanner
{
public:
    XrefScanner(const char *data, qint64 size) : m_data(data), m_size(size) {}
    // The chain of sections in effect for the prefix ending at `end`, newest first.
    QList<const XrefSection *> chainFor(qint64 end);

private:
    const char *m_data;
    qint64 m_size;
    std::map<qint64, XrefSection> m_sections;

    const XrefSection *section(qint64 offset);
    QByteArray window(qint64 pos, qint64 len) const { return QByteArray::fromRawData(m_data + pos, int(std::min(len, m_size - pos))); }
    void parseTable(qint64 pos, XrefSection &s);
    void parseStream(qint64 pos, XrefSection &s);
    bool markFreeEntries(const QString &dict, qint64 dataPos, XrefSection &s) const;
};

qint64 lastStartXref(const char *data, qint64 end)
{
    const qint64 from = std::max<qint64>(0, end - 4096);
    const QByteArray tail = QByteArray::fromRawData(data + from, int(end - from));
    const int i = tail.lastIndexOf("startxref");
    if (i < 0)
        return -1;
    bool ok = false;
    const qint64 v = tail.mid(i + 9, 24).trimmed().split('\n').first().split('\r').first().trimmed().toLongLong(&ok);
    return ok ? v : -1;
}

QList<const XrefSection *> XrefScanner::chainFor(qint64 end)
{
    QList<const XrefSection *> chain;
    QSet<qint64> seen;
    for (qint64 off = lastStartXref(m_data, end); off >= 0 && off < end && !seen.contains(off) && chain.size() < 4096;) {
        seen.insert(off);
        const XrefSection *s = section(off);
        if (!s)
            break;
        chain << s;
        off = s->prev;
    }
    return chain;
}

const XrefSection *XrefScanner::section(qint64 offset)
{
    if (offset < 0 || offset >= m_size)
        return nullptr;
    auto it = m_sections.find(offset);
    if (it != m_sections.end())
        return &it->second;
    XrefSection s;
    s.offset = offset;
    qint64 pos = offset;
    while (pos < m_size && std::isspace(static_cast<unsigned char>(m_data[pos])))
        ++pos;
    if (m_size - pos >= 4 && std::memcmp(m_data + pos, "xref", 4) == 0)
        parseTable(pos + 4, s);
    else
        parseStream(pos, s);
    return &m_sections.emplace(offset, std::move(s)).first->second;
}

void XrefScanner::parseTable(qint64 pos, XrefSection &s)
{
    auto skip = [&] {
        while (pos < m_size && std::isspace(static_cast<unsigned char>(m_data[pos])))
            ++pos;
    };
    auto number = [&](qint64 &v) {
        skip();
        const qint64 start = pos;
        v = 0;
        while (pos < m_size && std::isdigit(static_cast<unsigned char>(m_data[pos])) && pos - start < 18)
            v = v * 10 + (m_data[pos++] - '0');
        return pos > start;
    };
    for (int guard = 0; guard < 100000; ++guard) {
        skip();
        qint64 first = 0, count = 0;
        if (!number(first) || !number(count) || count < 0 || count > 10000000)
            break;
        for (qint64 i = 0; i < count; ++i) {
            qint64 off = 0, gen = 0;
            if (!number(off) || !number(gen))
                return;
            skip();
            const bool isFree = pos < m_size && m_data[pos] == 'f';
            if (pos < m_size)
                ++pos; // n or f
            s.objects << detail::DefinedObject{int(first + i), int(gen), isFree};
        }
    }
    const QByteArray trailer = window(pos, 8192);
    const int stop = trailer.indexOf("startxref");
    const QString text = QString::fromLatin1(stop >= 0 ? trailer.left(stop) : trailer);
    const QRegularExpressionMatch prev = QRegularExpression(QStringLiteral("/Prev\\s+(\\d+)")).match(text);
    if (prev.hasMatch())
        s.prev = prev.captured(1).toLongLong();
    // A hybrid file: the stream section listed in /XRefStm belongs to this one.
    const QRegularExpressionMatch stm = QRegularExpression(QStringLiteral("/XRefStm\\s+(\\d+)")).match(text);
    if (stm.hasMatch() && stm.captured(1).toLongLong() < m_size) {
        XrefSection extra;
        parseStream(stm.captured(1).toLongLong(), extra);
        s.objects << extra.objects;
    }
}

void XrefScanner::parseStream(qint64 pos, XrefSection &s)
{
    const QByteArray head = window(pos, 8192);
    const int stop = head.indexOf("stream");
    const QString text = QString::fromLatin1(stop >= 0 ? head.left(stop) : head);
    const QRegularExpressionMatch obj = QRegularExpression(QStringLiteral("^\\s*(\\d+)\\s+\\d+\\s+obj")).match(text);
    if (!obj.hasMatch())
        return;

    const QRegularExpressionMatch prev = QRegularExpression(QStringLiteral("/Prev\\s+(\\d+)")).match(text);
    if (prev.hasMatch())
        s.prev = prev.captured(1).toLongLong();
    const QRegularExpressionMatch w = QRegularExpression(QStringLiteral("/W\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]")).match(text);
    s.wide = !w.hasMatch() || w.captured(1).toInt() > 4 || w.captured(2).toInt() > 4 || w.captured(3).toInt() > 4;
    QList<qint64> index;
    const QRegularExpressionMatch idx = QRegularExpression(QStringLiteral("/Index\\s*\\[([\\d\\s]*)\\]")).match(text);
    if (idx.hasMatch()) {
        for (const QString &n : idx.captured(1).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            index << n.toLongLong();
    } else {
        const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(text);
        index << 0 << (size.hasMatch() ? size.captured(1).toLongLong() : 0);
    }
    for (int i = 0; i + 1 < index.size(); i += 2) {
        for (qint64 n = 0; n < index[i + 1] && n < 10000000; ++n)
            s.objects << detail::DefinedObject{int(index[i] + n), -1, false};
    }
    if (stop >= 0)
        s.undecoded = !markFreeEntries(text, pos + stop + 6, s);
}

// Entries of type 0 free their object (a hidden object); the rows follow the
// section's object list in order. Decoded from the bytes, since PoDoFo does
// not keep every cross-reference stream as an object.
bool XrefScanner::markFreeEntries(const QString &dict, qint64 dataPos, XrefSection &s) const
{
    const QRegularExpressionMatch w = QRegularExpression(QStringLiteral("/W\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]")).match(dict);
    const QRegularExpressionMatch length = QRegularExpression(QStringLiteral("/Length\\s+(\\d+)(?!\\s+\\d+\\s+R)")).match(dict);
    if (!w.hasMatch() || !length.hasMatch())
        return false;
    const int w0 = w.captured(1).toInt(), rowSize = w0 + w.captured(2).toInt() + w.captured(3).toInt();
    if (m_size - dataPos > 0 && m_data[dataPos] == '\r')
        ++dataPos;
    if (m_size - dataPos > 0 && m_data[dataPos] == '\n')
        ++dataPos;
    const qint64 len = length.captured(1).toLongLong();
    if (rowSize <= 0 || w0 > 4 || len > m_size - dataPos)
        return false;
    QByteArray rows = QByteArray::fromRawData(m_data + dataPos, int(len));
    if (dict.contains(QLatin1String("/Filter"))) {
        if (!dict.contains(QRegularExpression(QStringLiteral("/Filter\\s*\\[?\\s*/FlateDecode\\s*\\]?"))))
            return false;
        PdfDictionary parms;
        const QRegularExpressionMatch pred = QRegularExpression(QStringLiteral("/Predictor\\s+(\\d+)")).match(dict);
        const QRegularExpressionMatch cols = QRegularExpression(QStringLiteral("/Columns\\s+(\\d+)")).match(dict);
        if (pred.hasMatch())
            parms.AddKey("Predictor", PdfObject(pdf_int64(pred.captured(1).toLongLong())));
        if (cols.hasMatch())
            parms.AddKey("Columns", PdfObject(pdf_int64(cols.captured(1).toLongLong())));
        std::unique_ptr<PdfFilter> flate(PdfFilterFactory::Create(ePdfFilter_FlateDecode));
        char *out = nullptr;
        pdf_long outLen = 0;
        try {
            flate->Decode(rows.constData(), len, &out, &outLen, pred.hasMatch() ? &parms : nullptr);
        } catch (const PdfError &) {
            podofo_free(out);
            return false;
        }
        rows = QByteArray(out, int(outLen));
        podofo_free(out);
    }
    for (int row = 0; row < s.objects.size() && (row + 1) * rowSize <= rows.size(); ++row) {
        int type = w0 == 0 ? 1 : 0;
        for (int b = 0; b < w0; ++b)
            type = type * 256 + static_cast<unsigned char>(rows[row * rowSize + b]);
        s.objects[row].free = type == 0;
    }
    return true;
}

// Revision boundaries: the signed ends and every %%EOF after the first of them.
QList<qint64> boundaries(const char *data, qint64 size, const QList<qint64> &signedEnds)
{
    QList<qint64> ends;
    for (qint64 e : signedEnds) {
        if (e > 0 && e <= size)
            ends << e;
    }
    if (ends.isEmpty())
        return ends;
    const qint64 first = *std::min_element(ends.begin(), ends.end());
    const QByteArray rest = QByteArray::fromRawData(data + first, int(size - first));
    for (int i = rest.indexOf("%%EOF"); i >= 0; i = rest.indexOf("%%EOF", i + 5)) {
        qint64 e = first + i + 5;
        if (e < size && data[e] == '\r')
            ++e;
        if (e < size && data[e] == '\n')
            ++e;
        ends << e;
    }
    ends << size;
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
    return ends;
}

} // namespace

RevisionAnalysis::RevisionAnalysis() = default;
RevisionAnalysis::~RevisionAnalysis() = default;
RevisionAnalysis::RevisionAnalysis(RevisionAnalysis &&) noexcept = default;
RevisionAnalysis &RevisionAnalysis::operator=(RevisionAnalysis &&) noexcept = default;

namespace {

// Compares revision `cur` with `prev` (both loaded) over what cur's xref defines.
void analyseStep(XrefScanner &xref, qint64 prevEnd, qint64 curEnd, LoadedRevision *prev, LoadedRevision *cur, Revision &rev)
{
    const QList<const XrefSection *> before = xref.chainFor(prevEnd);
    const QList<const XrefSection *> after = xref.chainFor(curEnd);
    QList<detail::DefinedObject> defined;
    bool everything = !before.isEmpty() && !after.contains(before.first());
    for (const XrefSection *s : after) {
        if (s->offset < prevEnd)
            break;
        defined << s->objects;
        everything = everything || s->undecoded;
        everything = everything || s->prev < 0;
    }
    if (defined.isEmpty() && !everything)
        return; // nothing new in effect (e.g. a %%EOF inside a stream)
    if (!prev->problem.isEmpty() || !cur->problem.isEmpty()) {
        rev.readProblem = !cur->problem.isEmpty() ? cur->problem : prev->problem;
        rev.changeClass = ChangeClass::Other;
        rev.changes << RevisionChange{ChangeClass::Other, QStringLiteral("unreadable"), 0, {}, rev.readProblem, 0};
        return;
    }
    QSet<int> inFileBefore;
    QSet<int> freed;
    for (const XrefSection *s : before) { // newest first: a newer entry wins
        for (const detail::DefinedObject &d : s->objects) {
            if (inFileBefore.contains(d.number) || freed.contains(d.number))
                continue;
            (d.free ? freed : inFileBefore).insert(d.number);
        }
    }
    try {
        detail::classifyRevision(prev->doc, cur->doc, inFileBefore, defined, everything, rev,
                                 prev->normalised.isEmpty() && cur->normalised.isEmpty());
    } catch (const PdfError &e) {
        const char *name = PdfError::ErrorName(e.GetError());
        rev.readProblem = QString::fromLatin1(name ? name : "PoDoFo");
        rev.changeClass = ChangeClass::Other;
        rev.changes << RevisionChange{ChangeClass::Other, QStringLiteral("unreadable"), 0, {}, rev.readProblem, 0};
    }
}

} // namespace

RevisionAnalysis RevisionAnalysis::analyse(const QString &path, const QList<qint64> &signedEnds)
{
    RevisionAnalysis result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return result;
    const qint64 size = file.size();
    const auto *data = reinterpret_cast<const char *>(file.map(0, size));
    if (!data)
        return result;
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    const QList<qint64> ends = boundaries(data, size, signedEnds);
    XrefScanner xref(data, size);
    std::unique_ptr<LoadedRevision> prev;
    for (int i = 0; i < ends.size(); ++i) {
        Revision rev;
        rev.end = ends[i];
        if (i > 0) {
            const bool changed = [&] {
                const auto a = xref.chainFor(ends[i - 1]), b = xref.chainFor(ends[i]);
                return !(a == b);
            }();
            if (changed) {
                auto wide = [&](qint64 end) {
                    const auto chain = xref.chainFor(end);
                    return std::any_of(chain.begin(), chain.end(), [](const XrefSection *s) { return s->wide; });
                };
                // Both sides read the same way, so that equal objects compare equal.
                const bool normalise = wide(ends[i - 1]) || wide(ends[i]);
                if (!prev || prev->normalised.isEmpty() != !normalise)
                    prev = loadPrefix(path, ends[i - 1], normalise);
                std::unique_ptr<LoadedRevision> cur = loadPrefix(path, ends[i], normalise);
                analyseStep(xref, ends[i - 1], ends[i], prev.get(), cur.get(), rev);
                prev = std::move(cur);
            }
        }
        rev.changes.erase(std::remove_if(rev.changes.begin(), rev.changes.end(), [](const RevisionChange &c) { return c.changeClass <= ChangeClass::Signatures; }), rev.changes.end());
        for (RevisionChange &c : rev.changes)
            c.revision = i + 1;
        result.m_revisions << rev;
    }
    return result;
}

ChangesAfterSigning RevisionAnalysis::changesAfter(qint64 signedEnd, const QList<QList<RevisionSigner>> &signersByRevision) const
{
    ChangesAfterSigning out;
    for (int i = 0; i < m_revisions.size(); ++i) {
        const Revision &rev = m_revisions[i];
        if (rev.end <= signedEnd)
            continue;
        const QList<RevisionSigner> signers = i < signersByRevision.size() ? signersByRevision[i] : QList<RevisionSigner>();
        // Everything up to `signatures` counts as such; stricter changes count
        // unless an allowance (e.g. the release stamp rule) accepts them.
        ChangeClass cls = std::min(rev.changeClass, ChangeClass::Signatures);
        for (const RevisionChange &c : rev.changes) {
            const bool allowed = std::any_of(m_allowances.begin(), m_allowances.end(),
                                             [&](const auto &a) { return a->allows(c, rev, signers); });
            if (allowed)
                continue;
            cls = std::max(cls, c.changeClass);
            out.changes << c;
        }
        out.changesAfter = std::max(out.changesAfter, cls);
        out.signatureAddedAfter = out.signatureAddedAfter || rev.addsSignature;
    }
    return out;
}

} // namespace kyso::pdf
