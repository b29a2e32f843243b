#include "pdf/PdfTokens.h"

#include <QString>

#include <cmath>
#include <cstring>
#include <limits>

namespace kyso::pdf::syntax {

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
        || c == '%';
}

qsizetype skipSpace(const QByteArray &b, qsizetype pos)
{
    const qsizetype n = b.size();
    while (pos < n) {
        if (isWhite(b[pos])) {
            ++pos;
        } else if (b[pos] == '%') {
            while (pos < n && b[pos] != '\n' && b[pos] != '\r')
                ++pos;
        } else {
            break;
        }
    }
    return pos;
}

namespace {

qsizetype literalStringEnd(const QByteArray &b, qsizetype pos)
{
    int depth = 0;
    for (qsizetype i = pos; i < b.size(); ++i) {
        const char c = b[i];
        if (c == '\\') {
            ++i;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

qsizetype regularEnd(const QByteArray &b, qsizetype pos)
{
    qsizetype i = pos;
    while (i < b.size() && !isWhite(b[i]) && !isDelimiter(b[i]))
        ++i;
    return i;
}

bool isInteger(const QByteArray &b, qsizetype begin, qsizetype end)
{
    if (begin >= end)
        return false;
    for (qsizetype i = begin; i < end; ++i) {
        if (b[i] < '0' || b[i] > '9')
            return false;
    }
    return true;
}

} // namespace

bool bytesAt(const QByteArray &b, qsizetype pos, const char *text)
{
    const qsizetype n = qsizetype(std::strlen(text));
    return pos >= 0 && pos + n <= b.size() && std::memcmp(b.constData() + pos, text, size_t(n)) == 0;
}

qsizetype tokenEnd(const QByteArray &b, qsizetype pos)
{
    if (pos >= b.size())
        return -1;
    const char c = b[pos];
    if (c == '(')
        return literalStringEnd(b, pos);
    if (c == '<' && pos + 1 < b.size() && b[pos + 1] == '<')
        return pos + 2;
    if (c == '>' && pos + 1 < b.size() && b[pos + 1] == '>')
        return pos + 2;
    if (c == '<') {
        const qsizetype close = b.indexOf('>', pos);
        return close < 0 ? -1 : close + 1;
    }
    if (c == '[' || c == ']' || c == '{' || c == '}')
        return pos + 1;
    if (c == '/')
        return regularEnd(b, pos + 1);
    if (c == ')' || c == '>')
        return -1;
    const qsizetype end = regularEnd(b, pos);
    return end == pos ? -1 : end;
}

namespace {

qsizetype nestedValueEnd(const QByteArray &b, qsizetype pos, int depth)
{
    pos = skipSpace(b, pos);
    if (pos >= b.size())
        return -1;
    const bool dict = bytesAt(b, pos, "<<");
    if (dict || b[pos] == '[') {
        if (depth >= kMaxNesting)
            return -1; // malformed: deeper than any real document, and the stack is finite
        const char *close = dict ? ">>" : "]";
        const qsizetype closeSize = dict ? 2 : 1;
        qsizetype i = pos + closeSize;
        for (int guard = 0; guard < 10000000; ++guard) {
            i = skipSpace(b, i);
            if (bytesAt(b, i, close))
                return i + closeSize;
            const qsizetype end = nestedValueEnd(b, i, depth + 1);
            if (end < 0)
                return -1;
            i = end;
        }
        return -1;
    }
    const qsizetype end = tokenEnd(b, pos);
    if (end < 0 || !isInteger(b, pos, end))
        return end;
    // "n g R" is one value.
    const qsizetype g = skipSpace(b, end);
    const qsizetype gEnd = tokenEnd(b, g);
    if (gEnd < 0 || !isInteger(b, g, gEnd))
        return end;
    const qsizetype r = skipSpace(b, gEnd);
    if (r < b.size() && b[r] == 'R' && tokenEnd(b, r) == r + 1)
        return r + 1;
    return end;
}

} // namespace

qsizetype valueEnd(const QByteArray &b, qsizetype pos)
{
    return nestedValueEnd(b, pos, 0);
}

QByteArray valueAt(const QByteArray &b, qsizetype pos)
{
    pos = skipSpace(b, pos);
    const qsizetype end = valueEnd(b, pos);
    return end < 0 ? QByteArray() : b.mid(pos, end - pos);
}

bool integerAt(const QByteArray &b, qsizetype begin, qsizetype end, qint64 &value)
{
    if (begin >= end || end - begin > 18)
        return false;
    qsizetype i = begin;
    const bool negative = b[i] == '-';
    if (b[i] == '-' || b[i] == '+')
        ++i;
    if (i == end)
        return false;
    qint64 v = 0;
    for (; i < end; ++i) {
        if (b[i] < '0' || b[i] > '9')
            return false;
        v = v * 10 + (b[i] - '0');
    }
    value = negative ? -v : v;
    return true;
}

bool referenceAt(const QByteArray &b, qsizetype begin, qsizetype end, int &num, int &gen)
{
    if (begin < 0 || begin >= end || end > b.size())
        return false;
    const qsizetype numEnd = tokenEnd(b, begin);
    if (numEnd < 0 || numEnd >= end)
        return false;
    const qsizetype genStart = skipSpace(b, numEnd);
    const qsizetype genEnd = tokenEnd(b, genStart);
    if (genEnd < 0 || genEnd >= end)
        return false;
    const qsizetype r = skipSpace(b, genEnd);
    qint64 n = 0, g = 0;
    if (r + 1 != end || b[r] != 'R' || !integerAt(b, begin, numEnd, n) || !integerAt(b, genStart, genEnd, g) || n <= 0
        || n > std::numeric_limits<int>::max() || g < 0 || g > 65535)
        return false;
    num = int(n);
    gen = int(g);
    return true;
}

bool parseReference(const QByteArray &text, int &num, int *gen)
{
    const qsizetype begin = skipSpace(text, 0);
    qsizetype end = text.size();
    while (end > begin && isWhite(text[end - 1]))
        --end;
    int n = 0, g = 0;
    if (!referenceAt(text, begin, end, n, g))
        return false;
    num = n;
    if (gen)
        *gen = g;
    return true;
}

QByteArray reference(int num, int gen)
{
    return QByteArray::number(num) + ' ' + QByteArray::number(gen) + " R";
}

bool parseInteger(const QByteArray &text, qint64 &value)
{
    bool ok = false;
    value = text.trimmed().toLongLong(&ok);
    return ok;
}

bool arrayItems(const QByteArray &text, QList<QByteArray> &items)
{
    items.clear();
    qsizetype i = skipSpace(text, 0);
    if (i >= text.size() || text[i] != '[')
        return false;
    ++i;
    for (;;) {
        i = skipSpace(text, i);
        if (i >= text.size())
            return false;
        if (text[i] == ']')
            return true;
        const qsizetype end = valueEnd(text, i);
        if (end < 0)
            return false;
        items << text.mid(i, end - i);
        i = end;
    }
}

QByteArray arrayAppend(const QByteArray &arrayText, const QByteArray &item)
{
    const qsizetype close = arrayText.lastIndexOf(']');
    if (close < 0)
        return '[' + item + ']';
    QByteArray out = arrayText.left(close);
    if (!out.isEmpty() && !isWhite(out.back()) && out.back() != '[')
        out += ' ';
    return out + item + arrayText.mid(close);
}

QByteArray textString(const QString &s)
{
    bool ascii = true;
    for (const QChar c : s)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii) {
        QByteArray out = "(";
        for (const QChar c : s) {
            const char ch = char(c.unicode());
            if (ch == '(' || ch == ')' || ch == '\\')
                out += '\\';
            out += ch;
        }
        return out + ')';
    }
    QByteArray utf16 = "\xfe\xff";
    for (const QChar c : s) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray real(double v)
{
    if (std::fabs(v) < 0.00005)
        return "0";
    QByteArray t = QByteArray::number(v, 'f', 4);
    while (t.contains('.') && (t.endsWith('0') || t.endsWith('.')))
        t.chop(1);
    return t;
}

bool forEachEntry(const QByteArray &text,
                  const std::function<void(qsizetype keyStart, qsizetype keyEnd, qsizetype valueStart, qsizetype valueEnd)> &visit)
{
    qsizetype i = skipSpace(text, 0);
    if (!bytesAt(text, i, "<<"))
        return false;
    i += 2;
    for (;;) {
        i = skipSpace(text, i);
        if (i >= text.size())
            return false;
        if (bytesAt(text, i, ">>"))
            return true;
        if (text[i] != '/')
            return false;
        const qsizetype keyEnd = tokenEnd(text, i);
        const qsizetype v = skipSpace(text, keyEnd);
        const qsizetype end = valueEnd(text, v);
        if (keyEnd < 0 || end < 0)
            return false;
        visit(i, keyEnd, v, end);
        i = end;
    }
}

bool RawDictionary::parse(const QByteArray &text)
{
    m_entries.clear();
    return forEachEntry(text, [&](qsizetype key, qsizetype keyEnd, qsizetype value, qsizetype valueEnd) {
        // A repeated key: the last one counts, as in PoDoFo and qpdf (an
        // earlier one kept here would be read, or patched, instead).
        const QByteArray name = text.mid(key + 1, keyEnd - key - 1);
        for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
            if (m_entries[i].first == name)
                m_entries.removeAt(i);
        }
        m_entries << qMakePair(name, text.mid(value, valueEnd - value));
    });
}

bool RawDictionary::has(const QByteArray &key) const
{
    for (const auto &e : m_entries) {
        if (e.first == key)
            return true;
    }
    return false;
}

QByteArray RawDictionary::value(const QByteArray &key) const
{
    for (const auto &e : m_entries) {
        if (e.first == key)
            return e.second;
    }
    return {};
}

void RawDictionary::set(const QByteArray &key, const QByteArray &rawValue)
{
    for (auto &e : m_entries) {
        if (e.first == key) {
            e.second = rawValue;
            return;
        }
    }
    m_entries << qMakePair(key, rawValue);
}

void RawDictionary::remove(const QByteArray &key)
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries[i].first == key)
            m_entries.removeAt(i);
    }
}

QByteArray RawDictionary::serialise() const
{
    QByteArray out = "<<";
    for (const auto &e : m_entries)
        out += " /" + e.first + ' ' + e.second;
    return out + " >>";
}

} // namespace kyso::pdf::syntax
