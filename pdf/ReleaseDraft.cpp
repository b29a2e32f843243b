#include "pdf/ReleaseDraft.h"

#include "pdf/SignatureBlockLocator.h"

#include <QFile>
#include <QRegularExpression>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace kyso::pdf {

namespace {

// Where the baseline lies in poppler's word box, from its bottom, as a share
// of the box height (Liberation Serif/Times: descent 0.216 of 1.107 em of
// ascent + descent; poppler boxes are 1.3 em, centred on the same glyphs).
constexpr double kBaselineShare = 0.235;

struct Line {
    QString text;
    QRectF box;
    QList<int> words;
};

bool sameLine(const QRectF &a, const QRectF &b)
{
    return std::abs(a.center().y() - b.center().y()) < std::min(a.height(), b.height()) * 0.3;
}

// Groups words into lines: same baseline, no wide gap, left to right.
QList<Line> linesOf(const QList<DraftWord> &words, double maxGapEm = 3.0)
{
    QList<int> order;
    for (int i = 0; i < words.size(); ++i)
        order << i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (!sameLine(words[a].box, words[b].box))
            return words[a].box.center().y() > words[b].box.center().y();
        return words[a].box.left() < words[b].box.left();
    });
    QList<Line> lines;
    for (int i : order) {
        const DraftWord &w = words[i];
        Line *target = nullptr;
        for (Line &l : lines) {
            if (sameLine(l.box, w.box) && w.box.left() >= l.box.right() - 1
                && w.box.left() - l.box.right() < w.box.height() * maxGapEm) {
                target = &l;
                break;
            }
        }
        if (target) {
            target->text += QLatin1Char(' ') + w.text;
            target->box = target->box.united(w.box);
            target->words << i;
        } else {
            lines << Line{w.text, w.box, {i}};
        }
    }
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.box.center().y() > b.box.center().y(); });
    return lines;
}

// Words right of `from` on its line, left to right.
QList<int> rightOf(const QList<DraftWord> &words, int from, double maxDistance)
{
    QList<int> out;
    for (int i = 0; i < words.size(); ++i) {
        if (i != from && sameLine(words[i].box, words[from].box) && words[i].box.left() >= words[from].box.right() - 0.5
            && words[i].box.left() - words[from].box.right() < maxDistance)
            out << i;
    }
    std::sort(out.begin(), out.end(), [&](int a, int b) { return words[a].box.left() < words[b].box.left(); });
    return out;
}

ReleaseStamp stampBetween(ReleaseStamp::Kind kind, const DraftWord &left, const DraftWord &right, const DraftWord &style)
{
    ReleaseStamp s;
    s.kind = kind;
    s.blank = QRectF(left.box.right(), right.box.top(), right.box.left() - left.box.right(), right.box.height());
    s.baseline = style.box.top() + style.box.height() * kBaselineShare;
    s.fontSize = style.fontSize > 0 ? style.fontSize : style.box.height() / 1.3;
    s.bold = style.bold;
    s.italic = style.italic;
    return s;
}

QString fold(QString s)
{
    s = s.normalized(QString::NormalizationForm_C).simplified().toUpper();
    static const QRegularExpression ubnd(QStringLiteral("^UBND\\b"));
    return s.replace(ubnd, QStringLiteral("ỦY BAN NHÂN DÂN"));
}

void findNumber(const QList<DraftWord> &words, ReleaseBlanks &b)
{
    int so = -1;
    for (int i = 0; i < words.size(); ++i) {
        if (words[i].text == QStringLiteral("Số:") && (so < 0 || words[i].box.top() > words[so].box.top()))
            so = i; // the topmost "Số:" is the header's
    }
    if (so < 0)
        return;
    const QList<int> after = rightOf(words, so, words[so].box.height() * 8);
    QStringList between;
    for (int i : after) {
        const QString &t = words[i].text;
        const int slash = t.indexOf(QLatin1Char('/'));
        if (slash < 0) {
            between << t;
            continue;
        }
        if (slash > 0)
            between << t.left(slash);
        b.numberFound = true;
        b.symbol = t.mid(slash + 1);
        b.filledNumber = between.join(QString()).trimmed();
        b.number = stampBetween(ReleaseStamp::Kind::Number, words[so], words[i], words[i]);
        b.number.alignRight = true;
        break;
    }
    if (!b.numberFound)
        return;
    // The agency's name: the lines just above "Số:" that overlap its column,
    // without the national heading.
    const double h = words[so].box.height();
    const double colLeft = words[so].box.left() - 2 * h, colRight = b.number.blank.right() + 2 * h;
    QList<DraftWord> above;
    for (const DraftWord &w : words) {
        if (w.box.bottom() > words[so].box.bottom() + 0.5 * h && w.box.top() < words[so].box.bottom() + 5 * h)
            above << w;
    }
    QStringList agency;
    for (const Line &l : linesOf(above, 1.5)) { // top to bottom
        const QString t = fold(l.text);
        if (l.box.right() < colLeft || l.box.left() > colRight || t.contains(QStringLiteral("CỘNG HÒA"))
            || t.contains(QStringLiteral("CỘNG HOÀ")) || t.startsWith(QStringLiteral("ĐỘC LẬP")))
            continue;
        agency << l.text.simplified();
    }
    b.agencyLines = agency;
}

