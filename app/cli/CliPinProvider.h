#pragma once

#include "core/SecureBuffer.h"
#include "pkcs11/PinProvider.h"

#include <QString>

namespace kyso::cli {

// PIN from standard input (--pin-stdin), from an environment variable
// (--pin-env VAR, which is wiped and unset after reading) or from the
// terminal with echo off. Never from argv.
class CliPinProvider : public pkcs11::PinProvider
{
public:
    enum class Source { Terminal, Stdin, Environment };
    // With Source::Environment the variable is read, overwritten and unset
    // here, so construct this at start-up: the PIN does not sit in
    // /proc/PID/environ while revocation or the token are awaited.
    CliPinProvider(Source source, QString envVar, bool finalTryConfirmed);

    Error providePin(const pkcs11::PinRequest &request, SecureBuffer &pin) override;
    bool confirmFinalTry(const pkcs11::PinRequest &request) override;
    // Stdin: the next line; terminal: typed twice and compared.
    Error provideNewPin(const pkcs11::PinRequest &request, SecureBuffer &pin) override;

private:
    Source m_source;
    QString m_envVar;
    bool m_finalTryConfirmed;
    bool m_envFound = false;
    SecureBuffer m_envPin;
};

} // namespace kyso::cli
