#include "PdfFixtures.h"
#include "pdf/PageTree.h"
#include "pdf/PdfInput.h"
#include "pdf/XrefReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <podofo/podofo.h>

#include <zlib.h>

using namespace kyso::pdf;
using kyso::test::makePdf;
using kyso::test::simplePage;

TEST_CASE("classic table: entries, trailer and raw object text", "[XrefReader]")
{
    const QByteArray pdf = makePdf(simplePage());
    XrefReader x;
    REQUIRE_FALSE(x.read(pdf));
    CHECK_FALSE(x.lastIsStream());
    CHECK(x.size() == 5);
    CHECK(x.trailer().value("Root") == "1 0 R");
    QByteArray page, data;
    REQUIRE(x.object(3, page));
    CHECK(page.contains("/MediaBox [0 0 595.303937007874 841.889763779528]"));
    QByteArray dict;
    REQUIRE(x.object(4, dict, &data));
    CHECK(data == "BT ET q Q");
}

TEST_CASE("xref streams with 8-byte offsets (/W [1 8 2]) are read", "[XrefReader]")
{
    const QByteArray pdf = makePdf(simplePage(), true, 8);
    XrefReader x;
    REQUIRE_FALSE(x.read(pdf));
    CHECK(x.lastIsStream());
    QByteArray page;
    REQUIRE(x.object(3, page));
    CHECK(page.startsWith("<</Type/Page"));

    // PoDoFo 0.9.8 alone refuses such a file ...
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
    PoDoFo::PdfMemDocument raw;
    CHECK_THROWS(raw.LoadFromBuffer(pdf.constData(), long(pdf.size())));
    // ... and loadDocument reads it through the normalised copy.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w8.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    PoDoFo::PdfMemDocument doc;
    REQUIRE_FALSE(loadDocument(doc, path, false));
    CHECK(doc.GetPageCount() == 1);
    CHECK(doc.GetPage(0)->GetMediaBox().GetWidth() == Approx(595.303937007874));
}

TEST_CASE("objects inside compressed object streams", "[XrefReader]")
{
    // Object 3 (the page) lives in object stream 5; PNG-predicted xref stream.
    const QByteArray inner = "3 0 <</Type/Page/Parent 2 0 R/MediaBox [0 0 10.123456789 20]>>";
    QByteArray packed(inner.size() * 2, '\0');
    uLongf len = uLongf(packed.size());
    compress(reinterpret_cast<Bytef *>(packed.data()), &len, reinterpret_cast<const Bytef *>(inner.constData()), uLong(inner.size()));
    packed.resize(int(len));
    QList<QByteArray> objs = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "null", "<< /Length 0 >>\nstream\n\nendstream",
                              "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + QByteArray::number(packed.size())
                                  + " >>\nstream\n" + packed + "\nendstream"};
    QByteArray pdf = makePdf(objs, true, 4);
    XrefReader x;
    REQUIRE_FALSE(x.read(pdf));
    // Point object 3 at the object stream by hand and read it.
    const_cast<QMap<int, XrefEntry> &>(x.entries())[3] = XrefEntry{XrefEntry::Compressed, 0, 5, 0, 0};
    QByteArray page;
    REQUIRE(x.object(3, page));
    CHECK(page == "<</Type/Page/Parent 2 0 R/MediaBox [0 0 10.123456789 20]>>");
    const QByteArray copy = x.normalisedCopy();
    CHECK(copy.contains("3 0 obj\n<</Type/Page"));
    CHECK_FALSE(copy.contains("/ObjStm"));

    // An index field that does not fit an int (0x80000000 from /W [1 4 4])
    // names nothing: no read outside the stream's table (it crashed the signer).
    for (const int index : {int(0x80000000u), -1}) {
        XrefReader y;
        REQUIRE_FALSE(y.read(pdf));
        const_cast<QMap<int, XrefEntry> &>(y.entries())[3] = XrefEntry{XrefEntry::Compressed, 0, 5, index, 0};
        CHECK_FALSE(y.object(3, page));
        PageTree tree;
        CHECK(checkPageTree(y, tree).code() == kyso::ErrorCode::DamagedPdf);
    }
}

TEST_CASE("more object streams than the cache holds are read right, in any order", "[XrefReader]")
{
    // 80 object streams of ~1 MiB each (over the cache's 64 MiB), each holding one object; read round robin twice.
    QList<QByteArray> objs = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"};
    const int streams = 80;
    for (int i = 0; i < streams; ++i) {
        const QByteArray member = "<< /N " + QByteArray::number(i) + " /Pad (" + QByteArray(1 << 20, 'x') + ") >>";
        const QByteArray inner = QByteArray::number(100 + i) + " 0 " + member;
        QByteArray packed(inner.size() + 1024, '\0');
        uLongf len = uLongf(packed.size());
        compress(reinterpret_cast<Bytef *>(packed.data()), &len, reinterpret_cast<const Bytef *>(inner.constData()), uLong(inner.size()));
        packed.resize(int(len));
        const int first = int(QByteArray::number(100 + i).size()) + 3;
        objs << "<< /Type /ObjStm /N 1 /First " + QByteArray::number(first) + " /Filter /FlateDecode /Length "
                    + QByteArray::number(packed.size()) + " >>\nstream\n" + packed + "\nendstream";
    }
    const QByteArray pdf = makePdf(objs, false, 4);
    XrefReader x;
    REQUIRE_FALSE(x.read(pdf));
    for (int i = 0; i < streams; ++i)
        const_cast<QMap<int, XrefEntry> &>(x.entries())[100 + i] = XrefEntry{XrefEntry::Compressed, 0, 3 + i, 0, 0};
    bool allRight = true;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < streams; ++i) {
            QByteArray value;
            allRight = allRight && x.object(100 + i, value) && value.startsWith("<< /N " + QByteArray::number(i) + " /Pad");
        }
    }
    CHECK(allRight);
}

TEST_CASE("PNG predictor rows are undone", "[XrefReader]")
{
    // Two rows of 3 columns: row 1 'None', row 2 'Up'.
    const QByteArray in = QByteArray::fromHex("00010203" "02010101");
    QByteArray out;
    REQUIRE(unpredictPng(in, 3, out));
    CHECK(out == QByteArray::fromHex("010203020304"));
}

TEST_CASE("damaged cross-reference data is reported", "[XrefReader]")
{
    XrefReader x;
    CHECK(x.read("%PDF-1.7\n1 0 obj null endobj\n").code() == kyso::ErrorCode::DamagedPdf);
    QByteArray bad = makePdf(simplePage(), true, 4);
    bad.replace("/W [1 4 2]", "/W [1 9 2]");
    CHECK(x.read(bad).code() == kyso::ErrorCode::DamagedPdf);
}
