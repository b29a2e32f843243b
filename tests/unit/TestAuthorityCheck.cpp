#include "common/AuthorityCheck.h"

#include "CatchQt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace kyso;

namespace {
CertificateInfo holder()
{
    CertificateInfo c;
    c.commonName = QStringLiteral("Nguyễn Văn An");
    c.title = QStringLiteral("Phó Chủ tịch");
    c.organization = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    return c;
}
} // namespace

TEST_CASE("request and document facts give the rules' input", "[AuthorityCheck]")
{
    const pdf::DocumentFacts facts = pdf::readDocumentFacts(QStringLiteral(KYSO_SOURCE_DIR "/resources/sample/quyet-dinh-mau.pdf"));
    const PrintedAuthority p = printedAuthority(facts);
    CHECK(p.documentNumber() == QStringLiteral("123/QĐ-UBND"));
    REQUIRE(p.blocks.size() == 1);
    CHECK(p.blocks[0].onBehalfOf == QStringLiteral("CHỦ TỊCH"));
    CHECK(p.notRead.isEmpty());

    SignRequest req;
    req.input = QStringLiteral(KYSO_SOURCE_DIR "/resources/sample/quyet-dinh-mau.pdf");
    AuthorityDecision ok = checkAuthority(req, holder(), facts, QString());
    CHECK_FALSE(ok.refusal.isError());
    QStringList lines = describeAuthority(facts, holder(), ok);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].contains(QStringLiteral("123/QĐ-UBND")));
    CHECK(lines[1].contains(QStringLiteral("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn An")));
    CHECK(lines[2].contains(QStringLiteral("Phó Chủ tịch")));

    req.title = QStringLiteral("CHỦ TỊCH");
    const AuthorityDecision typed = checkAuthority(req, holder(), facts, QString());
    CHECK(typed.refusal.code() == ErrorCode::AuthorityTypedContradiction);
    lines = describeAuthority(facts, holder(), typed);
    REQUIRE(lines.size() == 4);
    CHECK(lines[3].contains(QStringLiteral("CHỦ TỊCH")));

    req.overrideAuthority = QStringLiteral("phiếu 7");
    const AuthorityDecision overridden = checkAuthority(req, holder(), facts, QString());
    CHECK_FALSE(overridden.refusal.isError());
    CHECK_FALSE(overridden.record.overrideUser.isEmpty());
    CHECK(describeAuthority(facts, holder(), overridden).last().contains(QStringLiteral("phiếu 7")));
}

TEST_CASE("attachment without --main: looked up in the register", "[AuthorityCheck]")
{
    SignRequest req;
    req.role = SigningRole::Attachment;
    req.docNumber = QStringLiteral("1/QĐ-UBND");
    const QString path = QDir::tempPath() + QStringLiteral("/kyso-authority-check-%1.sqlite").arg(QCoreApplication::applicationPid());
    const MainDocumentLink link = linkMainDocument(req, holder(), path);
    CHECK_FALSE(link.found);
    CHECK(link.how == QStringLiteral("register"));
    CHECK(link.problem.contains(QStringLiteral("1/QĐ-UBND")));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".head"));
    req.mainDocument = QStringLiteral("/nonexistent.pdf");
    CHECK_FALSE(linkMainDocument(req, holder(), path).found);
}
