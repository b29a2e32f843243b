#include "pdf/DocumentFacts.h"

#include "core/VietnameseText.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace kyso::pdf {

QStringList DocumentFacts::notRead() const
{
    QStringList out;
    if (agencyName.isEmpty())
        out << QStringLiteral("agency");
    if (numberLine.isEmpty())
        out << QStringLiteral("number");
    if (placeDateLine.isEmpty())
        out << QStringLiteral("date");
    if (documentType.isEmpty())
        out << QStringLiteral("type");
    if (subject.isEmpty())
        out << QStringLiteral("subject");
    if (blocks.isEmpty())
        out << QStringLiteral("block");
    return out;
}

QRectF toReading(const QRectF &b, int rotation)
{
    switch (((rotation % 4) + 4) % 4) {
    case 1: return QRectF(-(b.y() + b.height()), b.x(), b.height(), b.width());
    case 2: return QRectF(-(b.x() + b.width()), -(b.y() + b.height()), b.width(), b.height());
    case 3: return QRectF(b.y(), -(b.x() + b.width()), b.height(), b.width());
    default: return b;
    }
}

QRectF toUserSpace(const QRectF &r, int rotation)
{
    switch (((rotation % 4) + 4) % 4) {
    case 1: return QRectF(r.y(), -(r.x() + r.width()), r.height(), r.width());
    case 2: return QRectF(-(r.x() + r.width()), -(r.y() + r.height()), r.width(), r.height());
    case 3: return QRectF(-(r.y() + r.height()), r.x(), r.height(), r.width());
    default: return r;
    }
}

QList<TextLine> groupLines(const QList<PageWord> &input)
{
    QList<PageWord> words;
    for (const PageWord &w : input) {
        if (!w.text.trimmed().isEmpty())
            words << w;
    }
    std::sort(words.begin(), words.end(), [](const PageWord &a, const PageWord &b) { return a.box.left() < b.box.left(); });
    QList<TextLine> lines;
    for (const PageWord &w : words) {
        TextLine *target = nullptr;
        for (TextLine &l : lines) {
            const double h = std::max(w.box.height(), l.words.last().box.height());
            const QRectF last = l.words.last().box;
            if (std::abs(w.box.center().y() - last.center().y()) < h * 0.3 && w.box.left() >= last.right() - 1
                && w.box.left() - last.right() < h * 2.0) {
                target = &l;
                break;
            }
        }
        if (target) {
            target->text += QLatin1Char(' ') + w.text;
            target->box = target->box.united(w.box);
            target->words << w;
        } else {
            lines << TextLine{w.text, w.box, {w}};
        }
    }
    // Top of the page first (PDF y grows upwards), then left to right.
    std::sort(lines.begin(), lines.end(), [](const TextLine &a, const TextLine &b) {
        if (std::abs(a.box.center().y() - b.box.center().y()) > 2)
            return a.box.center().y() > b.box.center().y();
        return a.box.left() < b.box.left();
    });
    return lines;
}

