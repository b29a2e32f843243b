#pragma once

#include "cli/Command.h"

namespace kyso::cli {

// kyso-cli verify FILE.pdf [--trust PEM]... [--json]; exit 0 all valid,
// 1 some invalid or untrusted (or none), 2 cannot read.
class VerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString description() const override;
    QString helpText() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace kyso::cli
