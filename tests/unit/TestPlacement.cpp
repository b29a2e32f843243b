#include "common/Placement.h"

#include "CatchQt.h"

using namespace kyso;

namespace {
const QString kSample = QStringLiteral(KYSO_SOURCE_DIR "/resources/sample/quyet-dinh-mau.pdf");
const QString kImage = QStringLiteral(KYSO_SOURCE_DIR "/resources/demo/chu-ky-demo.png");
}

TEST_CASE("personal image on the block read from the document", "[Placement]")
{
    const pdf::DocumentFacts facts = pdf::readDocumentFacts(kSample);
    REQUIRE(facts.blocks.size() == 1);
    SignRequest req;
    req.input = kSample;
    req.imagePath = kImage;
    PlacementInput in;
    in.request = &req;
    in.certificate.commonName = QStringLiteral("Nguyễn Văn An");
    in.pages = 1;
    in.block = &facts.blocks.first();
    in.now = QDateTime::currentDateTimeUtc();
    pdf::SignOptions o;
    REQUIRE_FALSE(planPlacement(in, o).isError());
    REQUIRE(o.rect);
    CHECK(o.page == 1);
    const pdf::SignatureBlockFacts &b = facts.blocks.first();
    CHECK(std::abs(o.rect->center().x() - b.titleBox.center().x()) < 0.5);
    CHECK(o.rect->top() >= b.nameBox.bottom());   // above the name
    CHECK(o.rect->bottom() <= b.titleBox.top());   // below the title
    CHECK(o.appearance.lines.isEmpty());           // image only

    // The same document without a block read: the legacy locator by name.
    in.block = nullptr;
    pdf::SignOptions legacy;
    REQUIRE_FALSE(planPlacement(in, legacy).isError());
    CHECK(std::abs(legacy.rect->center().x() - o.rect->center().x()) < 2);
    req.signerName = QStringLiteral("Người Không Có");
    CHECK(planPlacement(in, legacy).code() == ErrorCode::BlockNotFound);
}

TEST_CASE("split block: the image goes above the name on its page", "[Placement]")
{
    pdf::SignatureBlockFacts b;
    b.titlePage = 1;
    b.namePage = 2;
    b.titleBox = QRectF(300, 100, 100, 30);
    b.nameBox = QRectF(310, 700, 80, 17);
    const QRectF r = blockSignatureRect(b, 2.0);
    CHECK(r.top() >= b.nameBox.bottom());
    CHECK(std::abs(r.center().x() - b.nameBox.center().x()) < 0.5);
    CHECK(r.width() / r.height() == Approx(2.0));
}

TEST_CASE("seal needs a personal signature, stamps at the top right of page 1", "[Placement]")
{
    SignRequest req;
    req.input = kSample;
    req.role = SigningRole::Agency;
    pdf::VerificationReport none;
    PlacementInput in;
    in.request = &req;
    in.certificate.commonName = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    in.pages = 1;
    in.existing = &none;
    in.now = QDateTime::currentDateTimeUtc();
    pdf::SignOptions o;
    CHECK(planPlacement(in, o).code() == ErrorCode::BlockNotFound);

    req.role = SigningRole::Copy;
    req.copyForm = QStringLiteral("sao y");
    in.stampAgency = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    pdf::SignOptions c;
    REQUIRE_FALSE(planPlacement(in, c).isError());
    REQUIRE(c.appearance.lines.size() == 3);
    CHECK(c.appearance.lines[0] == QStringLiteral("SAO Y"));
    CHECK(c.appearance.lines[1] == in.stampAgency);
    CHECK(c.appearance.lines[2].endsWith(QStringLiteral("+07:00")));
    CHECK(c.page == 1);
    CHECK(c.rect->right() > 500);
    CHECK(c.rect->bottom() > 800);
}