namespace {

// Space between two lines, the upper one first (negative when boxes overlap).
double gapBetween(const QRectF &upper, const QRectF &lower)
{
    return upper.top() - lower.bottom();
}

bool hasLetter(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
}

bool isUpperLine(const QString &s)
{
    return hasLetter(s) && s == s.toUpper();
}

// Dots, ellipses or underscores left for a value to be filled in.
bool isPlaceholder(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[.\\x{2026}_\\s\\x{00a0}]*$"));
    return re.match(s).hasMatch();
}

QString joined(const QList<TextLine> &lines)
{
    QStringList parts;
    for (const TextLine &l : lines)
        parts << l.text.simplified();
    return parts.join(QLatin1Char(' '));
}

// Lines that follow `first` without a paragraph break, in the same column.
QList<TextLine> paragraphFrom(const QList<TextLine> &lines, int first, int maxLines = 4)
{
    QList<TextLine> out{lines[first]};
    for (int i = first + 1; i < lines.size() && out.size() < maxLines; ++i) {
        const TextLine &prev = out.last();
        const TextLine &l = lines[i];
        if (l.box.right() < prev.box.left() || l.box.left() > prev.box.right())
            continue; // another column
        if (gapBetween(prev.box, l.box) > prev.box.height() * 0.15)
            break;
        out << l;
    }
    return out;
}

const QStringList &documentTypes()
{
    static const QStringList types = {
        QStringLiteral("NGHỊ QUYẾT"), QStringLiteral("QUYẾT ĐỊNH"), QStringLiteral("CHỈ THỊ"), QStringLiteral("QUY CHẾ"),
        QStringLiteral("QUY ĐỊNH"), QStringLiteral("THÔNG CÁO"), QStringLiteral("THÔNG BÁO"), QStringLiteral("HƯỚNG DẪN"),
        QStringLiteral("CHƯƠNG TRÌNH"), QStringLiteral("KẾ HOẠCH"), QStringLiteral("PHƯƠNG ÁN"), QStringLiteral("ĐỀ ÁN"),
        QStringLiteral("DỰ ÁN"), QStringLiteral("BÁO CÁO"), QStringLiteral("BIÊN BẢN"), QStringLiteral("TỜ TRÌNH"),
        QStringLiteral("HỢP ĐỒNG"), QStringLiteral("CÔNG VĂN"), QStringLiteral("CÔNG ĐIỆN"), QStringLiteral("BẢN GHI NHỚ"),
        QStringLiteral("BẢN THỎA THUẬN"), QStringLiteral("GIẤY ỦY QUYỀN"), QStringLiteral("GIẤY MỜI"),
        QStringLiteral("GIẤY GIỚI THIỆU"), QStringLiteral("GIẤY NGHỈ PHÉP"), QStringLiteral("PHIẾU GỬI"),
        QStringLiteral("PHIẾU CHUYỂN"), QStringLiteral("PHIẾU BÁO"), QStringLiteral("THƯ CÔNG"),
    };
    return types;
}

QString documentTypeOf(const QString &line)
{
    const QString f = foldLoose(line);
    for (const QString &t : documentTypes()) {
        if (f == foldLoose(t))
            return t;
    }
    return {};
}

// "Số: 123/QĐ-UBND", "Số:      /QĐ-UBND", "Số: …/TTr-SNN".
bool parseNumberLine(const TextLine &line, DocumentFacts &f)
{
    static const QRegularExpression re(QStringLiteral("^SỐ\\s*:?\\s*([0-9]*)\\s*([.\\x{2026}_]*)\\s*/\\s*(\\S.*)$"));
    const QString text = foldCase(line.text).replace(QChar(0x00a0), QLatin1Char(' '));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    f.numberLine = line.text.simplified();
    f.number = m.captured(1);
    f.symbol = line.text.simplified().section(QLatin1Char('/'), 1).trimmed();
    if (!f.number.isEmpty())
        return true;
    // The blank: between "Số:" and the word holding the slash.
    const PageWord &label = line.words.first();
    for (const PageWord &w : line.words) {
        if (!w.text.contains(QLatin1Char('/')))
            continue;
        const double slash = w.box.left() + (w.text.startsWith(QLatin1Char('/')) ? 0 : w.box.width() * w.text.indexOf(QLatin1Char('/')) / std::max<qsizetype>(1, w.text.size()));
        const double left = &w == &label ? label.box.left() + label.box.width() * 0.3 : label.box.right() + 1;
        f.numberBlankBox = QRectF(left, label.box.top(), std::max(1.0, slash - left - 1), label.box.height());
        break;
    }
    return true;
}

// The box of a blank between two words (or of the dots standing for it).
QRectF blankBetween(const QList<PageWord> &between, const PageWord &before, const PageWord *after)
{
    if (!between.isEmpty()) {
        QRectF r = between.first().box;
        for (const PageWord &w : between)
            r = r.united(w.box);
        return r;
    }
    const double left = before.box.right() + 1;
    const double right = after ? after->box.left() - 1 : left + before.box.height() * 2.2;
    return QRectF(left, before.box.top(), std::max(1.0, right - left), before.box.height());
}

// "Phú Thọ, ngày 25 tháng 11 năm 2026", any part possibly blank.
bool parseDateLine(const TextLine &line, DocumentFacts &f)
{
    int iDay = -1, iMonth = -1, iYear = -1;
    for (int i = 0; i < line.words.size(); ++i) {
        const QString w = foldLoose(line.words[i].text);
        if (w == QLatin1String("NGAY") && iDay < 0)
            iDay = i;
        else if (w == QLatin1String("THANG") && iDay >= 0 && iMonth < 0)
            iMonth = i;
        else if (w == QLatin1String("NAM") && iMonth >= 0 && iYear < 0)
            iYear = i;
    }
    if (iDay < 0 || iMonth < 0 || iYear < 0)
        return false;
    const QList<PageWord> &w = line.words;
    f.placeDateLine = line.text.simplified();
    QStringList place;
    for (int i = 0; i < iDay; ++i)
        place << w[i].text;
    f.place = place.join(QLatin1Char(' ')).remove(QLatin1Char(',')).simplified();
    auto part = [&](int from, int to, QString &value, QRectF &blank) {
        QList<PageWord> between = w.mid(from + 1, to - from - 1);
        QStringList text;
        for (const PageWord &x : between)
            text << x.text;
        const QString v = text.join(QString()).simplified();
        if (!v.isEmpty() && !isPlaceholder(v))
            value = v;
        else
            blank = blankBetween(between, w[from], to < w.size() ? &w[to] : nullptr);
    };
    part(iDay, iMonth, f.day, f.dayBlankBox);
    part(iMonth, iYear, f.month, f.monthBlankBox);
    part(iYear, int(w.size()), f.year, f.yearBlankBox);
    return true;
}

// Top-left block: "ỦY BAN NHÂN DÂN / TỈNH PHÚ THỌ" is one name; otherwise
// the first line is the parent ("UBND TỈNH PHÚ THỌ / SỞ ...").
void setAgency(const QList<TextLine> &agencyLines, DocumentFacts &f)
{
    QStringList lines;
    for (const TextLine &l : agencyLines) {
        if (hasLetter(l.text))
            lines << l.text.simplified();
    }
    if (lines.isEmpty())
        return;
    const QString first = foldLoose(lines.first());
    const bool needsLocality = first == QLatin1String("UY BAN NHAN DAN") || first == QLatin1String("HOI DONG NHAN DAN");
    if (lines.size() == 1 || needsLocality) {
        f.agencyName = lines.join(QLatin1Char(' '));
        return;
    }
    f.agencyParent = lines.first();
    f.agencyName = lines.mid(1).join(QLatin1Char(' '));
}

// The header's two columns: the agency's on the left, the motto and the
// place and date on the right.
void headerColumns(const QList<PageWord> &words, const QList<TextLine> &all, QList<TextLine> &left,
                   QList<TextLine> &right)
{
    // The national motto marks the right column; without it, 45 % of the text width.
    double splitX = 0, textLeft = 1e9, textRight = -1e9;
    bool motto = false;
    for (const PageWord &w : words) {
        textLeft = std::min(textLeft, w.box.left());
        textRight = std::max(textRight, w.box.right());
    }
    for (const TextLine &l : all) {
        const int at = foldLoose(l.text).indexOf(QLatin1String("CONG HOA XA HOI CHU NGHIA VIET NAM"));
        if (at >= 0) {
            for (const PageWord &w : l.words) {
                if (foldLoose(w.text) == QLatin1String("CONG")) {
                    splitX = w.box.left() - 1;
                    motto = true;
                    break;
                }
            }
            break;
        }
    }
    if (motto) {
        // Words left of the motto are the agency's column.
        QList<PageWord> leftWords, rightWords;
        for (const PageWord &w : words)
            (w.box.center().x() < splitX ? leftWords : rightWords) << w;
        left = groupLines(leftWords);
        right = groupLines(rightWords);
    } else {
        // No motto: whole lines starting in the left 45 % of the text.
        for (const TextLine &l : all)
            (l.box.left() < textLeft + (textRight - textLeft) * 0.45 ? left : right) << l;
    }
}

// The agency's lines at the top of the left column, down to the number line
// (numberIdx) or, without one, to a paragraph gap.
QList<TextLine> agencyLinesOf(const QList<TextLine> &left, int numberIdx, double limit)
{
    QList<TextLine> agencyLines;
    for (int i = 0; i < (numberIdx < 0 ? int(left.size()) : numberIdx); ++i) {
        if (numberIdx < 0 && !agencyLines.isEmpty()
            && gapBetween(agencyLines.last().box, left[i].box) > left[i].box.height() * 0.6)
            break;
        if (left[i].box.center().y() < limit)
            break;
        // Agency names are printed in capitals; the type name ends the header.
        if (hasLetter(left[i].text) && (!isUpperLine(left[i].text) || !documentTypeOf(left[i].text).isEmpty()))
            break;
        agencyLines << left[i];
    }
    return agencyLines;
}

// Type and subject: the first known type name below the header, and the
// paragraph after it.
void parseTypeAndSubject(const QList<TextLine> &all, double headerBottom, DocumentFacts &f)
{
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].box.center().y() >= headerBottom)
            continue;
        const QString type = documentTypeOf(all[i].text);
        if (type.isEmpty())
            continue;
        f.documentType = type;
        if (i + 1 < all.size() && gapBetween(all[i].box, all[i + 1].box) < all[i].box.height() * 0.15)
            f.subject = joined(paragraphFrom(all, i + 1));
        return;
    }
}

