#include "core/Lifecycle.h"
#include "core/LifecycleRecords.h"
#include "core/LifecycleReport.h"
#include "core/SigningProfile.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace kyso;

namespace {

const QDateTime kNow(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC); // 10:00 in Vietnam

LifecycleFacts facts(int daysLeft, CertificateKind kind = CertificateKind::Personal)
{
    LifecycleFacts f;
    f.kind = kind;
    f.now = kNow;
    f.certificate.commonName = kind == CertificateKind::Agency ? QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ")
                                                               : QStringLiteral("Nguyễn Văn An");
    f.certificate.organization = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    f.certificate.title = QStringLiteral("Phó Chủ tịch");
    f.certificate.email = QStringLiteral("nvan@phutho.gov.vn");
    f.certificate.serialHex = QStringLiteral("1001");
    f.certificate.sha256Hex = QStringLiteral("aa");
    f.certificate.notBefore = kNow.addDays(-700);
    f.certificate.notAfter = kNow.addDays(daysLeft);
    return f;
}

} // namespace

TEST_CASE("lifecycle: renew only while more than 30 days remain", "[Lifecycle]")
{
    CHECK(adviseLifecycle(facts(400)).action == LifecycleAction::None);
    CHECK(adviseLifecycle(facts(61)).action == LifecycleAction::None);
    const LifecycleAdvice a60 = adviseLifecycle(facts(60));
    CHECK(a60.action == LifecycleAction::Renew);
    const LifecycleAdvice a31 = adviseLifecycle(facts(31));
    CHECK(a31.action == LifecycleAction::Renew);
    CHECK(a31.form == 4);
    CHECK(a31.formText() == QStringLiteral("Mẫu 04"));
    CHECK(a31.sendTo == QStringLiteral("Sở Khoa học và Công nghệ"));
    CHECK(a31.copyTo.isEmpty());
    CHECK(a31.handlingWorkingDays == 3);
    CHECK(a31.daysLeft == 31);
    CHECK(a31.deadline == QDate(2026, 11, 25)); // today is the last day with more than 30 left
    for (int days : {30, 29}) {
        const LifecycleAdvice a = adviseLifecycle(facts(days));
        INFO(days);
        CHECK(a.action == LifecycleAction::NewCertificate);
        CHECK(a.form == 1);
        CHECK(a.sendTo == QStringLiteral("Cục Chứng thực số và Bảo mật thông tin"));
        CHECK(a.copyTo == QStringLiteral("Sở Khoa học và Công nghệ"));
        CHECK(a.deadline == kNow.addDays(days).date());
    }
    CHECK(adviseLifecycle(facts(30, CertificateKind::Agency)).form == 2);
}

TEST_CASE("lifecycle: expired and renewed-once certificates need a new one", "[Lifecycle]")
{
    const LifecycleAdvice expired = adviseLifecycle(facts(-1));
    CHECK(expired.action == LifecycleAction::NewCertificate);
    CHECK_FALSE(expired.deadline.isValid());
    CHECK(expired.daysLeft < 0);
    // Expired a few hours ago, same calendar day.
    LifecycleFacts hours = facts(0);
    hours.certificate.notAfter = kNow.addSecs(-3600);
    CHECK(adviseLifecycle(hours).action == LifecycleAction::NewCertificate);
    LifecycleFacts renewed = facts(45);
    renewed.renewedBefore = true;
    const LifecycleAdvice a = adviseLifecycle(renewed);
    CHECK(a.action == LifecycleAction::NewCertificate);
    CHECK(a.form == 1);
    CHECK(adviseLifecycle(facts(45, CertificateKind::Agency)).action == LifecycleAction::Renew);
}

