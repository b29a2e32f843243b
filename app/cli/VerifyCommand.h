#pragma once

#include <QStringList>

namespace kyso::cli {

// kyso-cli verify FILE.pdf [--trust PEM]... [--json]; exit 0 all valid,
// 1 some invalid or untrusted (or none), 2 cannot read.
int runVerify(const QStringList &args);

} // namespace kyso::cli
