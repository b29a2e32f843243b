#pragma once

#include "core/Error.h"

#include <memory>

namespace PoDoFo {
class PdfMemDocument;
class PdfPage;
} // namespace PoDoFo

namespace kyso::pdf {

struct PageTree;

// What signing will read from page pageIndex (0-based), read now, before any
// PIN: the /Parent chain up to the page tree root (no loops, no dead ends)
// and the inherited /MediaBox, /Rotate and /Resources. DamagedPdf otherwise.
Error checkPageForSigning(PoDoFo::PdfMemDocument &doc, const PageTree &tree, int pageIndex);

// Page pageIndex (0-based) of a walked tree as a PoDoFo page, found through
// the walk instead of PoDoFo's GetPage (which reads every kid before the page:
// all 2000 page dictionaries to reach the last of 2000 pages). /Resources
// inherited from its /Parent chain are found as GetPage would. Null when the
// index is outside the tree or the object is missing; PoDoFo may throw.
std::unique_ptr<PoDoFo::PdfPage> pageOf(PoDoFo::PdfMemDocument &doc, const PageTree &tree, int pageIndex);

} // namespace kyso::pdf
