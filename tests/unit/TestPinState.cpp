#include "pkcs11/PinState.h"

#include "CatchQt.h"

#include <p11-kit/pkcs11.h>

#include <QSet>

using namespace kyso::pkcs11;

TEST_CASE("PIN state from CK_TOKEN_INFO flags: the most severe state wins", "[PinState]")
{
    const unsigned long init = CKF_USER_PIN_INITIALIZED;
    CHECK(PinState::fromFlags(init).status == PinStatus::Ok);
    CHECK(PinState::fromFlags(0).status == PinStatus::NotInitialized);
    CHECK(PinState::fromFlags(CKF_USER_PIN_LOCKED).status == PinStatus::NotInitialized); // nothing to lock
    CHECK(PinState::fromFlags(init | CKF_USER_PIN_COUNT_LOW).status == PinStatus::CountLow);
    CHECK(PinState::fromFlags(init | CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_TO_BE_CHANGED).status == PinStatus::MustChange);
    CHECK(PinState::fromFlags(init | CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_TO_BE_CHANGED).status
          == PinStatus::FinalTry);
    CHECK(PinState::fromFlags(init | CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_LOCKED).status == PinStatus::Locked);

    const PinState plain = PinState::fromFlags(init);
    CHECK_FALSE(plain.protectedAuthPath);
    CHECK_FALSE(plain.soCountLow);
    CHECK_FALSE(plain.soFinalTry);
    CHECK_FALSE(plain.soLocked);
    const PinState so = PinState::fromFlags(init | CKF_PROTECTED_AUTHENTICATION_PATH | CKF_SO_PIN_COUNT_LOW | CKF_SO_PIN_FINAL_TRY
                                            | CKF_SO_PIN_LOCKED);
    CHECK(so.status == PinStatus::Ok); // the SO PIN does not make the user PIN unusable
    CHECK(so.protectedAuthPath);
    CHECK(so.soCountLow);
    CHECK(so.soFinalTry);
    CHECK(so.soLocked);
}

TEST_CASE("every PIN status has its own name and description", "[PinState]")
{
    QSet<QString> names, texts;
    for (PinStatus s : {PinStatus::Ok, PinStatus::CountLow, PinStatus::FinalTry, PinStatus::Locked, PinStatus::MustChange,
                        PinStatus::NotInitialized}) {
        PinState state;
        state.status = s;
        names << QLatin1String(PinState::name(s));
        texts << state.describe();
        CHECK_FALSE(state.describe().isEmpty());
    }
    CHECK(names.size() == 6);
    CHECK(texts.size() == 6);
    CHECK(QLatin1String(PinState::name(PinStatus::FinalTry)) == QLatin1String("final-try"));
}
