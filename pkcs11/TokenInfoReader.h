#pragma once

#include "pkcs11/PinState.h"

#include <QList>
#include <QString>

#include <memory>

namespace kyso::pkcs11 {

struct RawTokenInfo {
    QString label, manufacturer, model, serial;
    QString hardwareVersion, firmwareVersion;
    unsigned long flags = 0;
    unsigned long minPin = 0, maxPin = 0;
};

struct MechanismInfo {
    unsigned long type = 0;
    QString name;
    unsigned long minKeyBits = 0, maxKeyBits = 0;
};

// Reads CK_TOKEN_INFO and mechanisms straight from the module (libp11 only
// keeps a stale snapshot of the flags). Opens the same module with dlopen,
// which shares the module state with libp11; C_Initialize then answers
// CKR_CRYPTOKI_ALREADY_INITIALIZED, which is accepted. Never calls C_Finalize.
// Call only from the module's TokenWorker thread.
class TokenInfoReader
{
public:
    static std::unique_ptr<TokenInfoReader> open(const QString &modulePath, QString *error = nullptr);
    ~TokenInfoReader();

    // Returns false when the slot has no token any more (removed).
    bool readFlags(unsigned long slotId, unsigned long &flags, unsigned long *rv = nullptr) const;
    bool readPinState(unsigned long slotId, PinState &state) const;
    bool readTokenInfo(unsigned long slotId, RawTokenInfo &info) const;
    // Signing-relevant mechanisms the token offers (RSA PKCS#1, PSS, ECDSA, SHA-2 variants).
    QList<MechanismInfo> signingMechanisms(unsigned long slotId) const;
    // Slots that currently hold a token.
    QList<unsigned long> slotsWithToken() const;
    // C_SetPIN in a fresh read-write session; returns the CK_RV.
    unsigned long setPin(unsigned long slotId, const char *oldPin, const char *newPin) const;

private:
    TokenInfoReader() = default;
    void *m_handle = nullptr;
    void *m_functions = nullptr;
};

} // namespace kyso::pkcs11
