#pragma once

#include "core/Error.h"
#include "core/Register.h"


namespace kyso {

// CSV of signature records (UTF-8 with BOM, every field quoted), written
// atomically.
Error exportSignaturesCsv(const QList<SignatureRecord> &records, const QString &path);

// The periodic usage report (regulation art. 9.6) is core/LifecycleReport.

} // namespace kyso
