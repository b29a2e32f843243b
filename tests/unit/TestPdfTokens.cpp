#include "pdf/PdfTokens.h"

#include <catch2/catch.hpp>

using namespace kyso::pdf::syntax;

TEST_CASE("values are found whole, references included", "[PdfTokens]")
{
    const QByteArray b = "  % comment\n 12 0 R /Next";
    CHECK(valueAt(b, 0) == "12 0 R");
    CHECK(valueAt("[1 2 0 R (a)b) <41>]", 0).isEmpty()); // unbalanced: malformed
    CHECK(valueAt("[1 2 0 R (a\\)b) <41>] x", 0) == "[1 2 0 R (a\\)b) <41>]");
    CHECK(valueAt("<< /A << /B [1 2] >> /C (x(y)z) >> trailing", 0) == "<< /A << /B [1 2] >> /C (x(y)z) >>");
    CHECK(valueAt("595.303937007874]", 0) == "595.303937007874");
    CHECK(valueEnd("<< /A 1", 0) == -1);
}

TEST_CASE("a dictionary keeps untouched values byte for byte", "[PdfTokens]")
{
    RawDictionary d;
    REQUIRE(d.parse("<</Type/Page/MediaBox [0 0 595.303937007874 841.889763779528]/Annots[5 0 R]/Rotate 90>>"));
    CHECK(d.value("MediaBox") == "[0 0 595.303937007874 841.889763779528]");
    CHECK(d.value("Type") == "/Page");
    d.set("Annots", arrayAppend(d.value("Annots"), reference(9)));
    d.remove("Rotate");
    const QByteArray out = d.serialise();
    CHECK(out == "<< /Type /Page /MediaBox [0 0 595.303937007874 841.889763779528] /Annots [5 0 R 9 0 R] >>");
    RawDictionary again;
    REQUIRE(again.parse(out));
    CHECK(again.entries().size() == 3);
    CHECK_FALSE(d.parse("[1 2]"));
}

TEST_CASE("references, integers, arrays and strings", "[PdfTokens]")
{
    int num = 0, gen = -1;
    CHECK(parseReference("12 3 R", num, &gen));
    CHECK(num == 12);
    CHECK(gen == 3);
    CHECK_FALSE(parseReference("12 3", num));
    QList<QByteArray> items;
    REQUIRE(arrayItems("[ 1 0 R 2 0 R /N (s) ]", items));
    CHECK(items == QList<QByteArray>{"1 0 R", "2 0 R", "/N", "(s)"});
    CHECK(arrayAppend("[]", "4 0 R") == "[4 0 R]");
    CHECK(textString(QStringLiteral("a(b)")) == "(a\\(b\\))");
    CHECK(textString(QStringLiteral("Ký")) == "<FEFF004B00FD>");
    CHECK(real(595.303937007874) == "595.3039");
    CHECK(real(60.0) == "60");
}
