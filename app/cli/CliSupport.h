#pragma once

#include "core/Error.h"

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace kyso::cli {

// Prints "kyso-cli: <message>" on err and returns the error's exit code.
int fail(QTextStream &err, const Error &e);

// Parses a subcommand's arguments. Returns false when the command is done:
// a usage error (reported on err, exitCode 64) or --help (printed on out,
// exitCode 0).
bool parseArguments(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err, int &exitCode);

} // namespace kyso::cli
