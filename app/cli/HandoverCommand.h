#pragma once

#include "cli/Command.h"

namespace kyso::cli {

// kyso-cli handover add|list|print ID: token custody handovers.
class HandoverCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("handover"); }
    QString description() const override;
    QString helpText() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
    // print draws the handover record (PDF) with Qt.
};

} // namespace kyso::cli
