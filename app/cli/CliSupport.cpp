#include "cli/CliSupport.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace kyso::cli {

int fail(const Error &e)
{
    QTextStream(stderr) << "kyso-cli: " << e.message() << Qt::endl;
    return e.exitCode();
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    if (!parser.parse(args)) {
        exitCode = fail(Error(ErrorCode::Usage, parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        exitCode = 0;
        return false;
    }
    return true;
}

} // namespace kyso::cli
