#include "core/VietnameseText.h"

#include <QRegularExpression>
#include <QStringList>

namespace kyso {

QString foldCase(const QString &text)
{
    // NFC first: a decomposed "Ủ" and a composed one compare equal.
    return text.normalized(QString::NormalizationForm_C).simplified().toUpper();
}

QString stripDiacritics(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0110))
            out += QLatin1Char('D');
        else if (c == QChar(0x0111))
            out += QLatin1Char('d');
        else
            out += c;
    }
    return out;
}

QString foldLoose(const QString &text)
{
    QString s = stripDiacritics(text).toUpper();
    // Punctuation that printing adds or drops: commas, quotes, dashes.
    static const QRegularExpression punct(QStringLiteral("[,;:\"'()\\x{2013}\\x{2014}-]"));
    s.replace(punct, QStringLiteral(" "));
    static const QRegularExpression tp(QStringLiteral("\\bTP\\.\\s*"));
    s.replace(tp, QStringLiteral("THANH PHO "));
    QStringList words = s.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &w : words) {
        if (w == QLatin1String("UBND"))
            out << QStringLiteral("UY BAN NHAN DAN");
        else if (w == QLatin1String("HDND"))
            out << QStringLiteral("HOI DONG NHAN DAN");
        else
            out << w;
    }
    return out.join(QLatin1Char(' '));
}

NameMatch compareNames(const QString &a, const QString &b)
{
    if (foldCase(a).isEmpty() || foldCase(b).isEmpty())
        return NameMatch::Different;
    if (foldCase(a) == foldCase(b))
        return NameMatch::Exact;
    if (foldLoose(a) == foldLoose(b))
        return NameMatch::WithoutDiacritics;
    return NameMatch::Different;
}

} // namespace kyso