TEST_CASE("lifecycle: change of information, recovery, revocation", "[Lifecycle]")
{
    LifecycleFacts moved = facts(400);
    moved.expectedOrganization = QStringLiteral("SỞ TÀI CHÍNH TỈNH PHÚ THỌ");
    LifecycleAdvice a = adviseLifecycle(moved);
    CHECK(a.action == LifecycleAction::ChangeInformation);
    CHECK(a.form == 4);
    CHECK(a.sendTo == QStringLiteral("Sở Khoa học và Công nghệ"));
    moved.expectedOrganization = QStringLiteral("ủy ban nhân dân  tỉnh phú thọ"); // same, other case and spacing
    CHECK(adviseLifecycle(moved).action == LifecycleAction::None);
    LifecycleFacts mail = facts(30);
    mail.expectedEmail = QStringLiteral("an.nguyen@phutho.gov.vn");
    CHECK(adviseLifecycle(mail).action == LifecycleAction::NewCertificate); // too late for a change
    mail.certificate.notAfter = kNow.addDays(31);
    CHECK(adviseLifecycle(mail).action == LifecycleAction::ChangeInformation);

    LifecycleFacts locked = facts(400);
    locked.tokenLocked = true;
    a = adviseLifecycle(locked);
    CHECK(a.action == LifecycleAction::Recover);
    CHECK(a.form == 6);
    CHECK(a.sendTo == QStringLiteral("Sở Khoa học và Công nghệ"));
    CHECK(a.handlingWorkingDays == 1);

    LifecycleFacts lost = facts(400);
    lost.revocationCause = RevocationCause::Lost;
    a = adviseLifecycle(lost);
    CHECK(a.action == LifecycleAction::Revoke);
    CHECK(a.form == 5);
    CHECK(a.sendTo == QStringLiteral("Cục Chứng thực số và Bảo mật thông tin"));
    CHECK(a.copyTo == QStringLiteral("Sở Khoa học và Công nghệ"));
    LifecycleFacts post = facts(400);
    post.expectedTitle = QStringLiteral("CHỦ TỊCH");
    CHECK(adviseLifecycle(post).action == LifecycleAction::Revoke);
    post.expectedTitle = QStringLiteral("PHÓ CHỦ TỊCH");
    CHECK(adviseLifecycle(post).action == LifecycleAction::None);
    lost.revocationFiled = true;
    CHECK(adviseLifecycle(lost).action == LifecycleAction::Revoked);
}

TEST_CASE("lifecycle: request forms and recipients follow the table", "[Lifecycle]")
{
    CHECK(formFitsKind(RequestKind::Issue, 1));
    CHECK(formFitsKind(RequestKind::Issue, 3));
    CHECK_FALSE(formFitsKind(RequestKind::Issue, 4));
    CHECK(formFitsKind(RequestKind::Renew, 4));
    CHECK_FALSE(formFitsKind(RequestKind::Renew, 1));
    CHECK(formFitsKind(RequestKind::Change, 4));
    CHECK(formFitsKind(RequestKind::Revoke, 5));
    CHECK_FALSE(formFitsKind(RequestKind::Recover, 3));
    CHECK(formFitsKind(RequestKind::Recover, 6));
    CHECK(recipientOf(RequestKind::Issue) == QStringLiteral("Cục Chứng thực số và Bảo mật thông tin"));
    CHECK(recipientOf(RequestKind::Renew) == QStringLiteral("Sở Khoa học và Công nghệ"));
    CHECK(recipientOf(RequestKind::Recover) == QStringLiteral("Sở Khoa học và Công nghệ"));
    CHECK(copyRecipientOf(RequestKind::Revoke) == QStringLiteral("Sở Khoa học và Công nghệ"));
}

namespace {
struct TempRegister {
    QTemporaryDir dir;
    std::unique_ptr<Register> reg;
    TempRegister()
    {
        qputenv("KYSO_CONFIG_DIR", dir.path().toUtf8());
        Error e;
        reg = Register::open(dir.path() + QStringLiteral("/register.sqlite"), e);
        REQUIRE(reg);
    }
};
CertificateInfo cert(int daysLeft, const QString &serial)
{
    CertificateInfo c = facts(daysLeft).certificate;
    c.serialHex = serial;
    c.sha256Hex = QStringLiteral("sha-") + serial;
    c.notBefore = QDateTime::currentDateTimeUtc().addDays(-300);
    c.notAfter = QDateTime::currentDateTimeUtc().addDays(daysLeft);
    return c;
}
QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
}
RequestInput renewal(const CertificateInfo &c)
{
    RequestInput in;
    in.kind = QStringLiteral("renew");
    in.form = 4;
    in.subject = c.commonName;
    in.certificate = &c;
    return in;
}
} // namespace