void findDate(const QList<DraftWord> &words, ReleaseBlanks &b)
{
    static const QRegularExpression year(QStringLiteral("^(\\d{4})\\D*$"));
    // The topmost date line is the header's (the body cites dates too).
    QList<int> starts;
    for (int i = 0; i < words.size(); ++i) {
        if (words[i].text == QStringLiteral("ngày"))
            starts << i;
    }
    std::sort(starts.begin(), starts.end(), [&](int a, int c) { return words[a].box.top() > words[c].box.top(); });
    for (int i : starts) {
        const QList<int> after = rightOf(words, i, words[i].box.height() * 20);
        int thang = -1, nam = -1, yr = -1;
        QStringList day, month;
        for (int j : after) {
            const QString &t = words[j].text;
            if (thang < 0 && t == QStringLiteral("tháng"))
                thang = j;
            else if (thang >= 0 && nam < 0 && t == QStringLiteral("năm"))
                nam = j;
            else if (nam >= 0) {
                if (year.match(t).hasMatch())
                    yr = j;
                break;
            } else
                (thang < 0 ? day : month) << t;
        }
        if (thang < 0 || nam < 0 || yr < 0)
            continue;
        b.dateFound = true;
        b.filledDay = day.join(QString());
        b.filledMonth = month.join(QString());
        b.year = year.match(words[yr].text).captured(1).toInt();
        b.day = stampBetween(ReleaseStamp::Kind::Day, words[i], words[thang], words[i]);
        b.month = stampBetween(ReleaseStamp::Kind::Month, words[thang], words[nam], words[thang]);
        // The place: the words just left of "ngày" on its line.
        QStringList place;
        QRectF edge = words[i].box;
        for (bool more = true; more;) {
            more = false;
            for (int k = 0; k < words.size(); ++k) {
                if (sameLine(words[k].box, edge) && words[k].box.right() <= edge.left() + 0.5
                    && edge.left() - words[k].box.right() < words[i].box.height() * 1.2 && !words[k].text.contains(QLatin1Char('/'))) {
                    place.prepend(words[k].text);
                    edge = words[k].box;
                    more = true;
                    break;
                }
            }
        }
        b.place = place.join(QLatin1Char(' ')).remove(QRegularExpression(QStringLiteral(",\\s*$"))).trimmed();
        return;
    }
}

// Type and subject: the first upper-case line below the header, and the
// lines of its paragraph after it; a letter (công văn) has "V/v ..." instead.
void readTypeAndSubject(const QList<DraftWord> &words, DraftContent &c)
{
    const ReleaseBlanks b = findReleaseBlanks(words);
    const double headerBottom = std::min(b.number.blank.top(), b.dateFound ? b.day.blank.top() : b.number.blank.top());
    const QList<Line> lines = linesOf(words);
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines[i].text.simplified();
        if (t.startsWith(QLatin1String("V/v")) && lines[i].box.top() > headerBottom - 80) {
            c.docType = QStringLiteral("CÔNG VĂN");
            c.subject = t.mid(3).trimmed();
            return;
        }
    }
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].box.bottom() > headerBottom - 1)
            continue;
        const QString t = lines[i].text.simplified();
        if (t != t.toUpper() || t.size() < 3)
            return;
        c.docType = t;
        QStringList subject;
        QRectF prev = lines[i].box;
        for (int j = i + 1; j < lines.size(); ++j) {
            const double gap = prev.top() - lines[j].box.bottom();
            if (gap > lines[j].box.height() * 0.15 || std::abs(lines[j].box.center().x() - lines[i].box.center().x()) > 30)
                break;
            subject << lines[j].text.simplified();
            prev = lines[j].box;
        }
        c.subject = subject.join(QLatin1Char(' '));
        return;
    }
}

