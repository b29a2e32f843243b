#include "pdf/OutgoingBookPdf.h"

#include "pdf/Appearance.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <podofo/podofo.h>

#include <memory>

using namespace PoDoFo;

namespace kyso::pdf {

namespace {

constexpr double kPageW = 841.89, kPageH = 595.28, kMargin = 36;
constexpr double kWidths[10] = {82, 58, 168, 100, 104, 62, 36, 48, 44, 67.89};
constexpr double kCellSize = 9, kPad = 3;

PdfString utf8(const QString &s)
{
    const QByteArray bytes = s.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8 *>(bytes.constData()));
}

double widthOf(PdfFont *font, const QString &s)
{
    const PdfFontMetrics *m = font->GetFontMetrics();
    double w = 0;
    for (const QChar c : s)
        w += m->UnicodeCharWidth(c.unicode());
    return w;
}

// Breaks text into lines of at most `width` (words longer than a line are cut).
QStringList wrap(PdfFont *font, const QString &text, double width)
{
    QStringList lines;
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        QString line;
        for (QString word : para.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (widthOf(font, candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                lines << line;
            line.clear();
            while (widthOf(font, word) > width && word.size() > 1) {
                int n = word.size() - 1;
                while (n > 1 && widthOf(font, word.left(n)) > width)
                    --n;
                lines << word.left(n);
                word = word.mid(n);
            }
            line = word;
        }
        lines << line;
    }
    return lines;
}

class BookWriter
{
public:
    BookWriter()
    {
        const QString dir = QFileInfo(serifFontPath()).absolutePath();
        m_regular = font(dir + QStringLiteral("/LiberationSerif-Regular.ttf"), false);
        m_bold = font(dir + QStringLiteral("/LiberationSerif-Bold.ttf"), true);
    }
    bool ok() const { return m_regular && m_bold; }

    void heading(const QString &agency, int year, const QList<OutgoingEntry> &entries)
    {
        newPage();
        const double leftCentre = kMargin + 150, rightCentre = kPageW - kMargin - 170;
        centred(m_bold, 12, leftCentre, agency);
        centred(m_bold, 12, rightCentre, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        m_y -= 15;
        centred(m_bold, 12, rightCentre, QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
        m_y -= 34;
        centred(m_bold, 16, kPageW / 2, QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI"));
        m_y -= 18;
        centred(m_regular, 12, kPageW / 2, QStringLiteral("Năm: %1").arg(year));
        if (!entries.isEmpty()) {
            QDate first = entries.first().date, last = first;
            int low = entries.first().number, high = low;
            for (const OutgoingEntry &e : entries) {
                first = std::min(first, e.date);
                last = std::max(last, e.date);
                low = std::min(low, e.number);
                high = std::max(high, e.number);
            }
            m_y -= 15;
            centred(m_regular, 11, kPageW / 2, QStringLiteral("Từ ngày %1 đến ngày %2 — Từ số %3 đến số %4")
                                                    .arg(first.toString(QStringLiteral("dd/MM/yyyy")), last.toString(QStringLiteral("dd/MM/yyyy")))
                                                    .arg(low)
                                                    .arg(high));
        }
        m_y -= 14;
    }

    void row(const QStringList &cells, bool header)
    {
        PdfFont *f = header ? m_bold : m_regular;
        f->SetFontSize(float(kCellSize));
        QList<QStringList> wrapped;
        int lines = 1;
        for (int i = 0; i < 10; ++i) {
            wrapped << wrap(f, cells.value(i), kWidths[i] - 2 * kPad);
            lines = std::max(lines, int(wrapped.last().size()));
        }
        const double lineH = kCellSize * 1.2, h = lines * lineH + 2 * kPad;
        if (m_y - h < kMargin) {
            newPage();
            if (!header)
                row(m_header, true);
        }
        double x = kMargin;
        m_painter.SetStrokeWidth(0.5);
        m_painter.SetFont(f);
        for (int i = 0; i < 10; ++i) {
            m_painter.Rectangle(x, m_y - h, kWidths[i], h);
            m_painter.Stroke();
            double ty = m_y - kPad - kCellSize;
            for (const QString &l : wrapped[i]) {
                const double tx = header ? x + (kWidths[i] - widthOf(f, l)) / 2 : x + kPad;
                m_painter.DrawText(tx, ty, utf8(l));
                ty -= lineH;
            }
            x += kWidths[i];
        }
        m_y -= h;
    }

    void setHeader(const QStringList &header) { m_header = header; }

    Error save(const QString &path)
    {
        m_painter.FinishPage();
        m_doc.EmbedSubsetFonts();
        PdfRefCountedBuffer buffer;
        PdfOutputDevice device(&buffer);
        m_doc.Write(&device);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(buffer.GetBuffer(), qint64(device.GetLength())) != qint64(device.GetLength())
            || !out.commit())
            return Error(ErrorCode::OutputNotWritable, path);
        return {};
    }

private:
    PdfFont *font(const QString &path, bool bold)
    {
        return m_doc.CreateFontSubset("Liberation Serif", bold, false, false, PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                      QFile::encodeName(path).constData());
    }
    void newPage()
    {
        if (m_page)
            m_painter.FinishPage();
        m_page = m_doc.CreatePage(PdfRect(0, 0, kPageW, kPageH));
        m_painter.SetPage(m_page);
        m_y = kPageH - kMargin;
    }
    void centred(PdfFont *f, double size, double cx, const QString &text)
    {
        f->SetFontSize(float(size));
        m_painter.SetFont(f);
        m_painter.DrawText(cx - widthOf(f, text) / 2, m_y - size, utf8(text));
    }

    PdfMemDocument m_doc;
    PdfPainter m_painter;
    PdfPage *m_page = nullptr;
    PdfFont *m_regular = nullptr, *m_bold = nullptr;
    double m_y = 0;
    QStringList m_header;
};

} // namespace

Error writeOutgoingBookPdf(const QList<OutgoingEntry> &entries, const QString &agency, int year, const QString &path)
{
    try {
        BookWriter w;
        if (!w.ok())
            return Error(ErrorCode::InternalError, serifFontPath());
        w.heading(agency, year, entries);
        QStringList header = outgoingBookColumns();
        w.setHeader(header);
        w.row(header, true);
        QStringList numbers;
        for (int i = 1; i <= 10; ++i)
            numbers << QStringLiteral("(%1)").arg(i);
        w.row(numbers, true);
        for (const OutgoingEntry &e : entries)
            w.row(outgoingBookRow(e), false);
        return w.save(path);
    } catch (const PdfError &e) {
        return Error(ErrorCode::OutputNotWritable, QStringLiteral("%1: %2").arg(path, QLatin1String(PdfError::ErrorName(e.GetError()))));
    }
}

} // namespace kyso::pdf
