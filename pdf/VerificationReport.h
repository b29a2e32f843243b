#pragma once

#include "pdf/SignatureVerifier.h"

#include <QByteArray>
#include <QString>

namespace kyso::pdf {

// Human-readable report in the UI language (Vietnamese or English).
QString formatReport(const VerificationReport &report);
// Machine-readable report (stable English keys).
QByteArray reportToJson(const VerificationReport &report);

} // namespace kyso::pdf
