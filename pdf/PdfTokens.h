#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

namespace kyso::pdf::syntax {

// A minimal PDF lexer over raw file bytes (ISO 32000-1 §7.2–7.3). It finds
// where a value starts and ends without interpreting it, so values can be
// copied byte for byte into an incremental update (a real such as
// 595.303937007874 stays exactly as written).

bool isWhite(char c);
bool isDelimiter(char c);

// Position of the first byte at or after `pos` that is neither whitespace nor
// part of a comment.
qsizetype skipSpace(const QByteArray &b, qsizetype pos);

// End (exclusive) of the single token starting at `pos` (no leading space),
// or -1 when the bytes are not a token.
qsizetype tokenEnd(const QByteArray &b, qsizetype pos);

// Arrays and dictionaries nested deeper than this are malformed (-1 from
// valueEnd), not followed: a crafted file must not exhaust the stack.
constexpr int kMaxNesting = 512;

// End (exclusive) of the value starting at `pos`: a token, a balanced array
// or dictionary, or an indirect reference "n g R". -1 when malformed.
qsizetype valueEnd(const QByteArray &b, qsizetype pos);

// The value text at `pos` (trimmed), empty when malformed.
QByteArray valueAt(const QByteArray &b, qsizetype pos);

// True when `text` occurs in `b` at `pos` (no copy).
bool bytesAt(const QByteArray &b, qsizetype pos, const char *text);

// The integer in b[begin, end) (optional sign, decimal digits); false when it
// is not one. No copy.
bool integerAt(const QByteArray &b, qsizetype begin, qsizetype end, qint64 &value);
// The reference "n g R" filling b[begin, end) exactly; false otherwise. No copy.
bool referenceAt(const QByteArray &b, qsizetype begin, qsizetype end, int &num, int &gen);

// "12 0 R" -> 12 (and gen); false when `text` is not a reference.
bool parseReference(const QByteArray &text, int &num, int *gen = nullptr);
QByteArray reference(int num, int gen = 0);

// Parses an integer value; false when it is not one.
bool parseInteger(const QByteArray &text, qint64 &value);

// Calls visit(keyStart, keyEnd, valueStart, valueEnd) for each entry of the
// dictionary `text` (which starts, after whitespace, with "<<"), in order: the
// key's span includes its '/', the value's is its raw text. No copy. False
// when the dictionary is malformed (the entries before that were visited).
bool forEachEntry(const QByteArray &text,
                  const std::function<void(qsizetype keyStart, qsizetype keyEnd, qsizetype valueStart, qsizetype valueEnd)> &visit);

// The values of an array's elements, as raw text.
bool arrayItems(const QByteArray &text, QList<QByteArray> &items);
// The array text with `item` appended before its closing bracket.
QByteArray arrayAppend(const QByteArray &arrayText, const QByteArray &item);

// Literal string in PDF text encoding: ASCII as (…) with escapes, anything
// else as UTF-16BE hex with BOM.
QByteArray textString(const QString &s);
// A real as short decimal text (no exponent, at most 4 decimals).
QByteArray real(double v);

// A dictionary kept as raw key/value text in its original order. Entries that
// are not touched are written back byte for byte.
class RawDictionary
{
public:
    // `text` must start (after whitespace) with "<<".
    bool parse(const QByteArray &text);
    bool has(const QByteArray &key) const;
    QByteArray value(const QByteArray &key) const; // raw value text, empty when absent
    void set(const QByteArray &key, const QByteArray &rawValue);
    void remove(const QByteArray &key);
    QByteArray serialise() const;
    const QList<QPair<QByteArray, QByteArray>> &entries() const { return m_entries; }

private:
    QList<QPair<QByteArray, QByteArray>> m_entries; // key without '/', raw value
};

} // namespace kyso::pdf::syntax
