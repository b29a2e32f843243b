#include "pkcs11/TokenInfoReader.h"

#include "pkcs11/Module.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <p11-kit/pkcs11.h>

using namespace kyso;
using namespace kyso::pkcs11;
using test::DemoToken;

// The reader is used on the module's token thread (Module::call), as the
// library does: opened on its own it would initialise SoftHSM for good.
TEST_CASE("token info: the demo token's slot, information and flags", "[TokenInfoReader]")
{
    DemoToken token;
    Error error;
    auto module = Module::acquire(DemoToken::module(), error);
    REQUIRE(module);
    QList<unsigned long> slotIds;
    RawTokenInfo info;
    bool infoRead = false;
    unsigned long flags = 0;
    bool flagsRead = false;
    PinState pin;
    bool pinRead = false;
    bool spareSlot = false;
    unsigned long invalidRv = 0;
    bool invalidRead = true;
    QList<MechanismInfo> mechanisms;
    REQUIRE_FALSE(module->call([&] {
        const TokenInfoReader *r = module->infoReader();
        slotIds = r->slotsWithToken();
        for (unsigned long id : slotIds) {
            RawTokenInfo i;
            if (!r->readTokenInfo(id, i))
                continue;
            if (i.flags & CKF_TOKEN_INITIALIZED) {
                info = i;
                infoRead = true;
                flagsRead = r->readFlags(id, flags);
                pinRead = r->readPinState(id, pin);
                mechanisms = r->signingMechanisms(id);
            } else {
                spareSlot = true; // SoftHSM's spare slot holds an uninitialised token
            }
        }
        unsigned long ignored = 0;
        invalidRead = r->readFlags(0xfffffff0UL, ignored, &invalidRv);
        return Error();
    }));
    REQUIRE(infoRead);
    CHECK(slotIds.size() >= 1);
    CHECK(info.label == QStringLiteral("KYSO DEMO"));
    CHECK(info.manufacturer.contains(QStringLiteral("SoftHSM")));
    CHECK_FALSE(info.serial.isEmpty());
    CHECK(info.serial == info.serial.trimmed()); // padding removed
    CHECK(info.minPin >= 4);
    CHECK(info.maxPin >= info.minPin);
    CHECK_FALSE(info.firmwareVersion.isEmpty());
    REQUIRE(flagsRead);
    CHECK((flags & CKF_LOGIN_REQUIRED));
    CHECK((flags & CKF_USER_PIN_INITIALIZED));
    REQUIRE(pinRead);
    CHECK(pin.status == PinStatus::Ok);
    CHECK_FALSE(pin.soLocked);
    CHECK(spareSlot);

    // A slot id that does not exist reads as "no token", with the module's answer.
    CHECK_FALSE(invalidRead);
    CHECK(invalidRv == CKR_SLOT_ID_INVALID);

    // RSA signing mechanisms, named.
    bool sha256Rsa = false;
    for (const MechanismInfo &m : mechanisms) {
        CHECK_FALSE(m.name.isEmpty());
        if (m.type == CKM_SHA256_RSA_PKCS) {
            sha256Rsa = true;
            CHECK(m.maxKeyBits >= 2048);
        }
    }
    CHECK(sha256Rsa);
}

TEST_CASE("token info: a file that is no PKCS#11 module is not opened", "[TokenInfoReader]")
{
    QString why;
    CHECK_FALSE(TokenInfoReader::open(QStringLiteral("/nonexistent/libvendor.so"), &why));
    CHECK_FALSE(why.isEmpty());
    why.clear();
    CHECK_FALSE(TokenInfoReader::open(QStringLiteral(KYSO_SOURCE_DIR "/tools/make-demo-token.sh"), &why));
    CHECK_FALSE(why.isEmpty());
}
