#include "common/ReleaseStep.h"

#include "core/LifecycleRecords.h"
#include "core/Register.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace kyso;

namespace {

const QString kDraft = QStringLiteral(KYSO_SOURCE_DIR "/tests/data/du-thao-giua.pdf");

CertificateInfo province()
{
    CertificateInfo c;
    c.commonName = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    c.sha256Hex = QStringLiteral("cafe01");
    return c;
}

ReleaseRequest request(const QString &number, QDate date = QDate(2026, 3, 5))
{
    ReleaseRequest r;
    r.number = number;
    r.date = date;
    return r;
}

} // namespace

TEST_CASE("release step: the number is a positive whole number or next", "[ReleaseStep]")
{
    int number = 0;
    bool next = true;
    CHECK(parseReleaseNumber(QStringLiteral("125"), number, next));
    CHECK(number == 125);
    CHECK_FALSE(next);
    CHECK(parseReleaseNumber(QStringLiteral(" 7 "), number, next));
    CHECK(number == 7);
    CHECK(parseReleaseNumber(QStringLiteral("next"), number, next));
    CHECK(next);
    for (const char *bad : {"", "0", "000", "-3", "12a", "1234567", "Next", "12/QĐ", "1.5"}) {
        INFO(bad);
        CHECK_FALSE(parseReleaseNumber(QString::fromUtf8(bad), number, next));
        CHECK_FALSE(next);
    }
    CHECK(ReleaseRequest{}.isSet() == false);
    CHECK(request(QStringLiteral("next")).isSet());
}

TEST_CASE("release step: today in Vietnam is the UTC+7 calendar day", "[ReleaseStep]")
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDate today = todayInVietnam();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    // Equal to the +07:00 date of a moment around the call (a midnight may pass in between).
    CHECK((today == before.addSecs(7 * 3600).date() || today == after.addSecs(7 * 3600).date()));
    CHECK(today >= before.date());
    CHECK(today <= after.date().addDays(1));
}

TEST_CASE("release step: a plan for a draft with empty blanks", "[ReleaseStep][Register]")
{
    test::TempRegister t;
    Register *book = t.reg.get();

    PlannedRelease plan;
    REQUIRE_FALSE(planRelease(kDraft, request(QStringLiteral("125")), province(), QStringLiteral("Nguyễn Văn An"), *book, plan));
    REQUIRE(plan.stamps.size() == 3);
    CHECK(plan.stamps[0].text == QStringLiteral("125"));
    CHECK(plan.stamps[1].text == decree30Day(5));
    CHECK(plan.stamps[2].text == decree30Month(3));
    for (const pdf::ReleaseStamp &s : plan.stamps)
        CHECK(s.blank.width() > 0);
    const OutgoingEntry &entry = plan.entry;
    CHECK(entry.number == 125);
    CHECK(entry.year == 2026);
    CHECK(entry.date == QDate(2026, 3, 5));
    CHECK(entry.symbol == QStringLiteral("QĐ-UBND"));
    CHECK(entry.certSha256 == QStringLiteral("cafe01"));
    CHECK(entry.agency == province().commonName);
    CHECK(entry.signerName == QStringLiteral("Nguyễn Văn An"));
    CHECK(entry.clerk == operatingSystemUser());
    CHECK_FALSE(entry.docType.isEmpty());
    // Nothing is written by the plan.
    CHECK(OutgoingBook(*book).entries().isEmpty());

    // "next" is the first free number of the certificate's book for the year.
    PlannedRelease first;
    REQUIRE_FALSE(planRelease(kDraft, request(QStringLiteral("next")), province(), QString(), *book, first));
    CHECK(first.entry.number == 1);
}

TEST_CASE("release step: refusals before any PIN", "[ReleaseStep][Register]")
{
    test::TempRegister t;
    QTemporaryDir &dir = t.dir;
    Register *book = t.reg.get();
    Error e;
    PlannedRelease plan;
    const QString signer = QStringLiteral("Nguyễn Văn An");

    CHECK(planRelease(kDraft, request(QStringLiteral("125"), QDate(2027, 1, 2)), province(), signer, *book, plan).code()
          == ErrorCode::ReleaseDateMismatch);
    CertificateInfo other = province();
    other.commonName = QStringLiteral("SỞ Y TẾ TỈNH HÀ GIANG");
    CHECK(planRelease(kDraft, request(QStringLiteral("125")), other, signer, *book, plan).code() == ErrorCode::ReleaseAgencyMismatch);
    CHECK(planRelease(kDraft, request(QStringLiteral("12a")), province(), signer, *book, plan).code() == ErrorCode::Usage);
    CHECK(planRelease(QStringLiteral(KYSO_SOURCE_DIR "/resources/sample/quyet-dinh-mau.pdf"), request(QStringLiteral("125")), province(),
                      signer, *book, plan)
              .code()
          == ErrorCode::ReleaseAlreadyNumbered);
    CHECK(planRelease(QStringLiteral(KYSO_SOURCE_DIR "/tests/data/quyet-dinh-2-trang.pdf"), request(QStringLiteral("1")), province(),
                      signer, *book, plan)
              .code()
          == ErrorCode::ReleaseBlankNotFound);
    // A number too wide for the blank.
    CHECK(planRelease(kDraft, request(QStringLiteral("888888")), province(), signer, *book, plan).code() == ErrorCode::ReleaseBlankNotFound);

    // A number used in this certificate's book for the year is taken; next skips it.
    SignatureRecord sealed;
    sealed.document = dir.filePath(QStringLiteral("in.pdf"));
    sealed.output = dir.filePath(QStringLiteral("out.pdf"));
    sealed.role = QStringLiteral("agency");
    const qint64 sig = book->beginSignature(sealed, e);
    REQUIRE(sig > 0);
    OutgoingEntry used;
    used.signatureId = sig;
    used.certSha256 = province().sha256Hex;
    used.agency = province().commonName;
    used.year = 2026;
    used.number = 1;
    used.symbol = QStringLiteral("QĐ-UBND");
    used.date = QDate(2026, 3, 1);
    qint64 id = 0;
    REQUIRE_FALSE(OutgoingBook(*book).add(used, id));
    const Error taken = planRelease(kDraft, request(QStringLiteral("1")), province(), signer, *book, plan);
    CHECK(taken.code() == ErrorCode::ReleaseNumberTaken);
    CHECK(taken.message().contains(QStringLiteral("next free: 2")));
    PlannedRelease next;
    REQUIRE_FALSE(planRelease(kDraft, request(QStringLiteral("next")), province(), signer, *book, next));
    CHECK(next.entry.number == 2);
}
