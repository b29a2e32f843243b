#include "common/LifecycleDocuments.h"

#include "core/LifecycleRecords.h"
#include "core/WorkingDays.h"
#include "pdf/ReleaseDraft.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QTemporaryDir>

using namespace kyso;

namespace {

CertificateInfo certificate(const QString &commonName, const QString &serialHex)
{
    CertificateInfo c;
    c.commonName = commonName;
    c.organization = commonName;
    c.serialHex = serialHex;
    c.sha256Hex = serialHex + QStringLiteral("e0");
    c.notAfter = QDateTime(QDate(2028, 6, 30), QTime(0, 0), Qt::UTC);
    return c;
}

// A handover of `token` on 20/11/2026 with the written permission of 18/11/2026.
HandoverInput handover(const QString &token, const QString &from, const QString &to, const QString &permission)
{
    HandoverInput in;
    in.tokenSerial = token;
    in.fromPerson = from;
    in.toPerson = to;
    in.authorisedBy = QStringLiteral("Giám đốc Sở");
    in.date = QStringLiteral("2026-11-20");
    in.permissionNumber = permission;
    in.permissionDate = QStringLiteral("2026-11-18");
    return in;
}

} // namespace

// The PDFs are drawn with PoDoFo (pdf::PrintedDocument), without Qt Gui, so
// they are read back here with poppler.
TEST_CASE("lifecycle documents: a handover record gathers its permission and the token's certificates",
          "[LifecycleDocuments][Register]")
{
    test::TempRegister t;
    Register *reg = t.reg.get();
    Error e;

    noteCertificate(*reg, certificate(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ"), QStringLiteral("5401")),
                    CertificateKind::Agency, QStringLiteral("TK-SEAL"));
    noteCertificate(*reg, certificate(QStringLiteral("Nguyễn Văn An"), QStringLiteral("6601")), CertificateKind::Personal,
                    QStringLiteral("TK-AN"));
    const HandoverInput in = handover(QStringLiteral("TK-SEAL"), QStringLiteral("Văn thư cũ"), QStringLiteral("Văn thư mới"),
                                      QStringLiteral("12/GP-SKHCN"));
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

namespace {

QString pdfText(const QString &path, int *pages = nullptr)
{
    int count = 0;
    pdf::draftWords(path, 1, &count);
    if (pages)
        *pages = count;
    QStringList words;
    for (int page = 1; page <= count; ++page)
        for (const pdf::DraftWord &w : pdf::draftWords(path, page))
            words << w.text;
    return words.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("lifecycle documents: the handover record under the national heading and the token's unit", "[LifecycleDocuments][Register]")
{
    test::TempRegister t;
    Register *reg = t.reg.get();
    noteCertificate(*reg, certificate(QStringLiteral("SỞ Y TẾ TỈNH PHÚ THỌ"), QStringLiteral("5402")), CertificateKind::Agency,
                    QStringLiteral("TK-SYT"));
    HandoverInput in = handover(QStringLiteral("TK-SYT"), QStringLiteral("Lê Thị Bình"), QStringLiteral("Trần Văn Cường"),
                                QStringLiteral("15/GP-SYT"));
    in.note = QStringLiteral("kèm vỏ hộp");
    Error e;
    const qint64 id = addHandover(*reg, in, {QStringLiteral("TK-SYT")}, true, QDate(2026, 11, 25), e);
    INFO(e.message().toStdString());
    REQUIRE(id > 0);
    Error error;
    HandoverDocument doc = handoverDocument(*reg, id, error);
    REQUIRE_FALSE(error);
    CHECK(doc.agency == QStringLiteral("SỞ Y TẾ TỈNH PHÚ THỌ"));
    doc.tokenDescription = QStringLiteral("SafeNet eToken 5110");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bien-ban.pdf"));
    REQUIRE_FALSE(writeHandoverPdf(doc, path));
    int pages = 0;
    const QString text = pdfText(path, &pages);
    CHECK(pages == 1);
    for (const QString &expected : {QStringLiteral("SỞ Y TẾ TỈNH PHÚ THỌ"), QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                    QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("BIÊN BẢN BÀN GIAO THIẾT BỊ LƯU KHÓA BÍ MẬT"),
                                    QStringLiteral("Số: %1/BB-BG").arg(id), QStringLiteral("ngày 20 tháng 11 năm 2026"),
                                    QStringLiteral("Bên giao: Lê Thị Bình"), QStringLiteral("Bên nhận: Trần Văn Cường"),
                                    QStringLiteral("số sê-ri TK-SYT (SafeNet eToken 5110)"), QStringLiteral("5402"),
                                    QStringLiteral("Cơ quan, tổ chức"), QStringLiteral("30/06/2028"), QStringLiteral("Ghi chú: kèm vỏ hộp"),
                                    QStringLiteral("Văn bản cho phép số 15/GP-SYT ngày 18/11/2026 của Giám đốc Sở."),
                                    QStringLiteral("NGƯỜI CHO PHÉP")})
        CHECK(text.contains(expected));
    // The agency stands on the left of the national heading, on the same line.
    const QList<pdf::DraftWord> words = pdf::draftWords(path, 1);
    REQUIRE(words.size() > 2);
    CHECK(words[0].text == QStringLiteral("SỞ"));
    CHECK(words[0].box.left() < 200);
    const auto cong = std::find_if(words.cbegin(), words.cend(), [](const pdf::DraftWord &w) { return w.text == QStringLiteral("CỘNG"); });
    REQUIRE(cong != words.cend());
    CHECK(cong->box.left() > 250);
    CHECK(std::abs(cong->box.top() - words[0].box.top()) < 2);
}

TEST_CASE("lifecycle documents: the art. 9.6 report with its heading, agency, units and total", "[LifecycleDocuments][LifecycleReport]")
{
    LifecycleReport report;
    report.from = QDate(2026, 1, 1);
    report.to = QDate(2026, 6, 30);
    report.agency = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    UnitReport unit;
    unit.signatureTotal = 3;
    unit.signatures[QStringLiteral("Nguyễn Văn An")][QStringLiteral("personal")] = 3;
    Handover h;
    h.id = 4;
    h.date = QStringLiteral("2026-03-02");
    h.tokenSerial = QStringLiteral("TK-1");
    h.fromPerson = QStringLiteral("A");
    h.toPerson = QStringLiteral("B");
    unit.handovers << h;
    report.units.insert(QStringLiteral("SỞ Y TẾ"), unit);
    report.signatureTotal = 3;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bao-cao.pdf"));
    REQUIRE_FALSE(writeLifecycleReportPdf(report, path));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")));
    CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(QStringLiteral("01/01/2026")));
    CHECK(text.contains(QStringLiteral("30/06/2026")));
    CHECK(text.contains(QStringLiteral("SỞ Y TẾ")));
    CHECK(text.contains(QStringLiteral("Nguyễn Văn An")));
    CHECK(text.contains(QStringLiteral("TK-1")));

    // Many units flow onto further pages; an unwritable path is refused.
    for (int i = 0; i < 60; ++i)
        report.units.insert(QStringLiteral("Đơn vị %1").arg(i, 2, 10, QLatin1Char('0')), unit);
    const QString longReport = dir.filePath(QStringLiteral("dai.pdf"));
    REQUIRE_FALSE(writeLifecycleReportPdf(report, longReport));
    int pages = 0;
    CHECK(pdfText(longReport, &pages).contains(QStringLiteral("Đơn vị 59")));
    CHECK(pages > 3);
    CHECK(writeLifecycleReportPdf(report, dir.filePath(QStringLiteral("missing/r.pdf"))).isError());
}
