#pragma once

#include "pkcs11/TokenInventory.h"

#include <QDate>
#include <QList>
#include <QStringList>

class QTextStream;

namespace kyso::cli {

// kyso-cli log events: token events (wrong PIN, final try refused, lock
// observed, PIN changed, token inserted/removed).
int runLogEvents(const QStringList &args, QTextStream &out, QTextStream &err);
// kyso-cli log report: the art. 9.6 report per unit (text, --json, --csv, --pdf).
int runLogReport(const QStringList &args, QTextStream &out, QTextStream &err);

// Today in Vietnam (+07:00), the day the lifecycle deadlines count from.
QDate vietnamToday();
// The tokens of the module (default: the configured one), with their certificates.
QList<pkcs11::TokenEntry> pluggedTokens(const QString &module);

} // namespace kyso::cli
