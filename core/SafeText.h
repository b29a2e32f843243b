#pragma once

#include <QString>

namespace kyso {

// Text from the register (file names, reasons) shown in a terminal line:
// control characters (newline, tab, ESC, DEL, C1), line/paragraph
// separators and bidirectional overrides are written as visible escapes
// (\n, \t, \x1b, \u202e), a backslash as \\, so one record stays one line
// and cannot repaint the terminal.
QString escapeControls(const QString &text);

// A CSV cell that a spreadsheet would run as a formula (starting with
// = + - @, tab or carriage return) gets a leading apostrophe.
QString neutraliseCsvCell(const QString &text);
// The cell neutralised, quoted, with its quotes doubled.
QString csvCell(const QString &text);

// Qt turns bytes that are not valid in the locale's encoding (UTF-8) into
// U+FFFD, so such a file name cannot be opened through Qt. Returns the
// offset of the first byte that does not survive decoding and encoding
// again, or -1 if the bytes round-trip.
int firstUnrepresentableByte(const QByteArray &raw);

} // namespace kyso
