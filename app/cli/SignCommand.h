#pragma once

#include "cli/Command.h"

namespace kyso::cli {

// kyso-cli sign IN.pdf [-o OUT.pdf] ... (several inputs or a folder: a batch
// with one login and one PIN).
class SignCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sign"); }
    QString description() const override;
    QString helpText() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace kyso::cli
