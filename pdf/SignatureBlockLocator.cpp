#include "pdf/SignatureBlockLocator.h"

#include <QFile>
#include <QRegularExpression>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <memory>

namespace kyso::pdf {

namespace {

QList<PageWord> wordsOf(poppler::document &doc, int page, QRectF *mediaBox)
{
    QList<PageWord> out;
    if (page < 1 || page > doc.pages())
        return out;
    std::unique_ptr<poppler::page> p(doc.create_page(page - 1));
    if (!p)
        return out;
    // poppler's text boxes are relative to the visible page (the CropBox), as
    // are the rectangles PdfSigner takes.
    const poppler::rectf crop = p->page_rect(poppler::crop_box);
    if (mediaBox)
        *mediaBox = QRectF(0, 0, crop.width(), crop.height());
    const double width = crop.width(), height = crop.height();
    // poppler gives boxes as the page is shown (/Rotate applied, origin top
    // left); placements are in the unrotated page, origin bottom left.
    int quarter = 0;
    switch (p->orientation()) {
    case poppler::page::landscape: quarter = 1; break;
    case poppler::page::upside_down: quarter = 2; break;
    case poppler::page::seascape: quarter = 3; break;
    default: break;
    }
    for (const poppler::text_box &box : p->text_list()) {
        const poppler::rectf b = box.bbox();
        const poppler::byte_array utf8 = box.text().to_utf8();
        const QString text = QString::fromUtf8(utf8.data(), int(utf8.size()));
        const double x0 = b.x(), y0 = b.y(), x1 = b.x() + b.width(), y1 = b.y() + b.height();
        QRectF user;
        switch (quarter) {
        case 1: user = QRectF(QPointF(y0, x0), QPointF(y1, x1)); break;
        case 2: user = QRectF(QPointF(width - x1, y0), QPointF(width - x0, y1)); break;
        case 3: user = QRectF(QPointF(width - y1, height - x1), QPointF(width - y0, height - x0)); break;
        default: user = QRectF(QPointF(x0, height - y1), QPointF(x1, height - y0)); break;
        }
        out << PageWord{text, user.normalized(), ((box.rotation() - quarter) % 4 + 4) % 4};
    }
    return out;
}

std::unique_ptr<poppler::document> load(const QString &pdfPath)
{
    return std::unique_ptr<poppler::document>(poppler::document::load_from_file(QFile::encodeName(pdfPath).toStdString()));
}

} // namespace

QList<PageWord> pageWords(const QString &pdfPath, int page, QRectF *mediaBox)
{
    std::unique_ptr<poppler::document> doc = load(pdfPath);
    return doc ? wordsOf(*doc, page, mediaBox) : QList<PageWord>();
}

QMap<int, QList<PageWord>> pagesWords(const QString &pdfPath, const QList<int> &pages, int *count)
{
    QMap<int, QList<PageWord>> out;
    std::unique_ptr<poppler::document> doc = load(pdfPath);
    const int total = doc ? doc->pages() : 0;
    if (count)
        *count = total;
    for (int p : pages) {
        const int number = p <= 0 ? total + p : p;
        if (number >= 1 && number <= total && !out.contains(number))
            out.insert(number, wordsOf(*doc, number, nullptr));
    }
    return out;
}

int pageCount(const QString &pdfPath)
{
    std::unique_ptr<poppler::document> doc = load(pdfPath);
    return doc ? doc->pages() : 0;
}

namespace {

struct Line {
    QString text;
    QRectF box;
};

// Groups words into lines by their vertical centre.
QList<Line> linesOf(const QList<PageWord> &words)
{
    QList<Line> lines;
    for (const PageWord &w : words) {
        bool placed = false;
        for (Line &l : lines) {
            const double c = w.box.center().y();
            if (std::abs(c - l.box.center().y()) < std::max(w.box.height(), l.box.height()) * 0.5
                && w.box.left() - l.box.right() < w.box.height() * 3 && w.box.left() >= l.box.left() - 1) {
                l.text += QLatin1Char(' ') + w.text;
                l.box = l.box.united(w.box);
                placed = true;
                break;
            }
        }
        if (!placed)
            lines << Line{w.text, w.box};
    }
    return lines;
}

QString fold(const QString &s)
{
    return s.simplified().toUpper();
}

} // namespace

SignatureBlock findSignatureBlock(const QList<PageWord> &words, const QString &signerName, const QString &title)
{
    SignatureBlock block;
    const QList<Line> lines = linesOf(words);
    static const QRegularExpression capacity(QStringLiteral("^(KT|TM|TL|TUQ|Q)\\.\\s"));
    const QString name = fold(signerName);

    // The name line: the lowest line equal to the signer's name.
    int nameIdx = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (!name.isEmpty() && fold(lines[i].text) == name && (nameIdx < 0 || lines[i].box.top() < lines[nameIdx].box.top()))
            nameIdx = i;
    }
    if (nameIdx < 0)
        return block;
    const QRectF nameBox = lines[nameIdx].box;

