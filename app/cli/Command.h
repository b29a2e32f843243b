#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace kyso::cli {

// One kyso-cli command ("sign", "verify", …). A command writes only to the
// streams run() is given (stdout and stderr in kyso-cli, strings in the
// tests) and returns the process exit status; it never exits.
class Command
{
public:
    virtual ~Command() = default;

    // The word after "kyso-cli".
    virtual QString name() const = 0;
    // One translated line for the usage text of kyso-cli.
    virtual QString description() const = 0;
    // The options text, as `kyso-cli NAME --help` prints it.
    virtual QString helpText() const = 0;
    // args[0] names the program ("kyso-cli NAME"), args[1…] are the
    // command's own arguments, as QCommandLineParser::parse() takes them.
    virtual int run(const QStringList &args, QTextStream &out, QTextStream &err) = 0;

    // Every command, in the order of the usage text.
    static const QList<Command *> &all();
    // The command called `name`, or nullptr.
    static Command *find(const QString &name);
    // The usage text of kyso-cli, made from all().
    static QString usage();
    // kyso-cli itself: args as QCoreApplication::arguments(). No command:
    // the usage on err, 64; --help/help: the usage on out, 0; --version.
    static int dispatch(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace kyso::cli
