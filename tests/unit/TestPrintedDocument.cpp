#include "pdf/PrintedDocument.h"

#include "pdf/ReleaseDraft.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <podofo/podofo.h>

#include <sys/stat.h>

#include <algorithm>

using namespace kyso;
using namespace kyso::pdf;

namespace {

constexpr double kPageW = 595.28, kPageH = 841.89;
const PrintedDocument::Margins kMargins; // 85 / 57 / 43 / 57

const QString kSentence = QStringLiteral("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025 và Quy chế quản lý, "
                                         "sử dụng chữ ký số chuyên dùng công vụ; xét đề nghị của Chánh Văn phòng.");

QString longText(int sentences)
{
    QStringList s;
    for (int i = 0; i < sentences; ++i)
        s << kSentence;
    return s.join(QLatin1Char(' '));
}

// The words of a page grouped into lines (same baseline within a point), top to bottom.
QList<QList<DraftWord>> linesOf(const QList<DraftWord> &words)
{
    // poppler's boxes are in PDF space (y up): top to bottom, then left to right.
    QList<DraftWord> sorted = words;
    std::stable_sort(sorted.begin(), sorted.end(), [](const DraftWord &a, const DraftWord &b) {
        if (std::abs(a.box.top() - b.box.top()) > 1)
            return a.box.top() > b.box.top();
        return a.box.left() < b.box.left();
    });
    QList<QList<DraftWord>> lines;
    for (const DraftWord &w : sorted) {
        if (lines.isEmpty() || std::abs(lines.last().first().box.top() - w.box.top()) > 1)
            lines << QList<DraftWord>();
        lines.last() << w;
    }
    return lines;
}

double leftOf(const QList<DraftWord> &line)
{
    return line.first().box.left();
}
double rightOf(const QList<DraftWord> &line)
{
    return line.last().box.right();
}

QString textOf(const QString &path, int page)
{
    QStringList words;
    for (const DraftWord &w : draftWords(path, page))
        words << w.text;
    return words.join(QLatin1Char(' '));
}

void requireQpdfClean(const QString &path)
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    REQUIRE_FALSE(qpdf.isEmpty()); // a dependency of the test suite (run.sh)
    QProcess p;
    p.start(qpdf, {QStringLiteral("--check"), path});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardOutput().toStdString() << p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
}

int embeddedFonts(const QString &path)
{
    PoDoFo::PdfMemDocument doc;
    doc.Load(QFile::encodeName(path).constData());
    int n = 0;
    for (const PoDoFo::PdfObject *o : doc.GetObjects())
        n += o->IsDictionary() && o->GetDictionary().GetKey("FontFile2") ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("printed document: justified text fills the line, the last line does not, the first is indented", "[PrintedDocument]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.pdf"));
    PrintedDocument doc;
    REQUIRE_FALSE(doc.status());
    Paragraph p = paragraph(longText(3), TextAlign::Justify);
    p.firstIndent = 28;
    doc.add(p);
    REQUIRE_FALSE(doc.save(path, QStringLiteral("Thử")));
    requireQpdfClean(path);

    const QList<QList<DraftWord>> lines = linesOf(draftWords(path, 1));
    REQUIRE(lines.size() >= 4);
    const double right = kPageW - kMargins.right;
    CHECK(leftOf(lines.first()) == Approx(kMargins.left + 28).margin(1));
    for (int i = 1; i < lines.size(); ++i)
        CHECK(leftOf(lines[i]) == Approx(kMargins.left).margin(1));
    for (int i = 0; i + 1 < lines.size(); ++i)
        CHECK(rightOf(lines[i]) == Approx(right).margin(1.5));
    CHECK(rightOf(lines.last()) < right - 5);
    // All the words, in order, extractable (Vietnamese included).
    QStringList read;
    for (const auto &line : lines)
        for (const DraftWord &w : line)
            read << w.text;
    CHECK(read.join(QLatin1Char(' ')) == longText(3));
}