void parseHeader(const QList<PageWord> &words, DocumentFacts &f)
{
    const QList<TextLine> all = groupLines(words);
    QList<TextLine> left, right;
    headerColumns(words, all, left, right);
    if (left.isEmpty())
        return;
    // Only the top of the page is the header.
    const double top = all.isEmpty() ? 0 : all.first().box.bottom();
    const double limit = top - 260;

    int numberIdx = -1;
    for (int i = 0; i < left.size() && left[i].box.center().y() > limit; ++i) {
        if (parseNumberLine(left[i], f)) {
            numberIdx = i;
            break;
        }
    }
    const QList<TextLine> agencyLines = agencyLinesOf(left, numberIdx, limit);
    setAgency(agencyLines, f);

    double headerBottom = numberIdx >= 0 ? left[numberIdx].box.top() : agencyLines.isEmpty() ? limit : agencyLines.last().box.top();
    for (const TextLine &l : right) {
        if (l.box.center().y() < limit)
            break;
        if (parseDateLine(l, f)) {
            headerBottom = std::min(headerBottom, l.box.top());
            break;
        }
    }
    // Công văn: "V/v ..." under the number, in the left column.
    if (numberIdx >= 0) {
        for (int i = numberIdx + 1; i < left.size() && left[i].box.center().y() > limit; ++i) {
            if (foldLoose(left[i].text).startsWith(QLatin1String("V/V"))) {
                f.subject = joined(paragraphFrom(left, i));
                f.documentType = QStringLiteral("CÔNG VĂN");
                return;
            }
        }
    }
    parseTypeAndSubject(all, headerBottom, f);
}

