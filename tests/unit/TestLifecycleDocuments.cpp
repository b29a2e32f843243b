#include "common/LifecycleDocuments.h"

#include "core/LifecycleRecords.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QTemporaryDir>

using namespace kyso;

// writeHandoverPdf and writeLifecycleReportPdf draw with QTextDocument and
// QPdfWriter and need a QGuiApplication; kyso_unit_tests runs under a
// QCoreApplication (tests/unit/main.cpp), so only the gathering of the
// handover record is tested here (the PDFs: integration test lifecycle).
TEST_CASE("lifecycle documents: a handover record gathers its permission and the token's certificates",
          "[LifecycleDocuments][Register]")
{
    test::TempRegister t;
    Register *reg = t.reg.get();
    Error e;

    CertificateInfo seal;
    seal.commonName = QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ");
    seal.serialHex = QStringLiteral("5401");
    seal.sha256Hex = QStringLiteral("5e01");
    CertificateInfo person = seal;
    person.commonName = QStringLiteral("Nguyễn Văn An");
    person.serialHex = QStringLiteral("6601");
    person.sha256Hex = QStringLiteral("6e01");
    noteCertificate(*reg, seal, CertificateKind::Agency, QStringLiteral("TK-SEAL"));
    noteCertificate(*reg, person, CertificateKind::Personal, QStringLiteral("TK-AN"));

    HandoverInput in;
    in.tokenSerial = QStringLiteral("TK-SEAL");
    in.fromPerson = QStringLiteral("Văn thư cũ");
    in.toPerson = QStringLiteral("Văn thư mới");
    in.authorisedBy = QStringLiteral("Giám đốc Sở");
    in.date = QStringLiteral("2026-11-20");
    in.permissionNumber = QStringLiteral("12/GP-SKHCN");
    in.permissionDate = QStringLiteral("2026-11-18");
    const qint64 id = addHandover(*reg, in, {QStringLiteral("TK-SEAL")}, false, QDate(2026, 11, 25), e);
    REQUIRE(id > 0);

    Error error;
    const HandoverDocument doc = handoverDocument(*reg, id, error);
    REQUIRE_FALSE(error);
    CHECK(doc.handover.id == id);
    CHECK(doc.handover.toPerson == QStringLiteral("Văn thư mới"));
    CHECK(doc.handover.fromPerson == QStringLiteral("Văn thư cũ"));
    CHECK(doc.handover.date == QStringLiteral("2026-11-20"));
    CHECK(doc.facts.value(QStringLiteral("permission_number")) == QStringLiteral("12/GP-SKHCN"));
    CHECK(doc.facts.value(QStringLiteral("permission_date")) == QStringLiteral("2026-11-18"));
    REQUIRE(doc.certificates.size() == 1); // only the certificates on the handed-over token
    CHECK(doc.certificates.first().serial == QStringLiteral("5401"));
    CHECK(doc.certificates.first().kind == QStringLiteral("agency"));
}

TEST_CASE("lifecycle documents: an unknown handover number is refused", "[LifecycleDocuments][Register]")
{
    test::TempRegister t;
    Register *reg = t.reg.get();
    Error error;
    const HandoverDocument doc = handoverDocument(*reg, 42, error);
    CHECK(error.code() == ErrorCode::LifecycleRecordInvalid);
    CHECK(error.message().contains(QStringLiteral("42")));
    CHECK(doc.handover.id == 0);
    CHECK(doc.certificates.isEmpty());
}
