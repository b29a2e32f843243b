#include "core/LifecycleRecords.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <pwd.h>
#include <unistd.h>

using namespace kyso;

namespace {

QStringList eventsOf(const Register &reg, const QString &serial)
{
    QStringList out;
    for (const TokenEvent &e : reg.tokenEvents()) {
        if (e.tokenSerial == serial)
            out << e.event;
    }
    return out;
}

} // namespace

TEST_CASE("lifecycle records: the token event of a login or PIN failure", "[LifecycleRecords]")
{
    CHECK(QByteArray(tokenEventName(ErrorCode::PinIncorrect)) == "wrong-pin");
    CHECK(QByteArray(tokenEventName(ErrorCode::PinLocked)) == "pin-locked");
    CHECK(QByteArray(tokenEventName(ErrorCode::PinFinalTryNotConfirmed)) == "final-try-refused");
    CHECK(QByteArray(tokenEventName(ErrorCode::TokenRemoved)) == "token-removed");
    CHECK(tokenEventName(ErrorCode::NetworkFailed) == nullptr);
    CHECK(tokenEventName(ErrorCode::ChangedAfterSigning) == nullptr);
}

TEST_CASE("lifecycle records: a locked token is noted once until seen otherwise", "[LifecycleRecords][Register]")
{
    test::TempRegister t;
    Register *reg = t.reg.get();

    noteLockObserved(*reg, QStringLiteral("TK1"), QStringLiteral("Token 1"));
    noteLockObserved(*reg, QStringLiteral("TK1"), QStringLiteral("Token 1"));
    CHECK(eventsOf(*reg, QStringLiteral("TK1")) == QStringList{QStringLiteral("lock-observed")});

    // Another token has its own record; it does not end TK1's.
    noteLockObserved(*reg, QStringLiteral("TK2"), QStringLiteral("Token 2"));
    noteLockObserved(*reg, QStringLiteral("TK1"), QStringLiteral("Token 1"));
    CHECK(eventsOf(*reg, QStringLiteral("TK1")).size() == 1);
    CHECK(eventsOf(*reg, QStringLiteral("TK2")) == QStringList{QStringLiteral("lock-observed")});

    // A lock already recorded by the failed login counts as observed.
    REQUIRE_FALSE(reg->addTokenEvent(TokenEvent{{}, QStringLiteral("TK3"), {}, QStringLiteral("pin-locked"), {}}));
    noteLockObserved(*reg, QStringLiteral("TK3"), {});
    CHECK(eventsOf(*reg, QStringLiteral("TK3")) == QStringList{QStringLiteral("pin-locked")});

    // Seen otherwise (here: unlocked by the recovery), a new lock is a new event.
    REQUIRE_FALSE(reg->addTokenEvent(TokenEvent{{}, QStringLiteral("TK1"), {}, QStringLiteral("pin-unlocked"), {}}));
    noteLockObserved(*reg, QStringLiteral("TK1"), QStringLiteral("Token 1"));
    CHECK(eventsOf(*reg, QStringLiteral("TK1"))
          == QStringList({QStringLiteral("lock-observed"), QStringLiteral("pin-unlocked"), QStringLiteral("lock-observed")}));
    CHECK(reg->tokenEvents().last().tokenLabel == QStringLiteral("Token 1"));
}

