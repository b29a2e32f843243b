#pragma once

#include "core/Error.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace PoDoFo {
class PdfMemDocument;
} // namespace PoDoFo

namespace kyso::pdf {

class XrefReader;

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

// What the page-tree checks need from one node, however it was read.
struct PageTreeNode {
    bool dictionary = false;       // the object exists and is a dictionary
    bool pagesNode = false;        // /Type /Pages, or /Kids without a /Type
    bool hasParent = false;        // /Parent is present ...
    bool parentIsReference = false; // ... as a reference
    ObjectId parent;
    bool kidsIsArray = false;      // /Kids (direct or indirect) is an array ...
    bool kidsAreReferences = true; // ... of references only
    std::vector<ObjectId> kids;    // the references among them, in order
    bool countIsNumber = false;    // /Count is a direct integer
    long long count = 0;
};

// Where the nodes come from: PoDoFo's parsed objects, or the file's raw bytes
// through XrefReader (the signer's view: the incremental update is computed
// from the same bytes, and no page dictionary is parsed into PoDoFo objects).
class PageTreeSource
{
public:
    virtual ~PageTreeSource() = default;
    // The catalog's /Pages as a reference; false when there is none.
    virtual bool root(ObjectId &id) = 0;
    // Reads `id` (the kids only for a /Pages node).
    virtual PageTreeNode node(const ObjectId &id) = 0;
};

std::unique_ptr<PageTreeSource> pageTreeSource(const XrefReader &xref);

// The damage check of the page tree: walks it once, iteratively, from the
// catalog's /Pages and refuses (DamagedPdf) a node seen twice (a /Kids entry
// pointing back), a /Parent that does not name the node listing it (e.g. a
// page that is its own parent), nesting deeper than PageTree::kMaxDepth, a
// node that is not a dictionary, and a /Count that differs from the pages
// found below the node. Reads only the tree's dictionaries, never page
// content. `tree` receives the pages in order.
Error checkPageTree(PageTreeSource &source, PageTree &tree);
Error checkPageTree(PoDoFo::PdfMemDocument &doc, PageTree &tree);
Error checkPageTree(const XrefReader &xref, PageTree &tree);

// The 1-based number of `page`, found from the page upwards: the pages after
// it (its ancestors' later kids) are subtracted from the root's /Count. Reads
// the nodes on the way up and only the kids after the page, so a signature on
// the last page is located at the same cost in 2 or 2000 pages. 0 when the
// way up is broken (no /Parent, a loop, deeper than PageTree::kMaxDepth, a
// node missing from its parent's /Kids, not ending at the catalog's /Pages).
int pageNumberFromParents(PageTreeSource &source, const ObjectId &page);
int pageNumberFromParents(PoDoFo::PdfMemDocument &doc, const ObjectId &page);

} // namespace kyso::pdf