    // Title lines: upper-case lines above the name, overlapping it
    // horizontally, the nearest first; a capacity line ends the block.
    QList<int> above;
    for (int i = 0; i < lines.size(); ++i) {
        const QRectF b = lines[i].box;
        if (i == nameIdx || b.bottom() <= nameBox.top())
            continue;
        if (b.right() < nameBox.left() - 60 || b.left() > nameBox.right() + 60)
            continue;
        if (b.bottom() - nameBox.top() > 250)
            continue;
        const QString t = lines[i].text;
        if (t != t.toUpper())
            continue;
        above << i;
    }
    std::sort(above.begin(), above.end(), [&](int a, int b) { return lines[a].box.bottom() < lines[b].box.bottom(); });
    QRectF titleBox;
    bool sawCapacityOrTitle = false;
    for (int i : above) {
        const QString t = fold(lines[i].text);
        titleBox = titleBox.isNull() ? lines[i].box : titleBox.united(lines[i].box);
        if (!title.isEmpty() && t == fold(title))
            sawCapacityOrTitle = true;
        if (capacity.match(t).hasMatch()) {
            sawCapacityOrTitle = true;
            break;
        }
        if (titleBox.height() > 60)
            break;
    }
    if (titleBox.isNull() || (!sawCapacityOrTitle && above.size() > 3))
        return block;
    block.found = true;
    block.titleBox = titleBox;
    block.nameBox = nameBox;
    return block;
}

QRectF personalSignatureRect(const SignatureBlock &block, double imageAspect)
{
    // Free band between the title's lowest line and the name's top.
    const double top = block.titleBox.top() - 2;      // PDF y grows upwards: titleBox.top() is its lower edge
    const double bottom = block.nameBox.bottom() + 2; // upper edge of the name line
    double h = std::max(20.0, top - bottom);
    double w = h * (imageAspect > 0 ? imageAspect : 2.0);
    const double maxW = std::max(block.titleBox.width(), block.nameBox.width()) * 1.3;
    if (w > maxW) {
        w = maxW;
        h = w / (imageAspect > 0 ? imageAspect : 2.0);
    }
    const double cx = block.titleBox.center().x();
    const double cy = (top + bottom) / 2;
    return QRectF(cx - w / 2, cy - h / 2, w, h);
}

QRectF sealRect(const QRectF &signature, double diameterMm)
{
    const double d = diameterMm * 72.0 / 25.4;
    const double right = signature.left() + signature.width() / 3.0;
    return QRectF(right - d, signature.center().y() - d / 2, d, d);
}

QRectF stampRect(const QRectF &mediaBox, int lines, double fontSize, double width)
{
    const double h = lines * fontSize * 1.25 + 6;
    // Inside the top margin (Decree 30: 20-25 mm), right-aligned near the edge.
    const double top = 10, right = 20;
    return QRectF(mediaBox.x() + mediaBox.width() - right - width, mediaBox.y() + mediaBox.height() - top - h, width, h);
}

} // namespace kyso::pdf
