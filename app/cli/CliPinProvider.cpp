#include "cli/CliPinProvider.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace kyso::cli {

namespace {


// Reads one line from fd into pin, byte by byte (no stdio buffer keeps a copy).
bool readLine(int fd, SecureBuffer &pin)
{
    char c = 0;
    while (true) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n <= 0)
            break;
        if (c == '\n')
            return true;
        if (c != '\r')
            pin.append(c);
    }
    c = 0;
    return !pin.isEmpty();
}

} // namespace

namespace {
Error readFromTerminal(const QString &prompt, SecureBuffer &pin);
}

CliPinProvider::CliPinProvider(Source source, QString envVar, bool finalTryConfirmed)
    : m_source(source), m_envVar(std::move(envVar)), m_finalTryConfirmed(finalTryConfirmed)
{
    if (m_source != Source::Environment)
        return;
    const QByteArray name = m_envVar.toLocal8Bit();
    char *value = std::getenv(name.constData());
    if (value && *value) {
        m_envPin.assign(value, std::strlen(value));
        m_envFound = true;
    }
    if (value) // overwrite in place: /proc/PID/environ shows the original block
        OPENSSL_cleanse(value, std::strlen(value));
    ::unsetenv(name.constData());
}

Error CliPinProvider::providePin(const pkcs11::PinRequest &request, SecureBuffer &pin)
{
    switch (m_source) {
    case Source::Stdin:
        if (!readLine(STDIN_FILENO, pin))
            return Error(ErrorCode::PinUnavailable, QCoreApplication::translate("CliPinProvider", "standard input is empty"));
        return {};
    case Source::Environment:
        if (!m_envFound)
            return Error(ErrorCode::PinUnavailable, QCoreApplication::translate("CliPinProvider", "environment variable %1 is not set").arg(m_envVar));
        pin.assign(m_envPin.c_str(), m_envPin.size());
        m_envPin.clear();
        m_envFound = false; // one use
        return {};
    case Source::Terminal: {
        QString prompt = QCoreApplication::translate("CliPinProvider", "PIN for token \"%1\"").arg(request.tokenLabel);
        if (request.state.status != pkcs11::PinStatus::Ok)
            prompt += QStringLiteral(" (%1)").arg(request.state.describe());
        return readFromTerminal(prompt, pin);
    }
    }
    return Error(ErrorCode::PinUnavailable);
}

namespace {
Error readFromTerminal(const QString &prompt, SecureBuffer &pin)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return Error(ErrorCode::PinUnavailable,
                     QCoreApplication::translate("CliPinProvider", "no terminal; use --pin-stdin or --pin-env"));
    const QByteArray p = (prompt + QStringLiteral(": ")).toLocal8Bit();
    (void)!::write(tty, p.constData(), size_t(p.size()));
    termios saved{};
    const bool isTty = ::tcgetattr(tty, &saved) == 0;
    if (isTty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    const bool ok = readLine(tty, pin);
    if (isTty)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    (void)!::write(tty, "\n", 1);
    ::close(tty);
    return ok ? Error() : Error(ErrorCode::PinUnavailable);
}
} // namespace

Error CliPinProvider::provideNewPin(const pkcs11::PinRequest &request, SecureBuffer &pin)
{
    if (m_source == Source::Stdin) {
        if (!readLine(STDIN_FILENO, pin))
            return Error(ErrorCode::PinUnavailable, QCoreApplication::translate("CliPinProvider", "standard input is empty"));
        return {};
    }
    if (m_source != Source::Terminal)
        return Error(ErrorCode::PinUnavailable);
    SecureBuffer again;
    if (Error e = readFromTerminal(QCoreApplication::translate("CliPinProvider", "New PIN for token \"%1\"").arg(request.tokenLabel), pin))
        return e;
    if (Error e = readFromTerminal(QCoreApplication::translate("CliPinProvider", "New PIN again"), again))
        return e;
    if (pin.size() != again.size() || std::memcmp(pin.c_str(), again.c_str(), pin.size()) != 0) {
        pin.clear();
        return Error(ErrorCode::PinUnavailable, QCoreApplication::translate("CliPinProvider", "the two new PINs differ"));
    }
    return {};
}

bool CliPinProvider::confirmFinalTry(const pkcs11::PinRequest &request)
{
    Q_UNUSED(request)
    // Only an explicit flag counts: a script must never spend the last
    // attempt by accident.
    return m_finalTryConfirmed;
}

} // namespace kyso::cli
