#pragma once

#include "core/Error.h"

namespace kyso::pkcs11 {

// The one place where a PKCS#11 return value (CK_RV) becomes a KySo error
// (as web-eid's PKCS11CardManager::Call does): PIN results, a pulled-out token
// and a cancelled PIN pad get their own codes, everything else is a token error
// naming the function and the CK_RV. CKR_OK gives no error.
Error errorFromCkr(unsigned long rv, const char *function);

// The symbolic name of a CK_RV ("CKR_PIN_INCORRECT"), or its hex value.
QString ckrName(unsigned long rv);

// The CK_RV behind libp11's last failed call: libp11 records it as the reason
// of the OpenSSL error it queues. 0 when there is none (call ERR_clear_error()
// before the libp11 call).
unsigned long lastLibp11Ckr();

// errorFromCkr for libp11's last failed call (CKR_FUNCTION_FAILED when libp11
// left no CK_RV).
Error errorFromLibp11(const char *function);

} // namespace kyso::pkcs11