bool looksLikePersonName(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\p{Lu}\\p{Ll}*)( \\p{Lu}\\p{Ll}*){1,6}$"));
    return re.match(text.simplified().normalized(QString::NormalizationForm_C)).hasMatch();
}

bool overlapsColumn(const QRectF &line, double x)
{
    return line.left() - 20 <= x && x <= line.right() + 20;
}

// Upper-case lines directly above `limitY` around column x, nearest first,
// consecutive (no paragraph gap between them).
QList<TextLine> capacityLinesAbove(const QList<TextLine> &lines, double limitY, double x, double maxDistance)
{
    QList<TextLine> above;
    for (const TextLine &l : lines) {
        if (l.box.top() >= limitY && overlapsColumn(l.box, x) && l.box.top() - limitY <= maxDistance)
            above << l;
    }
    std::sort(above.begin(), above.end(), [](const TextLine &a, const TextLine &b) { return a.box.top() < b.box.top(); });
    QList<TextLine> out;
    for (const TextLine &l : above) {
        if (!isUpperLine(l.text))
            break;
        if (!out.isEmpty() && gapBetween(l.box, out.last().box) > l.box.height() * 0.6)
            break;
        out << l;
        if (out.size() == 5)
            break;
    }
    std::reverse(out.begin(), out.end()); // top-down
    return out;
}