TEST_CASE("lifecycle records: agency tokens, signature context and the OS user", "[LifecycleRecords][Register]")
{
    test::TempRegister t;
    QTemporaryDir &dir = t.dir;
    Register *reg = t.reg.get();
    Error e;

    const passwd *pw = ::getpwuid(::geteuid());
    REQUIRE(pw);
    CHECK(operatingSystemUser() == QString::fromLocal8Bit(pw->pw_name));

    CertificateInfo personal;
    personal.commonName = QStringLiteral("Nguyễn Văn An");
    personal.serialHex = QStringLiteral("1001");
    personal.sha256Hex = QStringLiteral("aa01");
    CertificateInfo seal = personal;
    seal.commonName = QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    seal.serialHex = QStringLiteral("2002");
    seal.sha256Hex = QStringLiteral("bb02");

    noteCertificate(*reg, personal, CertificateKind::Personal, QStringLiteral("TK-P"));
    noteCertificate(*reg, personal, CertificateKind::Personal, QStringLiteral("TK-P")); // known: not twice
    noteCertificate(*reg, seal, CertificateKind::Agency, QStringLiteral("TK-A"));
    CHECK(reg->certificates().size() == 2);
    CHECK(isAgencyToken(*reg, QStringLiteral("TK-A")));
    CHECK_FALSE(isAgencyToken(*reg, QStringLiteral("TK-P")));
    CHECK_FALSE(isAgencyToken(*reg, QStringLiteral("TK-unknown")));

    // A copy certified with a token makes it an agency token too.
    SignatureRecord copy;
    copy.document = dir.filePath(QStringLiteral("in.pdf"));
    copy.output = dir.filePath(QStringLiteral("out.pdf"));
    copy.role = QStringLiteral("copy");
    copy.tokenSerial = QStringLiteral("TK-C");
    const qint64 copyId = reg->beginSignature(copy, e);
    REQUIRE(copyId > 0);
    CHECK(isAgencyToken(*reg, QStringLiteral("TK-C")));

    // The signature row gets the OS user and the custodian of record today.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
    REQUIRE(reg->addHandover(Handover{0, {}, QStringLiteral("TK-P"), QStringLiteral("Văn thư"), QStringLiteral("Nguyễn Văn An"), {},
                                      today.addDays(-1).toString(Qt::ISODate), {}},
                             e) > 0);
    SignatureRecord mine = copy;
    mine.role = QStringLiteral("personal");
    mine.tokenSerial = QStringLiteral("TK-P");
    const qint64 id = reg->beginSignature(mine, e);
    REQUIRE(id > 0);
    recordSignatureContext(*reg, id, personal, CertificateKind::Personal, QStringLiteral("TK-P"));
    const Annotations facts = reg->annotations(QStringLiteral("signatures"), id);
    CHECK(facts.value(QStringLiteral("os_user")) == operatingSystemUser());
    CHECK(facts.value(QStringLiteral("custodian")) == QStringLiteral("Nguyễn Văn An"));
    CHECK_FALSE(isAgencyToken(*reg, QStringLiteral("TK-P"))); // personal signatures do not make it one
}

TEST_CASE("lifecycle records: the advice as JSON", "[LifecycleRecords]")
{
    LifecycleAdvice advice;
    advice.action = LifecycleAction::Renew;
    advice.form = 4;
    advice.sendTo = QStringLiteral("Sở Khoa học và Công nghệ");
    advice.copyTo = QStringLiteral("Cục Chứng thực số");
    advice.deadline = QDate(2026, 12, 31);
    advice.handlingWorkingDays = 3;
    advice.daysLeft = 45;
    advice.reason = QStringLiteral("45 days left");
    const QJsonObject json = lifecycleJson(advice);
    CHECK(json.value(QStringLiteral("action")).toString() == QStringLiteral("renew"));
    CHECK(json.value(QStringLiteral("form")).toString() == advice.formText());
    CHECK_FALSE(json.value(QStringLiteral("form")).toString().isEmpty());
    CHECK(json.value(QStringLiteral("sendTo")).toString() == advice.sendTo);
    CHECK(json.value(QStringLiteral("copyTo")).toString() == advice.copyTo);
    CHECK(json.value(QStringLiteral("deadline")).toString() == QStringLiteral("2026-12-31"));
    CHECK(json.value(QStringLiteral("handlingWorkingDays")).toInt() == 3);
    CHECK(json.value(QStringLiteral("daysLeft")).toDouble() == 45);
    CHECK(json.value(QStringLiteral("reason")).toString() == advice.reason);
    CHECK(json.value(QStringLiteral("text")).toString() == advice.text());
    CHECK(json.size() == 9);

    const QJsonObject none = lifecycleJson(LifecycleAdvice{});
    CHECK(none.value(QStringLiteral("action")).toString() == QStringLiteral("none"));
    CHECK(none.value(QStringLiteral("form")).toString().isEmpty());
    CHECK(none.value(QStringLiteral("deadline")).toString().isEmpty());
}
