#include "pdf/PrintedDocument.h"

#include "pdf/Appearance.h"
#include "pdf/AtomicOutput.h"

#include <QFile>
#include <QFileInfo>

#include <podofo/podofo.h>

#include <array>

using namespace PoDoFo;

namespace kyso::pdf {

Paragraph paragraph(const QString &text, TextAlign align, bool bold, double size)
{
    Paragraph p;
    p.runs << TextRun{text, bold, false};
    p.align = align;
    p.size = size;
    return p;
}

namespace {

constexpr double kA4Short = 595.28, kA4Long = 841.89;
constexpr double kLineFactor = 1.2;
const char *const kFaceFiles[4] = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                                   "LiberationSerif-BoldItalic.ttf"};

PdfString utf8(const QString &s)
{
    const QByteArray bytes = s.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8 *>(bytes.constData()));
}

int faceOf(const TextRun &r)
{
    return (r.bold ? 1 : 0) + (r.italic ? 2 : 0);
}

struct Word {
    QString text;
    int face = 0;
    double width = 0;
    bool spaceBefore = false;
    bool underline = false;
};

struct Line {
    QList<Word> words;
    double width = 0;
    bool ends = false; // last line of the paragraph or before a hard break: not justified
};

} // namespace

struct PrintedDocument::Impl {
    PdfMemDocument doc;
    PdfPainter painter;
    PdfPage *page = nullptr;
    std::array<PdfFont *, 4> faces{};
    Error error;
    double pageW = kA4Short, pageH = kA4Long;
    Margins margins;
    double y = 0;
    int pages = 0;
    QByteArray bytes; // the finished document

    PdfFont *face(int i, double size)
    {
        if (!faces[size_t(i)]) {
            const QString path = QFileInfo(serifFontPath()).absolutePath() + QLatin1Char('/') + QLatin1String(kFaceFiles[i]);
            if (QFileInfo::exists(path))
                faces[size_t(i)] = doc.CreateFontSubset("Liberation Serif", (i & 1) != 0, (i & 2) != 0, false,
                                                        PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                                        QFile::encodeName(path).constData());
            if (!faces[size_t(i)]) {
                if (i == 0)
                    return nullptr;
                error = Error(ErrorCode::InternalError, path);
                faces[size_t(i)] = faces[0];
            }
        }
        faces[size_t(i)]->SetFontSize(float(size));
        return faces[size_t(i)];
    }

    double widthOf(int f, double size, const QString &s)
    {
        const PdfFontMetrics *m = face(f, size)->GetFontMetrics();
        double w = 0;
        for (const QChar c : s)
            w += m->UnicodeCharWidth(c.unicode());
        return w;
    }

    void startPage()
    {
        if (page)
            painter.FinishPage();
        page = doc.CreatePage(PdfRect(0, 0, pageW, pageH));
        painter.SetPage(page);
        y = pageH - margins.top;
        ++pages;
    }
    double bottom() const { return margins.bottom; }
    double contentHeight() const { return pageH - margins.top - margins.bottom; }

    QList<Line> layout(const Paragraph &p, double width);
    void cutWord(Word word, double size, double available, QList<Line> &lines, Line &line);
    void drawLine(const Line &line, const Paragraph &p, double x, double width, double baseline, bool first);
    QList<Line> cellLines(const Paragraph &p, double width, int maxLines);
    double drawRow(const QList<Paragraph> &cells, const Table &t, double maxHeight);
    double rowHeight(const QList<Paragraph> &cells, const Table &t, double maxHeight);
};

// A word wider than the line is cut into pieces that fit.
void PrintedDocument::Impl::cutWord(Word word, double size, double available, QList<Line> &lines, Line &line)
{
    while (word.text.size() > 1 && word.width > available) {
        int n = int(word.text.size()) - 1;
        while (n > 1 && widthOf(word.face, size, word.text.left(n)) > available)
            --n;
        Line piece;
        piece.words << Word{word.text.left(n), word.face, widthOf(word.face, size, word.text.left(n)), false, word.underline};
        piece.width = piece.words.first().width;
        lines << piece;
        word.text = word.text.mid(n);
        word.width = widthOf(word.face, size, word.text);
    }
    word.spaceBefore = false;
    line.words << word;
    line.width = word.width;
}