TEST_CASE("printed document: centred, right-aligned, bold, italic and underlined runs", "[PrintedDocument]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    PrintedDocument doc;
    doc.add(paragraph(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), TextAlign::Centre, true));
    doc.add(paragraph(QStringLiteral("Phú Thọ, ngày 25 tháng 11 năm 2026"), TextAlign::Right));
    Paragraph mixed;
    mixed.runs << TextRun{QStringLiteral("Bên giao:"), true} << TextRun{QStringLiteral(" Nguyễn Văn An")}
               << TextRun{QStringLiteral(" (Ký, ghi rõ họ tên)"), false, true};
    doc.add(mixed);
    Paragraph motto;
    motto.align = TextAlign::Centre;
    motto.runs << TextRun{QStringLiteral("Độc lập - Tự do - Hạnh phúc"), true, false, true};
    doc.add(motto);
    REQUIRE_FALSE(doc.save(path, QStringLiteral("Thử")));
    requireQpdfClean(path);

    const QList<QList<DraftWord>> lines = linesOf(draftWords(path, 1));
    REQUIRE(lines.size() == 4);
    const double centre = kMargins.left + (kPageW - kMargins.left - kMargins.right) / 2;
    CHECK((leftOf(lines[0]) + rightOf(lines[0])) / 2 == Approx(centre).margin(1));
    CHECK((leftOf(lines[3]) + rightOf(lines[3])) / 2 == Approx(centre).margin(1));
    CHECK(rightOf(lines[1]) == Approx(kPageW - kMargins.right).margin(1));
    CHECK(lines[0].first().bold);
    REQUIRE(lines[2].size() == 10); // Bên giao: Nguyễn Văn An (Ký, ghi rõ họ tên)
    CHECK(lines[2][0].bold);
    CHECK_FALSE(lines[2][2].bold);
    CHECK_FALSE(lines[2][2].italic);
    CHECK(lines[2][5].italic);
    // Lines move down by 1.2 × the size.
    CHECK(lines[0].first().box.top() - lines[1].first().box.top() == Approx(13 * 1.2 + 6).margin(1));
    // Regular, bold and italic faces are embedded; bold italic, unused, is not.
    CHECK(embeddedFonts(path) == 3);
    // Only the motto is underlined: one stroked line in the page's content.
    PoDoFo::PdfMemDocument pdfDoc;
    pdfDoc.Load(QFile::encodeName(path).constData());
    const QByteArray content = test::streamData(pdfDoc.GetPage(0)->GetContents());
    CHECK(content.count(" l S") == 1);
}

TEST_CASE("printed document: a word longer than the line is cut, hard breaks keep empty lines", "[PrintedDocument]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.pdf"));
    PrintedDocument doc;
    const QString word = QString(200, QLatin1Char('M'));
    doc.add(paragraph(word));
    doc.add(paragraph(QStringLiteral("trên\n\n\ndưới")));
    REQUIRE_FALSE(doc.save(path, QStringLiteral("Thử")));
    const QList<QList<DraftWord>> lines = linesOf(draftWords(path, 1));
    REQUIRE(lines.size() >= 4);
    QString joined;
    for (const auto &line : lines.mid(0, lines.size() - 2)) {
        CHECK(rightOf(line) <= kPageW - kMargins.right + 0.5);
        joined += line.first().text;
    }
    CHECK(joined == word);
    // "trên", two empty lines, "dưới": three line heights apart.
    CHECK(lines.last().first().text == QStringLiteral("dưới"));
    CHECK(lines[lines.size() - 2].first().box.top() - lines.last().first().box.top() == Approx(3 * 13 * 1.2).margin(1));
}

TEST_CASE("printed document: text flows to further pages inside the margins", "[PrintedDocument]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    PrintedDocument doc;
    for (int i = 0; i < 30; ++i)
        doc.add(paragraph(longText(2), TextAlign::Justify));
    REQUIRE(doc.pageCount() >= 3);
    REQUIRE_FALSE(doc.save(path, QStringLiteral("Dài")));
    requireQpdfClean(path);
    int pages = 0;
    draftWords(path, 1, &pages);
    CHECK(pages == doc.pageCount());
    for (int page = 1; page <= pages; ++page) {
        for (const DraftWord &w : draftWords(path, page)) {
            CHECK(w.box.top() >= kMargins.bottom - 1);        // PDF space: above the bottom margin
            CHECK(w.box.bottom() <= kPageH - kMargins.top + 1); // and below the top one
            CHECK(w.box.right() <= kPageW - kMargins.right + 1.5);
        }
    }
}

