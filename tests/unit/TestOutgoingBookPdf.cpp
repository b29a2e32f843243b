#include "pdf/OutgoingBookPdf.h"

#include "pdf/ReleaseDraft.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace kyso;

namespace {

OutgoingEntry bookEntry(int number, const QDate &date)
{
    OutgoingEntry e;
    e.number = number;
    e.symbol = QStringLiteral("QĐ-UBND");
    e.date = date;
    e.year = date.year();
    e.docType = QStringLiteral("QUYẾT ĐỊNH");
    e.subject = QStringLiteral("Về việc ban hành Quy chế");
    e.signerName = QStringLiteral("Nguyễn Văn An");
    e.recipients = {QStringLiteral("Như Điều 2"), QStringLiteral("Lưu: VT")};
    return e;
}

// The words of a page, joined by spaces.
QString pageText(const QString &path, int page, int *pages = nullptr)
{
    QStringList words;
    for (const pdf::DraftWord &w : pdf::draftWords(path, page, pages))
        words << w.text;
    return words.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("outgoing book PDF: A4 landscape, heading, range and the entries", "[OutgoingBookPdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("so-van-ban-di.pdf"));
    const QList<OutgoingEntry> entries = {bookEntry(125, QDate(2026, 3, 5)), bookEntry(7, QDate(2026, 1, 12))};
    REQUIRE_FALSE(pdf::writeOutgoingBookPdf(entries, QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"), 2026, path));

    PoDoFo::PdfMemDocument doc;
    doc.Load(QFile::encodeName(path).constData());
    REQUIRE(doc.GetPageCount() == 1);
    const PoDoFo::PdfRect box = doc.GetPage(0)->GetMediaBox();
    CHECK(box.GetWidth() == Approx(841.89).margin(1));
    CHECK(box.GetHeight() == Approx(595.28).margin(1));
    // The fonts are embedded (a subset of Liberation Serif).
    int embedded = 0;
    for (const PoDoFo::PdfObject *o : doc.GetObjects()) {
        if (o->IsDictionary() && o->GetDictionary().GetKey("FontFile2"))
            ++embedded;
    }
    CHECK(embedded == 2); // regular and bold

    int pages = 0;
    const QString text = pageText(path, 1, &pages);
    CHECK(pages == 1);
    CHECK(text.contains(QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI")));
    CHECK(text.contains(QStringLiteral("Năm: 2026")));
    CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")));
    // The range: the earliest and latest date and number, whatever the order.
    CHECK(text.contains(QStringLiteral("Từ ngày 12/01/2026 đến ngày 05/03/2026")));
    CHECK(text.contains(QStringLiteral("Từ số 7 đến số 125")));
    CHECK(text.contains(QStringLiteral("125/QĐ-UBND")));
    CHECK(text.contains(QStringLiteral("7/QĐ-UBND")));
    CHECK(text.contains(QStringLiteral("(10)")));
}

TEST_CASE("outgoing book PDF: an empty book, a long one, an unwritable path", "[OutgoingBookPdf]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.pdf"));
    REQUIRE_FALSE(pdf::writeOutgoingBookPdf({}, QStringLiteral("SỞ Y TẾ"), 2027, empty));
    const QString emptyText = pageText(empty, 1);
    CHECK(emptyText.contains(QStringLiteral("Năm: 2027")));
    CHECK_FALSE(emptyText.contains(QStringLiteral("Từ số")));

    // Rows go on to further pages, each starting with the column heads.
    QList<OutgoingEntry> many;
    for (int n = 1; n <= 40; ++n)
        many << bookEntry(n, QDate(2026, 1, 1).addDays(n));
    const QString longBook = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE_FALSE(pdf::writeOutgoingBookPdf(many, QStringLiteral("SỞ Y TẾ"), 2026, longBook));
    int pages = 0;
    pageText(longBook, 1, &pages);
    REQUIRE(pages >= 2);
    const QString last = pageText(longBook, pages);
    CHECK(last.contains(QStringLiteral("Ghi chú")));
    CHECK(last.contains(QStringLiteral("40/QĐ-UBND")));
    CHECK_FALSE(last.contains(QStringLiteral("SỔ ĐĂNG KÝ")));

    const QString nowhere = dir.filePath(QStringLiteral("missing/dir/book.pdf"));
    const Error refused = pdf::writeOutgoingBookPdf(many, QStringLiteral("SỞ Y TẾ"), 2026, nowhere);
    CHECK(refused.code() == ErrorCode::OutputNotWritable);
    CHECK_FALSE(QFileInfo::exists(nowhere));
}
