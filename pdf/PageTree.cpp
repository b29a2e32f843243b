#include "pdf/PageTree.h"

#include "pdf/PdfInput.h"
#include "pdf/PdfTokens.h"
#include "pdf/XrefReader.h"

#include <QCoreApplication>
#include <QSet>

#include <podofo/podofo.h>

#include <algorithm>
#include <cstring>

using namespace PoDoFo;

namespace kyso::pdf {

int PageTree::indexOf(const ObjectId &page) const
{
    const auto it = std::find(pages.begin(), pages.end(), page);
    return it == pages.end() ? -1 : int(it - pages.begin());
}

namespace {

Error damaged(const QString &detail)
{
    return Error(ErrorCode::DamagedPdf, detail);
}

quint64 keyOf(const ObjectId &id)
{
    return (quint64(id.number) << 16) | id.generation;
}

// ---- Nodes from PoDoFo's objects

ObjectId idOf(const PdfReference &ref)
{
    return ObjectId{std::uint32_t(ref.ObjectNumber()), std::uint16_t(ref.GenerationNumber())};
}

class PodofoSource : public PageTreeSource
{
public:
    explicit PodofoSource(PdfMemDocument &doc) : m_doc(doc) {}

    bool root(ObjectId &id) override
    {
        const PdfObject *catalog = m_doc.GetCatalog();
        const PdfObject *pages = catalog && catalog->IsDictionary() ? catalog->GetDictionary().GetKey("Pages") : nullptr;
        if (!pages || !pages->IsReference())
            return false;
        id = idOf(pages->GetReference());
        return true;
    }

    PageTreeNode node(const ObjectId &id) override
    {
        PageTreeNode n;
        PdfVecObjects &objects = m_doc.GetObjects();
        const PdfObject *object = objects.GetObject(PdfReference(id.number, id.generation));
        if (!object || !object->IsDictionary())
            return n;
        n.dictionary = true;
        const PdfDictionary &dict = object->GetDictionary();
        const PdfObject *type = dict.GetKey("Type");
        n.pagesNode = type && type->IsName() ? type->GetName() == PdfName("Pages") : dict.HasKey("Kids");
        if (const PdfObject *parent = dict.GetKey("Parent")) {
            n.hasParent = true;
            n.parentIsReference = parent->IsReference();
            if (n.parentIsReference)
                n.parent = idOf(parent->GetReference());
        }
        if (!n.pagesNode)
            return n;
        const PdfObject *count = dict.GetKey("Count");
        n.countIsNumber = count && count->IsNumber();
        n.count = n.countIsNumber ? count->GetNumber() : 0;
        const PdfObject *kids = dict.GetKey("Kids");
        if (kids && kids->IsReference())
            kids = objects.GetObject(kids->GetReference());
        n.kidsIsArray = kids && kids->IsArray();
        if (n.kidsIsArray) {
            for (const PdfObject &kid : kids->GetArray()) {
                if (kid.IsReference())
                    n.kids.push_back(idOf(kid.GetReference()));
                else
                    n.kidsAreReferences = false;
            }
        }
        return n;
    }

private:
    PdfMemDocument &m_doc;
};

// ---- Nodes from the raw bytes

using namespace syntax;

// A name token at b[start, end) (with its '/') equal to `name`, #xx escapes decoded.
bool nameIs(const QByteArray &b, qsizetype start, qsizetype end, const char *name)
{
    if (start >= end || b[start] != '/')
        return false;
    const char *want = name;
    for (qsizetype i = start + 1; i < end; ++i, ++want) {
        char c = b[i];
        if (c == '#' && i + 2 < end) {
            bool ok = false;
            c = char(QByteArray(b.constData() + i + 1, 2).toInt(&ok, 16));
            if (!ok)
                return false;
            i += 2;
        }
        if (*want == 0 || c != *want)
            return false;
    }
    return *want == 0;
}

// The values of /Type, /Parent, /Kids and /Count in the dictionary `text`
// (top level only; the last of a repeated key).
struct RawNodeKeys {
    enum { Type, Parent, Kids, Count, N };
    qsizetype start[N] = {-1, -1, -1, -1};
    qsizetype end[N] = {-1, -1, -1, -1};
};

bool scanNodeKeys(const QByteArray &text, RawNodeKeys &keys)
{
    static const char *const names[RawNodeKeys::N] = {"Type", "Parent", "Kids", "Count"};
    return forEachEntry(text, [&](qsizetype key, qsizetype keyEnd, qsizetype value, qsizetype valueEnd) {
        for (int k = 0; k < RawNodeKeys::N; ++k) {
            if (nameIs(text, key, keyEnd, names[k])) { // a repeated key: the last counts, as in PoDoFo
                keys.start[k] = value;
                keys.end[k] = valueEnd;
            }
        }
    });
}

class RawSource : public PageTreeSource
{
public:
    explicit RawSource(const XrefReader &xref) : m_xref(xref) {}

