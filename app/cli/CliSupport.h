#pragma once

#include "core/Error.h"

#include <QStringList>

class QCommandLineParser;

namespace kyso::cli {

// Prints "kyso-cli: <message>" on stderr and returns the error's exit code.
int fail(const Error &e);

// Parses a subcommand's arguments. Returns false when the command is done:
// a usage error (reported, exitCode 64) or --help (printed, exitCode 0).
bool parseArguments(QCommandLineParser &parser, const QStringList &args, int &exitCode);

} // namespace kyso::cli
