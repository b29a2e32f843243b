#pragma once

#include "cli/Command.h"

namespace kyso::cli {

// kyso-cli request add|list|set-status: certificate requests (Mẫu 01–06).
class RequestCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("request"); }
    QString description() const override;
    QString helpText() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace kyso::cli
