#pragma once

#include "core/Error.h"

#include <QStringList>

#include <memory>

class QCommandLineParser;
class QTextStream;

namespace kyso {
class Register;
}

namespace kyso::cli {

// Prints "kyso-cli: <message>" on err and returns the error's exit code.
int fail(QTextStream &err, const Error &e);

// Parses a subcommand's arguments. Returns false when the command is done:
// a usage error (reported on err, exitCode 64) or --help (printed on out,
// exitCode 0).
bool parseArguments(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err, int &exitCode);

// The register at its default place (Register::defaultPath()). Null when it
// cannot be opened: the reason is printed on err and exitCode is its code.
std::unique_ptr<Register> openRegister(QTextStream &err, int &exitCode);
// The start of a command that works on the register: parseArguments(), then
// openRegister(). Null when the command is done; exitCode tells how.
std::unique_ptr<Register> parseAndOpenRegister(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err,
                                               int &exitCode);

} // namespace kyso::cli
