#include "pdf/SignatureVerifier.h"

#include "CatchQt.h"
#include "PdfFixtures.h"
#include "TestPki.h"

#include <QTemporaryDir>

using namespace kyso;
using namespace kyso::pdf;

TEST_CASE("a signature made in process verifies: intact, trusted, where and when it was made", "[SignatureVerifier]")
{
    test::SignedPdf f;
    const VerificationReport report = test::verifyOffline(f.path(), f.anchors);
    REQUIRE_FALSE(report.readError.isError());
    REQUIRE(report.signatures.size() == 1);
    const SignatureReport &s = report.signatures.first();
    INFO(s.integrityDetail.toStdString() << " / " << s.trustDetail.toStdString());
    CHECK(s.integrity == Integrity::Intact);
    CHECK(s.trust == Trust::Trusted);
    CHECK(s.certificateValidAtSigningTime);
    CHECK(s.isValid());
    CHECK(report.allValid());

    CHECK(s.fieldName == f.result.fieldName);
    CHECK(s.subFilter == QStringLiteral("ETSI.CAdES.detached"));
    CHECK(s.signer.commonName == QStringLiteral("Nguyễn Văn An"));
    CHECK(s.signer.der == f.key->certificateDer());
    CHECK(s.signingTime == f.options.signingTime);
    CHECK(s.reason == f.options.reason);
    CHECK(s.location == f.options.location);
    CHECK_FALSE(s.hasSigningTimeAttribute);
    CHECK_FALSE(s.timeStamp.present);
    CHECK(s.docMdpPermission == 0);
    CHECK(s.coversWholeDocument);
    CHECK(s.fileSize == QFile(f.path()).size());
    CHECK(s.byteRange[0] == 0);
    CHECK(s.byteRange[2] + s.byteRange[3] == s.fileSize);
    CHECK(s.page == 1);
    CHECK(s.widgetRect.x() == Approx(300));
    CHECK(s.widgetRect.y() == Approx(100));
    CHECK(s.widgetRect.width() == Approx(200));
    CHECK(s.widgetRect.height() == Approx(80));
    // The completed path: signer, then the CA that is the anchor.
    REQUIRE(s.chainPath.size() == 2);
    CHECK(s.chainPath.first() == f.key->certificateDer());
    CHECK(s.chainPath.last() == f.ca->der());
    CHECK(s.changes.changesAfter == ChangeClass::None);
    CHECK(s.changes.changes.isEmpty());
}

TEST_CASE("one changed byte in the signed range is an integrity failure", "[SignatureVerifier]")
{
    test::SignedPdf f;
    const VerificationReport before = test::verifyOffline(f.path(), f.anchors);
    REQUIRE(before.signatures.size() == 1);
    const qsizetype at = test::damageContent(f.path());
    REQUIRE(at > 0);
    CHECK(at < before.signatures.first().byteRange[1]); // inside the first signed range

    const VerificationReport report = test::verifyOffline(f.path(), f.anchors);
    REQUIRE(report.signatures.size() == 1);
    const SignatureReport &s = report.signatures.first();
    CHECK(s.integrity == Integrity::Modified);
    CHECK_FALSE(s.integrityDetail.isEmpty());
    CHECK_FALSE(s.isValid());
    CHECK_FALSE(report.allValid());
    CHECK(s.trust == Trust::Trusted); // the certificate is still fine: only the content is not
}

TEST_CASE("a changed signature value no longer matches the signed attributes", "[SignatureVerifier]")
{
    test::SignedPdf f;
    QByteArray bytes = test::readBytes(f.path());
    const VerificationReport before = test::verifyOffline(f.path(), f.anchors);
    REQUIRE(before.signatures.size() == 1);
    // The RSA signature value is the last thing before the zero padding of
    // /Contents: change its last hex digit.
    const qint64 contentsEnd = before.signatures.first().byteRange[2] - 1; // the '>'
    qint64 last = contentsEnd - 1;
    while (last > 0 && bytes[last] == '0')
        --last;
    REQUIRE(last > before.signatures.first().byteRange[1]);
    bytes[last] = bytes[last] == '1' ? '2' : '1';
    REQUIRE(test::writeBytes(f.path(), bytes));

    const SignatureReport s = test::verifyOffline(f.path(), f.anchors).signatures.value(0);
    CHECK(s.integrity == Integrity::Modified);
    CHECK_FALSE(s.isValid());
}

TEST_CASE("a signer from another root is not trusted, no anchors is said as such", "[SignatureVerifier]")
{
    test::SignedPdf f;
    QTemporaryDir dir;
    const auto otherRoot = testpki::makeCa("Some Other Root", nullptr);
    const QString other = dir.filePath(QStringLiteral("other.pem"));
    REQUIRE(testpki::writePem(other, {otherRoot.get()}));

    const SignatureReport untrusted = test::verifyOffline(f.path(), other).signatures.value(0);
    CHECK(untrusted.integrity == Integrity::Intact);
    CHECK(untrusted.trust == Trust::Untrusted);
    CHECK_FALSE(untrusted.trustDetail.isEmpty());
    CHECK_FALSE(untrusted.isValid());

    const SignatureReport none = test::verifyOffline(f.path(), QString()).signatures.value(0);
    CHECK(none.integrity == Integrity::Intact);
    CHECK(none.trust == Trust::NoTrustAnchors);
    CHECK_FALSE(none.isValid());
}

TEST_CASE("a certificate expired at the claimed signing time fails the signature", "[SignatureVerifier]")
{
    // Valid for ten minutes from an hour ago: over before the signing time.
    test::SignedPdf f(-3000);
    const SignatureReport s = test::verifyOffline(f.path(), f.anchors).signatures.value(0);
    CHECK(s.integrity == Integrity::Intact);
    CHECK_FALSE(s.certificateValidAtSigningTime);
    CHECK_FALSE(s.isValid());
}

TEST_CASE("a certification signature reports its DocMDP permission", "[SignatureVerifier]")
{
    test::SignedPdf f(86400, 1);
    const SignatureReport s = test::verifyOffline(f.path(), f.anchors).signatures.value(0);
    CHECK(s.docMdpPermission == 1);
    CHECK(s.isValid());
}

TEST_CASE("trust anchor files and unreadable documents", "[SignatureVerifier]")
{
    QTemporaryDir dir;
    SignatureVerifier verifier;
    CHECK(verifier.addTrustAnchors(dir.filePath(QStringLiteral("missing.pem"))).code() == ErrorCode::FileNotFound);
    const QString empty = dir.filePath(QStringLiteral("empty.pem"));
    REQUIRE(test::writeBytes(empty, "no certificate here\n"));
    CHECK(verifier.addTrustAnchors(empty).code() == ErrorCode::Usage);

    const QString garbage = dir.filePath(QStringLiteral("garbage.pdf"));
    REQUIRE(test::writeBytes(garbage, "this is not a PDF"));
    const VerificationReport report = verifier.verify(garbage);
    CHECK(report.readError.isError());
    CHECK(report.signatures.isEmpty());
    CHECK_FALSE(report.allValid());

    // A PDF without signatures is not "all valid" either.
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    REQUIRE(test::writeBytes(plain, test::makePdf(test::simplePage())));
    const VerificationReport unsignedReport = verifier.verify(plain);
    CHECK_FALSE(unsignedReport.readError.isError());
    CHECK(unsignedReport.signatures.isEmpty());
    CHECK_FALSE(unsignedReport.allValid());
}
