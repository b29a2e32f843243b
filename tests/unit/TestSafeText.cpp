#include "core/SafeText.h"

#include <catch2/catch.hpp>

using kyso::escapeControls;
using kyso::neutraliseCsvCell;

// Issue 14, item 4.
TEST_CASE("control characters in register text are escaped", "[SafeText]")
{
    CHECK(escapeControls(QStringLiteral("quyết định.pdf")) == QStringLiteral("quyết định.pdf"));
    CHECK(escapeControls(QStringLiteral("a\nb\tc\rd")) == QStringLiteral("a\\nb\\tc\\rd"));
    CHECK(escapeControls(QStringLiteral("x\x1b[2Jy")) == QStringLiteral("x\\x1b[2Jy"));
    CHECK(escapeControls(QString(QChar(0x202e)) + QStringLiteral("fdp.exe")) == QStringLiteral("\\u202efdp.exe"));
    CHECK(escapeControls(QStringLiteral("a\\nb")) == QStringLiteral("a\\\\nb")); // a literal backslash-n stays distinguishable
    CHECK_FALSE(escapeControls(QStringLiteral("1\n2  signed  forged")).contains(QLatin1Char('\n')));
}

TEST_CASE("CSV cells that a spreadsheet would run as formulas are neutralised", "[SafeText]")
{
    CHECK(neutraliseCsvCell(QStringLiteral("=HYPERLINK(\"http://x\")")) == QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(neutraliseCsvCell(QStringLiteral("+1")) == QStringLiteral("'+1"));
    CHECK(neutraliseCsvCell(QStringLiteral("-2")) == QStringLiteral("'-2"));
    CHECK(neutraliseCsvCell(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(neutraliseCsvCell(QStringLiteral("\t=1")) == QStringLiteral("'\t=1"));
    CHECK(neutraliseCsvCell(QStringLiteral("Ban hành")) == QStringLiteral("Ban hành"));
    CHECK(neutraliseCsvCell(QString()).isEmpty());
}

TEST_CASE("names Qt cannot represent are found, with the byte", "[SafeText]")
{
    CHECK(kyso::firstUnrepresentableByte(QByteArray("quy\xe1\xba\xbft-\xc4\x91\xe1\xbb\x8bnh.pdf")) == -1);
    CHECK(kyso::firstUnrepresentableByte(QByteArray("bad-\xff-name.pdf")) == 4);
    CHECK(kyso::firstUnrepresentableByte(QByteArray("x\xe1\xbay")) == 1); // truncated sequence
}
