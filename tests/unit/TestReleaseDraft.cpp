#include "pdf/ReleaseDraft.h"
#include "pdf/ReleaseStamp.h"

#include <catch2/catch.hpp>

using namespace kyso::pdf;

namespace {

QString data(const char *name)
{
    return QStringLiteral(KYSO_SOURCE_DIR "/tests/data/") + QLatin1String(name);
}

DraftWord word(const QString &text, double x, double w, double y = 700, double size = 13)
{
    DraftWord d;
    d.text = text;
    d.box = QRectF(x, y, w, size * 1.3);
    d.fontSize = size;
    return d;
}

} // namespace

TEST_CASE("the number and date blanks of LibreOffice drafts", "[ReleaseDraft]")
{
    struct Case {
        const char *file;
        const char *symbol;
        QStringList agency;
    };
    const QStringList twoLines = {QStringLiteral("ỦY BAN NHÂN DÂN"), QStringLiteral("TỈNH PHÚ THỌ")};
    const QList<Case> cases = {
        {"du-thao-giua.pdf", "QĐ-UBND", twoLines},                                   // centred, 2-line agency
        {"du-thao-trai.pdf", "TB-UBND", twoLines},                                   // left-aligned
        {"du-thao-dong-rieng.pdf", "KH-UBND", {QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")}}, // "Số:" on its own line, 1-line agency
        {"du-thao-2-trang.pdf", "QĐ-UBND", twoLines},                                // block on page 2
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const QList<DraftWord> words = draftWords(data(c.file), 1);
        REQUIRE_FALSE(words.isEmpty());
        const ReleaseBlanks b = findReleaseBlanks(words);
        REQUIRE(b.numberFound);
        CHECK(b.filledNumber.isEmpty());
        CHECK(b.symbol == QString::fromUtf8(c.symbol));
        CHECK(b.agencyLines == c.agency);
        CHECK(b.number.alignRight);
        CHECK(b.number.blank.width() > 25);      // ten spaces of 13 pt
        CHECK(b.number.fontSize == Approx(13).margin(0.1));
        CHECK_FALSE(b.number.italic);
        REQUIRE(b.dateFound);
        CHECK(b.year == 2026);
        CHECK(b.place == QStringLiteral("Phú Thọ"));
        CHECK(b.filledDay.isEmpty());
        CHECK(b.filledMonth.isEmpty());
        CHECK(b.day.italic);                      // the date line is italic (Decree 30, Appendix I)
        CHECK(b.day.blank.right() < b.month.blank.left());
        // The baseline lies inside the line's box, near its bottom.
        CHECK(b.day.baseline > b.day.blank.top());
        CHECK(b.day.baseline < b.day.blank.center().y());
    }
}

TEST_CASE("a numbered document and one without a header", "[ReleaseDraft]")
{
    const ReleaseBlanks sample = findReleaseBlanks(draftWords(QStringLiteral(KYSO_SOURCE_DIR "/resources/sample/quyet-dinh-mau.pdf"), 1));
    REQUIRE(sample.numberFound);
    CHECK(sample.filledNumber == QStringLiteral("123"));
    CHECK(sample.symbol == QStringLiteral("QĐ-UBND"));
    REQUIRE(sample.dateFound);
    CHECK(sample.filledDay == QStringLiteral("25"));
    CHECK(sample.filledMonth == QStringLiteral("11"));

    const ReleaseBlanks none = findReleaseBlanks(draftWords(data("quyet-dinh-2-trang.pdf"), 1));
    CHECK_FALSE(none.numberFound);
}

TEST_CASE("blanks from word boxes: a number written apart from its symbol counts as filled", "[ReleaseDraft]")
{
    QList<DraftWord> words = {word(QStringLiteral("Số:"), 100, 17), word(QStringLiteral("45"), 125, 13),
                              word(QStringLiteral("/UBND-VP"), 160, 60)};
    ReleaseBlanks b = findReleaseBlanks(words);
    REQUIRE(b.numberFound);
    CHECK(b.filledNumber == QStringLiteral("45"));
    CHECK(b.symbol == QStringLiteral("UBND-VP"));

    words = {word(QStringLiteral("Số:"), 100, 17), word(QStringLiteral("/UBND-VP"), 160, 60),
             word(QStringLiteral("Hà"), 300, 14), word(QStringLiteral("Nội,"), 317, 20), word(QStringLiteral("ngày"), 340, 25),
             word(QStringLiteral("tháng"), 390, 30), word(QStringLiteral("năm"), 445, 22), word(QStringLiteral("2027"), 470, 26)};
    b = findReleaseBlanks(words);
    REQUIRE(b.numberFound);
    CHECK(b.filledNumber.isEmpty());
    CHECK(b.number.blank.left() == Approx(117));
    CHECK(b.number.blank.right() == Approx(160));
    REQUIRE(b.dateFound);
    CHECK(b.year == 2027);
    CHECK(b.place == QStringLiteral("Hà Nội"));
    CHECK(b.day.blank.left() == Approx(365));
    CHECK(b.day.blank.right() == Approx(390));
    CHECK(b.month.blank.left() == Approx(420));
    CHECK(b.month.blank.right() == Approx(445));
}

TEST_CASE("the header's agency against the certificate", "[ReleaseDraft]")
{
    const QString so = QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ");
    CHECK(agencyMatches({QStringLiteral("UBND TỈNH PHÚ THỌ"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ")}, so));
    CHECK(agencyMatches({so}, so));
    CHECK(agencyMatches({QStringLiteral("ỦY BAN NHÂN DÂN"), QStringLiteral("TỈNH PHÚ THỌ")}, QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")));
    CHECK(agencyMatches({QStringLiteral("BỘ TÀI CHÍNH"), QStringLiteral("CỤC THUẾ")}, QStringLiteral("CỤC THUẾ")));
    CHECK_FALSE(agencyMatches({QStringLiteral("ỦY BAN NHÂN DÂN"), QStringLiteral("TỈNH PHÚ THỌ")}, so));
    CHECK_FALSE(agencyMatches({QStringLiteral("UBND TỈNH YÊN BÁI"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ")}, so));
    CHECK_FALSE(agencyMatches({}, so));
}

TEST_CASE("type, subject, recipients and signer's title read from a draft", "[ReleaseDraft]")
{
    const DraftContent c = readDraftContent(data("du-thao-giua.pdf"), QStringLiteral("Nguyễn Văn An"));
    CHECK(c.docType == QStringLiteral("QUYẾT ĐỊNH"));
    CHECK(c.subject == QStringLiteral("Về việc ban hành Quy chế quản lý chữ ký số (DEMO)"));
    CHECK(c.recipients == QStringList{QStringLiteral("Như Điều 2"), QStringLiteral("Sở Khoa học và Công nghệ"), QStringLiteral("Lưu: VT, VP")});
    CHECK(c.signerTitle == QStringLiteral("KT. CHỦ TỊCH PHÓ CHỦ TỊCH"));
    const DraftContent k = readDraftContent(data("du-thao-dong-rieng.pdf"), QStringLiteral("Nguyễn Văn An"));
    CHECK(k.docType == QStringLiteral("KẾ HOẠCH"));
    CHECK(k.subject == QStringLiteral("Triển khai chữ ký số năm 2026 (DEMO)"));
}

TEST_CASE("text widths in Liberation Serif", "[ReleaseStamp]")
{
    const double w13 = releaseTextWidth(QStringLiteral("125"), 13, false, false);
    CHECK(w13 == Approx(19.5).margin(0.1)); // digits are half an em
    CHECK(releaseTextWidth(QStringLiteral("125"), 26, false, false) == Approx(2 * w13));
    CHECK(releaseStampName(ReleaseStamp::Kind::Number) == QStringLiteral("KySo_Release_Number"));
}