TEST_CASE("printed document: tables repeat their header rows, keep rows whole and cut an overlong cell", "[PrintedDocument]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.pdf"));
    PrintedDocument doc(PrintedDocument::Orientation::Landscape, {36, 36, 36, 36});
    CHECK(doc.contentWidth() == Approx(841.89 - 72));
    Table t;
    t.widths = {100, 300};
    t.headerRows = 2;
    t.rows << QList<Paragraph>{paragraph(QStringLiteral("Số"), TextAlign::Centre, true, 9), paragraph(QStringLiteral("Trích yếu"), TextAlign::Centre, true, 9)};
    t.rows << QList<Paragraph>{paragraph(QStringLiteral("(1)"), TextAlign::Centre, true, 9), paragraph(QStringLiteral("(2)"), TextAlign::Centre, true, 9)};
    for (int i = 1; i <= 60; ++i)
        t.rows << QList<Paragraph>{paragraph(QStringLiteral("R%1").arg(i), TextAlign::Left, false, 9), paragraph(longText(1), TextAlign::Left, false, 9)};
    t.rows << QList<Paragraph>{paragraph(QStringLiteral("LAST"), TextAlign::Left, false, 9), paragraph(longText(400), TextAlign::Left, false, 9)};
    doc.add(t);
    REQUIRE_FALSE(doc.save(path, QStringLiteral("Bảng")));
    requireQpdfClean(path);
    int pages = 0;
    draftWords(path, 1, &pages);
    REQUIRE(pages >= 3);
    QStringList rowsSeen;
    for (int page = 1; page <= pages; ++page) {
        const QList<QList<DraftWord>> lines = linesOf(draftWords(path, page));
        REQUIRE(lines.size() >= 2);
        CHECK(lines[0].first().text == QStringLiteral("Số"));
        CHECK(lines[1].first().text == QStringLiteral("(1)"));
        for (const DraftWord &w : draftWords(path, page)) {
            CHECK(w.box.bottom() <= 595.28 - 36 + 1);
            CHECK(w.box.top() >= 36 - 1);
            if (w.text.startsWith(QLatin1Char('R')) && w.box.left() < 36 + 100)
                rowsSeen << w.text;
        }
    }
    // Every row once, in order (a row is never split across pages).
    QStringList expected;
    for (int i = 1; i <= 60; ++i)
        expected << QStringLiteral("R%1").arg(i);
    CHECK(rowsSeen == expected);
    // The overlong cell stands alone on the last page, cut with "…".
    const QString last = textOf(path, pages);
    CHECK(last.contains(QStringLiteral("LAST")));
    CHECK(last.endsWith(QStringLiteral("…")));
}

TEST_CASE("printed document: saved atomically, a non-regular target refused", "[PrintedDocument]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    REQUIRE(test::writeBytes(path, "old content"));
    {
        PrintedDocument doc;
        doc.add(paragraph(QStringLiteral("Bản mới")));
        REQUIRE_FALSE(doc.save(path, QStringLiteral("Tiêu đề có dấu")));
    }
    CHECK(test::readBytes(path).startsWith("%PDF-"));
    PoDoFo::PdfMemDocument loaded;
    loaded.Load(QFile::encodeName(path).constData());
    CHECK(QString::fromUtf8(loaded.GetInfo()->GetTitle().GetStringUtf8().c_str()) == QStringLiteral("Tiêu đề có dấu"));
    CHECK(QString::fromUtf8(loaded.GetInfo()->GetCreator().GetStringUtf8().c_str()) == QStringLiteral("KySo"));
    // Permissions follow the umask.
    const mode_t old = ::umask(077);
    {
        PrintedDocument doc;
        const QString priv = dir.filePath(QStringLiteral("private.pdf"));
        REQUIRE_FALSE(doc.save(priv, QStringLiteral("x")));
        CHECK((QFileInfo(priv).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    }
    ::umask(old);

    PrintedDocument doc;
    const QString folder = dir.filePath(QStringLiteral("a-folder"));
    REQUIRE(QDir().mkpath(folder));
    CHECK(doc.save(folder, QStringLiteral("x")).code() == ErrorCode::OutputNotRegular);
    CHECK(QFileInfo(folder).isDir());
    CHECK(doc.save(dir.filePath(QStringLiteral("missing/x.pdf")), QStringLiteral("x")).isError());
    // Nothing left behind but the outputs and the folder.
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size() == 3);
}