    bool root(ObjectId &id) override
    {
        int catalogNum = 0;
        QByteArray catalogText;
        if (!parseReference(m_xref.trailer().value("Root"), catalogNum) || !m_xref.object(catalogNum, catalogText))
            return false;
        RawDictionary catalog;
        int num = 0, gen = 0;
        if (!catalog.parse(catalogText) || !parseReference(catalog.value("Pages"), num, &gen))
            return false;
        id = ObjectId{std::uint32_t(num), std::uint16_t(gen)};
        return true;
    }

    PageTreeNode node(const ObjectId &id) override
    {
        PageTreeNode n;
        QByteArray text;
        RawNodeKeys keys;
        if (!read(id, text) || !scanNodeKeys(text, keys))
            return n;
        n.dictionary = true;
        const qsizetype *s = keys.start, *e = keys.end;
        const bool typed = s[RawNodeKeys::Type] >= 0 && bytesAt(text, s[RawNodeKeys::Type], "/");
        n.pagesNode = typed ? nameIs(text, s[RawNodeKeys::Type], e[RawNodeKeys::Type], "Pages") : s[RawNodeKeys::Kids] >= 0;
        if (s[RawNodeKeys::Parent] >= 0) {
            n.hasParent = true;
            int num = 0, gen = 0;
            n.parentIsReference = referenceAt(text, s[RawNodeKeys::Parent], e[RawNodeKeys::Parent], num, gen);
            if (n.parentIsReference)
                n.parent = ObjectId{std::uint32_t(num), std::uint16_t(gen)};
        }
        if (!n.pagesNode)
            return n;
        qint64 count = 0;
        n.countIsNumber = s[RawNodeKeys::Count] >= 0 && integerAt(text, s[RawNodeKeys::Count], e[RawNodeKeys::Count], count);
        n.count = count;
        if (s[RawNodeKeys::Kids] >= 0)
            readKids(text, s[RawNodeKeys::Kids], e[RawNodeKeys::Kids], n);
        return n;
    }

private:
    // The object's value text, when `id` names a live object of that generation.
    bool read(const ObjectId &id, QByteArray &text) const
    {
        const auto it = m_xref.entries().constFind(int(id.number));
        if (it == m_xref.entries().cend() || it->type == XrefEntry::Free)
            return false;
        const int generation = it->type == XrefEntry::Compressed ? 0 : it->gen;
        return generation == id.generation && m_xref.object(int(id.number), text);
    }

