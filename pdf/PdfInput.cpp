#include "pdf/PdfInput.h"

#include "pdf/FileInputDevice.h"
#include "pdf/XrefReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <podofo/podofo.h>

#include <algorithm>

using namespace PoDoFo;

namespace kyso::pdf {

namespace {

Error damaged(const QString &detail)
{
    return Error(ErrorCode::DamagedPdf, detail);
}

ObjectId idOf(const PdfReference &ref)
{
    return ObjectId{std::uint32_t(ref.ObjectNumber()), std::uint16_t(ref.GenerationNumber())};
}

quint64 keyOf(const ObjectId &id)
{
    return (quint64(id.number) << 16) | id.generation;
}

// One step of the walk: a node to read, or (leaving) a /Pages node whose
// kids are all done, to check its /Count.
struct Frame {
    ObjectId id;
    ObjectId parent;
    bool isRoot = false;
    int depth = 0;
    bool leaving = false;
    const PdfObject *node = nullptr;
    size_t firstPage = 0;
};

bool isPagesNode(const PdfDictionary &dict)
{
    const PdfObject *type = dict.GetKey("Type");
    if (type && type->IsName())
        return type->GetName() == PdfName("Pages");
    return dict.HasKey("Kids"); // /Type missing: a node with kids is an intermediate node
}

// /Parent, when given, must name the node that lists this one: anything
// else can make the inheritance of /MediaBox, /Resources, /Rotate loop.
Error checkParent(const PdfDictionary &dict, const Frame &f)
{
    const PdfObject *parent = dict.GetKey("Parent");
    if (f.isRoot || !parent)
        return {};
    if (!parent->IsReference() || !(idOf(parent->GetReference()) == f.parent))
        return damaged(QCoreApplication::translate("PdfInput", "page tree: the /Parent of object %1 does not point to the node that lists it").arg(f.id.number));
    return {};
}

Error checkCount(const Frame &f, size_t pagesBelow)
{
    const PdfObject *count = f.node->GetDictionary().GetKey("Count");
    if (!count || !count->IsNumber() || count->GetNumber() != pdf_int64(pagesBelow))
        return damaged(QCoreApplication::translate("PdfInput", "page tree: /Count of object %1 does not match its %2 page(s)").arg(f.id.number).arg(pagesBelow));
    return {};
}

// Reads one node; a leaf becomes the next page, a /Pages node queues its
// kids (in order) behind a leaving frame.
Error visit(PdfVecObjects &objects, Frame f, std::vector<Frame> &stack, QSet<quint64> &seen, PageTree &tree)
{
    if (++tree.nodeVisits > PageTree::kMaxNodes)
        return damaged(QCoreApplication::translate("PdfInput", "page tree: more than %1 nodes").arg(PageTree::kMaxNodes));
    if (seen.contains(keyOf(f.id)))
        return damaged(QCoreApplication::translate("PdfInput", "page tree: object %1 is listed twice (a loop)").arg(f.id.number));
    seen.insert(keyOf(f.id));
    const PdfObject *node = objects.GetObject(PdfReference(f.id.number, f.id.generation));
    if (!node || !node->IsDictionary())
        return damaged(QCoreApplication::translate("PdfInput", "page tree: object %1 is missing or not a dictionary").arg(f.id.number));
    const PdfDictionary &dict = node->GetDictionary();
    if (Error e = checkParent(dict, f))
        return e;
    tree.depth = std::max(tree.depth, f.depth);
    if (!isPagesNode(dict)) {
        tree.pages.push_back(f.id);
        return {};
    }
    if (f.depth >= PageTree::kMaxDepth)
        return damaged(QCoreApplication::translate("PdfInput", "page tree: nested deeper than %1 levels").arg(PageTree::kMaxDepth));
    const PdfObject *kids = dict.GetKey("Kids");
    if (kids && kids->IsReference())
        kids = objects.GetObject(kids->GetReference());
    if (!kids || !kids->IsArray())
        return damaged(QCoreApplication::translate("PdfInput", "page tree: object %1 has no /Kids array").arg(f.id.number));
    const PdfArray &array = kids->GetArray();
    if (stack.size() + array.size() > size_t(PageTree::kMaxNodes))
        return damaged(QCoreApplication::translate("PdfInput", "page tree: more than %1 nodes").arg(PageTree::kMaxNodes));
    Frame leave = f;
    leave.leaving = true;
    leave.node = node;
    leave.firstPage = tree.pages.size();
    stack.push_back(leave);
    for (size_t i = array.size(); i-- > 0;) {
        if (!array[i].IsReference())
            return damaged(QCoreApplication::translate("PdfInput", "page tree: a /Kids entry of object %1 is not a reference").arg(f.id.number));
        Frame kid;
        kid.id = idOf(array[i].GetReference());
        kid.parent = f.id;
        kid.depth = f.depth + 1;
        stack.push_back(kid);
    }
    return {};
}

} // namespace

int PageTree::indexOf(const ObjectId &page) const
{
    const auto it = std::find(pages.begin(), pages.end(), page);
    return it == pages.end() ? -1 : int(it - pages.begin());
}

Error checkPdfFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error(ErrorCode::FileNotFound, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileNotFound, path);
    // The header may follow up to 1 KiB of junk (PDF 32000-1, Annex H).
    const QByteArray head = file.read(1024);
    if (!head.contains("%PDF-"))
        return Error(ErrorCode::NotPdf, info.fileName());
    return {};
}

