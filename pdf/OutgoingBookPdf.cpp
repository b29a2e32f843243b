#include "pdf/OutgoingBookPdf.h"

#include "pdf/PrintedDocument.h"

#include <algorithm>

namespace kyso::pdf {

namespace {

constexpr double kMargin = 36;
constexpr double kCellSize = 9;
const QList<double> kWidths = {82, 58, 168, 100, 104, 62, 36, 48, 44, 67.89};

// Agency on the left, the national heading on the right (Decree 30 App. I).
Table headingTable(const QString &agency, double contentWidth)
{
    Table t;
    t.widths = {300, contentWidth - 300 - 340, 340};
    t.borders = false;
    t.padding = 0;
    Paragraph left = paragraph(agency, TextAlign::Centre, true, 12);
    Paragraph right;
    right.align = TextAlign::Centre;
    right.size = 12;
    right.runs << TextRun{QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"), true}
               << TextRun{QStringLiteral("Độc lập - Tự do - Hạnh phúc"), true, false, true};
    t.rows << QList<Paragraph>{left, Paragraph(), right};
    return t;
}

QString rangeLine(const QList<OutgoingEntry> &entries)
{
    QDate first = entries.first().date, last = first;
    int low = entries.first().number, high = low;
    for (const OutgoingEntry &e : entries) {
        first = std::min(first, e.date);
        last = std::max(last, e.date);
        low = std::min(low, e.number);
        high = std::max(high, e.number);
    }
    return QStringLiteral("Từ ngày %1 đến ngày %2 — Từ số %3 đến số %4")
        .arg(first.toString(QStringLiteral("dd/MM/yyyy")), last.toString(QStringLiteral("dd/MM/yyyy")))
        .arg(low)
        .arg(high);
}

QList<Paragraph> cells(const QStringList &texts, bool header)
{
    QList<Paragraph> row;
    for (const QString &s : texts) {
        Paragraph p = paragraph(s, header ? TextAlign::Centre : TextAlign::Left, header, kCellSize);
        p.spaceAfter = 0;
        row << p;
    }
    return row;
}

} // namespace

Error writeOutgoingBookPdf(const QList<OutgoingEntry> &entries, const QString &agency, int year, const QString &path)
{
    PrintedDocument doc(PrintedDocument::Orientation::Landscape, {kMargin, kMargin, kMargin, kMargin});
    doc.add(headingTable(agency, doc.contentWidth()));
    doc.space(30);
    Paragraph title = paragraph(QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI"), TextAlign::Centre, true, 16);
    title.spaceAfter = 2;
    doc.add(title);
    doc.add(paragraph(QStringLiteral("Năm: %1").arg(year), TextAlign::Centre, false, 12));
    if (!entries.isEmpty())
        doc.add(paragraph(rangeLine(entries), TextAlign::Centre, false, 11));
    doc.space(8);
    Table book;
    book.widths = kWidths;
    book.headerRows = 2;
    book.rows << cells(outgoingBookColumns(), true);
    QStringList numbers;
    for (int i = 1; i <= 10; ++i)
        numbers << QStringLiteral("(%1)").arg(i);
    book.rows << cells(numbers, true);
    for (const OutgoingEntry &e : entries)
        book.rows << cells(outgoingBookRow(e), false);
    doc.add(book);
    return doc.save(path, QStringLiteral("Sổ đăng ký văn bản đi năm %1").arg(year));
}

} // namespace kyso::pdf
