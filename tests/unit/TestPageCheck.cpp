#include "pdf/PageCheck.h"
#include "pdf/PageTree.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <podofo/podofo.h>

using namespace kyso;
using namespace kyso::pdf;

namespace {

// Parsed straight with PoDoFo.
Error checkFirstPage(const QList<QByteArray> &objects, int pageIndex = 0)
{
    const QByteArray pdf = test::makePdf(objects);
    PoDoFo::PdfError::EnableDebug(false); // as PdfInput does: no trailer dumps on stdout
    PoDoFo::PdfError::EnableLogging(false);
    PoDoFo::PdfMemDocument doc;
    doc.LoadFromBuffer(pdf.constData(), long(pdf.size()));
    // The tree as a walk would give it (pages 3, 4, 5...): the page check
    // alone, even where the walk would have refused the file already.
    PageTree tree;
    tree.pages = {ObjectId{3, 0}};
    tree.walked = true;
    return checkPageForSigning(doc, tree, pageIndex);
}

} // namespace

TEST_CASE("a page is checked before signing: parents, media box", "[PageCheck]")
{
    CHECK_FALSE(checkFirstPage(test::simplePage()).isError());

    QList<QByteArray> noMedia = test::simplePage();
    noMedia[2] = "<</Type/Page/Parent 2 0 R/MediaBox [0 0 0 0]/Contents 4 0 R>>";
    const Error media = checkFirstPage(noMedia);
    CHECK(media.code() == ErrorCode::DamagedPdf);
    CHECK(media.detail().contains(QStringLiteral("MediaBox")));
    CHECK(media.detail().startsWith(QStringLiteral("page 1:")));

    QList<QByteArray> deadParent = test::simplePage();
    deadParent[2] = "<</Type/Page/Parent 9 0 R/MediaBox [0 0 595 842]/Contents 4 0 R>>";
    const Error dead = checkFirstPage(deadParent);
    CHECK(dead.code() == ErrorCode::DamagedPdf);
    CHECK(dead.detail().contains(QStringLiteral("/Parent")));

    QList<QByteArray> loop = test::simplePage();
    loop[1] = "<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>";
    const Error looping = checkFirstPage(loop);
    CHECK(looping.code() == ErrorCode::DamagedPdf);
    CHECK(looping.detail().contains(QStringLiteral("loops")));

    // Inherited from the page tree: fine.
    QList<QByteArray> inherited = test::simplePage();
    inherited[1] = "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 420 595] >>";
    inherited[2] = "<</Type/Page/Parent 2 0 R/Contents 4 0 R>>";
    CHECK_FALSE(checkFirstPage(inherited).isError());

    CHECK(checkFirstPage(test::simplePage(), 3).code() == ErrorCode::DamagedPdf); // no such page
}

TEST_CASE("a page of the walked tree is read without PoDoFo's page lookup, its inherited keys included", "[PageCheck]")
{
    // Root -> group -> two pages; the group gives /Resources and /Rotate, the
    // root the /MediaBox.
    const QByteArray pdf = test::makePdf({"<< /Type /Catalog /Pages 2 0 R >>",
                                          "<< /Type /Pages /Kids [3 0 R] /Count 2 /MediaBox [0 0 420 595] >>",
                                          "<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2 /Rotate 90"
                                          " /Resources << /Font << /F1 6 0 R >> >> >>",
                                          "<< /Type /Page /Parent 3 0 R >>",
                                          "<< /Type /Page /Parent 3 0 R /Rotate 180 /MediaBox [0 0 595 842] >>",
                                          "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
    PoDoFo::PdfMemDocument doc;
    doc.LoadFromBuffer(pdf.constData(), long(pdf.size()));
    PageTree tree;
    REQUIRE_FALSE(checkPageTree(doc, tree).isError());
    REQUIRE(tree.pages.size() == 2);

    const std::unique_ptr<PoDoFo::PdfPage> first = pageOf(doc, tree, 0);
    REQUIRE(first);
    CHECK(first->GetObject()->Reference().ObjectNumber() == 4);
    CHECK(first->GetRotation() == 90);
    CHECK(first->GetMediaBox().GetWidth() == 420);
    REQUIRE(first->GetResources());
    CHECK(first->GetResources()->GetDictionary().HasKey("Font"));
    const std::unique_ptr<PoDoFo::PdfPage> second = pageOf(doc, tree, 1);
    REQUIRE(second);
    CHECK(second->GetObject()->Reference().ObjectNumber() == 5);
    CHECK(second->GetRotation() == 180);
    CHECK(second->GetMediaBox().GetWidth() == 595);
    // The same as PoDoFo's own lookup.
    CHECK(doc.GetPage(1)->GetObject() == second->GetObject());
    CHECK(pageOf(doc, tree, 2) == nullptr);
    CHECK(pageOf(doc, tree, -1) == nullptr);
    CHECK_FALSE(checkPageForSigning(doc, tree, 1).isError());
    CHECK(checkPageForSigning(doc, tree, 2).code() == ErrorCode::DamagedPdf);
}
