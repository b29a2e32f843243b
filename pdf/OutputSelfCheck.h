#pragma once

#include "core/Error.h"

#include <QString>

namespace kyso::pdf {

// The signed file, re-opened with KySo's own verifier before it is published
// (offline, no trust decision): it must load, and the signature just made
// (fieldName) must be found with its digest intact. OutputSelfCheckFailed
// otherwise; the caller then discards the file.
Error checkSignedOutput(const QString &path, const QString &fieldName);

} // namespace kyso::pdf