QList<Line> PrintedDocument::Impl::layout(const Paragraph &p, double width)
{
    QList<Line> lines;
    Line line;
    bool pendingSpace = false;
    const auto available = [&] { return width - p.indent - (lines.isEmpty() ? p.firstIndent : 0); };
    const auto finish = [&](bool ends) {
        line.ends = ends;
        lines << line;
        line = Line();
        pendingSpace = false;
    };
    for (const TextRun &run : p.runs) {
        const int f = faceOf(run);
        const QStringList pieces = run.text.split(QLatin1Char('\n'));
        for (int i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                finish(true);
            const QString &piece = pieces[i];
            qsizetype at = 0;
            while (at < piece.size()) {
                if (piece[at] == QLatin1Char(' ')) {
                    pendingSpace = true;
                    ++at;
                    continue;
                }
                qsizetype end = piece.indexOf(QLatin1Char(' '), at);
                if (end < 0)
                    end = piece.size();
                Word w{piece.mid(at, end - at), f, 0, pendingSpace, run.underline};
                w.width = widthOf(f, p.size, w.text);
                at = end;
                pendingSpace = false;
                const double space = w.spaceBefore && !line.words.isEmpty() ? widthOf(f, p.size, QStringLiteral(" ")) : 0;
                if (line.words.isEmpty() || line.width + space + w.width <= available()) {
                    if (line.words.isEmpty()) {
                        cutWord(w, p.size, available(), lines, line);
                    } else {
                        line.width += space + w.width;
                        line.words << w;
                    }
                    continue;
                }
                finish(false);
                cutWord(w, p.size, available(), lines, line);
            }
        }
    }
    finish(true);
    return lines;
}

void PrintedDocument::Impl::drawLine(const Line &line, const Paragraph &p, double x, double width, double baseline, bool first)
{
    const double left = x + p.indent + (first ? p.firstIndent : 0);
    const double room = width - p.indent - (first ? p.firstIndent : 0);
    double cursor = left, extra = 0;
    if (p.align == TextAlign::Centre)
        cursor += (room - line.width) / 2;
    else if (p.align == TextAlign::Right)
        cursor += room - line.width;
    int gaps = 0;
    for (int i = 1; i < line.words.size(); ++i)
        gaps += line.words[i].spaceBefore ? 1 : 0;
    if (p.align == TextAlign::Justify && !line.ends && gaps > 0)
        extra = (room - line.width) / gaps;
    // Consecutive underlined words share one stroke, spaces between them included.
    double underlineFrom = -1;
    const auto strokeUnderline = [&](double to) {
        if (underlineFrom >= 0 && to > underlineFrom) {
            painter.SetStrokeWidth(p.size * 0.05);
            painter.DrawLine(underlineFrom, baseline - p.size * 0.15, to, baseline - p.size * 0.15);
        }
        underlineFrom = -1;
    };
    for (int i = 0; i < line.words.size(); ++i) {
        const Word &w = line.words[i];
        const double beforeSpace = cursor;
        if (i > 0 && w.spaceBefore)
            cursor += widthOf(w.face, p.size, QStringLiteral(" ")) + extra;
        if (!w.underline)
            strokeUnderline(beforeSpace);
        else if (underlineFrom < 0)
            underlineFrom = cursor;
        painter.SetFont(face(w.face, p.size));
        painter.DrawText(cursor, baseline, utf8(w.text));
        cursor += w.width;
    }
    strokeUnderline(cursor);
}

PrintedDocument::PrintedDocument(Orientation orientation, Margins margins) : d(std::make_unique<Impl>())
{
    d->margins = margins;
    if (orientation == Orientation::Landscape)
        std::swap(d->pageW, d->pageH);
    try {
        if (!d->face(0, 12))
            d->error = Error(ErrorCode::InternalError, serifFontPath());
    } catch (const PdfError &e) {
        d->error = Error(ErrorCode::InternalError, QStringLiteral("%1: %2").arg(serifFontPath(), QLatin1String(PdfError::ErrorName(e.GetError()))));
    }
}

PrintedDocument::~PrintedDocument() = default;

Error PrintedDocument::status() const
{
    return d->error;
}

double PrintedDocument::contentWidth() const
{
    return d->pageW - d->margins.left - d->margins.right;
}

int PrintedDocument::pageCount() const
{
    return d->pages;
}

void PrintedDocument::newPage()
{
    if (!d->error && d->bytes.isEmpty())
        d->startPage();
}

void PrintedDocument::space(double points)
{
    if (!d->page)
        newPage();
    if (!d->page)
        return;
    d->y -= points;
}

void PrintedDocument::add(const Paragraph &p)
{
    if (d->error || !d->bytes.isEmpty())
        return;
    if (!d->page)
        d->startPage();
    const QList<Line> lines = d->layout(p, contentWidth());
    const double lineH = p.size * kLineFactor;
    for (int i = 0; i < lines.size(); ++i) {
        if (d->y - lineH < d->bottom())
            d->startPage();
        d->drawLine(lines[i], p, d->margins.left, contentWidth(), d->y - p.size, i == 0);
        d->y -= lineH;
    }
    d->y -= p.spaceAfter;
}

