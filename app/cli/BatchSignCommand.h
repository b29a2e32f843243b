#pragma once

#include "common/SigningService.h"

#include <QString>
#include <QStringList>

class QTextStream;

namespace kyso::pkcs11 {
class PinProvider;
}

namespace kyso::cli {

// `kyso-cli sign A.pdf B.pdf DIR … [--output-dir DIR] [--json]`: the files
// (directories give their *.pdf) signed with one login and one PIN, a result
// line per file and a summary (or one JSON document). Returns 0 only when
// every file was signed. Writes to out and err only.
int runBatchSign(const SignRequest &base, const QStringList &inputs, const QString &outputDir, bool json,
                 pkcs11::PinProvider &pins, QTextStream &out, QTextStream &err);

} // namespace kyso::cli
