#pragma once

#include "cli/Command.h"

namespace kyso::cli {

// kyso-cli token list|status|certs|change-pin|set-kind [--module PATH] [--token L] [--json]
// For IT staff: list/status/certs never log in and never consume a PIN attempt.
class TokenCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("token"); }
    QString description() const override;
    QString helpText() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace kyso::cli
