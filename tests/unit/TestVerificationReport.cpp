#include "pdf/VerificationReport.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace kyso;
using namespace kyso::pdf;

TEST_CASE("the report of a valid signature, in words and in JSON", "[VerificationReport]")
{
    test::SignedPdf f;
    const VerificationReport report = test::verifyOffline(f.path(), f.anchors);
    REQUIRE(report.allValid());

    const QString text = formatReport(report);
    CHECK(text.startsWith(QStringLiteral("signed.pdf: 1 signature(s)\n")));
    CHECK(text.contains(QStringLiteral("[1] ") + f.result.fieldName + QLatin1Char('\n')));
    CHECK(text.contains(QStringLiteral("Signer: Nguyễn Văn An\n")));
    CHECK(text.contains(QStringLiteral("Issued by: KySo Test Root CA\n")));
    const QString vnTime = f.options.signingTime.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate);
    CHECK(vnTime.endsWith(QStringLiteral("+07:00")));
    CHECK(text.contains(QStringLiteral("Signing time (signer's clock): ") + vnTime));
    CHECK(text.contains(QStringLiteral("Coverage: the whole document")));
    CHECK(text.contains(QStringLiteral("Integrity: intact")));
    CHECK(text.contains(QStringLiteral("Chain: trusted")));
    CHECK(text.contains(QStringLiteral("Revocation: not checked")));
    CHECK(text.trimmed().endsWith(QStringLiteral("Result: VALID")));

    const QJsonObject root = QJsonDocument::fromJson(reportToJson(report)).object();
    CHECK(root.value(QStringLiteral("file")).toString() == f.path());
    CHECK(root.value(QStringLiteral("allValid")).toBool());
    CHECK_FALSE(root.contains(QStringLiteral("error")));
    const QJsonArray sigs = root.value(QStringLiteral("signatures")).toArray();
    REQUIRE(sigs.size() == 1);
    const QJsonObject s = sigs.first().toObject();
    CHECK(s.value(QStringLiteral("field")).toString() == f.result.fieldName);
    CHECK(s.value(QStringLiteral("signer")).toString() == QStringLiteral("Nguyễn Văn An"));
    CHECK(s.value(QStringLiteral("serial")).toString() == QStringLiteral("07"));
    CHECK(s.value(QStringLiteral("integrity")).toString() == QStringLiteral("intact"));
    CHECK(s.value(QStringLiteral("trust")).toString() == QStringLiteral("trusted"));
    CHECK(s.value(QStringLiteral("valid")).toBool());
    CHECK(s.value(QStringLiteral("signingTime")).toString() == vnTime);
    CHECK(s.value(QStringLiteral("signingTimeUtc")).toString() == f.options.signingTime.toString(Qt::ISODate));
    CHECK(s.value(QStringLiteral("reason")).toString() == f.options.reason);
    CHECK(s.value(QStringLiteral("page")).toInt() == 1);
    CHECK(s.value(QStringLiteral("rect")).toArray() == QJsonArray({300, 100, 200, 80}));
    const QJsonArray range = s.value(QStringLiteral("byteRange")).toArray();
    REQUIRE(range.size() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(qint64(range[i].toDouble()) == report.signatures[0].byteRange[i]);
    CHECK(s.value(QStringLiteral("revocation")).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("not-checked"));
    CHECK_FALSE(s.contains(QStringLiteral("timeStamp")));
    CHECK(s.value(QStringLiteral("changesAfter")).toString() == QLatin1String(changeClassKey(ChangeClass::None)));
}

TEST_CASE("the report of a broken signature and of unreadable or unsigned files", "[VerificationReport]")
{
    test::SignedPdf f;
    REQUIRE(test::damageContent(f.path()) > 0);
    const VerificationReport broken = test::verifyOffline(f.path());
    const QString text = formatReport(broken);
    CHECK(text.contains(QStringLiteral("Integrity: FAILED: ")));
    CHECK(text.contains(QStringLiteral("Chain: NOT trusted: no trust anchor given")));
    CHECK(text.trimmed().endsWith(QStringLiteral("Result: INVALID")));
    const QJsonObject root = QJsonDocument::fromJson(reportToJson(broken)).object();
    CHECK_FALSE(root.value(QStringLiteral("allValid")).toBool());
    const QJsonObject s = root.value(QStringLiteral("signatures")).toArray().first().toObject();
    CHECK(s.value(QStringLiteral("integrity")).toString() == QStringLiteral("modified"));
    CHECK(s.value(QStringLiteral("trust")).toString() == QStringLiteral("no-trust-anchors"));
    CHECK_FALSE(s.value(QStringLiteral("valid")).toBool());

    const QString garbage = f.dir.filePath(QStringLiteral("garbage.pdf"));
    REQUIRE(test::writeBytes(garbage, "garbage"));
    const VerificationReport unreadable = test::verifyOffline(garbage);
    REQUIRE(unreadable.readError.isError());
    CHECK(formatReport(unreadable).startsWith(QStringLiteral("garbage.pdf: cannot be read: ")));
    const QJsonObject error = QJsonDocument::fromJson(reportToJson(unreadable)).object();
    CHECK(error.value(QStringLiteral("error")).toString() == QLatin1String(Error::name(unreadable.readError.code())));
    CHECK(error.value(QStringLiteral("signatures")).toArray().isEmpty());

    CHECK(readErrorText(Error(ErrorCode::DamagedPdf, QStringLiteral("xref"))) == QStringLiteral("the PDF file is damaged (xref)"));
    const Error other(ErrorCode::FileNotFound, QStringLiteral("/x.pdf"));
    CHECK(readErrorText(other) == other.message());

    const VerificationReport none = test::verifyOffline(f.input);
    CHECK(formatReport(none) == QStringLiteral("in.pdf: the document carries no digital signature.\n"));
}
