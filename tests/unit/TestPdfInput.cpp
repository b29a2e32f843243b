#include "pdf/PdfInput.h"
#include "pdf/SignatureVerifier.h"

#include <catch2/catch.hpp>

#include <podofo/podofo.h>

using namespace kyso::pdf;

TEST_CASE("the verifier reads a document the signer already parsed", "[PdfInput]")
{
    const QString sample = QStringLiteral(KYSO_SOURCE_DIR) + QStringLiteral("/resources/sample/quyet-dinh-mau.pdf");
    PoDoFo::PdfMemDocument doc;
    PageTree tree;
    REQUIRE_FALSE(loadDocument(doc, sample, true).isError());
    REQUIRE_FALSE(checkPageTree(doc, tree).isError());
    CHECK(tree.pages.size() == size_t(doc.GetPageCount()));
    const VerificationReport report = SignatureVerifier().verify(sample, doc, tree);
    CHECK_FALSE(report.readError.isError());
    CHECK(report.signatures.isEmpty());
}

