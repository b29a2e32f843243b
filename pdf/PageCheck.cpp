#include "pdf/PageCheck.h"

#include <QCoreApplication>
#include <QSet>

#include <podofo/podofo.h>

using namespace PoDoFo;

namespace kyso::pdf {

namespace {
Error damaged(int pageIndex, const char *what)
{
    return Error(ErrorCode::DamagedPdf, QCoreApplication::translate("PageCheck", "page %1: %2")
                                            .arg(pageIndex + 1)
                                            .arg(QCoreApplication::translate("PageCheck", what)));
}
} // namespace

Error checkPageForSigning(PdfMemDocument &doc, int pageIndex)
{
    try {
        PdfPage *page = doc.GetPage(pageIndex);
        if (!page || !page->GetObject() || !page->GetObject()->IsDictionary())
            return damaged(pageIndex, QT_TRANSLATE_NOOP("PageCheck", "the page object is missing"));
        // The /Parent chain must end at the root without visiting a node twice.
        QSet<quint64> seen;
        const PdfObject *node = page->GetObject();
        for (int depth = 0; node; ++depth) {
            const PdfReference ref = node->Reference();
            const quint64 key = (quint64(ref.ObjectNumber()) << 16) | ref.GenerationNumber();
            if (seen.contains(key) || depth > 256)
                return damaged(pageIndex, QT_TRANSLATE_NOOP("PageCheck", "the page tree loops (/Parent)"));
            seen.insert(key);
            const PdfObject *parent = node->GetDictionary().GetKey("Parent");
            if (!parent)
                break;
            node = parent->IsReference() ? doc.GetObjects().GetObject(parent->GetReference()) : nullptr;
            if (!node || !node->IsDictionary())
                return damaged(pageIndex, QT_TRANSLATE_NOOP("PageCheck", "a /Parent of the page is missing"));
        }
        const PdfRect media = page->GetMediaBox();
        if (media.GetWidth() <= 0 || media.GetHeight() <= 0)
            return damaged(pageIndex, QT_TRANSLATE_NOOP("PageCheck", "the page has no usable /MediaBox"));
        (void)page->GetRotation();
        (void)page->GetResources();
    } catch (const PdfError &) {
        return damaged(pageIndex, QT_TRANSLATE_NOOP("PageCheck", "the page cannot be read"));
    }
    return {};
}

} // namespace kyso::pdf
