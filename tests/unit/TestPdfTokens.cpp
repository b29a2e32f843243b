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

    // A repeated key: the last one counts (as in PoDoFo and qpdf), once.
    RawDictionary twice;
    REQUIRE(twice.parse("<< /Count 3 /Kids [1 0 R] /Count 1 >>"));
    CHECK(twice.value("Count") == "1");
    CHECK(twice.entries().size() == 2);
    twice.set("Count", "2");
    CHECK(twice.serialise() == "<< /Kids [1 0 R] /Count 2 >>");

    // The entries in place: key spans with their '/', raw value spans.
    const QByteArray text = "<< /A 1 /Bb [2 0 R] /C << /D (x) >> >>";
    QList<QByteArray> seen;
    REQUIRE(forEachEntry(text, [&](qsizetype k, qsizetype ke, qsizetype v, qsizetype ve) {
        seen << text.mid(k, ke - k) + '=' + text.mid(v, ve - v);
    }));
    CHECK(seen == QList<QByteArray>{"/A=1", "/Bb=[2 0 R]", "/C=<< /D (x) >>"});
    seen.clear();
    CHECK_FALSE(forEachEntry("<< /A 1 /B", [&](qsizetype k, qsizetype ke, qsizetype, qsizetype) { seen << QByteArray::number(ke - k); }));
    CHECK(seen == QList<QByteArray>{"2"}); // /A was visited before the damage
}

TEST_CASE("values nested deeper than the limit are malformed, not a stack overflow", "[PdfTokens]")
{
    const auto nested = [](int depth) { return QByteArray(depth, '[') + "1" + QByteArray(depth, ']'); };
    const QByteArray fine = nested(kMaxNesting);
    CHECK(valueEnd(fine, 0) == fine.size());
    const QByteArray tooDeep = nested(kMaxNesting + 1);
    CHECK(valueEnd(tooDeep, 0) == -1);
    const QByteArray crafted = "<< /X " + nested(300000) + " >>"; // crashed the signer before the limit
    CHECK(valueEnd(crafted, 0) == -1);
    RawDictionary d;
    CHECK_FALSE(d.parse(crafted));
}

TEST_CASE("references, integers, arrays and strings", "[PdfTokens]")
{
    int num = 0, gen = -1;
    CHECK(parseReference("12 3 R", num, &gen));
    CHECK(num == 12);
    CHECK(gen == 3);
    CHECK_FALSE(parseReference("12 3", num));
    CHECK(parseReference("  7 0 R\n", num));
    CHECK(num == 7);
    for (const char *bad : {"", " ", "R", "0 0 R", "-1 0 R", "12 -1 R", "12 0 R R", "12 0 obj", "1.5 0 R", "12 70000 R",
                            "99999999999 0 R", "12 0 RR", "12 (0) R"})
        CHECK_FALSE(parseReference(bad, num));
    // In place, without a copy: the reference must fill the span exactly.
    const QByteArray text = "/Parent 12 0 R /Kids";
    int g = 0;
    CHECK(referenceAt(text, 8, 14, num, g));
    CHECK(num == 12);
    CHECK_FALSE(referenceAt(text, 8, 13, num, g));
    CHECK_FALSE(referenceAt(text, 8, 16, num, g));
    CHECK_FALSE(referenceAt(text, -1, 5, num, g));
    CHECK_FALSE(referenceAt(text, 8, 99, num, g));
    qint64 v = 0;
    CHECK(integerAt("x -42 ", 2, 5, v));
    CHECK(v == -42);
    CHECK_FALSE(integerAt("x -42 ", 2, 6, v));
    CHECK_FALSE(integerAt("+", 0, 1, v));
    CHECK(bytesAt("<<>>", 2, ">>"));
    CHECK_FALSE(bytesAt("<<>", 2, ">>"));
    QList<QByteArray> items;
    REQUIRE(arrayItems("[ 1 0 R 2 0 R /N (s) ]", items));
    CHECK(items == QList<QByteArray>{"1 0 R", "2 0 R", "/N", "(s)"});
    CHECK(arrayAppend("[]", "4 0 R") == "[4 0 R]");
    CHECK(textString(QStringLiteral("a(b)")) == "(a\\(b\\))");
    CHECK(textString(QStringLiteral("Ký")) == "<FEFF004B00FD>");
    CHECK(real(595.303937007874) == "595.3039");
    CHECK(real(60.0) == "60");
}
