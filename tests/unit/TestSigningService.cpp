#include "common/SigningService.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QTemporaryDir>

using namespace kyso;

// prepare() refuses a bad request before it opens any token: these requests
// name no module, so reaching the token step would fail differently.
TEST_CASE("prepare refuses bad requests before the token is opened", "[SigningService]")
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.pdf"));
    REQUIRE(test::writeBytes(input, test::makePdf(test::simplePage())));
    const QString notImage = dir.filePath(QStringLiteral("not-an-image.png"));
    REQUIRE(test::writeBytes(notImage, "text"));

    SignRequest base;
    base.input = input;
    base.output = dir.filePath(QStringLiteral("out.pdf"));
    base.modulePath = dir.filePath(QStringLiteral("no-such-module.so"));

    auto prepare = [](const SignRequest &req) {
        SigningService service;
        QStringList warnings;
        const Error e = service.prepare(req, warnings);
        CHECK(warnings.isEmpty());
        return e;
    };

    SignRequest missing = base;
    missing.input = dir.filePath(QStringLiteral("missing.pdf"));
    CHECK(prepare(missing).code() == ErrorCode::FileNotFound);

    SignRequest page = base;
    page.page = 3;
    CHECK(prepare(page).code() == ErrorCode::PageOutOfRange);

    SignRequest exists = base;
    exists.output = notImage;
    CHECK(prepare(exists).code() == ErrorCode::OutputExists);

    SignRequest image = base;
    image.imagePath = notImage;
    CHECK(prepare(image).code() == ErrorCode::ImageUnreadable);

    SignRequest copy = base;
    copy.role = SigningRole::Copy;
    copy.copyForm = QStringLiteral("BẢN CHỤP");
    const Error copyError = prepare(copy);
    CHECK(copyError.code() == ErrorCode::Usage);
    CHECK(copyError.detail().contains(QStringLiteral("SAO Y")));

    SignRequest release = base;
    release.release.number = QStringLiteral("12/QĐ-UBND");
    const Error personalRelease = prepare(release);
    CHECK(personalRelease.code() == ErrorCode::Usage);
    CHECK(personalRelease.detail().contains(QStringLiteral("--role agency")));
    release.role = SigningRole::Agency; // still no outgoing book to number it in
    CHECK(prepare(release).code() == ErrorCode::Usage);

    // An attachment carries no image (so a bad one is not its problem), but
    // needs the number of its main document.
    SignRequest attachment = base;
    attachment.role = SigningRole::Attachment;
    attachment.imagePath = notImage;
    const Error attachmentError = prepare(attachment);
    CHECK(attachmentError.code() == ErrorCode::Usage);
    CHECK(attachmentError.detail().contains(QStringLiteral("--doc-number")));
    CHECK_FALSE(QFile::exists(base.output)); // nothing was written by any of them
}
