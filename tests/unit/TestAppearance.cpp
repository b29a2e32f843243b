#include "pdf/Appearance.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

#include <podofo/podofo.h>

using namespace kyso;
using namespace kyso::pdf;
using namespace PoDoFo;

namespace {

const QString kImage = QStringLiteral(KYSO_SOURCE_DIR "/resources/demo/chu-ky-demo.png");

QByteArray content(PdfXObject &xobj)
{
    return test::streamData(xobj.GetObject());
}

// The bounding box of rect under the PDF matrix [a b c d e f].
QRectF mapRect(const QList<double> &m, const QRectF &rect)
{
    double left = 1e300, right = -1e300, low = 1e300, high = -1e300;
    for (const QPointF &p : {rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()}) {
        const double x = m[0] * p.x() + m[2] * p.y() + m[4], y = m[1] * p.x() + m[3] * p.y() + m[5];
        left = std::min(left, x);
        right = std::max(right, x);
        low = std::min(low, y);
        high = std::max(high, y);
    }
    return QRectF(left, low, right - left, high - low);
}

// The distinct font sizes set in a content stream ("/F 9.5 Tf"), ascending.
QList<double> fontSizes(const QByteArray &stream)
{
    QList<double> out;
    static const QRegularExpression tf(QStringLiteral("/\\S+\\s+([0-9.]+)\\s+Tf"));
    for (auto it = tf.globalMatch(QString::fromLatin1(stream)); it.hasNext();) {
        const double size = it.next().captured(1).toDouble();
        if (!out.contains(size))
            out << size;
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool hasResource(PdfXObject &xobj, const char *kind)
{
    const PdfObject *resources = xobj.GetObject()->GetDictionary().GetKey("Resources");
    return resources && resources->IsDictionary() && resources->GetDictionary().HasKey(kind);
}

} // namespace

TEST_CASE("text appearance: the widget's box, the embedded serif, the largest size that fits", "[Appearance]")
{
    PdfMemDocument doc;
    AppearanceSpec spec;
    spec.lines = PdfSigner::defaultStampLines(QStringLiteral("Nguyễn Văn An"), QString(), QDateTime::currentDateTimeUtc());
    Error error;
    auto roomy = buildAppearance(doc, 220, 90, spec, error);
    REQUIRE(roomy);
    CHECK_FALSE(error.isError());
    CHECK(test::numbersOf(roomy->GetObject()->GetDictionary().GetKey("BBox")) == QList<double>({0, 0, 220, 90}));
    const QList<double> matrix = test::numbersOf(roomy->GetObject()->GetDictionary().GetKey("Matrix"));
    CHECK((matrix.isEmpty() || matrix == QList<double>({1, 0, 0, 1, 0, 0}))); // upright: no turn
    CHECK(hasResource(*roomy, "Font"));
    CHECK_FALSE(hasResource(*roomy, "XObject"));
    CHECK(fontSizes(content(*roomy)) == QList<double>({10}));

    // The same lines in a narrow box: smaller, but never below 4 pt.
    auto narrow = buildAppearance(doc, 90, 90, spec, error);
    REQUIRE(narrow);
    const QList<double> sizes = fontSizes(content(*narrow));
    REQUIRE(sizes.size() == 1);
    CHECK(sizes.first() < 10);
    CHECK(sizes.first() >= 4);

    // An explicit size is kept even when it does not fit.
    spec.fontSize = 14;
    auto fixed = buildAppearance(doc, 90, 90, spec, error);
    REQUIRE(fixed);
    CHECK(fontSizes(content(*fixed)) == QList<double>({14}));
}

TEST_CASE("on a turned page the appearance is counter-rotated onto the widget", "[Appearance]")
{
    PdfMemDocument doc;
    AppearanceSpec spec;
    spec.lines = {QStringLiteral("Ký bởi: Nguyễn Văn An")};
    for (int rotation : {90, 180, 270}) {
        spec.pageRotation = rotation;
        Error error;
        auto xobj = buildAppearance(doc, 200, 80, spec, error);
        REQUIRE(xobj);
        const QList<double> box = test::numbersOf(xobj->GetObject()->GetDictionary().GetKey("BBox"));
        const QList<double> m = test::numbersOf(xobj->GetObject()->GetDictionary().GetKey("Matrix"));
        REQUIRE(box.size() == 4);
        REQUIRE(m.size() == 6);
        INFO("rotation " << rotation);
        // Upright drawing space: the box is turned for a quarter turn.
        CHECK((rotation == 180 ? box[2] == 200 && box[3] == 80 : box[2] == 80 && box[3] == 200));
        // The matrix maps the box exactly onto the 200 × 80 widget.
        const QRectF mapped = mapRect(m, QRectF(box[0], box[1], box[2], box[3]));
        CHECK(mapped.x() == Approx(0).margin(1e-9));
        CHECK(mapped.y() == Approx(0).margin(1e-9));
        CHECK(mapped.width() == Approx(200));
        CHECK(mapped.height() == Approx(80));
        // A turn, not a mirror image.
        CHECK(m[0] * m[3] - m[1] * m[2] == Approx(1));
    }
}

TEST_CASE("image appearance and image checks", "[Appearance]")
{
    QTemporaryDir dir;
    REQUIRE(QFile::exists(kImage));
    CHECK_FALSE(checkImage(kImage).isError());
    const QString jpeg = dir.filePath(QStringLiteral("a.jpg"));
    // A JPEG whose frame header gives a size is accepted; one cut before it is
    // refused here, before any PIN is asked.
    REQUIRE(test::writeBytes(jpeg, QByteArray("\xff\xd8\xff\xc0\x00\x0b\x08\x00\x20\x00\x40\x01\x01\x11\x00", 15)));
    CHECK_FALSE(checkImage(jpeg).isError());
    REQUIRE(test::writeBytes(jpeg, QByteArray("\xff\xd8\xff\xe0rest", 8)));
    CHECK(checkImage(jpeg).code() == ErrorCode::ImageUnreadable);
    const QString text = dir.filePath(QStringLiteral("a.png"));
    REQUIRE(test::writeBytes(text, "just text, named .png"));
    CHECK(checkImage(text).code() == ErrorCode::ImageUnreadable);
    CHECK(checkImage(dir.filePath(QStringLiteral("missing.png"))).code() == ErrorCode::ImageUnreadable);
    CHECK(QFile::exists(serifFontPath()));

    PdfMemDocument doc;
    AppearanceSpec spec;
    spec.imagePath = kImage;
    Error error;
    auto image = buildAppearance(doc, 150, 60, spec, error);
    REQUIRE(image);
    CHECK(hasResource(*image, "XObject"));
    CHECK_FALSE(hasResource(*image, "Font"));

    spec.lines = {QStringLiteral("Ký bởi: Nguyễn Văn An")};
    auto both = buildAppearance(doc, 150, 60, spec, error);
    REQUIRE(both);
    CHECK(hasResource(*both, "XObject"));
    CHECK(hasResource(*both, "Font"));

    // PNG signature bytes, then nothing an image decoder can read.
    const QString broken = dir.filePath(QStringLiteral("broken.png"));
    REQUIRE(test::writeBytes(broken, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x')));
    spec.imagePath = broken;
    error = Error();
    CHECK_FALSE(buildAppearance(doc, 150, 60, spec, error));
    CHECK(error.code() == ErrorCode::ImageUnreadable);
    spec.imagePath = text;
    CHECK_FALSE(buildAppearance(doc, 150, 60, spec, error));
    CHECK(error.code() == ErrorCode::ImageUnreadable);
}
