#pragma once

#include <QStringList>

namespace kyso::cli {

// kyso-cli log list|export|verify|report
int runLog(const QStringList &args);
// kyso-cli handover add|list
int runHandover(const QStringList &args);
// kyso-cli request add|list|set-status
int runRequest(const QStringList &args);
// kyso-cli profile set|list|show|remove
int runProfile(const QStringList &args);

} // namespace kyso::cli
