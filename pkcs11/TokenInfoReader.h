#pragma once

#include "pkcs11/PinState.h"

#include <QString>

#include <memory>

namespace kyso::pkcs11 {

// Reads CK_TOKEN_INFO straight from the module (libp11 only keeps a stale
// snapshot of the flags). Opens the same module with dlopen, which shares the
// module state with libp11; C_Initialize then answers
// CKR_CRYPTOKI_ALREADY_INITIALIZED, which is accepted. Never calls C_Finalize.
class TokenInfoReader
{
public:
    static std::unique_ptr<TokenInfoReader> open(const QString &modulePath, QString *error = nullptr);
    ~TokenInfoReader();

    // Returns false when the slot has no token any more (removed).
    bool readFlags(unsigned long slotId, unsigned long &flags, unsigned long *rv = nullptr) const;
    bool readPinState(unsigned long slotId, PinState &state) const;

private:
    TokenInfoReader() = default;
    void *m_handle = nullptr;
    void *m_functions = nullptr;
};

} // namespace kyso::pkcs11
