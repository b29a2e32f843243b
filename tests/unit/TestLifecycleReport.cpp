#include "core/LifecycleReport.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include "core/Register.h"
#include "core/SigningProfile.h"
#include "core/WorkingDays.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace kyso;

namespace {

const QString kSo = QStringLiteral("SỞ TÀI CHÍNH");

QDate todayInVietnam()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
}

void sign(Register &reg, const QString &signer, const QString &role, const QString &agency, bool ok, const QString &token)
{
    SignatureRecord r;
    r.signerName = signer;
    r.role = role;
    r.agency = agency;
    r.tokenSerial = token;
    Error error;
    const qint64 id = reg.beginSignature(r, error);
    REQUIRE(id > 0);
    REQUIRE_FALSE(reg.completeSignature(id, ok, QStringLiteral("ab"), ok ? QString() : QStringLiteral("x")).isError());
}

void noteCertificate(Register &reg, const QString &sha, const QString &kind, const QString &cn, const QString &org,
                     const QString &token, qint64 daysLeft)
{
    KnownCertificate c;
    c.sha256 = sha;
    c.kind = kind;
    c.commonName = cn;
    c.organization = org;
    c.tokenSerial = token;
    c.serial = sha.left(4);
    c.notAfter = QDateTime::currentDateTimeUtc().addDays(daysLeft);
    Error error;
    REQUIRE(reg.noteCertificate(c, error) > 0);
}

// A register with the activity of one Sở and a personal signature of no unit.
std::unique_ptr<Register> populated(const QString &path)
{
    Error error;
    auto reg = Register::open(path, error);
    REQUIRE(reg);
    sign(*reg, QStringLiteral("Nguyễn Văn An"), QStringLiteral("personal"), kSo, true, QStringLiteral("P1"));
    sign(*reg, QStringLiteral("Nguyễn Văn An"), QStringLiteral("personal"), kSo, true, QStringLiteral("P1"));
    sign(*reg, QStringLiteral("Nguyễn Văn An"), QStringLiteral("personal"), kSo, false, QStringLiteral("P1")); // failed: not counted
    sign(*reg, kSo, QStringLiteral("agency"), QString(), true, QStringLiteral("T1"));
    sign(*reg, QStringLiteral("Trần Thị Bình"), QStringLiteral("personal"), QString(), true, QStringLiteral("P2"));
    noteCertificate(*reg, QString(64, QLatin1Char('a')), QStringLiteral("agency"), kSo, QString(), QStringLiteral("T1"), 10);
    noteCertificate(*reg, QString(64, QLatin1Char('b')), QStringLiteral("personal"), QStringLiteral("Nguyễn Văn An"), kSo,
                    QStringLiteral("P1"), 400);
    REQUIRE_FALSE(reg->addTokenEvent(TokenEvent{{}, QStringLiteral("T1"), QStringLiteral("SEAL"), QStringLiteral("pin-locked"), {}}).isError());
    REQUIRE_FALSE(reg->addTokenEvent(TokenEvent{{}, QStringLiteral("T1"), QStringLiteral("SEAL"), QStringLiteral("login"), {}}).isError());
    Handover h;
    h.tokenSerial = QStringLiteral("T1");
    h.fromPerson = QStringLiteral("=Lê Văn C");
    h.toPerson = QStringLiteral("Phạm Thị D");
    h.date = todayInVietnam().toString(Qt::ISODate);
    REQUIRE(reg->addHandover(h, error) > 0);
    h.date = QStringLiteral("2020-01-01");
    REQUIRE(reg->addHandover(h, error) > 0);
    CertificateRequest open;
    open.kind = QStringLiteral("recover");
    open.form = QStringLiteral("Mẫu 06");
    open.tokenSerial = QStringLiteral("T1");
    open.status = QStringLiteral("sent");
    REQUIRE(reg->addRequest(open, error) > 0);
    CertificateRequest done = open;
    done.kind = QStringLiteral("renew");
    const qint64 doneId = reg->addRequest(done, error);
    REQUIRE(doneId > 0);
    REQUIRE_FALSE(reg->setRequestStatus(doneId, QStringLiteral("done"), QString()).isError());
    return reg;
}

// The report from today for 30 days.
LifecycleReport nextMonth(const Register &reg)
{
    const QDate today = todayInVietnam();
    return buildLifecycleReport(reg, WorkingDays(), today, today.addDays(30), today);
}

} // namespace

