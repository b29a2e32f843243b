#include "pdf/PdfSigner.h"

#include "core/Register.h"

#include "CatchQt.h"
#include "PdfFixtures.h"
#include "TestPki.h"

#include <QDir>
#include <QTemporaryDir>

using namespace kyso;
using namespace kyso::pdf;

TEST_CASE("open and check refuse bad inputs and options before any key is used", "[PdfSigner]")
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.pdf"));
    REQUIRE(test::writeBytes(input, test::makePdf(test::simplePage())));

    PdfSigner missing;
    CHECK(missing.open(dir.filePath(QStringLiteral("missing.pdf"))).isError());
    CHECK(missing.pageCount() == 0);
    CHECK(missing.check(SignOptions()).code() == ErrorCode::InternalError); // nothing opened

    const QString garbage = dir.filePath(QStringLiteral("garbage.pdf"));
    REQUIRE(test::writeBytes(garbage, "not a PDF at all"));
    CHECK(PdfSigner().open(garbage).isError());

    PdfSigner signer;
    REQUIRE_FALSE(signer.open(input).isError());
    CHECK(signer.pageCount() == 1);
    SignOptions o;
    o.outputPath = dir.filePath(QStringLiteral("out.pdf"));
    CHECK_FALSE(signer.check(o).isError());

    SignOptions page = o;
    page.page = 2;
    CHECK(signer.check(page).code() == ErrorCode::PageOutOfRange);
    SignOptions outside = o;
    outside.rect = QRectF(500, 100, 200, 80); // beyond the right edge of 595 pt
    CHECK(signer.check(outside).code() == ErrorCode::RectOutsidePage);
    SignOptions empty = o;
    empty.rect = QRectF(100, 100, 0, 80);
    CHECK(signer.check(empty).code() == ErrorCode::Usage);
    SignOptions same = o;
    same.outputPath = input;
    CHECK(signer.check(same).code() == ErrorCode::OutputIsInput);
    SignOptions exists = o;
    exists.outputPath = garbage;
    CHECK(signer.check(exists).code() == ErrorCode::OutputExists);
    exists.overwrite = true;
    CHECK_FALSE(signer.check(exists).isError());
    SignOptions image = o;
    image.appearance.imagePath = garbage; // not a PNG or JPEG
    CHECK(signer.check(image).code() == ErrorCode::ImageUnreadable);
}

TEST_CASE("signing is an incremental update, a second signature keeps the first intact", "[PdfSigner]")
{
    test::SignedPdf first;
    const QByteArray original = test::readBytes(first.input);
    const QByteArray once = test::readBytes(first.path());
    CHECK(once.startsWith(original)); // the original bytes, unchanged, then the update
    CHECK(once.size() > original.size());
    CHECK(first.result.fieldName == QStringLiteral("KySo_Signature1"));
    CHECK(first.result.page == 1);
    CHECK(first.result.rect == *first.options.rect);
    CHECK(first.result.cmsBytes > 0);
    CHECK_FALSE(first.result.timeStamped);
    CHECK(first.key->calls == 1);

    // A second signer, default place (bottom right of the last page).
    testpki::SoftwareKey second(first.ca.get(), "Trần Thị Bình");
    SignOptions o;
    o.outputPath = first.dir.filePath(QStringLiteral("twice.pdf"));
    SignResult result;
    const Error e = test::signPdf(first.path(), second, o, &result);
    INFO(e.message().toStdString());
    REQUIRE_FALSE(e.isError());
    CHECK(result.fieldName == QStringLiteral("KySo_Signature2"));
    CHECK(result.page == 1);
    CHECK(result.rect.right() < 595.31 - 50); // inside the page, away from the right edge
    CHECK(result.rect.top() > 0);
    CHECK(test::readBytes(o.outputPath).startsWith(once));

    const VerificationReport report = test::verifyOffline(o.outputPath, first.anchors);
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures[0].signer.commonName == QStringLiteral("Nguyễn Văn An"));
    CHECK(report.signatures[1].signer.commonName == QStringLiteral("Trần Thị Bình"));
    CHECK(report.signatures[0].integrity == Integrity::Intact);
    CHECK(report.signatures[1].integrity == Integrity::Intact);
    CHECK_FALSE(report.signatures[0].coversWholeDocument);
    CHECK(report.signatures[1].coversWholeDocument);
    CHECK(report.allValid());

    // The hashes handed to the register: the input as opened and the output as
    // written, continued from the input's state, equal a fresh read of each.
    CHECK(result.outputSha256 == sha256OfFile(o.outputPath));
    CHECK(first.result.outputSha256 == sha256OfFile(first.path()));
    PdfSigner again;
    REQUIRE_FALSE(again.open(first.path()).isError());
    CHECK(again.inputSha256() == sha256OfFile(first.path()));
    CHECK(again.inputSha256() == again.inputSha256()); // hashed once, same answer

    // A DSS revision after the signature: the hash is left to the caller.
    SignOptions withDss;
    withDss.outputPath = first.dir.filePath(QStringLiteral("dss.pdf"));
    withDss.dss.crls << QByteArray("a CRL's bytes");
    SignResult dssResult;
    REQUIRE_FALSE(test::signPdf(first.path(), second, withDss, &dssResult).isError());
    CHECK(dssResult.outputSha256.isEmpty());
}

