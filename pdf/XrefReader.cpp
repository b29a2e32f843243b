#include "pdf/XrefReader.h"

#include <QSet>

#include <zlib.h>

#include <algorithm>

namespace kyso::pdf {

using namespace syntax;

namespace {

Error damaged(const char *what)
{
    return Error(ErrorCode::DamagedPdf, QString::fromLatin1(what));
}

// Offset of the "stream" data after the dictionary ending at `dictEnd`, or -1.
qsizetype streamDataStart(const QByteArray &b, qsizetype dictEnd)
{
    const qsizetype kw = skipSpace(b, dictEnd);
    if (!bytesAt(b, kw, "stream"))
        return -1;
    qsizetype p = kw + 6;
    if (p < b.size() && b[p] == '\r')
        ++p;
    if (p < b.size() && b[p] == '\n')
        ++p;
    return p;
}

QList<qint64> integers(const QByteArray &arrayText)
{
    QList<QByteArray> items;
    QList<qint64> out;
    arrayItems(arrayText, items);
    for (const QByteArray &i : items) {
        qint64 v = 0;
        if (parseInteger(i, v))
            out << v;
    }
    return out;
}

} // namespace

bool inflateData(const QByteArray &in, QByteArray &out)
{
    out.clear();
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        return false;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    char buf[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, qsizetype(sizeof buf - zs.avail_out));
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break; // truncated but usable (common in the wild)
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END || rc == Z_BUF_ERROR;
}

bool unpredictPng(const QByteArray &in, int columns, QByteArray &out)
{
    out.clear();
    if (columns <= 0)
        return false;
    const int row = columns + 1;
    QByteArray prev(columns, '\0');
    for (qsizetype r = 0; r + row <= in.size(); r += row) {
        const auto type = static_cast<unsigned char>(in[r]);
        QByteArray cur = in.mid(r + 1, columns);
        for (int i = 0; i < columns; ++i) {
            const int left = i > 0 ? static_cast<unsigned char>(cur[i - 1]) : 0;
            const int up = static_cast<unsigned char>(prev[i]);
            const int ul = i > 0 ? static_cast<unsigned char>(prev[i - 1]) : 0;
            int add = 0;
            switch (type) {
            case 0: break;
            case 1: add = left; break;
            case 2: add = up; break;
            case 3: add = (left + up) / 2; break;
            case 4: {
                const int p = left + up - ul, pa = std::abs(p - left), pb = std::abs(p - up), pc = std::abs(p - ul);
                add = (pa <= pb && pa <= pc) ? left : (pb <= pc ? up : ul);
                break;
            }
            default: return false;
            }
            cur[i] = char((static_cast<unsigned char>(cur[i]) + add) & 0xff);
        }
        out += cur;
        prev = cur;
    }
    return true;
}

Error XrefReader::read(const QByteArray &file)
{
    m_file = &file;
    m_entries.clear();
    m_streamCache.clear();
    m_streamCacheBytes = 0;
    m_objectStreamIndex.clear();
    m_haveTrailer = false;
    const qsizetype sx = file.lastIndexOf("startxref");
    if (sx < 0)
        return damaged("no startxref");
    qint64 offset = 0;
    const QByteArray value = valueAt(file, sx + 9);
    if (!parseInteger(value, offset) || offset <= 0 || offset >= file.size())
        return damaged("bad startxref");
    m_lastXref = offset;
    const qsizetype at = skipSpace(file, offset);
    m_lastIsStream = !bytesAt(file, at, "xref");
    return readSection(offset, 0);
}

void XrefReader::add(int num, const XrefEntry &e)
{
    auto it = m_entries.find(num);
    if (it == m_entries.end())
        m_entries.insert(num, e);
}

Error XrefReader::readSection(qint64 offset, int depth)
{
    if (depth > 256)
        return damaged("xref /Prev loop");
    const QByteArray &b = *m_file;
    const qsizetype at = skipSpace(b, offset);
    qint64 prev = -1, xrefStm = -1;
    if (bytesAt(b, at, "xref")) {
        if (Error e = readClassic(at, prev, xrefStm))
            return e;
    } else if (Error e = readStream(at, prev)) {
        return e;
    }
    if (prev > 0 && prev < b.size() && prev != offset)
        return readSection(prev, depth + 1);
    return {};
}

Error XrefReader::readClassic(qint64 offset, qint64 &prev, qint64 &xrefStm)
{
    const QByteArray &b = *m_file;
    qsizetype i = offset + 4;
    QList<QPair<int, XrefEntry>> freeEntries;
    for (;;) {
        i = skipSpace(b, i);
        if (bytesAt(b, i, "trailer"))
            break;
        qint64 start = 0, count = 0;
        const qsizetype e1 = tokenEnd(b, i);
        const qsizetype s2 = skipSpace(b, e1);
        const qsizetype e2 = tokenEnd(b, s2);
        if (e1 < 0 || e2 < 0 || !parseInteger(b.mid(i, e1 - i), start) || !parseInteger(b.mid(s2, e2 - s2), count)
            || count < 0 || count > 10000000)
            return damaged("bad xref subsection");
        i = e2;
        for (qint64 k = 0; k < count; ++k) {
            i = skipSpace(b, i);
            // "oooooooooo ggggg n": three fields within the entry's 18 bytes.
            const qsizetype limit = std::min<qsizetype>(i + 18, b.size());
            qsizetype fieldEnd[3] = {-1, -1, -1};
            qsizetype fieldStart[3] = {i, -1, -1};
            for (int f = 0; f < 3; ++f) {
                if (f > 0) {
                    fieldStart[f] = fieldEnd[f - 1];
                    while (fieldStart[f] < limit && isWhite(b[fieldStart[f]]))
                        ++fieldStart[f];
                }
                fieldEnd[f] = fieldStart[f];
                while (fieldEnd[f] < limit && !isWhite(b[fieldEnd[f]]))
                    ++fieldEnd[f];
            }
            qint64 offset = 0, gen = 0;
            const char kind = fieldEnd[2] - fieldStart[2] == 1 ? b[fieldStart[2]] : 0;
            if ((kind != 'n' && kind != 'f') || !integerAt(b, fieldStart[0], fieldEnd[0], offset)
                || !integerAt(b, fieldStart[1], fieldEnd[1], gen))
                return damaged("bad xref entry");
            for (qsizetype t = fieldEnd[2]; t < limit; ++t) {
                if (!isWhite(b[t]))
                    return damaged("bad xref entry");
            }
            XrefEntry e;
            e.offset = offset;
            e.gen = int(gen);
            e.type = kind == 'n' ? XrefEntry::Direct : XrefEntry::Free;
            if (e.type == XrefEntry::Free)
                freeEntries << qMakePair(int(start + k), e);
            else if (e.offset > 0)
                add(int(start + k), e);
            i += 18;
        }
    }
    RawDictionary trailer;
    if (!trailer.parse(valueAt(b, i + 7)))
        return damaged("bad trailer");
    if (!m_haveTrailer) {
        m_trailer = trailer;
        m_haveTrailer = true;
    }
    qint64 v = 0;
    if (parseInteger(trailer.value("Prev"), v))
        prev = v;
    if (parseInteger(trailer.value("XRefStm"), v) && v > 0 && v < b.size()) {
        xrefStm = v;
        qint64 ignored = -1;
        if (Error e = readStream(v, ignored))
            return e;
    }
    for (const auto &f : freeEntries)
        add(f.first, f.second);
    return {};
}

Error XrefReader::readStream(qint64 offset, qint64 &prev)
{
    QByteArray dictText, raw;
    if (!directObject(offset, dictText, &raw, 0))
        return damaged("bad xref stream");
    RawDictionary dict;
    if (!dict.parse(dictText) || dict.value("Type") != "/XRef")
        return damaged("no xref at startxref");
    if (!m_haveTrailer) {
        m_trailer = dict;
        m_haveTrailer = true;
    }
    QByteArray data;
    const QByteArray filter = dict.value("Filter");
    if (filter.isEmpty())
        data = raw;
    else if (!filter.contains("FlateDecode") || !inflateData(raw, data))
        return damaged("xref stream filter");
    const QList<qint64> w = integers(dict.value("W"));
    if (w.size() != 3 || w[0] < 0 || w[1] < 0 || w[2] < 0 || w[0] > 8 || w[1] > 8 || w[2] > 8)
        return damaged("xref stream /W");
    const int rowSize = int(w[0] + w[1] + w[2]);
    RawDictionary parms;
    if (parms.parse(dict.value("DecodeParms"))) {
        qint64 predictor = 1, columns = 1;
        parseInteger(parms.value("Predictor"), predictor);
        parseInteger(parms.value("Columns"), columns);
        if (predictor >= 10) {
            QByteArray plain;
            if (!unpredictPng(data, int(columns), plain))
                return damaged("xref stream predictor");
            data = plain;
        }
    }
    qint64 size = 0;
    parseInteger(dict.value("Size"), size);
    QList<qint64> index = integers(dict.value("Index"));
    if (index.isEmpty())
        index = {0, size};
    auto field = [&](qsizetype at, int width, qint64 def) {
        if (width == 0)
            return def;
        qint64 v = 0;
        for (int k = 0; k < width; ++k)
            v = (v << 8) | static_cast<unsigned char>(data[at + k]);
        return v;
    };
    qsizetype row = 0;
    for (int p = 0; p + 1 < index.size(); p += 2) {
        for (qint64 k = 0; k < index[p + 1]; ++k, row += rowSize) {
            if ((row + rowSize) > data.size())
                return damaged("xref stream too short");
            const qint64 type = field(row, int(w[0]), 1);
            const qint64 f2 = field(row + w[0], int(w[1]), 0);
            const qint64 f3 = field(row + w[0] + w[1], int(w[2]), 0);
            XrefEntry e;
            if (type == 1) {
                e.type = XrefEntry::Direct;
                e.offset = f2;
                e.gen = int(f3);
            } else if (type == 2) {
                e.type = XrefEntry::Compressed;
                e.stream = int(f2);
                e.index = int(f3);
            } else if (type != 0) {
                continue; // unknown types are ignored (§7.5.8.3)
            }
            add(int(index[p] + k), e);
        }
    }
    qint64 v = 0;
    if (parseInteger(dict.value("Prev"), v))
        prev = v;
    return {};
}

bool XrefReader::directObject(qint64 offset, QByteArray &value, QByteArray *stream, int depth) const
{
    const QByteArray &b = *m_file;
    qsizetype i = skipSpace(b, offset);
    // "num gen obj"
    for (int k = 0; k < 2; ++k) {
        const qsizetype e = tokenEnd(b, i);
        if (e < 0)
            return false;
        i = skipSpace(b, e);
    }
    if (!bytesAt(b, i, "obj"))
        return false;
    const qsizetype start = skipSpace(b, i + 3);
    const qsizetype end = valueEnd(b, start);
    if (end < 0)
        return false;
    value = b.mid(start, end - start);
    if (!stream)
        return true;
    const qsizetype data = streamDataStart(b, end);
    if (data < 0)
        return false;
    RawDictionary dict;
    dict.parse(value);
    qint64 length = -1;
    const QByteArray lengthText = dict.value("Length");
    int lengthObj = 0;
    if (!parseInteger(lengthText, length) && parseReference(lengthText, lengthObj) && depth < 4) {
        QByteArray lv;
        const auto it = m_entries.find(lengthObj);
        if (it != m_entries.end() && it->type == XrefEntry::Direct && directObject(it->offset, lv, nullptr, depth + 1))
            parseInteger(lv, length);
    }
    if (length < 0 || data + length > b.size() || !b.mid(skipSpace(b, data + length), 9).startsWith("endstream")) {
        const qsizetype es = b.indexOf("endstream", data);
        if (es < 0)
            return false;
        length = es - data;
        while (length > 0 && (b[data + length - 1] == '\n' || b[data + length - 1] == '\r'))
            --length;
    }
    *stream = b.mid(data, length);
    return true;
}

bool XrefReader::decodedStream(int num, QByteArray &data) const
{
    if (m_streamCache.contains(num)) {
        data = m_streamCache.value(num);
        return true;
    }
    QByteArray dictText, raw;
    if (!object(num, dictText, &raw))
        return false;
    RawDictionary dict;
    dict.parse(dictText);
    const QByteArray filter = dict.value("Filter");
    if (filter.isEmpty())
        data = raw;
    else if (!filter.contains("FlateDecode") || !inflateData(raw, data))
        return false;
    // Kept within 64 MiB of decoded data: the oldest-numbered entries go one
    // at a time (clearing everything at once re-inflated every stream when a
    // file spread its pages over more streams than the old 64-entry limit).
    m_streamCacheBytes += data.size();
    m_streamCache.insert(num, data);
    while (m_streamCache.size() > 1 && m_streamCacheBytes > kStreamCacheBytes) {
        auto oldest = m_streamCache.begin();
        if (oldest.key() == num)
            ++oldest;
        m_streamCacheBytes -= oldest.value().size();
        m_streamCache.erase(oldest);
    }
    return true;
}

bool XrefReader::compressedObject(const XrefEntry &e, int num, QByteArray &value) const
{
    QByteArray data;
    if (!decodedStream(e.stream, data))
        return false;
    auto index = m_objectStreamIndex.constFind(e.stream);
    if (index == m_objectStreamIndex.cend()) {
        // The stream's header (pairs of object number and offset), read once.
        QByteArray dictText;
        RawDictionary dict;
        qint64 n = 0, first = 0;
        if (!object(e.stream, dictText, nullptr) || !dict.parse(dictText) || !parseInteger(dict.value("N"), n)
            || !parseInteger(dict.value("First"), first) || n < 0 || n > data.size() || first < 0)
            return false;
        QList<QPair<int, qint64>> entries;
        qsizetype i = 0;
        for (qint64 k = 0; k < n; ++k) {
            qint64 objNum = 0, objOffset = 0;
            const qsizetype a = skipSpace(data, i);
            const qsizetype aEnd = tokenEnd(data, a);
            const qsizetype o = skipSpace(data, aEnd);
            const qsizetype oEnd = tokenEnd(data, o);
            if (aEnd < 0 || oEnd < 0 || !integerAt(data, a, aEnd, objNum) || !integerAt(data, o, oEnd, objOffset))
                return false;
            entries << qMakePair(int(objNum), first + objOffset);
            i = oEnd;
        }
        if (m_objectStreamIndex.size() > 65536)
            m_objectStreamIndex.clear(); // small entries; a bound only against crafted files
        index = m_objectStreamIndex.insert(e.stream, entries);
    }
    const QList<QPair<int, qint64>> &entries = *index;
    qint64 at = -1;
    if (e.index < 0) {
        return false; // an index field beyond int (e.g. 0x80000000) names nothing
    } else if (e.index < entries.size()) {
        if (entries[e.index].first == num)
            at = entries[e.index].second;
    } else {
        for (const auto &entry : entries) {
            if (entry.first == num) {
                at = entry.second;
                break;
            }
        }
    }
    if (at < 0)
        return false;
    value = valueAt(data, at);
    return !value.isEmpty();
}

bool XrefReader::object(int num, QByteArray &value, QByteArray *stream) const
{
    const auto it = m_entries.find(num);
    if (it == m_entries.end() || it->type == XrefEntry::Free)
        return false;
    if (it->type == XrefEntry::Direct)
        return it->offset < m_file->size() && directObject(it->offset, value, stream, 0);
    if (stream)
        return false; // streams never live in object streams
    return compressedObject(*it, num, value);
}

int XrefReader::size() const
{
    qint64 size = 0;
    parseInteger(m_trailer.value("Size"), size);
    const int highest = m_entries.isEmpty() ? 0 : m_entries.lastKey();
    return int(std::max<qint64>(size, highest + 1));
}

QByteArray XrefReader::normalisedCopy() const
{
    QByteArray out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    QMap<int, qint64> offsets;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->type == XrefEntry::Free)
            continue;
        QByteArray value, stream;
        const bool isStream = it->type == XrefEntry::Direct && object(it.key(), value, &stream);
        if (!isStream && !object(it.key(), value))
            continue;
        RawDictionary dict;
        if (isStream && dict.parse(value)) {
            if (dict.value("Type") == "/XRef" || dict.value("Type") == "/ObjStm")
                continue;
            dict.set("Length", QByteArray::number(stream.size()));
            value = dict.serialise();
        }
        offsets.insert(it.key(), out.size());
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(it->type == XrefEntry::Direct ? it->gen : 0)
            + " obj\n" + value;
        if (isStream)
            out += "\nstream\n" + stream + "\nendstream";
        out += "\nendobj\n";
    }
    const qint64 xref = out.size();
    const int count = size();
    out += "xref\n0 " + QByteArray::number(count) + "\n0000000000 65535 f \n";
    for (int n = 1; n < count; ++n) {
        const auto it = offsets.find(n);
        const int gen = it == offsets.end() ? 0 : m_entries.value(n).gen;
        out += QByteArray::number(it == offsets.end() ? 0 : *it).rightJustified(10, '0') + ' '
            + QByteArray::number(it == offsets.end() ? 0 : gen).rightJustified(5, '0')
            + (it == offsets.end() ? " f \n" : " n \n");
    }
    RawDictionary trailer;
    trailer.set("Size", QByteArray::number(count));
    for (const char *key : {"Root", "Info", "ID"}) {
        if (m_trailer.has(key))
            trailer.set(key, m_trailer.value(key));
    }
    out += "trailer\n" + trailer.serialise() + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace kyso::pdf
