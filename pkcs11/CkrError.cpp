#include "pkcs11/CkrError.h"

#include <openssl/err.h>
#include <p11-kit/pkcs11.h>

namespace kyso::pkcs11 {

QString ckrName(unsigned long rv)
{
    switch (rv) {
#define KYSO_CKR(name) \
    case name: return QStringLiteral(#name);
        KYSO_CKR(CKR_OK)
        KYSO_CKR(CKR_CANCEL)
        KYSO_CKR(CKR_HOST_MEMORY)
        KYSO_CKR(CKR_SLOT_ID_INVALID)
        KYSO_CKR(CKR_GENERAL_ERROR)
        KYSO_CKR(CKR_FUNCTION_FAILED)
        KYSO_CKR(CKR_ARGUMENTS_BAD)
        KYSO_CKR(CKR_DEVICE_ERROR)
        KYSO_CKR(CKR_DEVICE_MEMORY)
        KYSO_CKR(CKR_DEVICE_REMOVED)
        KYSO_CKR(CKR_FUNCTION_CANCELED)
        KYSO_CKR(CKR_FUNCTION_NOT_SUPPORTED)
        KYSO_CKR(CKR_KEY_HANDLE_INVALID)
        KYSO_CKR(CKR_MECHANISM_INVALID)
        KYSO_CKR(CKR_OBJECT_HANDLE_INVALID)
        KYSO_CKR(CKR_OPERATION_ACTIVE)
        KYSO_CKR(CKR_PIN_INCORRECT)
        KYSO_CKR(CKR_PIN_INVALID)
        KYSO_CKR(CKR_PIN_LEN_RANGE)
        KYSO_CKR(CKR_PIN_EXPIRED)
        KYSO_CKR(CKR_PIN_LOCKED)
        KYSO_CKR(CKR_SESSION_CLOSED)
        KYSO_CKR(CKR_SESSION_HANDLE_INVALID)
        KYSO_CKR(CKR_TOKEN_NOT_PRESENT)
        KYSO_CKR(CKR_TOKEN_NOT_RECOGNIZED)
        KYSO_CKR(CKR_TOKEN_WRITE_PROTECTED)
        KYSO_CKR(CKR_USER_NOT_LOGGED_IN)
        KYSO_CKR(CKR_USER_PIN_NOT_INITIALIZED)
        KYSO_CKR(CKR_BUFFER_TOO_SMALL)
        KYSO_CKR(CKR_CRYPTOKI_NOT_INITIALIZED)
#undef KYSO_CKR
    default: break;
    }
    return QStringLiteral("0x%1").arg(rv, 0, 16);
}

Error errorFromCkr(unsigned long rv, const char *function)
{
    switch (rv) {
    case CKR_OK:
        return {};
    case CKR_PIN_INCORRECT:
    case CKR_PIN_INVALID:
    case CKR_PIN_LEN_RANGE:
        return Error(ErrorCode::PinIncorrect);
    case CKR_PIN_LOCKED:
        return Error(ErrorCode::PinLocked);
    case CKR_DEVICE_REMOVED:
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_SESSION_CLOSED:
        return Error(ErrorCode::TokenRemoved);
    case CKR_FUNCTION_CANCELED:
    case CKR_CANCEL:
        return Error(ErrorCode::PinUnavailable); // the PIN pad's Cancel key
    default:
        break;
    }
    return Error(ErrorCode::TokenError, QStringLiteral("%1: %2").arg(QLatin1String(function), ckrName(rv)));
}

unsigned long lastLibp11Ckr()
{
    const unsigned long e = ERR_peek_last_error();
    return e ? ERR_GET_REASON(e) : 0;
}

Error errorFromLibp11(const char *function)
{
    const unsigned long rv = lastLibp11Ckr();
    return errorFromCkr(rv == CKR_OK ? CKR_FUNCTION_FAILED : rv, function);
}

} // namespace kyso::pkcs11
