#include "core/SigningProfile.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include "core/Settings.h"

#include <QTemporaryDir>

using namespace kyso;
using test::ScopedEnv;

TEST_CASE("profiles are saved, listed, loaded and removed", "[SigningProfile]")
{
    QTemporaryDir dir;
    ScopedEnv config("KYSO_CONFIG_DIR", dir.path());
    CHECK(SigningProfile::names().isEmpty());

    SigningProfile p;
    p.name = QStringLiteral("pho-chu-tich");
    p.signer = QStringLiteral("Nguyễn Văn An");
    p.token = QStringLiteral("VNPT-CA 521D");
    p.certId = QStringLiteral("0a1b");
    p.modulePath = QStringLiteral("/usr/lib/vnpt/libvnpt.so");
    p.title = QStringLiteral("PHÓ CHỦ TỊCH");
    p.capacity = Capacity::KT;
    p.agency = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    p.imagePath = QStringLiteral("/home/an/chu-ky.png");
    p.sealDiameterMm = 34.5;
    p.defaultRole = SigningRole::Agency;
    p.email = QStringLiteral("an@phutho.gov.vn");
    p.save();
    SigningProfile seal;
    seal.name = QStringLiteral("con-dau");
    seal.certId = QStringLiteral("02");
    seal.save();

    CHECK(SigningProfile::names() == QStringList({QStringLiteral("con-dau"), QStringLiteral("pho-chu-tich")}));

    SigningProfile back;
    REQUIRE(SigningProfile::load(QStringLiteral("pho-chu-tich"), back));
    CHECK(back.name == p.name);
    CHECK(back.signer == p.signer);
    CHECK(back.token == p.token);
    CHECK(back.certId == p.certId);
    CHECK(back.modulePath == p.modulePath);
    CHECK(back.title == p.title);
    CHECK(back.capacity == Capacity::KT);
    CHECK(back.agency == p.agency);
    CHECK(back.imagePath == p.imagePath);
    CHECK(back.sealDiameterMm == 34.5);
    CHECK(back.defaultRole == SigningRole::Agency);
    CHECK(back.email == p.email);

    SigningProfile defaults;
    REQUIRE(SigningProfile::load(QStringLiteral("con-dau"), defaults));
    CHECK(defaults.capacity == Capacity::None);
    CHECK(defaults.defaultRole == SigningRole::Personal);
    CHECK(defaults.sealDiameterMm == 36.0);
    CHECK(defaults.email.isEmpty());

    SigningProfile none;
    CHECK_FALSE(SigningProfile::load(QStringLiteral("khong-co"), none));
    CHECK(none.name.isEmpty());

    CHECK(SigningProfile::remove(QStringLiteral("con-dau")));
    CHECK_FALSE(SigningProfile::remove(QStringLiteral("con-dau")));
    CHECK(SigningProfile::names() == QStringList({QStringLiteral("pho-chu-tich")}));
    CHECK_FALSE(SigningProfile::load(QStringLiteral("con-dau"), none));
}
