#include "pdf/PageCheck.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <podofo/podofo.h>

using namespace kyso;
using namespace kyso::pdf;

namespace {

// Parsed straight with PoDoFo (PdfInput's loader would run the check itself).
Error checkFirstPage(const QList<QByteArray> &objects, int pageIndex = 0)
{
    const QByteArray pdf = test::makePdf(objects);
    PoDoFo::PdfError::EnableDebug(false); // as PdfInput does: no trailer dumps on stdout
    PoDoFo::PdfError::EnableLogging(false);
    PoDoFo::PdfMemDocument doc;
    doc.LoadFromBuffer(pdf.constData(), long(pdf.size()));
    return checkPageForSigning(doc, pageIndex);
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
