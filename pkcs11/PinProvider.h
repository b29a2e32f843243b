#pragma once

#include "core/Error.h"
#include "core/SecureBuffer.h"
#include "pkcs11/PinState.h"

#include <QString>

namespace kyso::pkcs11 {

struct PinRequest {
    QString tokenLabel;
    QString tokenSerial;
    PinState state; // read live just before asking
};

// Supplies a PIN for one login attempt. The CLI reads stdin/env/terminal, the
// GUI shows a dialog on its own thread; this layer never creates UI. Called at
// most once per login: the token layer never retries a PIN by itself.
class PinProvider
{
public:
    virtual ~PinProvider() = default;
    virtual Error providePin(const PinRequest &request, SecureBuffer &pin) = 0;
    // Whether the user explicitly accepted spending the final PIN attempt.
    virtual bool confirmFinalTry(const PinRequest &request) = 0;
    // The new PIN for a PIN change (already confirmed by typing it twice).
    virtual Error provideNewPin(const PinRequest &request, SecureBuffer &pin)
    {
        Q_UNUSED(request)
        Q_UNUSED(pin)
        return Error(ErrorCode::PinUnavailable);
    }
};

} // namespace kyso::pkcs11
