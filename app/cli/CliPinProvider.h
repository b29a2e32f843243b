#pragma once

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
    CliPinProvider(Source source, QString envVar, bool finalTryConfirmed)
        : m_source(source), m_envVar(std::move(envVar)), m_finalTryConfirmed(finalTryConfirmed)
    {
    }

    Error providePin(const pkcs11::PinRequest &request, SecureBuffer &pin) override;
    bool confirmFinalTry(const pkcs11::PinRequest &request) override;
    // Stdin: the next line; terminal: typed twice and compared.
    Error provideNewPin(const pkcs11::PinRequest &request, SecureBuffer &pin) override;

private:
    Source m_source;
    QString m_envVar;
    bool m_finalTryConfirmed;
};

} // namespace kyso::cli
