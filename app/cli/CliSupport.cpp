#include "cli/CliSupport.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace kyso::cli {

int fail(QTextStream &err, const Error &e)
{
    err << "kyso-cli: " << e.message() << Qt::endl;
    return e.exitCode();
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err, int &exitCode)
{
    if (!parser.parse(args)) {
        exitCode = fail(err, Error(ErrorCode::Usage, parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << Qt::flush;
        exitCode = 0;
        return false;
    }
    return true;
}

} // namespace kyso::cli
