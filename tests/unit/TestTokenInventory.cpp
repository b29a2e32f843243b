#include "pkcs11/TokenInventory.h"

#include "core/Settings.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <p11-kit/pkcs11.h>

using namespace kyso;
using namespace kyso::pkcs11;
using test::DemoToken;
using test::ScopedEnv;

TEST_CASE("inventory: the candidate modules, explicit first and without duplicates", "[TokenInventory]")
{
    QTemporaryDir dir;
    ScopedEnv config("KYSO_CONFIG_DIR", dir.path());
    CHECK(TokenInventory::candidateModules(QStringLiteral("/opt/x/libx.so")) == QStringList{QStringLiteral("/opt/x/libx.so")});

    ScopedEnv noEnv("KYSO_PKCS11_MODULE", QString());
    const QStringList known = TokenInventory::candidateModules();
    CHECK(known.contains(QStringLiteral("/usr/lib/softhsm/libsofthsm2.so")));
    CHECK(known.contains(QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so")));
    QStringList unique = known;
    CHECK(unique.removeDuplicates() == 0);

    ScopedEnv env("KYSO_PKCS11_MODULE", QStringLiteral("/opt/env/libenv.so"));
    Settings::setConfiguredModulePath(QStringLiteral("/opt/vnpt/libvnpt-ca.so"));
    QStringList ordered = TokenInventory::candidateModules();
    REQUIRE(ordered.size() == known.size() + 2);
    CHECK(ordered[0] == QStringLiteral("/opt/env/libenv.so"));
    CHECK(ordered[1] == QStringLiteral("/opt/vnpt/libvnpt-ca.so"));

    // A configured vendor module that is also a known one is listed once, first.
    Settings::setConfiguredModulePath(QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"));
    ordered = TokenInventory::candidateModules();
    CHECK(ordered.size() == known.size() + 1);
    CHECK(ordered[1] == QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"));
    CHECK(ordered.count(QStringLiteral("/usr/lib/softhsm/libsofthsm2.so")) == 1);
}

TEST_CASE("inventory: a module not installed, or not loadable", "[TokenInventory]")
{
    const ModuleEntry missing = TokenInventory::scan(QStringLiteral("/nonexistent/libbit4xpki.so"), true);
    CHECK(missing.status == ModuleEntry::Status::NotInstalled);
    CHECK(missing.path == QStringLiteral("/nonexistent/libbit4xpki.so"));
    CHECK(missing.tokens.isEmpty());
    CHECK(missing.errorCode == ErrorCode::None);

    const ModuleEntry broken = TokenInventory::scan(QStringLiteral(KYSO_SOURCE_DIR "/tools/make-demo-token.sh"), true);
    CHECK(broken.status == ModuleEntry::Status::LoadFailed);
    CHECK(broken.errorCode == ErrorCode::ModuleLoadFailed);
    CHECK_FALSE(broken.error.isEmpty());
}

TEST_CASE("inventory: the demo token with its certificates, without logging in", "[TokenInventory]")
{
    QTemporaryDir dir;
    ScopedEnv config("KYSO_CONFIG_DIR", dir.path());
    DemoToken token;
    const ModuleEntry entry = TokenInventory::scan(DemoToken::module(), true);
    REQUIRE(entry.status == ModuleEntry::Status::Loaded);
    REQUIRE(entry.tokens.size() == 1); // SoftHSM's spare uninitialised slot is not listed
    const TokenEntry &t = entry.tokens.first();
    CHECK(t.info.label == QStringLiteral("KYSO DEMO"));
    CHECK_FALSE(t.slotDescription.isEmpty());
    CHECK(t.pin.status == PinStatus::Ok);
    CHECK_FALSE(t.mechanisms.isEmpty());

    const CertificateEntry *personal = nullptr;
    const CertificateEntry *agency = nullptr;
    int authorities = 0;
    for (const CertificateEntry &c : t.certificates) {
        if (c.id == QByteArray::fromHex("01"))
            personal = &c;
        if (c.id == QByteArray::fromHex("02"))
            agency = &c;
        if (c.isAuthority) {
            ++authorities;
            CHECK_FALSE(c.hasKeyPair);
        }
    }
    REQUIRE(personal);
    CHECK(personal->info.commonName == QStringLiteral("Nguyễn Văn An"));
    CHECK(personal->hasKeyPair);
    CHECK_FALSE(personal->isAuthority);
    CHECK(personal->kind == CertificateKind::Personal);
    REQUIRE(agency);
    CHECK(agency->info.commonName == QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ"));
    CHECK(agency->kind == CertificateKind::Agency);
    CHECK(agency->hasKeyPair);
    CHECK(authorities >= 1); // the demo token carries its CA certificates

    // A kind set in the settings wins over the guess.
    Settings::setCertificateKind(personal->info.sha256Hex, CertificateKind::Agency);
    const ModuleEntry overridden = TokenInventory::scan(DemoToken::module(), true);
    REQUIRE(overridden.tokens.size() == 1);
    bool found = false;
    for (const CertificateEntry &c : overridden.tokens.first().certificates) {
        if (c.id == QByteArray::fromHex("01")) {
            found = true;
            CHECK(c.kind == CertificateKind::Agency);
        }
    }
    CHECK(found);

    // Without certificates: the token only.
    const ModuleEntry bare = TokenInventory::scan(DemoToken::module(), false);
    REQUIRE(bare.tokens.size() == 1);
    CHECK(bare.tokens.first().certificates.isEmpty());
    CHECK(bare.tokens.first().info.serial == t.info.serial);
}
