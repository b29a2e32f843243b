#include "pkcs11/CkrError.h"

#include <catch2/catch.hpp>

#include <openssl/err.h>
#include <p11-kit/pkcs11.h>

using namespace kyso;
using kyso::pkcs11::errorFromCkr;

TEST_CASE("CK_RV values map to KySo errors in one place", "[CkrError]")
{
    CHECK_FALSE(errorFromCkr(CKR_OK, "C_Login"));
    CHECK(errorFromCkr(CKR_PIN_INCORRECT, "C_Login").code() == ErrorCode::PinIncorrect);
    CHECK(errorFromCkr(CKR_PIN_LEN_RANGE, "C_Login").code() == ErrorCode::PinIncorrect);
    CHECK(errorFromCkr(CKR_PIN_LOCKED, "C_Login").code() == ErrorCode::PinLocked);
    CHECK(errorFromCkr(CKR_DEVICE_REMOVED, "C_Sign").code() == ErrorCode::TokenRemoved);
    CHECK(errorFromCkr(CKR_TOKEN_NOT_PRESENT, "C_FindObjects").code() == ErrorCode::TokenRemoved);
    CHECK(errorFromCkr(CKR_FUNCTION_CANCELED, "C_Login").code() == ErrorCode::PinUnavailable);

    const Error other = errorFromCkr(CKR_DEVICE_ERROR, "C_Sign");
    CHECK(other.code() == ErrorCode::TokenError);
    CHECK(other.detail() == QStringLiteral("C_Sign: CKR_DEVICE_ERROR"));
    // A vendor-defined value is named by its number.
    CHECK(errorFromCkr(CKR_VENDOR_DEFINED + 5, "C_Sign").detail() == QStringLiteral("C_Sign: 0x80000005"));
}

TEST_CASE("libp11's last failure is read from the OpenSSL error queue", "[CkrError]")
{
    ERR_clear_error();
    CHECK(pkcs11::lastLibp11Ckr() == 0);
    // Without a recorded CK_RV a failure is still a token error, never success.
    CHECK(pkcs11::errorFromLibp11("C_FindObjects").detail() == QStringLiteral("C_FindObjects: CKR_FUNCTION_FAILED"));
    ERR_put_error(ERR_LIB_USER, 0, int(CKR_PIN_INCORRECT), __FILE__, __LINE__);
    CHECK(pkcs11::lastLibp11Ckr() == CKR_PIN_INCORRECT);
    CHECK(pkcs11::errorFromLibp11("C_Login").code() == ErrorCode::PinIncorrect);
    ERR_clear_error();
}