TEST_CASE("requests: kind and form checked, renewal once and with more than 30 days", "[Lifecycle][Register]")
{
    TempRegister t;
    const WorkingDays wd;
    const QDate today = vietnamToday();
    Error e;
    const CertificateInfo c45 = cert(45, QStringLiteral("2001"));
    RequestInput wrong = renewal(c45);
    wrong.form = 1;
    CHECK(addRequest(*t.reg, wrong, wd, today, e) == 0);
    CHECK(e.code() == ErrorCode::RequestFormMismatch);
    CHECK(e.exitCode() == 91);

    const CertificateInfo c30 = cert(30, QStringLiteral("2002"));
    CHECK(addRequest(*t.reg, renewal(c30), wd, today, e) == 0);
    CHECK(e.code() == ErrorCode::RenewalNotAllowed);

    e = Error();
    const qint64 first = addRequest(*t.reg, renewal(c45), wd, today, e);
    REQUIRE(first > 0);
    CHECK_FALSE(e.isError());
    CHECK(renewedBefore(*t.reg, c45));
    CHECK(addRequest(*t.reg, renewal(c45), wd, today, e) == 0);
    CHECK(e.code() == ErrorCode::RenewalNotAllowed);

    // The renewed certificate (serial chain) cannot be renewed again.
    e = setRequestStatus(*t.reg, first, QStringLiteral("sent"), {}, today.toString(Qt::ISODate), QStringLiteral("12/UBND-VP"),
                         today.toString(Qt::ISODate), {}, wd, today);
    CHECK_FALSE(e.isError());
    e = setRequestStatus(*t.reg, first, QStringLiteral("done"), {}, {}, {}, {}, QStringLiteral("3001"), wd, today);
    CHECK_FALSE(e.isError());
    const CertificateInfo renewedCert = cert(900, QStringLiteral("3001"));
    CHECK(renewedBefore(*t.reg, renewedCert));
    CHECK_FALSE(renewedBefore(*t.reg, cert(900, QStringLiteral("4001"))));

    const QList<RequestView> views = requestViews(*t.reg, wd, today);
    REQUIRE(views.size() == 1);
    CHECK(views[0].recipient == QStringLiteral("Sở Khoa học và Công nghệ"));
    CHECK(views[0].deadline == wd.addWorkingDays(today, 3));
    CHECK(views[0].letterNumber == QStringLiteral("12/UBND-VP"));
}

TEST_CASE("requests: a sent request needs the letter, overdue after the deadline", "[Lifecycle][Register]")
{
    TempRegister t;
    const WorkingDays wd;
    const QDate today(2026, 12, 10);
    RequestInput in;
    in.kind = QStringLiteral("recover");
    in.form = 6;
    in.subject = QStringLiteral("Nguyễn Văn An");
    in.tokenSerial = QStringLiteral("TK1");
    in.sentDate = QStringLiteral("2026-12-04"); // a Friday
    Error e;
    CHECK(addRequest(*t.reg, in, wd, today, e) == 0);
    CHECK(e.code() == ErrorCode::LifecycleRecordInvalid);
    in.letterNumber = QStringLiteral("45/SKHCN");
    in.letterDate = QStringLiteral("2026-12-03");
    e = Error();
    REQUIRE(addRequest(*t.reg, in, wd, today, e) > 0);
    const RequestView v = requestViews(*t.reg, wd, today).first();
    CHECK(v.deadline == QDate(2026, 12, 7)); // Monday
    CHECK(v.overdue);
    CHECK_FALSE(requestViews(*t.reg, wd, QDate(2026, 12, 7)).first().overdue);
    in.sentDate = QStringLiteral("2026-12-11");
    CHECK(addRequest(*t.reg, in, wd, today, e) == 0); // sent in the future
}

TEST_CASE("revocation filed takes effect locally", "[Lifecycle][Register]")
{
    TempRegister t;
    const WorkingDays wd;
    const QDate today = vietnamToday();
    const CertificateInfo c = cert(400, QStringLiteral("5001"));
    RequestInput in;
    in.kind = QStringLiteral("revoke");
    in.form = 5;
    in.subject = c.commonName;
    in.certSerial = QStringLiteral("5001");
    Error e;
    CHECK(addRequest(*t.reg, in, wd, today, e) == 0); // no reason
    in.reason = QStringLiteral("lost");
    e = Error();
    const qint64 id = addRequest(*t.reg, in, wd, today, e);
    REQUIRE(id > 0);
    CHECK_FALSE(refuseIfRevokedLocally(*t.reg, c).isError()); // draft
    CHECK(adviseLifecycle(lifecycleFacts(t.reg.get(), c, CertificateKind::Personal, false)).action == LifecycleAction::Revoke);
    REQUIRE_FALSE(setRequestStatus(*t.reg, id, QStringLiteral("sent"), {}, {}, QStringLiteral("7/VP"), today.toString(Qt::ISODate), {}, wd, today).isError());
    const Error refused = refuseIfRevokedLocally(*t.reg, c);
    CHECK(refused.code() == ErrorCode::CertificateRevokedLocally);
    CHECK(refused.exitCode() == 90);
    CHECK(adviseLifecycle(lifecycleFacts(t.reg.get(), c, CertificateKind::Personal, false)).action == LifecycleAction::Revoked);

    const CertificateInfo other = cert(400, QStringLiteral("5002"));
    CHECK_FALSE(refuseIfRevokedLocally(*t.reg, other).isError());
    noteRevocationReported(*t.reg, other, QDateTime::currentDateTimeUtc(), QStringLiteral("OCSP"));
    CHECK(refuseIfRevokedLocally(*t.reg, other).code() == ErrorCode::CertificateRevokedLocally);
    CHECK(t.reg->verifyChain().problems.isEmpty());
}

