#include "pdf/OutputSelfCheck.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

using namespace kyso;
using namespace kyso::pdf;

TEST_CASE("the signed output is read back before it is published", "[OutputSelfCheck]")
{
    test::SignedPdf f;
    CHECK_FALSE(checkSignedOutput(f.path(), f.result.fieldName).isError());

    const Error otherField = checkSignedOutput(f.path(), QStringLiteral("NotThere"));
    CHECK(otherField.code() == ErrorCode::OutputSelfCheckFailed);
    CHECK(otherField.detail().contains(QStringLiteral("NotThere")));

    // The unsigned input has no signature to find.
    CHECK(checkSignedOutput(f.input, f.result.fieldName).code() == ErrorCode::OutputSelfCheckFailed);

    const QString damaged = f.dir.filePath(QStringLiteral("damaged.pdf"));
    REQUIRE(QFile::copy(f.path(), damaged));
    REQUIRE(test::damageContent(damaged) > 0); // one signed byte
    const Error changed = checkSignedOutput(damaged, f.result.fieldName);
    CHECK(changed.code() == ErrorCode::OutputSelfCheckFailed);
    CHECK_FALSE(changed.detail().isEmpty());

    const QString garbage = f.dir.filePath(QStringLiteral("garbage.pdf"));
    REQUIRE(test::writeBytes(garbage, "%PDF-1.7 and nothing else"));
    CHECK(checkSignedOutput(garbage, f.result.fieldName).code() == ErrorCode::OutputSelfCheckFailed);
}