bool fillBlock(const QList<TextLine> &upper, SignatureBlockFacts &b)
{
    static const QRegularExpression capacity(QStringLiteral("^(KT|TM|TL|TUQ|Q)\\s*\\.\\s*(.*)$"));
    QStringList titleLines;
    for (const TextLine &l : upper) {
        const QString t = foldCase(l.text);
        const QRegularExpressionMatch m = capacity.match(t);
        if (m.hasMatch()) {
            if (!b.capacity.isEmpty())
                b.outer << b.capacity + QLatin1Char(' ') + b.onBehalfOf;
            b.capacity = m.captured(1) + QLatin1Char('.');
            b.onBehalfOf = m.captured(2).simplified();
            titleLines.clear();
        } else {
            titleLines << l.text.simplified();
        }
        b.titleBox = b.titleBox.isNull() ? l.box : b.titleBox.united(l.box);
    }
    b.title = titleLines.join(QLatin1Char(' '));
    return !b.capacity.isEmpty() || !b.title.isEmpty();
}

// Blocks whose name is on page `index` (0-based); the capacity/title lines
// may end the page before.
void findBlocks(const QList<QList<PageWord>> &pages, int index, QList<SignatureBlockFacts> &out)
{
    const QList<TextLine> lines = groupLines(pages[index]);
    QList<double> usedTitles;
    for (const TextLine &name : lines) {
        if (!looksLikePersonName(name.text))
            continue;
        const double x = name.box.center().x();
        SignatureBlockFacts b;
        b.name = name.text.simplified();
        b.nameBox = name.box;
        b.namePage = b.titlePage = index + 1;
        QList<TextLine> upper = capacityLinesAbove(lines, name.box.bottom(), x, 250);
        bool nothingAbove = upper.isEmpty();
        if (nothingAbove) {
            for (const TextLine &l : lines)
                nothingAbove = nothingAbove && !(l.box.top() >= name.box.bottom() && overlapsColumn(l.box, x));
        } else if (gapBetween(upper.last().box, name.box) < name.box.height()) {
            continue; // no room for a signature: not a block
        }
        if (upper.isEmpty() && nothingAbove && index > 0) {
            // Split block: the title lines end the previous page.
            const QList<TextLine> prev = groupLines(pages[index - 1]);
            upper = capacityLinesAbove(prev, -1e9, x, 1e10);
            b.titlePage = index;
        }
        if (upper.isEmpty() || !fillBlock(upper, b))
            continue;
        const double key = b.titlePage * 10000 + b.titleBox.top();
        if (usedTitles.contains(key))
            continue;
        usedTitles << key;
        out << b;
    }
}

} // namespace

// The page's words turned upright (most words' direction), and that direction.
static int uprightWords(QList<PageWord> &words)
{
    int count[4] = {0, 0, 0, 0};
    for (const PageWord &w : words)
        ++count[((w.rotation % 4) + 4) % 4];
    const int rotation = int(std::max_element(count, count + 4) - count);
    if (rotation != 0) {
        for (PageWord &w : words)
            w.box = toReading(w.box, rotation);
    }
    return rotation;
}

DocumentFacts analyseDocument(const QList<QList<PageWord>> &input)
{
    DocumentFacts f;
    if (input.isEmpty())
        return f;
    QList<QList<PageWord>> pages = input;
    QList<int> rotations;
    for (QList<PageWord> &p : pages)
        rotations << uprightWords(p);
    f.rotation = rotations.first();
    parseHeader(pages.first(), f);
    const int last = int(pages.size()) - 1;
    findBlocks(pages, last, f.blocks);
    if (f.blocks.isEmpty() && last > 0)
        findBlocks(pages, last - 1, f.blocks);
    for (SignatureBlockFacts &b : f.blocks)
        b.rotation = rotations.value(b.namePage - 1);
    // Left to right, as they are printed side by side.
    std::sort(f.blocks.begin(), f.blocks.end(), [](const SignatureBlockFacts &a, const SignatureBlockFacts &b) {
        if (a.namePage != b.namePage)
            return a.namePage < b.namePage;
        if (std::abs(a.nameBox.top() - b.nameBox.top()) > 20)
            return a.nameBox.top() > b.nameBox.top();
        return a.nameBox.left() < b.nameBox.left();
    });
    return f;
}

DocumentFacts readDocumentFacts(const QString &pdfPath)
{
    // The heading on the first page, the signature block on the last two.
    int count = 0;
    const QMap<int, QList<PageWord>> words = pagesWords(pdfPath, {1, -1, 0}, &count);
    if (count < 1)
        return {};
    QList<QList<PageWord>> pages;
    for (int p = 1; p <= count; ++p)
        pages << words.value(p);
    return analyseDocument(pages);
}

} // namespace kyso::pdf
