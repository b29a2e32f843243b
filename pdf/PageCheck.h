#pragma once

#include "core/Error.h"

namespace PoDoFo {
class PdfMemDocument;
}

namespace kyso::pdf {

// What signing will read from page pageIndex (0-based), read now, before any
// PIN: the /Parent chain up to the page tree root (no loops, no dead ends)
// and the inherited /MediaBox, /Rotate and /Resources. DamagedPdf otherwise.
// Kept small so the page-tree walk of PdfInput can call it for every page.
Error checkPageForSigning(PoDoFo::PdfMemDocument &doc, int pageIndex);

} // namespace kyso::pdf
