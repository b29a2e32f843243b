#include "common/SigningService.h"

#include "core/LifecycleRecords.h"
#include "core/Register.h"
#include "core/WorkingDays.h"
#include "pdf/SignatureVerifier.h"

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

namespace {
// Counts the PIN requests; gives the demo token's PIN.
class CountingPins : public pkcs11::PinProvider
{
public:
    Error providePin(const pkcs11::PinRequest &, SecureBuffer &pin) override
    {
        ++asked;
        pin.assign("123456", 6);
        return {};
    }
    bool confirmFinalTry(const pkcs11::PinRequest &) override { return false; }
    int asked = 0;
};
} // namespace

// The GUI's manual placement: a document without a signature block is
// prepared (not refused) with no box; sign() refuses it before any PIN until
// a box is given, checks a box given by hand against its page, and signs on
// the page and in the box given.
TEST_CASE("manual placement without a block: the box drawn by hand on a chosen page", "[SigningService]")
{
    test::DemoToken token;
    QTemporaryDir dir;
    test::ScopedEnv data("KYSO_DATA_DIR", dir.filePath(QStringLiteral("data")));
    test::ScopedEnv config("KYSO_CONFIG_DIR", dir.filePath(QStringLiteral("config")));
    const QString input = dir.filePath(QStringLiteral("in.pdf"));
    REQUIRE(test::writeBytes(input, test::makePdf({"<< /Type /Catalog /Pages 2 0 R >>",
                                                   "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
                                                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                                                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"})));
    SignRequest req;
    req.input = input;
    req.output = dir.filePath(QStringLiteral("out.pdf"));
    req.modulePath = test::DemoToken::module();
    req.certId = QByteArray::fromHex("01");
    req.trustAnchors = {test::DemoToken::pki("root.pem")};
    req.registerPath = dir.filePath(QStringLiteral("register.sqlite"));

    QStringList warnings;
    {
        SigningService cli; // the command line still asks for --page/--rect
        CHECK(cli.prepare(req, warnings).code() == ErrorCode::BlockNotFound);
    }
    req.manualPlacement = true;
    SigningService service;
    const Error prepared = service.prepare(req, warnings);
    REQUIRE_FALSE(prepared.isError());
    CHECK(service.needsPlacement());
    CHECK(service.plannedRect().isEmpty());
    CHECK(service.plannedPage() == 2);

    Error error;
    std::unique_ptr<Register> reg = Register::open(dir.filePath(QStringLiteral("register.sqlite")), error);
    REQUIRE(reg);
    CountingPins pins;
    pdf::SignResult result;
    CHECK(service.sign(pins, *reg, result).code() == ErrorCode::BlockNotFound);
    service.overridePlacement(1, QRectF(500, 100, 200, 60)); // past the right edge
    CHECK(service.sign(pins, *reg, result).code() == ErrorCode::RectOutsidePage);
    CHECK(pins.asked == 0);
    CHECK_FALSE(QFile::exists(req.output));

    service.overridePlacement(1, QRectF(300, 100, 200, 60));
    CHECK_FALSE(service.needsPlacement());
    REQUIRE_FALSE(service.sign(pins, *reg, result).isError());
    CHECK(pins.asked == 1);
    const pdf::VerificationReport report = test::verifyOffline(req.output, test::DemoToken::pki("root.pem"));
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.first().page == 1);
    const QRectF w = report.signatures.first().widgetRect;
    CHECK(std::abs(w.x() - 300) < 0.5);
    CHECK(std::abs(w.y() - 100) < 0.5);
    CHECK(std::abs(w.width() - 200) < 0.5);
    CHECK(std::abs(w.height() - 60) < 0.5);
    service.releaseToken();
}

// The command line and a batch open the register once and hand it to
// prepare(); its lifecycle facts are read from that register, not from
// another connection opened on the default path.
TEST_CASE("prepare reads the lifecycle facts from the register it is given", "[SigningService]")
{
    test::DemoToken token;
    QTemporaryDir dir;
    test::ScopedEnv data("KYSO_DATA_DIR", dir.filePath(QStringLiteral("data")));
    test::ScopedEnv config("KYSO_CONFIG_DIR", dir.filePath(QStringLiteral("config")));
    SignRequest req;
    req.input = QStringLiteral(KYSO_SOURCE_DIR "/resources/sample/quyet-dinh-mau.pdf");
    req.output = dir.filePath(QStringLiteral("out.pdf"));
    req.modulePath = test::DemoToken::module();
    req.certId = QByteArray::fromHex("01");
    req.trustAnchors = {test::DemoToken::pki("root.pem")};
    QStringList warnings;
    CertificateInfo cert;
    {
        SigningService first;
        REQUIRE_FALSE(first.prepare(req, warnings).isError());
        cert = first.certificate();
    }
    // A register elsewhere in which that certificate's revocation was sent.
    Error error;
    std::unique_ptr<Register> other = Register::open(dir.filePath(QStringLiteral("other.sqlite")), error);
    REQUIRE(other);
    const WorkingDays wd;
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date(); // Vietnam
    RequestInput in;
    in.kind = QStringLiteral("revoke");
    in.form = 5;
    in.subject = cert.commonName;
    in.certSerial = cert.serialHex;
    in.reason = QStringLiteral("lost");
    const qint64 id = addRequest(*other, in, wd, today, error);
    REQUIRE(id > 0);
    REQUIRE_FALSE(setRequestStatus(*other, id, QStringLiteral("sent"), {}, {}, QStringLiteral("7/VP"),
                                   today.toString(Qt::ISODate), {}, wd, today).isError());

    req.openRegister = other.get();
    SigningService given;
    CHECK(given.prepare(req, warnings).code() == ErrorCode::CertificateRevokedLocally);
    req.openRegister = nullptr; // the default register knows nothing of it
    SigningService own;
    CHECK_FALSE(own.prepare(req, warnings).isError());
}
