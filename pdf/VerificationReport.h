#pragma once

#include "pdf/SignatureVerifier.h"

#include <QByteArray>
#include <QString>

namespace kyso::pdf {

// Human-readable report in the UI language (Vietnamese or English).
QString formatReport(const VerificationReport &report);
// Why the file could not be read, in words that fit verification (the
// general DamagedPdf message speaks of signing).
QString readErrorText(const Error &error);
// Machine-readable report (stable English keys).
QByteArray reportToJson(const VerificationReport &report);

} // namespace kyso::pdf