// "Nơi nhận:" and the dashed lines under it, in its column.
QStringList readRecipients(const QList<DraftWord> &words, double pageWidth)
{
    int noi = -1;
    for (int i = 0; i + 1 < words.size(); ++i) {
        if (words[i].text == QStringLiteral("Nơi") && words[i + 1].text.startsWith(QStringLiteral("nhận")))
            noi = i;
    }
    if (noi < 0)
        return {};
    const QRectF head = words[noi].box;
    QList<DraftWord> column;
    for (const DraftWord &w : words) {
        if (w.box.top() < head.top() - 1 && w.box.left() > head.left() - 5 && w.box.right() < pageWidth * 0.5)
            column << w;
    }
    QStringList out;
    double lastBottom = head.top();
    for (const Line &l : linesOf(column)) {
        if (lastBottom - l.box.top() > l.box.height() * 2.5)
            break;
        QString t = l.text.simplified();
        if (t.startsWith(QLatin1Char('-'))) {
            t = t.mid(1).trimmed();
            t.remove(QRegularExpression(QStringLiteral("[;.,]+$")));
            out << t;
        } else if (!out.isEmpty()) {
            out.last() += QLatin1Char(' ') + t;
        }
        lastBottom = l.box.top();
    }
    return out;
}

} // namespace

QList<DraftWord> draftWords(const QString &pdfPath, int page, int *pageCount)
{
    QList<DraftWord> out;
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(QFile::encodeName(pdfPath).toStdString()));
    if (pageCount)
        *pageCount = doc ? doc->pages() : 0;
    if (!doc || page < 1 || page > doc->pages())
        return out;
    std::unique_ptr<poppler::page> p(doc->create_page(page - 1));
    if (!p)
        return out;
    const double height = p->page_rect(poppler::media_box).height();
    for (const poppler::text_box &box : p->text_list(poppler::page::text_list_include_font)) {
        const poppler::rectf r = box.bbox();
        const poppler::byte_array utf8 = box.text().to_utf8();
        DraftWord w;
        w.text = QString::fromUtf8(utf8.data(), int(utf8.size())).normalized(QString::NormalizationForm_C);
        w.box = QRectF(r.x(), height - r.y() - r.height(), r.width(), r.height());
        if (box.has_font_info()) {
            w.fontSize = box.get_font_size();
            const QString font = QString::fromStdString(box.get_font_name());
            w.bold = font.contains(QLatin1String("Bold"), Qt::CaseInsensitive);
            w.italic = font.contains(QLatin1String("Italic"), Qt::CaseInsensitive) || font.contains(QLatin1String("Oblique"), Qt::CaseInsensitive);
        }
        out << w;
    }
    return out;
}

ReleaseBlanks findReleaseBlanks(const QList<DraftWord> &words)
{
    ReleaseBlanks b;
    findNumber(words, b);
    findDate(words, b);
    return b;
}

bool agencyMatches(const QStringList &agencyLines, const QString &certificateName)
{
    if (agencyLines.isEmpty())
        return false;
    const QString cn = fold(certificateName);
    const QString issuing = fold(agencyLines.last());
    if (cn == issuing || cn == fold(agencyLines.join(QLatin1Char(' '))))
        return true;
    if (agencyLines.size() < 2)
        return false;
    // Parent "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ": its place is "TỈNH PHÚ THỌ".
    static const QRegularExpression place(QStringLiteral("(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\\s.*$"));
    const QRegularExpressionMatch m = place.match(fold(agencyLines[agencyLines.size() - 2]));
    return m.hasMatch() && cn == issuing + QLatin1Char(' ') + m.captured(0);
}

} // namespace kyso::pdf

namespace kyso::pdf {

DraftContent readDraftContent(const QString &pdfPath, const QString &signerName)
{
    DraftContent c;
    int pages = 0;
    const QList<DraftWord> first = draftWords(pdfPath, 1, &pages);
    readTypeAndSubject(first, c);
    for (int page = pages; page >= 1 && (c.recipients.isEmpty() || c.signerTitle.isEmpty()); --page) {
        const QList<DraftWord> words = page == 1 ? first : draftWords(pdfPath, page);
        double width = 0;
        QList<PageWord> plain;
        for (const DraftWord &w : words) {
            plain << PageWord{w.text, w.box};
            width = std::max(width, w.box.right());
        }
        if (c.recipients.isEmpty())
            c.recipients = readRecipients(words, std::max(width, 400.0) * 1.1);
        const SignatureBlock block = findSignatureBlock(plain, signerName);
        if (c.signerTitle.isEmpty() && block.found) {
            QList<DraftWord> inTitle;
            for (const DraftWord &w : words) {
                if (block.titleBox.adjusted(-1, -1, 1, 1).contains(w.box.center()))
                    inTitle << w;
            }
            QStringList titleLines;
            for (const Line &l : linesOf(inTitle))
                titleLines << l.text.simplified();
            c.signerTitle = titleLines.join(QLatin1Char(' '));
        }
    }
    return c;
}

} // namespace kyso::pdf
