#include "core/AuthorityRules.h"

#include "CatchQt.h"

using namespace kyso;

namespace {

CertificateInfo personalCert()
{
    CertificateInfo c;
    c.commonName = QStringLiteral("Nguyễn Văn An");
    c.title = QStringLiteral("Phó Chủ tịch");
    c.organization = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    c.serialHex = QStringLiteral("1001");
    return c;
}

CertificateInfo agencyCert(const QString &cn)
{
    CertificateInfo c;
    c.commonName = cn;
    c.organization = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    return c;
}

PrintedAuthority ubndDecision()
{
    PrintedAuthority p;
    p.agencyName = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    p.number = QStringLiteral("123");
    p.symbol = QStringLiteral("QĐ-UBND");
    p.documentType = QStringLiteral("QUYẾT ĐỊNH");
    p.subject = QStringLiteral("Về việc ban hành Quy chế mẫu");
    p.blocks << PrintedBlock{QStringLiteral("KT."), QStringLiteral("CHỦ TỊCH"), {}, QStringLiteral("PHÓ CHỦ TỊCH"), QStringLiteral("Nguyễn Văn An")};
    return p;
}

AuthorityInput personal(const PrintedAuthority &p = ubndDecision())
{
    AuthorityInput in;
    in.role = SigningRole::Personal;
    in.certificate = personalCert();
    in.printed = p;
    in.osUser = QStringLiteral("vanthu");
    return in;
}

} // namespace