    void readKids(const QByteArray &text, qsizetype start, qsizetype end, PageTreeNode &n) const
    {
        QByteArray indirect;
        const QByteArray *array = &text;
        int num = 0, gen = 0;
        if (referenceAt(text, start, end, num, gen)) {
            if (!read(ObjectId{std::uint32_t(num), std::uint16_t(gen)}, indirect))
                return;
            array = &indirect;
            start = skipSpace(indirect, 0);
        }
        if (start >= array->size() || (*array)[start] != '[')
            return;
        n.kidsIsArray = true;
        qsizetype i = start + 1;
        for (;;) {
            i = skipSpace(*array, i);
            if (i >= array->size()) {
                n.kidsIsArray = false;
                return;
            }
            if ((*array)[i] == ']')
                return;
            const qsizetype itemEnd = valueEnd(*array, i);
            if (itemEnd < 0) {
                n.kidsIsArray = false;
                return;
            }
            if (referenceAt(*array, i, itemEnd, num, gen))
                n.kids.push_back(ObjectId{std::uint32_t(num), std::uint16_t(gen)});
            else
                n.kidsAreReferences = false;
            i = itemEnd;
        }
    }

    const XrefReader &m_xref;
};

// ---- The walk

// One step of the walk: a node to read, or (leaving) a /Pages node whose
// kids are all done, to check its /Count.
struct Frame {
    ObjectId id;
    ObjectId parent;
    bool isRoot = false;
    int depth = 0;
    bool leaving = false;
    long long count = 0;
    bool countIsNumber = false;
    size_t firstPage = 0;
};

// /Parent, when given, must name the node that lists this one: anything
// else can make the inheritance of /MediaBox, /Resources, /Rotate loop.
Error checkParent(const PageTreeNode &node, const Frame &f)
{
    if (f.isRoot || !node.hasParent)
        return {};
    if (!node.parentIsReference || !(node.parent == f.parent))
        return damaged(QCoreApplication::translate("PdfInput", "page tree: the /Parent of object %1 does not point to the node that lists it").arg(f.id.number));
    return {};
}

Error checkCount(const Frame &f, size_t pagesBelow)
{
    if (!f.countIsNumber || f.count != static_cast<long long>(pagesBelow))
        return damaged(QCoreApplication::translate("PdfInput", "page tree: /Count of object %1 does not match its %2 page(s)").arg(f.id.number).arg(pagesBelow));
    return {};
}

// Reads one node; a leaf becomes the next page, a /Pages node queues its
// kids (in order) behind a leaving frame.
Error visit(PageTreeSource &source, const Frame &f, std::vector<Frame> &stack, QSet<quint64> &seen, PageTree &tree,
            PageTreeNode &node)
{
    if (++tree.nodeVisits > PageTree::kMaxNodes)
        return damaged(QCoreApplication::translate("PdfInput", "page tree: more than %1 nodes").arg(PageTree::kMaxNodes));
    if (seen.contains(keyOf(f.id)))
        return damaged(QCoreApplication::translate("PdfInput", "page tree: object %1 is listed twice (a loop)").arg(f.id.number));
    seen.insert(keyOf(f.id));
    node = source.node(f.id);
    if (!node.dictionary)
        return damaged(QCoreApplication::translate("PdfInput", "page tree: object %1 is missing or not a dictionary").arg(f.id.number));
    if (Error e = checkParent(node, f))
        return e;
    tree.depth = std::max(tree.depth, f.depth);
    if (!node.pagesNode) {
        tree.pages.push_back(f.id);
        return {};
    }
    if (f.depth >= PageTree::kMaxDepth)
        return damaged(QCoreApplication::translate("PdfInput", "page tree: nested deeper than %1 levels").arg(PageTree::kMaxDepth));
    if (!node.kidsIsArray)
        return damaged(QCoreApplication::translate("PdfInput", "page tree: object %1 has no /Kids array").arg(f.id.number));
    if (!node.kidsAreReferences)
        return damaged(QCoreApplication::translate("PdfInput", "page tree: a /Kids entry of object %1 is not a reference").arg(f.id.number));
    if (stack.size() + node.kids.size() > size_t(PageTree::kMaxNodes))
        return damaged(QCoreApplication::translate("PdfInput", "page tree: more than %1 nodes").arg(PageTree::kMaxNodes));
    Frame leave = f;
    leave.leaving = true;
    leave.count = node.count;
    leave.countIsNumber = node.countIsNumber;
    leave.firstPage = tree.pages.size();
    stack.push_back(leave);
    for (size_t i = node.kids.size(); i-- > 0;) {
        Frame kid;
        kid.id = node.kids[i];
        kid.parent = f.id;
        kid.depth = f.depth + 1;
        stack.push_back(kid);
    }
    return {};
}

// Pages below a /Kids entry: its /Count for a /Pages node, 1 for a page; -1 if unreadable.
long long pagesBelow(PageTreeSource &source, const ObjectId &kid)
{
    const PageTreeNode n = source.node(kid);
    if (!n.dictionary)
        return -1;
    if (!n.pagesNode)
        return 1;
    return n.countIsNumber && n.count >= 0 ? n.count : -1;
}

} // namespace

std::unique_ptr<PageTreeSource> pageTreeSource(const XrefReader &xref)
{
    return std::make_unique<RawSource>(xref);
}

Error checkPageTree(PageTreeSource &source, PageTree &tree)
{
    tree = PageTree();
    try {
        Frame first;
        if (!source.root(first.id))
            return damaged(QCoreApplication::translate("PdfInput", "the document has no page tree"));
        first.isRoot = true;
        QSet<quint64> seen;
        std::vector<Frame> stack{first};
        PageTreeNode node, rootNode;
        while (!stack.empty()) {
            const Frame f = stack.back();
            stack.pop_back();
            if (Error e = f.leaving ? checkCount(f, tree.pages.size() - f.firstPage) : visit(source, f, stack, seen, tree, node))
                return e;
            if (f.isRoot && !f.leaving)
                rootNode = node;
        }
        // The root has no parent; one inside the tree would make a loop.
        if (rootNode.parentIsReference && seen.contains(keyOf(rootNode.parent)))
            return damaged(QCoreApplication::translate("PdfInput", "page tree: the root node has a /Parent inside the tree (a loop)"));
        if (tree.pages.empty())
            return damaged(QCoreApplication::translate("PdfInput", "no pages"));
    } catch (const PdfError &e) {
        return errorFromPodofo(e);
    }
    tree.walked = true;
    return {};
}

Error checkPageTree(PoDoFo::PdfMemDocument &doc, PageTree &tree)
{
    PodofoSource source(doc);
    return checkPageTree(source, tree);
}

Error checkPageTree(const XrefReader &xref, PageTree &tree)
{
    RawSource source(xref);
    return checkPageTree(source, tree);
}

int pageNumberFromParents(PageTreeSource &source, const ObjectId &page)
{
    try {
        ObjectId root;
        if (!source.root(root))
            return 0;
        ObjectId node = page;
        long long following = 0;
        QSet<quint64> seen;
        for (int depth = 0; depth <= PageTree::kMaxDepth; ++depth) {
            if (node == root) {
                const PageTreeNode r = source.node(root);
                if (depth == 0 || !r.dictionary || !r.countIsNumber)
                    return 0;
                const long long number = r.count - following;
                return number >= 1 && number <= r.count ? int(number) : 0;
            }
            if (seen.contains(keyOf(node)))
                return 0; // a loop upwards
            seen.insert(keyOf(node));
            const PageTreeNode self = source.node(node);
            if (!self.dictionary || !self.parentIsReference)
                return 0;
            const PageTreeNode parent = source.node(self.parent);
            if (!parent.dictionary || !parent.kidsIsArray || !parent.kidsAreReferences)
                return 0;
            const auto at = std::find(parent.kids.begin(), parent.kids.end(), node);
            if (at == parent.kids.end())
                return 0; // not listed by the node it names as parent
            for (auto it = at + 1; it != parent.kids.end(); ++it) {
                const long long n = pagesBelow(source, *it);
                if (n < 0)
                    return 0;
                following += n;
            }
            node = self.parent;
        }
    } catch (const PdfError &) {
    }
    return 0;
}

int pageNumberFromParents(PoDoFo::PdfMemDocument &doc, const ObjectId &page)
{
    PodofoSource source(doc);
    return pageNumberFromParents(source, page);
}

} // namespace kyso::pdf