TEST_CASE("the art. 9.6 report counts per unit what happened in the period", "[LifecycleReport]")
{
    QTemporaryDir dir;
    auto reg = populated(dir.filePath(QStringLiteral("register.sqlite")));
    const QDate today = todayInVietnam();
    const LifecycleReport report = nextMonth(*reg);

    CHECK(report.signatureTotal == 4);
    CHECK(report.units.keys() == QStringList({QStringLiteral("-"), kSo}));
    const UnitReport so = report.units.value(kSo);
    CHECK(so.signatures.value(QStringLiteral("Nguyễn Văn An")).value(QStringLiteral("personal")) == 2);
    CHECK(so.signatures.value(kSo).value(QStringLiteral("agency")) == 1); // the seal counts for the Sở
    CHECK(so.signatureTotal == 3);
    REQUIRE(so.expiring.size() == 1); // the personal certificate runs for 400 days
    CHECK(so.expiring.first().commonName == kSo);
    REQUIRE(so.locks.size() == 1);
    CHECK(so.locks.first().event == QStringLiteral("pin-locked"));
    REQUIRE(so.handovers.size() == 1);
    CHECK(so.handovers.first().date == today.toString(Qt::ISODate));
    CHECK(so.requests.size() == 2);
    CHECK(so.recoveries == 1);
    CHECK(report.units.value(QStringLiteral("-")).signatureTotal == 1);

    CHECK(unitOfToken(*reg, QStringLiteral("T1")) == kSo);
    CHECK(unitOfToken(*reg, QStringLiteral("P1")) == kSo); // the personal certificate's organisation
    CHECK(unitOfToken(*reg, QStringLiteral("P2")) == QStringLiteral("-"));
    CHECK(unitOfToken(*reg, QStringLiteral("nothing")) == QStringLiteral("-"));

    const QJsonObject json = lifecycleReportJson(report);
    CHECK(json.value(QStringLiteral("total")).toInt() == 4);
    CHECK(json.value(QStringLiteral("from")).toString() == today.toString(Qt::ISODate));
    const QJsonObject soJson = json.value(QStringLiteral("units")).toObject().value(kSo).toObject();
    CHECK(soJson.value(QStringLiteral("signatureTotal")).toInt() == 3);
    CHECK(soJson.value(QStringLiteral("recoveries")).toInt() == 1);
    CHECK(soJson.value(QStringLiteral("certificatesExpiring")).toArray().size() == 1);
}

TEST_CASE("an earlier period sees only what is still open", "[LifecycleReport]")
{
    QTemporaryDir dir;
    auto reg = populated(dir.filePath(QStringLiteral("register.sqlite")));
    const QDate today = todayInVietnam();
    const LifecycleReport past = buildLifecycleReport(*reg, WorkingDays(), today.addDays(-40), today.addDays(-35), today);
    CHECK(past.signatureTotal == 0);
    const UnitReport so = past.units.value(kSo);
    CHECK(so.signatures.isEmpty());
    CHECK(so.expiring.isEmpty());
    CHECK(so.locks.isEmpty());
    CHECK(so.handovers.isEmpty());
    REQUIRE(so.requests.size() == 1); // the open recovery; the finished renewal was filed today
    CHECK(so.requests.first().request.kind == QStringLiteral("recover"));

    const LifecycleReport all = buildLifecycleReport(*reg, WorkingDays(), QDate(), QDate(), today); // open period
    CHECK(all.signatureTotal == 4);
    CHECK(all.units.value(kSo).handovers.size() == 2);
    CHECK(all.units.value(kSo).expiring.size() == 2);
}

TEST_CASE("the report as CSV: BOM, header, one row per item, formulas neutralised", "[LifecycleReport]")
{
    QTemporaryDir dir;
    auto reg = populated(dir.filePath(QStringLiteral("register.sqlite")));
    const LifecycleReport report = nextMonth(*reg);
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    REQUIRE_FALSE(writeLifecycleReportCsv(report, path).isError());
    const QByteArray bytes = test::readBytes(path);
    REQUIRE(bytes.startsWith("\xef\xbb\xbf"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first() == QStringLiteral("unit,section,date,item,detail,state"));
    // "-": 1 signer row; Sở: 2 signer rows, 1 certificate, 2 requests, 1 lock, 1 handover.
    CHECK(lines.size() == 1 + 1 + 7);
    CHECK(lines.filter(QStringLiteral("\"handover\"")).size() == 1);
    CHECK(lines.filter(QStringLiteral("\"lock\"")).size() == 1);
    // A value that a spreadsheet would run as a formula is defused, as in the register export.
    const QString handover = lines.filter(QStringLiteral("\"handover\"")).value(0);
    CHECK(handover.contains(QStringLiteral("\"'=Lê Văn C → Phạm Thị D\"")));

    CHECK(writeLifecycleReportCsv(report, dir.filePath(QStringLiteral("no/dir/report.csv"))).code() == ErrorCode::OutputNotWritable);
}

TEST_CASE("the report's heading names the agency: from the profiles, else the busiest unit", "[LifecycleReport]")
{
    QTemporaryDir dir;
    auto reg = populated(dir.filePath(QStringLiteral("register.sqlite")));
    LifecycleReport report = nextMonth(*reg);
    // No profile: the unit with the most signatures of the period ("-" is no unit).
    CHECK(reportingAgency(report, {}) == kSo);
    SigningProfile personal, personal2, agency;
    personal.agency = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    personal2.agency = QStringLiteral(" ỦY BAN NHÂN DÂN  TỈNH PHÚ THỌ ");
    agency.agency = QStringLiteral("VĂN PHÒNG UBND TỈNH");
    CHECK(reportingAgency(report, {personal}) == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"));
    CHECK(reportingAgency(report, {agency, personal, personal2}) == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")); // most named
    agency.defaultRole = SigningRole::Agency;
    CHECK(reportingAgency(report, {personal, personal2, agency}) == QStringLiteral("VĂN PHÒNG UBND TỈNH")); // the seal's profile
    report.agency = QStringLiteral("VĂN PHÒNG UBND TỈNH");
    CHECK(lifecycleReportJson(report).value(QStringLiteral("agency")).toString() == report.agency);
    CHECK(reportingAgency(LifecycleReport(), {}).isEmpty());
}
