#include "core/SafeText.h"

#include <QFile>
#include <QList>

namespace kyso {

namespace {
bool needsEscape(uint c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
}
} // namespace

QString escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const uint c : text.toUcs4()) {
        if (c == '\\')
            out += QStringLiteral("\\\\");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\t')
            out += QStringLiteral("\\t");
        else if (needsEscape(c))
            out += c < 0x100 ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    }
    return out;
}

QString neutraliseCsvCell(const QString &text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && risky.contains(text.at(0)))
        return QLatin1Char('\'') + text;
    return text;
}

QString csvCell(const QString &text)
{
    QString v = neutraliseCsvCell(text);
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

int firstUnrepresentableByte(const QByteArray &raw)
{
    const QByteArray back = QFile::encodeName(QFile::decodeName(raw));
    if (back == raw)
        return -1;
    int i = 0;
    while (i < raw.size() && i < back.size() && raw.at(i) == back.at(i))
        ++i;
    // Back to the start of the broken sequence.
    while (i > 0 && (uchar(raw.at(i)) & 0xC0) == 0x80 && (uchar(raw.at(i - 1)) & 0x80))
        --i;
    return i;
}

} // namespace kyso
