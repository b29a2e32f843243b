#pragma once

#include <QStringList>

namespace kyso::cli {

// kyso-cli token list|status|certs|change-pin [--module PATH] [--token L] [--json]
// For IT staff: list/status/certs never log in and never consume a PIN attempt.
int runToken(const QStringList &args);

} // namespace kyso::cli