TEST_CASE("a failing key leaves no output behind", "[PdfSigner]")
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.pdf"));
    REQUIRE(test::writeBytes(input, test::makePdf(test::simplePage())));
    testpki::SoftwareKey key;
    key.fail = true;
    SignOptions o;
    o.outputPath = dir.filePath(QStringLiteral("out.pdf"));
    CHECK(test::signPdf(input, key, o).code() == ErrorCode::TokenRemoved);
    CHECK_FALSE(QFile::exists(o.outputPath));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList({QStringLiteral("in.pdf")})); // no temporary left
}

TEST_CASE("an empty field prepared for a later signer takes that signature", "[PdfSigner]")
{
    test::SignedPdf first;
    // Re-sign the same input with an empty field for the seal.
    SignOptions o = first.options;
    o.outputPath = first.dir.filePath(QStringLiteral("prepared.pdf"));
    o.emptyFields << PreparedField{QStringLiteral("ConDau"), QRectF(100, 100, 120, 120)};
    REQUIRE_FALSE(test::signPdf(first.input, *first.key, o).isError());
    // The verifier ignores the unsigned field.
    CHECK(test::verifyOffline(o.outputPath, first.anchors).signatures.size() == 1);

    testpki::SoftwareKey seal(first.ca.get(), "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    SignOptions s;
    s.outputPath = first.dir.filePath(QStringLiteral("sealed.pdf"));
    s.rect = QRectF(100, 100, 120, 120);
    SignResult result;
    REQUIRE_FALSE(test::signPdf(o.outputPath, seal, s, &result).isError());
    CHECK(result.filledExistingField);
    CHECK(result.fieldName == QStringLiteral("ConDau"));
    const VerificationReport report = test::verifyOffline(s.outputPath, first.anchors);
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures[1].fieldName == QStringLiteral("ConDau"));
    CHECK(report.allValid());
}

TEST_CASE("visible box, PDF/A claim and the default stamp text", "[PdfSigner]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("in.pdf"));
    const QByteArray xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                           "<rdf:Description xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/' pdfaid:part='2' pdfaid:conformance='b'/>"
                           "</rdf:RDF></x:xmpmeta>";
    QList<QByteArray> objects = test::simplePage(" /Metadata 5 0 R", " /CropBox [10 20 300 400]");
    objects << "<< /Type /Metadata /Subtype /XML /Length " + QByteArray::number(xmp.size()) + " >>\nstream\n" + xmp + "\nendstream";
    REQUIRE(test::writeBytes(path, test::makePdf(objects)));

    PdfSigner signer;
    REQUIRE_FALSE(signer.open(path).isError());
    CHECK(signer.visibleBox(1) == QRectF(10, 20, 290, 380));
    CHECK(signer.visibleBox(2).isNull());
    CHECK(signer.pdfaClaim() == QStringLiteral("2B"));
    SignOptions o;
    o.outputPath = dir.filePath(QStringLiteral("out.pdf"));
    o.rect = QRectF(180, 300, 100, 50); // fits the 290 × 380 visible page...
    CHECK_FALSE(signer.check(o).isError());
    o.rect = QRectF(250, 300, 100, 50); // ...but not beyond its 290 pt width
    CHECK(signer.check(o).code() == ErrorCode::RectOutsidePage);

    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    REQUIRE(test::writeBytes(plain, test::makePdf(test::simplePage())));
    PdfSigner other;
    REQUIRE_FALSE(other.open(plain).isError());
    CHECK(other.pdfaClaim().isEmpty());

    const QDateTime when(QDate(2026, 1, 1), QTime(20, 30, 5), Qt::UTC);
    CHECK(PdfSigner::defaultStampLines(QStringLiteral("Nguyễn Văn An"), QStringLiteral("Sở Tài chính"), when)
          == QStringList({QStringLiteral("Ký bởi: Nguyễn Văn An"), QStringLiteral("Cơ quan: Sở Tài chính"),
                          QStringLiteral("Thời gian ký: 02.01.2026 03:30:05 +07:00")}));
    CHECK(PdfSigner::defaultStampLines(QStringLiteral("An"), QString(), when).size() == 2);
}
