#include "cli/CliSupport.h"

#include "core/Register.h"

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

std::unique_ptr<Register> openRegister(QTextStream &err, int &exitCode)
{
    Error error;
    std::unique_ptr<Register> reg = Register::open(Register::defaultPath(), error);
    if (!reg)
        exitCode = fail(err, error);
    return reg;
}

std::unique_ptr<Register> parseAndOpenRegister(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err,
                                               int &exitCode)
{
    if (!parseArguments(parser, args, out, err, exitCode))
        return nullptr;
    return openRegister(err, exitCode);
}

} // namespace kyso::cli