Error errorFromPodofo(const PoDoFo::PdfError &e)
{
    const EPdfError code = e.GetError();
    if (code == ePdfError_InvalidPassword || code == ePdfError_CannotEncryptedForUpdate)
        return Error(ErrorCode::EncryptedPdf);
    if (code == ePdfError_OutOfMemory)
        return Error(ErrorCode::InternalError, QStringLiteral("out of memory"));
    const char *what = PdfError::ErrorName(e.GetError());
    return Error(ErrorCode::DamagedPdf, QString::fromLatin1(what ? what : "PoDoFo"));
}

bool normalisedCopy(const QString &path, QByteArray &copy)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return normalisedCopy(f.readAll(), copy);
}

bool normalisedCopy(const QByteArray &bytes, QByteArray &copy)
{
    XrefReader xref;
    if (xref.read(bytes) || xref.trailer().has("Encrypt"))
        return false;
    copy = xref.normalisedCopy();
    return true;
}

Error checkPageTree(PoDoFo::PdfMemDocument &doc, PageTree &tree)
{
    tree = PageTree();
    try {
        const PdfObject *catalog = doc.GetCatalog();
        const PdfObject *root = catalog && catalog->IsDictionary() ? catalog->GetDictionary().GetKey("Pages") : nullptr;
        if (!root || !root->IsReference())
            return damaged(QCoreApplication::translate("PdfInput", "the document has no page tree"));
        QSet<quint64> seen;
        std::vector<Frame> stack;
        Frame first;
        first.id = idOf(root->GetReference());
        first.isRoot = true;
        stack.push_back(first);
        while (!stack.empty()) {
            const Frame f = stack.back();
            stack.pop_back();
            if (Error e = f.leaving ? checkCount(f, tree.pages.size() - f.firstPage)
                                    : visit(doc.GetObjects(), f, stack, seen, tree))
                return e;
        }
        // The root has no parent; one inside the tree would make a loop.
        const PdfObject *rootNode = doc.GetObjects().GetObject(root->GetReference());
        const PdfObject *parent = rootNode->GetDictionary().GetKey("Parent");
        if (parent && parent->IsReference() && seen.contains(keyOf(idOf(parent->GetReference()))))
            return damaged(QCoreApplication::translate("PdfInput", "page tree: the root node has a /Parent inside the tree (a loop)"));
        if (tree.pages.empty())
            return damaged(QCoreApplication::translate("PdfInput", "no pages"));
    } catch (const PdfError &e) {
        return errorFromPodofo(e);
    }
    tree.walked = true;
    return {};
}

namespace {

// Pages below a /Kids entry: its /Count for a /Pages node, 1 for a page; -1 if unreadable.
long long pagesBelow(PdfVecObjects &objects, const PdfObject &kid)
{
    if (!kid.IsReference())
        return -1;
    const PdfObject *node = objects.GetObject(kid.GetReference());
    if (!node || !node->IsDictionary())
        return -1;
    const PdfObject *type = node->GetDictionary().GetKey("Type");
    const bool isNode = type && type->IsName() ? type->GetName() == PdfName("Pages") : node->GetDictionary().HasKey("Kids");
    if (!isNode)
        return 1;
    const PdfObject *count = node->GetDictionary().GetKey("Count");
    return count && count->IsNumber() && count->GetNumber() >= 0 ? count->GetNumber() : -1;
}

} // namespace

