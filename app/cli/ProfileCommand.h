#pragma once

#include "cli/Command.h"

namespace kyso::cli {

// kyso-cli profile set|list|show|remove: the signing profiles of the settings.
class ProfileCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("profile"); }
    QString description() const override;
    QString helpText() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace kyso::cli
