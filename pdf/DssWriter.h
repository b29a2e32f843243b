#pragma once

#include "core/Error.h"
#include "pdf/Revocation.h"

#include <QString>

namespace PoDoFo {
class PdfMemDocument;
}

namespace kyso::pdf {

// Appends a Document Security Store (/DSS with /Certs, /OCSPs, /CRLs; PAdES
// B-LT) to a signed PDF in a new incremental update: every signature stays
// intact. Existing DSS entries are kept.
Error appendDss(const QString &inputPath, const QString &outputPath, const RevocationData &data);

// What a document's DSS holds (empty if none).
RevocationData readDss(PoDoFo::PdfMemDocument &doc);

} // namespace kyso::pdf
