#include "core/VietnameseText.h"

#include "CatchQt.h"

using namespace kyso;

TEST_CASE("Vietnamese folding for comparisons", "[VietnameseText]")
{
    CHECK(foldCase(QStringLiteral(" Phó  Chủ tịch ")) == QStringLiteral("PHÓ CHỦ TỊCH"));
    CHECK(stripDiacritics(QStringLiteral("Nguyễn Văn Đức")) == QStringLiteral("Nguyen Van Duc"));
    CHECK(foldLoose(QStringLiteral("UBND tỉnh Phú Thọ")) == foldLoose(QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")));
    CHECK(foldLoose(QStringLiteral("UỶ BAN")) == foldLoose(QStringLiteral("ỦY BAN"))); // old and new tone placement
    CHECK(foldLoose(QStringLiteral("HĐND TP. Hà Nội")) == QStringLiteral("HOI DONG NHAN DAN THANH PHO HA NOI"));
    // A decomposed string equals the composed one.
    CHECK(foldCase(QStringLiteral("Nguyễn").normalized(QString::NormalizationForm_D)) == foldCase(QStringLiteral("NGUYỄN")));
}

TEST_CASE("name comparison with and without diacritics", "[VietnameseText]")
{
    CHECK(compareNames(QStringLiteral("Nguyễn Văn An"), QStringLiteral("NGUYỄN VĂN AN")) == NameMatch::Exact);
    CHECK(compareNames(QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyen Van An")) == NameMatch::WithoutDiacritics);
    CHECK(compareNames(QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Văn Ân")) == NameMatch::WithoutDiacritics);
    CHECK(compareNames(QStringLiteral("Nguyễn Văn An"), QStringLiteral("Lê Văn An")) == NameMatch::Different);
    CHECK(compareNames(QString(), QString()) == NameMatch::Different);
}
