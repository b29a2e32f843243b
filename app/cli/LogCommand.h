#pragma once

#include "cli/Command.h"

namespace kyso::cli {

// kyso-cli log list|export|verify|reconcile|outgoing, and the lifecycle
// actions log events|report (LifecycleCommands.h).
class LogCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("log"); }
    QString description() const override;
    QString helpText() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
    // --pdf (outgoing book, report) draws with Qt.
};

} // namespace kyso::cli