int pageNumberFromParents(PoDoFo::PdfMemDocument &doc, const ObjectId &page)
{
    try {
        PdfVecObjects &objects = doc.GetObjects();
        const PdfObject *catalog = doc.GetCatalog();
        const PdfObject *rootRef = catalog && catalog->IsDictionary() ? catalog->GetDictionary().GetKey("Pages") : nullptr;
        if (!rootRef || !rootRef->IsReference())
            return 0;
        PdfReference node(page.number, page.generation);
        long long following = 0;
        QSet<quint64> seen;
        for (int depth = 0; depth <= PageTree::kMaxDepth; ++depth) {
            if (node == rootRef->GetReference()) {
                const PdfObject *root = objects.GetObject(node);
                const PdfObject *count = root && root->IsDictionary() ? root->GetDictionary().GetKey("Count") : nullptr;
                if (depth == 0 || !count || !count->IsNumber())
                    return 0;
                const long long number = count->GetNumber() - following;
                return number >= 1 && number <= count->GetNumber() ? int(number) : 0;
            }
            if (seen.contains(keyOf(idOf(node))))
                return 0; // a loop upwards
            seen.insert(keyOf(idOf(node)));
            const PdfObject *self = objects.GetObject(node);
            const PdfObject *parentRef = self && self->IsDictionary() ? self->GetDictionary().GetKey("Parent") : nullptr;
            if (!parentRef || !parentRef->IsReference())
                return 0;
            const PdfObject *parent = objects.GetObject(parentRef->GetReference());
            const PdfObject *kids = parent && parent->IsDictionary() ? parent->GetDictionary().GetKey("Kids") : nullptr;
            if (kids && kids->IsReference())
                kids = objects.GetObject(kids->GetReference());
            if (!kids || !kids->IsArray())
                return 0;
            const PdfArray &list = kids->GetArray();
            size_t at = list.size();
            for (size_t i = 0; i < list.size(); ++i) {
                if (list[i].IsReference() && list[i].GetReference() == node) {
                    at = i;
                    break;
                }
            }
            if (at == list.size())
                return 0; // not listed by the node it names as parent
            for (size_t i = at + 1; i < list.size(); ++i) {
                const long long n = pagesBelow(objects, list[i]);
                if (n < 0)
                    return 0;
                following += n;
            }
            node = parentRef->GetReference();
        }
    } catch (const PdfError &) {
    }
    return 0;
}

Error loadDocument(PoDoFo::PdfMemDocument &doc, const QString &path, bool forUpdate, PageTree *tree, PageTreeCheck check)
{
    // PoDoFo's own diagnostics go to stderr; KySo reports errors itself.
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    if (Error e = checkPdfFile(path))
        return e;
    try {
        try {
            // Our device: seeks without system calls (see FileInputDevice).
            doc.LoadFromDevice(PdfRefCountedInputDevice(new FileInputDevice(path)), forUpdate);
        } catch (const PdfError &e) {
            // PoDoFo 0.9.8 rejects some valid cross-reference data (xref
            // streams with 8-byte fields, /W [1 8 2]). Read it ourselves and
            // give PoDoFo an equivalent classic copy; the original bytes stay
            // the base of any update.
            const EPdfError code = e.GetError();
            if (code == ePdfError_InvalidPassword || code == ePdfError_CannotEncryptedForUpdate)
                throw;
            QByteArray copy;
            if (!normalisedCopy(path, copy))
                throw;
            doc.LoadFromBuffer(copy.constData(), long(copy.size()), false);
        }
        if (doc.GetEncrypted() || (doc.GetTrailer() && doc.GetTrailer()->GetDictionary().HasKey("Encrypt")))
            return Error(ErrorCode::EncryptedPdf);
    } catch (const PdfError &e) {
        return errorFromPodofo(e);
    }
    // One walk of the page tree, so that a broken tree shows up now, not
    // halfway through signing (PoDoFo's GetPage(i) starts from the root
    // every time: calling it for every page costs pages² node reads).
    if (check == PageTreeCheck::None)
        return {};
    PageTree local;
    return checkPageTree(doc, tree ? *tree : local);
}

} // namespace kyso::pdf