TEST_CASE("handovers: refusals, permission for agency tokens, custodian of record", "[Lifecycle][Register]")
{
    TempRegister t;
    const QDate today(2026, 11, 25);
    HandoverInput in{QStringLiteral("TK9"), QStringLiteral("Nguyễn Thị Văn Thư"), QStringLiteral("Trần Văn Thay"),
                     QStringLiteral("Chánh Văn phòng"), QStringLiteral("2026-11-20"), {}, {}, {}};
    Error e;
    CHECK(addHandover(*t.reg, in, {}, false, today, e) == 0); // unknown token
    CHECK(e.code() == ErrorCode::HandoverRefused);
    CHECK(e.exitCode() == 93);
    HandoverInput same = in;
    same.toPerson = QStringLiteral("nguyễn thị văn thư");
    CHECK(addHandover(*t.reg, same, {QStringLiteral("TK9")}, false, today, e) == 0);
    HandoverInput future = in;
    future.date = QStringLiteral("2099-01-01");
    CHECK(addHandover(*t.reg, future, {QStringLiteral("TK9")}, false, today, e) == 0);
    CHECK(addHandover(*t.reg, in, {QStringLiteral("TK9")}, true, today, e) == 0); // agency token, no permission
    in.permissionNumber = QStringLiteral("15/GP-VP");
    in.permissionDate = QStringLiteral("2026-11-21");
    CHECK(addHandover(*t.reg, in, {QStringLiteral("TK9")}, true, today, e) == 0); // permission after the handover
    in.permissionDate = QStringLiteral("2026-11-19");
    e = Error();
    const qint64 id = addHandover(*t.reg, in, {QStringLiteral("TK9")}, true, today, e);
    REQUIRE(id > 0);
    CHECK(t.reg->annotations(QStringLiteral("handovers"), id).value(QStringLiteral("permission_number")) == QStringLiteral("15/GP-VP"));
    CHECK(custodianOf(*t.reg, QStringLiteral("TK9"), QDate(2026, 11, 19)).isEmpty());
    CHECK(custodianOf(*t.reg, QStringLiteral("TK9"), today) == QStringLiteral("Trần Văn Thay"));
    // Now known to the register: no need to be plugged in.
    HandoverInput back{QStringLiteral("TK9"), QStringLiteral("Trần Văn Thay"), QStringLiteral("Nguyễn Thị Văn Thư"),
                       QStringLiteral("Chánh Văn phòng"), QStringLiteral("2026-11-24"), {}, QStringLiteral("16/GP-VP"), QStringLiteral("2026-11-24")};
    REQUIRE(addHandover(*t.reg, back, {}, true, today, e) > 0);
    CHECK(custodianOf(*t.reg, QStringLiteral("TK9"), today) == QStringLiteral("Nguyễn Thị Văn Thư"));
}

