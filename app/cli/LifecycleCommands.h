#pragma once

#include <QStringList>

namespace kyso::cli {

// kyso-cli log events: token events (wrong PIN, final try refused, lock
// observed, PIN changed, token inserted/removed).
int runLogEvents(const QStringList &args);
// kyso-cli log report: the art. 9.6 report per unit (text, --json, --csv, --pdf).
int runLogReport(const QStringList &args);
// True for the commands that draw a PDF with Qt (they need a QGuiApplication).
bool needsGuiApplication(const QStringList &args);

} // namespace kyso::cli
