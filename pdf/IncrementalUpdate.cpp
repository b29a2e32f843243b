#include "pdf/IncrementalUpdate.h"

#include <fcntl.h>

#include <QFile>

namespace kyso::pdf {

using namespace syntax;

IncrementalUpdate::IncrementalUpdate(const XrefReader &xref, qint64 fileSize, bool endsWithEol)
    : m_xref(xref), m_fileSize(fileSize), m_endsWithEol(endsWithEol), m_next(xref.size())
{
}

int IncrementalUpdate::allocate()
{
    return m_next++;
}

void IncrementalUpdate::put(int num, const QByteArray &body)
{
    m_objects.insert(num, body);
    if (num >= m_next)
        m_next = num + 1;
}

QByteArray IncrementalUpdate::current(int num) const
{
    if (m_objects.contains(num))
        return valueAt(m_objects.value(num), 0);
    QByteArray value;
    return m_xref.object(num, value) ? value : QByteArray();
}

QByteArray IncrementalUpdate::resolve(const QByteArray &value) const
{
    QByteArray v = value;
    int num = 0;
    for (int depth = 0; depth < 8 && parseReference(v, num); ++depth)
        v = current(num);
    return v;
}

QByteArray IncrementalUpdate::streamBody(RawDictionary dict, const QByteArray &data)
{
    dict.set("Length", QByteArray::number(data.size()));
    return dict.serialise() + "\nstream\n" + data + "\nendstream";
}

int IncrementalUpdate::generation(int num) const
{
    const auto it = m_xref.entries().find(num);
    return it != m_xref.entries().end() && it->type == XrefEntry::Direct ? it->gen : 0;
}

RawDictionary IncrementalUpdate::trailerEntries(int size) const
{
    RawDictionary t;
    t.set("Size", QByteArray::number(size));
    for (const char *key : {"Root", "Info", "ID"}) {
        if (m_xref.trailer().has(key))
            t.set(key, m_xref.trailer().value(key));
    }
    for (auto it = m_trailerOverride.cbegin(); it != m_trailerOverride.cend(); ++it)
        t.set(it.key(), it.value());
    t.set("Prev", QByteArray::number(m_xref.lastXrefOffset()));
    return t;
}

QByteArray IncrementalUpdate::serialise(QMap<int, qint64> *offsets) const
{
    QByteArray out = m_endsWithEol ? QByteArray() : QByteArrayLiteral("\n");
    QMap<int, qint64> at;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        at.insert(it.key(), m_fileSize + out.size());
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(generation(it.key())) + " obj\n" + it.value()
            + "\nendobj\n";
    }
    const qint64 xrefOffset = m_fileSize + out.size();
    out += m_xref.lastIsStream() ? streamSection(at, xrefOffset) : classicSection(at, xrefOffset);
    out += "startxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    if (offsets)
        *offsets = at;
    return out;
}

namespace {

// Runs of consecutive object numbers: (first, count).
QList<QPair<int, int>> runs(const QList<int> &numbers)
{
    QList<QPair<int, int>> out;
    for (int n : numbers) {
        if (!out.isEmpty() && out.back().first + out.back().second == n)
            ++out.back().second;
        else
            out << qMakePair(n, 1);
    }
    return out;
}

} // namespace

QByteArray IncrementalUpdate::classicSection(const QMap<int, qint64> &offsets, qint64 xrefOffset) const
{
    Q_UNUSED(xrefOffset)
    QByteArray out = "xref\n";
    for (const auto &run : runs(offsets.keys())) {
        out += QByteArray::number(run.first) + ' ' + QByteArray::number(run.second) + '\n';
        for (int n = run.first; n < run.first + run.second; ++n) {
            out += QByteArray::number(offsets.value(n)).rightJustified(10, '0') + ' '
                + QByteArray::number(generation(n)).rightJustified(5, '0') + " n\r\n";
        }
    }
    const int size = std::max(m_xref.size(), offsets.isEmpty() ? 0 : offsets.lastKey() + 1);
    return out + "trailer\n" + trailerEntries(size).serialise() + '\n';
}

QByteArray IncrementalUpdate::streamSection(QMap<int, qint64> offsets, qint64 xrefOffset) const
{
    const int self = std::max(m_next, m_xref.size());
    offsets.insert(self, xrefOffset);
    const int width = xrefOffset < (qint64(1) << 32) ? 4 : 8;
    QByteArray data;
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        data += char(1);
        for (int k = width - 1; k >= 0; --k)
            data += char((it.value() >> (8 * k)) & 0xff);
        const int gen = it.key() == self ? 0 : generation(it.key());
        data += char((gen >> 8) & 0xff);
        data += char(gen & 0xff);
    }
    QByteArray index = "[";
    for (const auto &run : runs(offsets.keys()))
        index += QByteArray::number(run.first) + ' ' + QByteArray::number(run.second) + ' ';
    index.back() = ']';
    RawDictionary dict;
    dict.set("Type", "/XRef");
    const RawDictionary t = trailerEntries(self + 1);
    for (const auto &e : t.entries())
        dict.set(e.first, e.second);
    dict.set("W", "[1 " + QByteArray::number(width) + " 2]");
    dict.set("Index", index);
    return QByteArray::number(self) + " 0 obj\n" + streamBody(dict, data) + "\nendobj\n";
}

Error IncrementalUpdate::writeFile(const QString &input, const QString &output, const QByteArray &update)
{
    QFile in(input);
    QFile out(output);
    if (!in.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileNotFound, input);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(ErrorCode::OutputNotWritable, output);
    // Each written MiB is handed to the disk at once (sync_file_range starts
    // the writeback without waiting): the fsync before the output is
    // published then finds little left to write, instead of the whole file
    // queued behind the hashing and the self-check.
    QByteArray buf;
    qint64 written = 0;
    while (!(buf = in.read(1 << 20)).isEmpty()) {
        if (out.write(buf) != buf.size() || !out.flush())
            return Error(ErrorCode::OutputNotWritable, output);
        ::sync_file_range(out.handle(), written, buf.size(), SYNC_FILE_RANGE_WRITE);
        written += buf.size();
    }
    if (out.write(update) != update.size() || !out.flush())
        return Error(ErrorCode::OutputNotWritable, output);
    return {};
}

} // namespace kyso::pdf