TEST_CASE("report: the seal counts for the agency certificate's unit", "[Lifecycle][Register]")
{
    TempRegister t;
    SignatureRecord personal;
    personal.role = QStringLiteral("personal");
    personal.signerName = QStringLiteral("Nguyễn Văn An");
    personal.agency = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    personal.tokenSerial = QStringLiteral("TK1");
    SignatureRecord seal = personal;
    seal.role = QStringLiteral("agency");
    seal.signerName = QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ");
    Error e;
    for (const SignatureRecord &r : {personal, seal}) {
        const qint64 id = t.reg->beginSignature(r, e);
        REQUIRE(id > 0);
        REQUIRE_FALSE(t.reg->completeSignature(id, true, QStringLiteral("x"), {}).isError());
    }
    CertificateInfo agencyCert = cert(20, QStringLiteral("6001"));
    agencyCert.commonName = seal.signerName;
    noteCertificate(*t.reg, agencyCert, CertificateKind::Agency, QStringLiteral("TK1"));
    t.reg->addTokenEvent(TokenEvent{{}, QStringLiteral("TK1"), QStringLiteral("KYSO"), QStringLiteral("lock-observed"), {}});
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
    const LifecycleReport r = buildLifecycleReport(*t.reg, WorkingDays(), today.addDays(-1), today.addDays(30), today);
    CHECK(r.signatureTotal == 2);
    REQUIRE(r.units.contains(seal.signerName));
    CHECK(r.units.value(seal.signerName).signatureTotal == 1);
    CHECK(r.units.value(personal.agency).signatureTotal == 1);
    CHECK(r.units.value(seal.signerName).expiring.size() == 1);
    CHECK(r.units.value(seal.signerName).locks.size() == 1); // the token belongs to the agency
    const LifecycleReport earlier = buildLifecycleReport(*t.reg, WorkingDays(), today.addDays(-10), today.addDays(-1), today);
    CHECK(earlier.signatureTotal == 0);
    CHECK(earlier.units.value(seal.signerName).expiring.isEmpty());
}

TEST_CASE("handovers: the token, both persons and who authorised it are required", "[Lifecycle][Register]")
{
    TempRegister t;
    const QDate today(2026, 11, 25);
    const HandoverInput full{QStringLiteral("TK9"), QStringLiteral("Nguyễn Thị Văn Thư"), QStringLiteral("Trần Văn Thay"),
                             QStringLiteral("Chánh Văn phòng"), QStringLiteral("2026-11-20"), {}, {}, {}};
    for (QString HandoverInput::*field : {&HandoverInput::tokenSerial, &HandoverInput::fromPerson, &HandoverInput::toPerson,
                                          &HandoverInput::authorisedBy}) {
        HandoverInput in = full;
        in.*field = QStringLiteral("  ");
        Error e;
        CHECK(addHandover(*t.reg, in, {QStringLiteral("TK9"), QStringLiteral("  ")}, false, today, e) == 0);
        CHECK(e.code() == ErrorCode::HandoverRefused);
        CHECK(e.detail().contains(QStringLiteral("who authorised it")));
        CHECK_FALSE(e.desktopMessage().contains(QStringLiteral("--")));
    }
    CHECK(t.reg->handovers().isEmpty());
    Error e;
    CHECK(addHandover(*t.reg, full, {QStringLiteral("TK9")}, false, today, e) > 0);
}

TEST_CASE("requests: a renewal about a certificate the register has seen needs no token", "[Lifecycle][Register]")
{
    TempRegister t;
    const WorkingDays wd;
    const QDate today = vietnamToday();
    CertificateInfo found;
    CHECK_FALSE(knownCertificate(*t.reg, QStringLiteral("6001"), found));
    CertificateInfo seen = cert(200, QStringLiteral("6001"));
    noteCertificate(*t.reg, seen, CertificateKind::Personal, QStringLiteral("TK6"));
    REQUIRE(knownCertificate(*t.reg, QStringLiteral("60:01"), found));
    CHECK(found.serialHex == QStringLiteral("6001"));
    CHECK(found.sha256Hex == seen.sha256Hex);
    CHECK(found.commonName == seen.commonName);
    CHECK(found.notAfter.date() == seen.notAfter.date());
    CHECK_FALSE(knownCertificate(*t.reg, QString(), found));

    RequestInput in;
    in.kind = QStringLiteral("renew");
    in.form = 4;
    in.subject = seen.commonName;
    in.certSerial = QStringLiteral("6001");
    Error e;
    CHECK(addRequest(*t.reg, in, wd, today, e) == 0); // no certificate given: the rules cannot be checked
    CHECK(e.code() == ErrorCode::LifecycleRecordInvalid);
    CHECK_FALSE(e.desktopMessage().contains(QStringLiteral("--")));
    in.certificate = &found;
    e = Error();
    REQUIRE(addRequest(*t.reg, in, wd, today, e) > 0);
    CHECK(requestViews(*t.reg, wd, today).first().certSha256 == seen.sha256Hex);
    CHECK(addRequest(*t.reg, in, wd, today, e) == 0); // renewal is possible once
    CHECK(e.code() == ErrorCode::RenewalNotAllowed);
}
