#include "pkcs11/PinState.h"

#include <QCoreApplication>

#include <p11-kit/pkcs11.h>

namespace kyso::pkcs11 {

PinState PinState::fromFlags(unsigned long flags)
{
    PinState s;
    if (!(flags & CKF_USER_PIN_INITIALIZED))
        s.status = PinStatus::NotInitialized;
    else if (flags & CKF_USER_PIN_LOCKED)
        s.status = PinStatus::Locked;
    else if (flags & CKF_USER_PIN_FINAL_TRY)
        s.status = PinStatus::FinalTry;
    else if (flags & CKF_USER_PIN_TO_BE_CHANGED)
        s.status = PinStatus::MustChange;
    else if (flags & CKF_USER_PIN_COUNT_LOW)
        s.status = PinStatus::CountLow;
    s.protectedAuthPath = flags & CKF_PROTECTED_AUTHENTICATION_PATH;
    s.soCountLow = flags & CKF_SO_PIN_COUNT_LOW;
    s.soFinalTry = flags & CKF_SO_PIN_FINAL_TRY;
    s.soLocked = flags & CKF_SO_PIN_LOCKED;
    return s;
}

const char *PinState::name(PinStatus status)
{
    switch (status) {
    case PinStatus::Ok: return "ok";
    case PinStatus::CountLow: return "count-low";
    case PinStatus::FinalTry: return "final-try";
    case PinStatus::Locked: return "locked";
    case PinStatus::MustChange: return "must-change";
    case PinStatus::NotInitialized: return "not-initialized";
    }
    return "ok";
}

QString PinState::describe() const
{
    switch (status) {
    case PinStatus::Ok: return QCoreApplication::translate("PinState", "PIN OK");
    case PinStatus::CountLow:
        return QCoreApplication::translate("PinState", "the token reports few PIN attempts left");
    case PinStatus::FinalTry:
        return QCoreApplication::translate("PinState", "the token reports the final PIN attempt; another wrong PIN locks it");
    case PinStatus::Locked: return QCoreApplication::translate("PinState", "the token reports the PIN is locked");
    case PinStatus::MustChange: return QCoreApplication::translate("PinState", "the token requires the PIN to be changed");
    case PinStatus::NotInitialized: return QCoreApplication::translate("PinState", "the user PIN is not initialised");
    }
    return {};
}

} // namespace kyso::pkcs11
