#pragma once

#include "core/Error.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace PoDoFo {
class PdfMemDocument;
class PdfError;
} // namespace PoDoFo

namespace kyso::pdf {

// Object number and generation of an indirect object.
struct ObjectId {
    std::uint32_t number = 0;
    std::uint16_t generation = 0;
    bool operator==(const ObjectId &o) const { return number == o.number && generation == o.generation; }
};

// The leaves of a document's page tree, in page order, from one walk.
struct PageTree {
    static constexpr int kMaxDepth = 64;         // nesting of /Pages nodes
    static constexpr int kMaxNodes = 4'000'000;  // pages and /Pages nodes together

    std::vector<ObjectId> pages; // page i (0-based) is pages[i]
    int nodeVisits = 0;          // tree nodes read during the walk (cost measure)
    int depth = 0;               // deepest level reached (root = 0)
    bool walked = false;         // filled by checkPageTree (else empty: not read)

    int indexOf(const ObjectId &page) const; // 0-based, -1 if not a page of the tree
};

// Cheap checks before anything is loaded: the file exists, is readable and
// starts like a PDF.
Error checkPdfFile(const QString &path);

// The damage check of the page tree: walks it once, iteratively, from the
// catalog's /Pages and refuses (DamagedPdf) a node seen twice (a /Kids entry
// pointing back), a /Parent that does not name the node listing it (e.g. a
// page that is its own parent), nesting deeper than PageTree::kMaxDepth, a
// node that is not a dictionary, and a /Count that differs from the pages
// found below the node. Reads only the tree's dictionaries, never page
// content. `tree` receives the pages in order.
Error checkPageTree(PoDoFo::PdfMemDocument &doc, PageTree &tree);

// How much of the page tree loadDocument reads: all of it (signing: a broken
// tree must show up before the PIN), or none (verifying: the signatures' pages
// are found from their widgets upwards, see pageNumberFromParents).
enum class PageTreeCheck { Full, None };

// Loads a document, mapping PoDoFo's failures to KySo errors (encrypted,
// damaged), and runs checkPageTree unless told not to. forUpdate keeps the
// original bytes for an incremental update. `tree` (optional) receives the
// page tree.
Error loadDocument(PoDoFo::PdfMemDocument &doc, const QString &path, bool forUpdate, PageTree *tree = nullptr,
                   PageTreeCheck check = PageTreeCheck::Full);

// The 1-based number of `page`, found from the page upwards: the pages after
// it (its ancestors' later kids) are subtracted from the root's /Count. Reads
// the nodes on the way up and only the kids after the page, so a signature on
// the last page is located at the same cost in 2 or 2000 pages. 0 when the
// way up is broken (no /Parent, a loop, deeper than PageTree::kMaxDepth, a
// node missing from its parent's /Kids, not ending at the catalog's /Pages).
int pageNumberFromParents(PoDoFo::PdfMemDocument &doc, const ObjectId &page);

// A classic-xref copy of `path` for PoDoFo when it cannot read the file's
// cross-reference data itself (see XrefReader::normalisedCopy).
bool normalisedCopy(const QString &path, QByteArray &copy);
// The same for the bytes of a file (or of one revision: a prefix of it).
// False when XrefReader cannot read them or they are encrypted.
bool normalisedCopy(const QByteArray &bytes, QByteArray &copy);

// Maps a PoDoFo exception raised while reading `path`.
Error errorFromPodofo(const PoDoFo::PdfError &e);

} // namespace kyso::pdf
