#include "pdf/SignatureBlockLocator.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QTemporaryDir>

using namespace kyso::pdf;
using kyso::test::addLine;

namespace {

const QString kName = QStringLiteral("Nguyễn Văn An");

// The union of the boxes of words [from, to).
QRectF unionOf(const QList<PageWord> &words, int from, int to)
{
    QRectF r;
    for (int i = from; i < to; ++i)
        r = r.isNull() ? words[i].box : r.united(words[i].box);
    return r;
}

const PageWord *findWord(const QList<PageWord> &words, const QString &text)
{
    for (const PageWord &w : words) {
        if (w.text == text)
            return &w;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the block: capacity and title lines above the signer's name", "[SignatureBlockLocator]")
{
    QList<PageWord> w;
    addLine(w, QStringLiteral("ỦY BAN NHÂN DÂN"), 350, 470);       // upper case, above the capacity line
    addLine(w, QStringLiteral("Căn cứ Quyết định số 12 của Nguyễn Văn An"), 85, 440);
    addLine(w, kName, 85, 425);                                     // the name in the body text
    const int titleFrom = int(w.size());
    addLine(w, QStringLiteral("KT. CHỦ TỊCH"), 350, 410);
    addLine(w, QStringLiteral("PHÓ CHỦ TỊCH"), 350, 395);
    const int nameFrom = int(w.size());
    addLine(w, kName, 355, 320);
    const int end = int(w.size());
    addLine(w, QStringLiteral("Nơi nhận:"), 85, 300);

    const SignatureBlock b = findSignatureBlock(w, kName);
    REQUIRE(b.found);
    CHECK(b.titleBox == unionOf(w, titleFrom, nameFrom));
    CHECK(b.nameBox == unionOf(w, nameFrom, end)); // the lowest line with the name, not the body's

    // Case and spacing of the certificate's name do not matter.
    const SignatureBlock upper = findSignatureBlock(w, QStringLiteral("  NGUYỄN  VĂN AN "));
    CHECK(upper.found);
    CHECK(upper.nameBox == b.nameBox);

    CHECK_FALSE(findSignatureBlock(w, QStringLiteral("Trần Thị Bình")).found);
    CHECK_FALSE(findSignatureBlock(w, QString()).found);
}

TEST_CASE("a block without capacity: up to three title lines, or the given title", "[SignatureBlockLocator]")
{
    SECTION("one title line")
    {
        QList<PageWord> w;
        addLine(w, QStringLiteral("GIÁM ĐỐC"), 360, 410);
        const int nameFrom = int(w.size());
        addLine(w, kName, 355, 330);
        const SignatureBlock b = findSignatureBlock(w, kName);
        REQUIRE(b.found);
        CHECK(b.titleBox == unionOf(w, 0, nameFrom));
    }
    SECTION("four upper-case lines are no block unless one is the title")
    {
        QList<PageWord> w;
        addLine(w, QStringLiteral("SỞ TÀI CHÍNH"), 350, 455);
        addLine(w, QStringLiteral("PHÒNG KẾ HOẠCH"), 350, 440);
        addLine(w, QStringLiteral("TRƯỞNG PHÒNG"), 350, 425);
        addLine(w, QStringLiteral("BAN CHỈ ĐẠO"), 350, 410);
        addLine(w, kName, 355, 330);
        CHECK_FALSE(findSignatureBlock(w, kName).found);
        CHECK(findSignatureBlock(w, kName, QStringLiteral("Ban chỉ đạo")).found);
    }
    SECTION("lines beside or far above the name are not its title")
    {
        QList<PageWord> w;
        addLine(w, QStringLiteral("KT. CHỦ TỊCH"), 60, 410);  // another column
        addLine(w, QStringLiteral("TM. ỦY BAN"), 350, 700);   // 370 points above
        addLine(w, kName, 355, 330);
        CHECK_FALSE(findSignatureBlock(w, kName).found);
    }
    SECTION("no line above the name")
    {
        QList<PageWord> w;
        addLine(w, kName, 355, 330);
        addLine(w, QStringLiteral("PHÓ CHỦ TỊCH"), 350, 300); // below it
        CHECK_FALSE(findSignatureBlock(w, kName).found);
    }
}

TEST_CASE("a Vietnamese block in a real PDF is read back and located", "[SignatureBlockLocator]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("block.pdf"));
    REQUIRE(kyso::test::textPdf(path, {{QStringLiteral("Nơi nhận:"), 85, 420, 12},
                                       {QStringLiteral("KT. CHỦ TỊCH"), 350, 420},
                                       {QStringLiteral("PHÓ CHỦ TỊCH"), 350, 404},
                                       {kName, 355, 320}}));
    CHECK(pageCount(path) == 1);

    QRectF media;
    const QList<PageWord> words = pageWords(path, 1, &media);
    CHECK(media == QRectF(0, 0, 595, 842));
    QStringList texts;
    for (const PageWord &w : words)
        texts << w.text;
    CHECK(texts.contains(QStringLiteral("CHỦ")));
    CHECK(texts.contains(QStringLiteral("TỊCH")));
    CHECK(texts.contains(QStringLiteral("Nguyễn")));
    const PageWord *first = findWord(words, QStringLiteral("Nguyễn"));
    REQUIRE(first);
    CHECK(first->box.left() == Approx(355).margin(1));
    CHECK(first->box.top() < 320);    // the box spans the baseline (y upwards)
    CHECK(first->box.bottom() > 320);
    CHECK(first->rotation == 0);

    const SignatureBlock b = findSignatureBlock(words, kName);
    REQUIRE(b.found);
    CHECK(b.nameBox.left() == Approx(355).margin(1));
    CHECK(b.titleBox.left() == Approx(350).margin(1));
    CHECK(b.titleBox.top() > b.nameBox.bottom()); // title above the name
    CHECK(b.titleBox.bottom() > 420);             // both title lines, not "Nơi nhận:" to the left
    CHECK(b.titleBox.top() < 404);
    CHECK(b.titleBox.left() > 100);

    const QMap<int, QList<PageWord>> pages = pagesWords(path, {1, 2, 1});
    CHECK(pages.keys() == QList<int>({1})); // one page: page 2 is left out
    CHECK(pages.value(1).size() == words.size());
    CHECK(pageWords(path, 2).isEmpty());
    // Counted from the end (0: the last page), with the page count; outside: left out.
    int count = 0;
    const QMap<int, QList<PageWord>> fromEnd = pagesWords(path, {0, -1, -5, 7}, &count);
    CHECK(count == 1);
    CHECK(fromEnd.keys() == QList<int>({1}));
    CHECK(fromEnd.value(1).size() == words.size());
    const QMap<int, QList<PageWord>> twoPages = pagesWords(QStringLiteral(KYSO_SOURCE_DIR "/tests/data/quyet-dinh-2-trang.pdf"), {0, -1}, &count);
    CHECK(count == 2);
    CHECK(twoPages.keys() == QList<int>({1, 2}));
    CHECK_FALSE(twoPages.value(1).isEmpty());
    CHECK_FALSE(twoPages.value(2).isEmpty());

    const QString missing = dir.filePath(QStringLiteral("missing.pdf"));
    CHECK(pageCount(missing) == 0);
    CHECK(pageWords(missing, 1).isEmpty());
    CHECK(pagesWords(missing, {1}).isEmpty());
    count = -1;
    CHECK(pagesWords(missing, {0}, &count).isEmpty());
    CHECK(count == 0);
}

TEST_CASE("boxes for the signature image, the seal and a text stamp", "[SignatureBlockLocator]")
{
    SignatureBlock block;
    block.found = true;
    block.titleBox = QRectF(350, 378, 72, 32); // PDF y upwards: 378..410
    block.nameBox = QRectF(355, 303, 85, 17);  // 303..320

    const QRectF image = personalSignatureRect(block, 2.0);
    CHECK(image.center().x() == Approx(block.titleBox.center().x()));
    CHECK(image.top() >= block.nameBox.bottom());  // above the name
    CHECK(image.bottom() <= block.titleBox.top()); // below the title
    CHECK(image.width() / image.height() == Approx(2.0));

    // A very wide image is capped at 1.3 times the widest line, aspect kept.
    const QRectF wide = personalSignatureRect(block, 10.0);
    CHECK(wide.width() == Approx(1.3 * 85));
    CHECK(wide.width() / wide.height() == Approx(10.0));
    CHECK(wide.center().x() == Approx(block.titleBox.center().x()));

    // No room between title and name: still a usable height.
    SignatureBlock tight = block;
    tight.nameBox = QRectF(355, 360, 85, 17); // 360..377
    CHECK(personalSignatureRect(tight, 2.0).height() >= 20);

    const QRectF seal = sealRect(image, 34);
    CHECK(seal.width() == Approx(34 * 72 / 25.4));
    CHECK(seal.height() == Approx(seal.width()));
    CHECK(seal.right() == Approx(image.left() + image.width() / 3));
    CHECK(seal.center().y() == Approx(image.center().y()));

    const QRectF a4(0, 0, 595, 842);
    const QRectF stamp = stampRect(a4, 3);
    CHECK(stamp.width() == Approx(230));
    CHECK(a4.contains(stamp));
    CHECK(stamp.right() > 595 - 30);  // at the right edge
    CHECK(stamp.bottom() > 842 - 30); // at the top (y upwards)
    CHECK(stampRect(a4, 4).height() > stamp.height());
    CHECK(stampRect(a4.translated(10, 20), 3) == stamp.translated(10, 20));
}
