#pragma once

#include <QString>

namespace kyso::pkcs11 {

// User-PIN state as the token reports it in CK_TOKEN_INFO.flags.
enum class PinStatus {
    Ok,
    CountLow,      // CKF_USER_PIN_COUNT_LOW: at least one wrong PIN was entered
    FinalTry,      // CKF_USER_PIN_FINAL_TRY: the next wrong PIN locks the token
    Locked,        // CKF_USER_PIN_LOCKED
    MustChange,    // CKF_USER_PIN_TO_BE_CHANGED
    NotInitialized // CKF_USER_PIN_INITIALIZED not set
};

struct PinState {
    PinStatus status = PinStatus::Ok;
    bool protectedAuthPath = false; // PIN pad on the reader
    bool soCountLow = false;
    bool soFinalTry = false;
    bool soLocked = false;

    static PinState fromFlags(unsigned long flags);
    // Short translated description ("sắp hết số lần thử", ...).
    QString describe() const;
    static const char *name(PinStatus status);
};

} // namespace kyso::pkcs11
