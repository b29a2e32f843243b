#include "core/SigningPolicy.h"

#include <catch2/catch.hpp>

using namespace kyso;

namespace {
PolicyInput base(SigningRole role, CertificateKind kind, int daysLeft = 400)
{
    PolicyInput in;
    in.role = role;
    in.certificateKind = kind;
    in.now = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    in.certificate.commonName = QStringLiteral("X");
    in.certificate.sha256Hex = QStringLiteral("aa");
    in.certificate.notBefore = in.now.addDays(-100);
    in.certificate.notAfter = in.now.addDays(daysLeft);
    return in;
}
ExistingSignature personal(bool valid = true)
{
    ExistingSignature s;
    s.valid = valid;
    s.kind = CertificateKind::Personal;
    s.certSha256 = QStringLiteral("bb");
    return s;
}
} // namespace

TEST_CASE("agency role needs a valid personal signature, except copies", "[SigningPolicy]")
{
    auto in = base(SigningRole::Agency, CertificateKind::Agency);
    CHECK(evaluatePolicy(in).refusal.code() == ErrorCode::PersonalSignatureMissing);
    in.existing << personal(false);
    CHECK(evaluatePolicy(in).refusal.code() == ErrorCode::PersonalSignatureMissing);
    in.existing << personal(true);
    CHECK_FALSE(evaluatePolicy(in).refusal.isError());
    auto copy = base(SigningRole::Copy, CertificateKind::Agency);
    CHECK_FALSE(evaluatePolicy(copy).refusal.isError());
}

TEST_CASE("certificate type must fit the role", "[SigningPolicy]")
{
    auto a = base(SigningRole::Agency, CertificateKind::Personal);
    a.existing << personal();
    CHECK(evaluatePolicy(a).refusal.code() == ErrorCode::WrongCertificateType);
    CHECK(evaluatePolicy(base(SigningRole::Personal, CertificateKind::Agency)).refusal.code() == ErrorCode::WrongCertificateType);
    CHECK(evaluatePolicy(base(SigningRole::Attachment, CertificateKind::Personal)).refusal.code() == ErrorCode::WrongCertificateType);
    CHECK_FALSE(evaluatePolicy(base(SigningRole::Personal, CertificateKind::Personal)).refusal.isError());
}

TEST_CASE("expired, not yet valid and DocMDP P=1 are refused", "[SigningPolicy]")
{
    CHECK(evaluatePolicy(base(SigningRole::Personal, CertificateKind::Personal, -1)).refusal.code() == ErrorCode::CertificateExpired);
    auto early = base(SigningRole::Personal, CertificateKind::Personal);
    early.certificate.notBefore = early.now.addDays(2);
    CHECK(evaluatePolicy(early).refusal.code() == ErrorCode::CertificateNotYetValid);
    auto locked = base(SigningRole::Personal, CertificateKind::Personal);
    ExistingSignature certified = personal();
    certified.docMdpPermission = 1;
    locked.existing << certified;
    CHECK(evaluatePolicy(locked).refusal.code() == ErrorCode::DocumentLocked);
    locked.existing.first().docMdpPermission = 2;
    CHECK_FALSE(evaluatePolicy(locked).refusal.isError());
}

TEST_CASE("warnings at 60 and 30 days and for a repeated signer", "[SigningPolicy]")
{
    CHECK(evaluatePolicy(base(SigningRole::Personal, CertificateKind::Personal, 61)).warnings.isEmpty());
    const auto w60 = evaluatePolicy(base(SigningRole::Personal, CertificateKind::Personal, 60)).warnings;
    REQUIRE(w60.size() == 1);
    CHECK(w60.first().contains(QStringLiteral("2026-12-24"))); // the last day with more than 30 days left
    CHECK(w60.first().contains(QStringLiteral("Mẫu 04")));
    const auto w30 = evaluatePolicy(base(SigningRole::Personal, CertificateKind::Personal, 30)).warnings;
    REQUIRE(w30.size() == 1);
    CHECK(w30.first() != w60.first());
    auto again = base(SigningRole::Personal, CertificateKind::Personal);
    ExistingSignature same = personal();
    same.certSha256 = again.certificate.sha256Hex;
    again.existing << same;
    CHECK(evaluatePolicy(again).warnings.size() == 1);
}

TEST_CASE("agency certificates are recognised by an upper-case organisation CN", "[CertificateInfo]")
{
    CertificateInfo c;
    c.commonName = QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ");
    CHECK(classifyCertificate(c) == CertificateKind::Agency);
    c.commonName = QStringLiteral("Nguyễn Văn An");
    CHECK(classifyCertificate(c) == CertificateKind::Personal);
    c.commonName = QStringLiteral("NGUYỄN VĂN AN");
    c.title = QStringLiteral("Phó Chủ tịch");
    CHECK(classifyCertificate(c) == CertificateKind::Personal);
}