// The lines of a cell, at most maxLines: a longer cell ends in "…".
QList<Line> PrintedDocument::Impl::cellLines(const Paragraph &p, double width, int maxLines)
{
    QList<Line> lines = layout(p, width);
    if (lines.size() > maxLines && maxLines > 0) {
        lines = lines.mid(0, maxLines);
        Line &last = lines.last();
        const Word more{QStringLiteral("…"), last.words.isEmpty() ? 0 : last.words.last().face, 0, false};
        const double w = widthOf(more.face, p.size, more.text);
        while (!last.words.isEmpty() && last.width + w > width - p.indent) {
            last.width -= last.words.last().width;
            last.words.removeLast();
        }
        last.words << Word{more.text, more.face, w, false};
        last.width += w;
        last.ends = true;
    }
    return lines;
}

double PrintedDocument::Impl::rowHeight(const QList<Paragraph> &cells, const Table &t, double maxHeight)
{
    double h = 0;
    for (int c = 0; c < cells.size() && c < t.widths.size(); ++c) {
        const double lineH = cells[c].size * kLineFactor;
        const int maxLines = std::max(1, int((maxHeight - 2 * t.padding) / lineH));
        h = std::max(h, cellLines(cells[c], t.widths[c] - 2 * t.padding, maxLines).size() * lineH);
    }
    return h + 2 * t.padding;
}

double PrintedDocument::Impl::drawRow(const QList<Paragraph> &cells, const Table &t, double maxHeight)
{
    const double h = rowHeight(cells, t, maxHeight);
    double x = margins.left;
    for (int c = 0; c < t.widths.size(); ++c) {
        if (t.borders) {
            painter.SetStrokeWidth(0.5);
            painter.Rectangle(x, y - h, t.widths[c], h);
            painter.Stroke();
        }
        if (c < cells.size()) {
            const Paragraph &p = cells[c];
            const double lineH = p.size * kLineFactor;
            const int maxLines = std::max(1, int((maxHeight - 2 * t.padding) / lineH));
            const QList<Line> lines = cellLines(p, t.widths[c] - 2 * t.padding, maxLines);
            double baseline = y - t.padding - p.size;
            for (int i = 0; i < lines.size(); ++i, baseline -= lineH)
                drawLine(lines[i], p, x + t.padding, t.widths[c] - 2 * t.padding, baseline, i == 0);
        }
        x += t.widths[c];
    }
    y -= h;
    return h;
}

void PrintedDocument::add(const Table &t)
{
    if (d->error || !d->bytes.isEmpty())
        return;
    if (!d->page)
        d->startPage();
    const QList<QList<Paragraph>> header = t.rows.mid(0, t.headerRows);
    double headerH = 0;
    for (const QList<Paragraph> &row : header)
        headerH += d->rowHeight(row, t, d->contentHeight());
    // A body row never takes more than the page minus the repeated header.
    const double bodyMax = std::max(d->contentHeight() - headerH, d->contentHeight() / 4);
    for (int r = 0; r < t.rows.size(); ++r) {
        const bool isHeader = r < t.headerRows;
        const double maxH = isHeader ? d->contentHeight() : bodyMax;
        const double h = d->rowHeight(t.rows[r], t, maxH);
        // The header stays with the first body row.
        const double need = isHeader && r == t.headerRows - 1 && r + 1 < t.rows.size() ? h + d->rowHeight(t.rows[r + 1], t, bodyMax) : h;
        if (d->y - need < d->bottom() && d->y < d->pageH - d->margins.top) {
            d->startPage();
            if (!isHeader) {
                for (const QList<Paragraph> &row : header)
                    d->drawRow(row, t, d->contentHeight());
            }
        }
        d->drawRow(t.rows[r], t, maxH);
    }
}

Error PrintedDocument::save(const QString &path, const QString &title)
{
    if (d->error)
        return d->error;
    try {
        // The document is finished once; saving again writes the same bytes.
        if (d->bytes.isEmpty()) {
            if (!d->page)
                d->startPage();
            d->painter.FinishPage();
            d->doc.GetInfo()->SetTitle(utf8(title));
            d->doc.GetInfo()->SetCreator(PdfString("KySo"));
            d->doc.EmbedSubsetFonts();
            PdfRefCountedBuffer buffer;
            PdfOutputDevice device(&buffer);
            d->doc.Write(&device);
            d->bytes = QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
        }
    } catch (const PdfError &e) {
        return Error(ErrorCode::InternalError, QStringLiteral("%1: %2").arg(path, QLatin1String(PdfError::ErrorName(e.GetError()))));
    }
    AtomicOutput out;
    if (Error e = out.begin(path, QString(), true))
        return e;
    QFile file(out.tempPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(d->bytes) != d->bytes.size() || !file.flush())
        return Error(ErrorCode::OutputNotWritable, path);
    file.close();
    return out.commit();
}

} // namespace kyso::pdf
