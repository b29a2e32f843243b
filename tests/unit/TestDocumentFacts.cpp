#include "pdf/DocumentFacts.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

using namespace kyso::pdf;

namespace {

using kyso::test::addLine;

// Like addLine, with explicit gaps: parts separated by `gap` points.
void addGapped(QList<PageWord> &words, const QStringList &parts, double x, double top, double gap, double size = 13)
{
    for (const QString &part : parts) {
        addLine(words, part, x, top, size);
        x += part.size() * size * 0.5 + gap;
    }
}

QList<PageWord> ubndHeader()
{
    QList<PageWord> w;
    addLine(w, QStringLiteral("ỦY BAN NHÂN DÂN"), 110, 790);
    addLine(w, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 280, 790);
    addLine(w, QStringLiteral("TỈNH PHÚ THỌ"), 118, 775);
    addLine(w, QStringLiteral("Độc lập - Tự do - Hạnh phúc"), 330, 775);
    addLine(w, QStringLiteral("Số: 123/QĐ-UBND"), 112, 754);
    addLine(w, QStringLiteral("Phú Thọ, ngày 25 tháng 11 năm 2026"), 300, 754);
    addLine(w, QStringLiteral("QUYẾT ĐỊNH"), 280, 725);
    addLine(w, QStringLiteral("Về việc ban hành Quy chế mẫu"), 230, 710);
    addLine(w, QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"), 220, 689);
    addLine(w, QStringLiteral("Căn cứ Luật Tổ chức chính quyền địa phương;"), 85, 668);
    return w;
}

void addBlock(QList<PageWord> &w, double x, double top, const QStringList &upper, const QString &name)
{
    for (const QString &l : upper) {
        addLine(w, l, x, top);
        top -= 15;
    }
    addLine(w, name, x + 5, top - 75);
}

} // namespace

TEST_CASE("header of a provincial decision from word boxes", "[DocumentFacts]")
{
    QList<PageWord> page = ubndHeader();
    addLine(page, QStringLiteral("Nơi nhận:"), 85, 400);
    addBlock(page, 350, 410, {QStringLiteral("KT. CHỦ TỊCH"), QStringLiteral("PHÓ CHỦ TỊCH")}, QStringLiteral("Nguyễn Văn An"));
    const DocumentFacts f = analyseDocument({page});
    CHECK(f.agencyParent.isEmpty());
    CHECK(f.agencyName == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"));
    CHECK(f.number == QStringLiteral("123"));
    CHECK(f.symbol == QStringLiteral("QĐ-UBND"));
    CHECK_FALSE(f.numberBlank());
    CHECK(f.place == QStringLiteral("Phú Thọ"));
    CHECK(f.day == QStringLiteral("25"));
    CHECK(f.month == QStringLiteral("11"));
    CHECK(f.year == QStringLiteral("2026"));
    CHECK_FALSE(f.dateBlank());
    CHECK(f.documentType == QStringLiteral("QUYẾT ĐỊNH"));
    CHECK(f.subject == QStringLiteral("Về việc ban hành Quy chế mẫu"));
    REQUIRE(f.blocks.size() == 1);
    const SignatureBlockFacts &b = f.blocks.first();
    CHECK(b.capacity == QStringLiteral("KT."));
    CHECK(b.onBehalfOf == QStringLiteral("CHỦ TỊCH"));
    CHECK(b.title == QStringLiteral("PHÓ CHỦ TỊCH"));
    CHECK(b.name == QStringLiteral("Nguyễn Văn An"));
    CHECK_FALSE(b.split());
    CHECK(b.titleBox.top() > b.nameBox.bottom());
    CHECK(f.notRead().isEmpty());
}

TEST_CASE("a Sở with its parent line, a two-line name and blank number and date", "[DocumentFacts]")
{
    QList<PageWord> w;
    addLine(w, QStringLiteral("UBND TỈNH PHÚ THỌ"), 95, 790);
    addLine(w, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 280, 790);
    addLine(w, QStringLiteral("SỞ KHOA HỌC VÀ"), 95, 775);
    addLine(w, QStringLiteral("Độc lập - Tự do - Hạnh phúc"), 330, 775);
    addLine(w, QStringLiteral("CÔNG NGHỆ"), 95, 760);
    addGapped(w, {QStringLiteral("Số:"), QStringLiteral("/TTr-SKHCN")}, 95, 739, 24);
    addGapped(w, {QStringLiteral("Phú Thọ, ngày"), QStringLiteral("tháng"), QStringLiteral("năm")}, 300, 739, 20);
    addLine(w, QStringLiteral("TỜ TRÌNH"), 285, 710);
    addLine(w, QStringLiteral("Về việc phê duyệt Kế hoạch"), 235, 695);
    const DocumentFacts f = analyseDocument({w});
    CHECK(f.agencyParent == QStringLiteral("UBND TỈNH PHÚ THỌ"));
    CHECK(f.agencyName == QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    CHECK(f.numberBlank());
    CHECK(f.symbol == QStringLiteral("TTr-SKHCN"));
    // The blank lies between "Số:" and the slash.
    CHECK(f.numberBlankBox.left() >= 95 + 3 * 6.5);
    CHECK(f.numberBlankBox.right() <= 95 + 3 * 6.5 + 24 + 0.5);
    CHECK(f.numberBlankBox.width() > 15);
    CHECK(f.dateBlank());
    CHECK(f.day.isEmpty());
    CHECK(f.month.isEmpty());
    CHECK(f.year.isEmpty());
    CHECK(f.dayBlankBox.width() > 15);
    CHECK(f.monthBlankBox.left() > f.dayBlankBox.right());
    CHECK(f.yearBlankBox.left() > f.monthBlankBox.right());
    CHECK(f.documentType == QStringLiteral("TỜ TRÌNH"));
    CHECK(f.subject.startsWith(QStringLiteral("Về việc")));
    CHECK(f.notRead() == QStringList{QStringLiteral("block")});
}

TEST_CASE("joint blocks side by side, a three-line block and an official letter", "[DocumentFacts]")
{
    QList<PageWord> w;
    addLine(w, QStringLiteral("ỦY BAN NHÂN DÂN"), 110, 790);
    addLine(w, QStringLiteral("TỈNH PHÚ THỌ"), 118, 775);
    addLine(w, QStringLiteral("Số: 2150/UBND-KGVX"), 100, 754);
    addLine(w, QStringLiteral("V/v triển khai chữ ký số"), 100, 739);
    addLine(w, QStringLiteral("chuyên dùng công vụ"), 108, 724);
    addLine(w, QStringLiteral("Kính gửi: Các sở, ban, ngành tỉnh."), 200, 690);
    addBlock(w, 100, 400, {QStringLiteral("TM. ỦY BAN NHÂN DÂN"), QStringLiteral("KT. CHỦ TỊCH"), QStringLiteral("PHÓ CHỦ TỊCH")},
             QStringLiteral("Nguyễn Văn An"));
    addBlock(w, 360, 400, {QStringLiteral("TM. BAN CHỈ ĐẠO"), QStringLiteral("TRƯỞNG BAN")}, QStringLiteral("Hoàng Minh Đức"));
    const DocumentFacts f = analyseDocument({w});
    CHECK(f.agencyName == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"));
    CHECK(f.documentType == QStringLiteral("CÔNG VĂN"));
    CHECK(f.subject == QStringLiteral("V/v triển khai chữ ký số chuyên dùng công vụ"));
    CHECK(f.notRead().contains(QStringLiteral("date")));
    REQUIRE(f.blocks.size() == 2);
    CHECK(f.blocks[0].name == QStringLiteral("Nguyễn Văn An"));
    CHECK(f.blocks[0].capacity == QStringLiteral("KT."));
    CHECK(f.blocks[0].onBehalfOf == QStringLiteral("CHỦ TỊCH"));
    CHECK(f.blocks[0].outer == QStringList{QStringLiteral("TM. ỦY BAN NHÂN DÂN")});
    CHECK(f.blocks[0].title == QStringLiteral("PHÓ CHỦ TỊCH"));
    CHECK(f.blocks[1].name == QStringLiteral("Hoàng Minh Đức"));
    CHECK(f.blocks[1].capacity == QStringLiteral("TM."));
    CHECK(f.blocks[1].onBehalfOf == QStringLiteral("BAN CHỈ ĐẠO"));
    CHECK(f.blocks[1].title == QStringLiteral("TRƯỞNG BAN"));
}

TEST_CASE("a block split over two pages", "[DocumentFacts]")
{
    QList<PageWord> p1 = ubndHeader();
    addLine(p1, QStringLiteral("Điều 13. Nội dung điều khoản cuối trang."), 85, 200);
    addLine(p1, QStringLiteral("KT. CHỦ TỊCH"), 350, 170);
    addLine(p1, QStringLiteral("PHÓ CHỦ TỊCH"), 350, 155);
    QList<PageWord> p2;
    addLine(p2, QStringLiteral("Nguyễn Văn An"), 355, 740);
    addLine(p2, QStringLiteral("Nơi nhận:"), 85, 700);
    const DocumentFacts f = analyseDocument({p1, p2});
    REQUIRE(f.blocks.size() == 1);
    const SignatureBlockFacts &b = f.blocks.first();
    CHECK(b.split());
    CHECK(b.titlePage == 1);
    CHECK(b.namePage == 2);
    CHECK(b.title == QStringLiteral("PHÓ CHỦ TỊCH"));
    CHECK(b.capacity == QStringLiteral("KT."));
}

TEST_CASE("a page without header or block says what was not read", "[DocumentFacts]")
{
    QList<PageWord> w;
    addLine(w, QStringLiteral("Bản quét: trang này không có phần đầu văn bản."), 85, 780);
    addLine(w, QStringLiteral("Hà Nội"), 85, 500); // a name-like line with nothing above it
    const DocumentFacts f = analyseDocument({w});
    CHECK(f.blocks.isEmpty());
    CHECK(f.notRead().contains(QStringLiteral("number")));
    CHECK(f.notRead().contains(QStringLiteral("block")));
    CHECK(f.notRead().contains(QStringLiteral("type")));
    CHECK(analyseDocument({}).notRead().size() == 6);
}

TEST_CASE("facts of LibreOffice documents", "[DocumentFacts]")
{
    const QString data = QStringLiteral(KYSO_SOURCE_DIR "/tests/data/authority/");
    SECTION("the sample decision")
    {
        const DocumentFacts f = readDocumentFacts(QStringLiteral(KYSO_SOURCE_DIR "/resources/sample/quyet-dinh-mau.pdf"));
        CHECK(f.agencyName == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"));
        CHECK(f.number == QStringLiteral("123"));
        CHECK(f.symbol == QStringLiteral("QĐ-UBND"));
        CHECK(f.documentType == QStringLiteral("QUYẾT ĐỊNH"));
        CHECK(f.subject.startsWith(QStringLiteral("Về việc ban hành Quy chế mẫu")));
        CHECK(f.day == QStringLiteral("25"));
        REQUIRE(f.blocks.size() == 1);
        CHECK(f.blocks[0].capacity == QStringLiteral("KT."));
        CHECK(f.blocks[0].title == QStringLiteral("PHÓ CHỦ TỊCH"));
        CHECK(f.blocks[0].name == QStringLiteral("Nguyễn Văn An"));
    }
    SECTION("another province")
    {
        const DocumentFacts f = readDocumentFacts(data + QStringLiteral("qd-tuyen-quang.pdf"));
        CHECK(f.agencyName == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"));
        CHECK(f.place == QStringLiteral("Tuyên Quang"));
        CHECK(f.numberLine == QStringLiteral("Số: 45/QĐ-UBND"));
    }
    SECTION("a Sở, left header, two-line name, blank number and date")
    {
        const DocumentFacts f = readDocumentFacts(data + QStringLiteral("to-trinh-so-khcn.pdf"));
        CHECK(f.agencyParent == QStringLiteral("UBND TỈNH PHÚ THỌ"));
        CHECK(f.agencyName == QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
        CHECK(f.numberBlank());
        CHECK(f.numberBlankBox.width() > 10);
        CHECK(f.dateBlank());
        CHECK(f.year == QStringLiteral("2026"));
        CHECK(f.dayBlankBox.width() > 10);
        CHECK(f.monthBlankBox.width() > 10);
        CHECK(f.documentType == QStringLiteral("TỜ TRÌNH"));
        REQUIRE(f.blocks.size() == 1);
        CHECK(f.blocks[0].title == QStringLiteral("PHÓ GIÁM ĐỐC"));
        CHECK(f.blocks[0].name == QStringLiteral("Trần Văn Cường"));
    }
    SECTION("joint blocks")
    {
        const DocumentFacts f = readDocumentFacts(data + QStringLiteral("cong-van-lien-tich.pdf"));
        CHECK(f.documentType == QStringLiteral("CÔNG VĂN"));
        CHECK(f.subject == QStringLiteral("V/v triển khai chữ ký số chuyên dùng công vụ"));
        REQUIRE(f.blocks.size() == 2);
        CHECK(f.blocks[0].name == QStringLiteral("Nguyễn Văn An"));
        CHECK(f.blocks[0].outer.size() == 1);
        CHECK(f.blocks[1].name == QStringLiteral("Hoàng Minh Đức"));
    }
    SECTION("a block split over two pages")
    {
        const DocumentFacts f = readDocumentFacts(data + QStringLiteral("qd-tach-trang.pdf"));
        REQUIRE(f.blocks.size() == 1);
        CHECK(f.blocks[0].split());
        CHECK(f.blocks[0].namePage == 2);
        CHECK(f.blocks[0].title == QStringLiteral("PHÓ CHỦ TỊCH"));
    }
    SECTION("no header, no block")
    {
        const DocumentFacts f = readDocumentFacts(data + QStringLiteral("khong-khoi-ky.pdf"));
        CHECK(f.blocks.isEmpty());
        CHECK(f.agencyName.isEmpty());
    }
}

TEST_CASE("turned pages are read upright and boxes map back", "[DocumentFacts]")
{
    const QRectF box(100, 200, 50, 12);
    for (int r = 0; r < 4; ++r)
        CHECK(toUserSpace(toReading(box, r), r) == box);
    // Page 1 of a decision shown turned 90° (qpdf --rotate=+90): words run down the page.
    QList<PageWord> upright = ubndHeader();
    QList<PageWord> turned;
    for (const PageWord &w : upright)
        turned << PageWord{w.text, toUserSpace(w.box, 1), 1};
    const DocumentFacts f = analyseDocument({turned});
    CHECK(f.rotation == 1);
    CHECK(f.agencyName == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"));
    CHECK(f.number == QStringLiteral("123"));
    CHECK(f.documentType == QStringLiteral("QUYẾT ĐỊNH"));
}

TEST_CASE("a one-line agency name without motto or number stops at the type", "[DocumentFacts]")
{
    const DocumentFacts f = readDocumentFacts(QStringLiteral(KYSO_SOURCE_DIR "/tests/data/quyet-dinh-2-trang.pdf"));
    CHECK(f.agencyName == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"));
    CHECK(f.agencyParent.isEmpty());
    CHECK(f.documentType == QStringLiteral("QUYẾT ĐỊNH"));
}
