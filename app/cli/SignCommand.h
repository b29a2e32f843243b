#pragma once

#include <QStringList>

namespace kyso::cli {

// kyso-cli sign IN.pdf [-o OUT.pdf] ... ; returns the process exit status.
int runSign(const QStringList &args);

} // namespace kyso::cli
