#pragma once

#include "core/Error.h"
#include "core/Register.h"


namespace kyso {

// How a CSV export is written. The default is the machine-readable form
// (English column names, UTC ISO times, raw results, ','); `localised` writes
// what a clerk opens in a spreadsheet: translated column names, results and
// roles, Vietnam local time as dd/MM/yyyy HH:mm, and the separator chosen
// (';' for Excel under a Vietnamese locale).
struct CsvStyle {
    QChar separator = QLatin1Char(',');
    bool localised = false;
};

// CSV of signature records (UTF-8 with BOM, every field quoted, formulas
// neutralised), written atomically.
Error exportSignaturesCsv(const QList<SignatureRecord> &records, const QString &path, const CsvStyle &style = {});

// A register result ("signed", "failed", "pending") in the user's words.
QString signatureResultText(const QString &result);
// A token event of the register ("wrong-pin", "lock-observed", ...) in the
// user's words; an unknown one as recorded.
QString tokenEventText(const QString &event);
// A UTC time of the register as Vietnam local time (+07:00), dd/MM/yyyy HH:mm.
QString vietnamTimeText(const QDateTime &utc);

// The periodic usage report (regulation art. 9.6) is core/LifecycleReport.

} // namespace kyso
