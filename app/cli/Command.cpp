#include "cli/Command.h"

#include "cli/HandoverCommand.h"
#include "cli/LogCommand.h"
#include "cli/ProfileCommand.h"
#include "cli/RequestCommand.h"
#include "cli/SignCommand.h"
#include "cli/TokenCommand.h"
#include "cli/VerifyCommand.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace kyso::cli {

const QList<Command *> &Command::all()
{
    static SignCommand sign;
    static VerifyCommand verify;
    static TokenCommand token;
    static LogCommand log;
    static HandoverCommand handover;
    static RequestCommand request;
    static ProfileCommand profile;
    static const QList<Command *> commands{&sign, &verify, &token, &log, &handover, &request, &profile};
    return commands;
}

Command *Command::find(const QString &name)
{
    const QList<Command *> &commands = all();
    const auto it = std::find_if(commands.cbegin(), commands.cend(), [&](const Command *c) { return c->name() == name; });
    return it == commands.cend() ? nullptr : *it;
}

QString Command::usage()
{
    qsizetype width = 0;
    for (const Command *c : all())
        width = std::max(width, c->name().size());
    QString text = QCoreApplication::translate("Command", "Usage: kyso-cli <command> [options]") + QLatin1Char('\n')
        + QCoreApplication::translate("Command", "Commands:") + QLatin1Char('\n');
    for (const Command *c : all())
        text += QStringLiteral("  ") + c->name().leftJustified(width + 2) + c->description() + QLatin1Char('\n');
    text += QCoreApplication::translate("Command", "Run 'kyso-cli <command> --help' for the options of a command.") + QLatin1Char('\n');
    return text;
}

int Command::dispatch(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    if (args.size() < 2) {
        err << usage() << Qt::flush;
        return 64;
    }
    const QString command = args.takeAt(1);
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out << "kyso-cli " << KYSO_VERSION_STRING << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("help")) {
        out << usage() << Qt::flush;
        return 0;
    }
    Command *c = find(command);
    if (!c) {
        err << usage() << Qt::flush;
        return 64;
    }
    args[0] = args[0] + QLatin1Char(' ') + command;
    return c->run(args, out, err);
}

} // namespace kyso::cli
