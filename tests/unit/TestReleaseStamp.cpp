#include "pdf/ReleaseStamp.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QRegularExpression>
#include <QSet>

#include <podofo/podofo.h>

using namespace kyso;
using namespace kyso::pdf;

namespace {

// Where the stamp's text starts ("x y Td"), in the appearance's space.
QPointF textOrigin(const PoDoFo::PdfObject *appearance)
{
    static const QRegularExpression td(QStringLiteral("(-?[0-9.]+)\\s+(-?[0-9.]+)\\s+Td"));
    const QRegularExpressionMatch m = td.match(QString::fromLatin1(test::streamData(appearance)));
    return m.hasMatch() ? QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QPointF(-1e9, -1e9);
}

} // namespace

TEST_CASE("release stamp names and text widths", "[ReleaseStamp]")
{
    const QSet<QString> names = {releaseStampName(ReleaseStamp::Kind::Number), releaseStampName(ReleaseStamp::Kind::Day),
                                 releaseStampName(ReleaseStamp::Kind::Month)};
    CHECK(names.size() == 3);
    for (const QString &n : names)
        CHECK(n.startsWith(QStringLiteral("KySo_Release_")));

    // Liberation Serif has Times metrics: digits are half an em, "M" is wider.
    CHECK(releaseTextWidth(QStringLiteral("125"), 13, false, false) == Approx(19.5).margin(0.01));
    CHECK(releaseTextWidth(QStringLiteral("125"), 26, false, false)
          == Approx(2 * releaseTextWidth(QStringLiteral("125"), 13, false, false)));
    CHECK(releaseTextWidth(QStringLiteral("M"), 13, false, false) > 10);
    CHECK(releaseTextWidth(QStringLiteral("MM"), 13, true, false) > releaseTextWidth(QStringLiteral("MM"), 13, false, false));
    CHECK(releaseTextWidth(QString(), 13, false, false) == 0);
}

TEST_CASE("a stamp's appearance: the widget over the blank, the number right-aligned, the day centred", "[ReleaseStamp]")
{
    PoDoFo::PdfMemDocument doc;
    ReleaseStamp number;
    number.kind = ReleaseStamp::Kind::Number;
    number.blank = QRectF(120, 748, 40, 16);
    number.baseline = 751;
    number.text = QStringLiteral("125");
    number.alignRight = true;
    QRectF rect;
    PoDoFo::PdfObject *ap = releaseStampAppearance(doc, number, rect);
    REQUIRE(ap);
    CHECK(rect.left() == Approx(120));
    CHECK(rect.width() == Approx(40));
    CHECK(rect.top() == Approx(751 - 13 * 0.35));
    CHECK(rect.height() == Approx(13 * 1.4));
    CHECK(test::numbersOf(ap->GetDictionary().GetKey("BBox")) == QList<double>({0, 0, rect.width(), rect.height()}));
    const double width = releaseTextWidth(number.text, 13, false, false);
    const QPointF at = textOrigin(ap);
    CHECK(at.x() + width == Approx(40).margin(0.01)); // touches the symbol after the blank
    CHECK(at.y() == Approx(13 * 0.35).margin(0.01));  // on the line's baseline

    ReleaseStamp day;
    day.kind = ReleaseStamp::Kind::Day;
    day.blank = QRectF(340, 748, 30, 16);
    day.baseline = 751;
    day.text = QStringLiteral("05");
    day.italic = true;
    PoDoFo::PdfObject *dayAp = releaseStampAppearance(doc, day, rect);
    REQUIRE(dayAp);
    const QPointF dayAt = textOrigin(dayAp);
    CHECK(dayAt.x() + releaseTextWidth(day.text, 13, false, true) / 2 == Approx(15).margin(0.01)); // centred in the blank
    CHECK(dayAp != ap);
}
