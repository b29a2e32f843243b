#pragma once

#include "core/Error.h"
#include "core/Register.h"

#include <QMap>

namespace kyso {

// CSV of signature records (UTF-8 with BOM, every field quoted), written
// atomically.
Error exportSignaturesCsv(const QList<SignatureRecord> &records, const QString &path);

// Periodic usage report (regulation art. 9.6): signed documents counted by
// unit (agency), signer and role.
struct UsageReport {
    QMap<QString, QMap<QString, QMap<QString, int>>> counts; // unit -> signer -> role -> n
    int total = 0;
};
UsageReport buildUsageReport(const QList<SignatureRecord> &records);

} // namespace kyso