TEST_CASE("personal signature: the block's authority is recorded without typing", "[AuthorityRules]")
{
    const AuthorityDecision d = evaluateAuthority(personal());
    REQUIRE_FALSE(d.refusal.isError());
    CHECK(d.warnings.isEmpty());
    CHECK(d.blockIndex == 0);
    CHECK(d.record.capacity == QStringLiteral("KT."));
    CHECK(d.record.capacitySource == ValueSource::Document);
    CHECK(d.record.title == QStringLiteral("PHÓ CHỦ TỊCH"));
    CHECK(d.record.titleSource == ValueSource::Document);
    CHECK(d.record.agency == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"));
    CHECK(d.record.printedOnBehalfOf == QStringLiteral("CHỦ TỊCH"));
    CHECK(d.record.certTitle == QStringLiteral("Phó Chủ tịch"));
    CHECK(d.record.documentNumber == QStringLiteral("123/QĐ-UBND"));
    CHECK(d.record.documentType == QStringLiteral("QUYẾT ĐỊNH"));
}

TEST_CASE("personal signature refusals", "[AuthorityRules]")
{
    SECTION("another person's block (75), also when the typed name points to it")
    {
        PrintedAuthority p = ubndDecision();
        p.blocks[0].name = QStringLiteral("Hoàng Văn Chủ");
        CHECK(evaluateAuthority(personal(p)).refusal.code() == ErrorCode::AuthoritySignerMismatch);
        AuthorityInput in = personal(p);
        in.typed.signerName = QStringLiteral("Hoàng Văn Chủ");
        CHECK(evaluateAuthority(in).refusal.code() == ErrorCode::AuthoritySignerMismatch);
    }
    SECTION("a match only without diacritics is a warning")
    {
        AuthorityInput in = personal();
        in.certificate.commonName = QStringLiteral("Nguyen Van An");
        const AuthorityDecision d = evaluateAuthority(in);
        CHECK_FALSE(d.refusal.isError());
        CHECK(d.warnings.size() == 1);
    }
    SECTION("the block's title is not the certificate's (76)")
    {
        PrintedAuthority p = ubndDecision();
        p.blocks[0] = PrintedBlock{QStringLiteral("TM."), QStringLiteral("ỦY BAN NHÂN DÂN"), {}, QStringLiteral("CHỦ TỊCH"), QStringLiteral("Nguyễn Văn An")};
        CHECK(evaluateAuthority(personal(p)).refusal.code() == ErrorCode::AuthorityTitleMismatch);
    }
    SECTION("another province's document (77)")
    {
        PrintedAuthority p = ubndDecision();
        p.agencyName = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG");
        CHECK(evaluateAuthority(personal(p)).refusal.code() == ErrorCode::AuthorityOrganizationMismatch);
    }
    SECTION("the organisation may be the parent printed above the agency")
    {
        PrintedAuthority p = ubndDecision();
        p.agencyParent = QStringLiteral("UBND TỈNH PHÚ THỌ");
        p.agencyName = QStringLiteral("VĂN PHÒNG");
        CHECK_FALSE(evaluateAuthority(personal(p)).refusal.isError());
    }
    SECTION("typed title or agency contradicting the certificate (78)")
    {
        AuthorityInput in = personal();
        in.typed.title = QStringLiteral("CHỦ TỊCH");
        CHECK(evaluateAuthority(in).refusal.code() == ErrorCode::AuthorityTypedContradiction);
        in.typed.title = QStringLiteral("phó chủ tịch");
        CHECK_FALSE(evaluateAuthority(in).refusal.isError());
        in.typed.agency = QStringLiteral("BỘ CÔNG AN");
        CHECK(evaluateAuthority(in).refusal.code() == ErrorCode::AuthorityTypedContradiction);
        in.typed.agency = QStringLiteral("UBND tỉnh Phú Thọ");
        const AuthorityDecision d = evaluateAuthority(in);
        CHECK_FALSE(d.refusal.isError());
        CHECK(d.record.agencySource == ValueSource::Typed);
    }
}

TEST_CASE("no block (a scan): what can be checked still is", "[AuthorityRules]")
{
    PrintedAuthority p;
    p.notRead = {QStringLiteral("agency"), QStringLiteral("block")};
    const AuthorityDecision d = evaluateAuthority(personal(p));
    CHECK_FALSE(d.refusal.isError());
    CHECK(d.record.notChecked.contains(QStringLiteral("signer")));
    CHECK(d.record.notChecked.contains(QStringLiteral("organization")));
    CHECK(d.record.notRead == p.notRead);
    CHECK(d.record.titleSource == ValueSource::Certificate);
    AuthorityInput typed = personal(p);
    typed.typed.title = QStringLiteral("CHỦ TỊCH");
    CHECK(evaluateAuthority(typed).refusal.code() == ErrorCode::AuthorityTypedContradiction);
}

TEST_CASE("agency seal, copy and attachment", "[AuthorityRules]")
{
    AuthorityInput in;
    in.role = SigningRole::Agency;
    in.printed = ubndDecision();
    in.certificate = agencyCert(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ"));
    CHECK(evaluateAuthority(in).refusal.code() == ErrorCode::AuthorityAgencyMismatch);
    in.certificate = agencyCert(QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"));
    CHECK_FALSE(evaluateAuthority(in).refusal.isError());
    // A Sở's own document: the locality is printed only in the parent line.
    in.printed.agencyParent = QStringLiteral("UBND TỈNH PHÚ THỌ");
    in.printed.agencyName = QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    CHECK(evaluateAuthority(in).refusal.code() == ErrorCode::AuthorityAgencyMismatch);
    in.certificate = agencyCert(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ"));
    CHECK_FALSE(evaluateAuthority(in).refusal.isError());

    AuthorityInput copy;
    copy.role = SigningRole::Copy;
    copy.certificate = agencyCert(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ"));
    AuthorityDecision d = evaluateAuthority(copy);
    CHECK_FALSE(d.refusal.isError());
    CHECK(d.record.agency == copy.certificate.commonName);
    CHECK(d.record.agencySource == ValueSource::Certificate);
    copy.typed.agency = QStringLiteral("BỘ CÔNG AN");
    CHECK(evaluateAuthority(copy).refusal.code() == ErrorCode::AuthorityCopyAgencyMismatch);

    AuthorityInput attachment;
    attachment.role = SigningRole::Attachment;
    attachment.certificate = agencyCert(QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"));
    attachment.main.problem = QStringLiteral("not in the register");
    d = evaluateAuthority(attachment);
    CHECK(d.refusal.code() == ErrorCode::AuthorityMainDocumentMissing);
    CHECK(d.refusal.detail() == QStringLiteral("not in the register"));
    attachment.main.found = true;
    CHECK_FALSE(evaluateAuthority(attachment).refusal.isError());
}

TEST_CASE("an override lets an exception through and records both sides", "[AuthorityRules]")
{
    AuthorityInput in = personal();
    in.printed.agencyName = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG");
    in.overrideReason = QStringLiteral("Phiếu CNTT số 12: biệt phái");
    const AuthorityDecision d = evaluateAuthority(in);
    CHECK_FALSE(d.refusal.isError());
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.record.overrideReason == in.overrideReason);
    CHECK(d.record.overrideUser == QStringLiteral("vanthu"));
    CHECK(d.record.overriddenRefusal.startsWith(QStringLiteral("authority-organization-mismatch")));
    CHECK(d.record.printedAgency == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"));
    CHECK(d.record.certOrganization == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"));
    CHECK(d.record.agencySource == ValueSource::Override);
}

TEST_CASE("sameAgency", "[AuthorityRules]")
{
    CHECK(sameAgency(QStringLiteral("UBND TỈNH PHÚ THỌ"), QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")));
    CHECK(sameAgency(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
                     QStringLiteral("UBND TỈNH PHÚ THỌ")));
    CHECK_FALSE(sameAgency(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
                           QStringLiteral("UBND TỈNH TUYÊN QUANG")));
    CHECK_FALSE(sameAgency(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ"), QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")));
    CHECK_FALSE(sameAgency(QString(), QString()));
}

TEST_CASE("a typed name found in no block leaves placement to the locator", "[AuthorityRules]")
{
    AuthorityInput in = personal();
    in.typed.signerName = QStringLiteral("Người Không Có");
    const AuthorityDecision d = evaluateAuthority(in);
    CHECK_FALSE(d.refusal.isError());   // the holder's own block was checked
    CHECK(d.blockIndex == -1);          // but not chosen for placement
    CHECK(d.record.printedTitle == QStringLiteral("PHÓ CHỦ TỊCH"));
}
