#include "pdf/Appearance.h"

#include "pdf/ImageInfo.h"

#include <QFile>
#include <QFileInfo>

#include <podofo/podofo.h>

#include <algorithm>
#include <memory>

using namespace PoDoFo;

namespace kyso::pdf {

QString serifFontPath()
{
    const QString path = QStringLiteral(KYSO_FONT_DIRS "/LiberationSerif-Regular.ttf");
    return path;
}

Error checkImage(const QString &path)
{
    // A PNG or JPEG whose header gives a size; PoDoFo reads the rest.
    if (readImageInfo(path).valid())
        return {};
    return Error(ErrorCode::ImageUnreadable, path);
}

namespace {

PdfString utf8(const QString &s)
{
    const QByteArray bytes = s.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8 *>(bytes.constData()));
}

double textWidth(PdfFont *font, const QString &s)
{
    // Sum glyph advances through the font metrics (Identity-H font: one code
    // per UTF-16 unit).
    const PdfFontMetrics *m = font->GetFontMetrics();
    double w = 0;
    for (const QChar c : s)
        w += m->UnicodeCharWidth(c.unicode());
    return w;
}

// Drawing space: upright for the reader. The form matrix maps it onto the
// (unrotated) widget rectangle.
void setUprightMatrix(PdfXObject &xobj, int pageRotation, double w, double h)
{
    PdfArray matrix;
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
    switch (pageRotation) {
    case 90: a = 0; b = 1; c = -1; d = 0; e = h; break;
    case 180: a = -1; d = -1; e = w; f = h; break;
    case 270: a = 0; b = -1; c = 1; d = 0; f = w; break;
    default: break;
    }
    for (double v : {a, b, c, d, e, f})
        matrix.push_back(PdfVariant(v));
    xobj.GetObject()->GetDictionary().AddKey("Matrix", matrix);
}

// The image, centred in the whole box or, with text lines, in its top 62 %;
// textTop becomes the top of the room left for the text.
Error drawImage(PdfMemDocument &doc, PdfPainter &painter, const AppearanceSpec &spec, double w, double h, double &textTop)
{
    if (Error e = checkImage(spec.imagePath))
        return e;
    PdfImage image(&doc);
    try {
        image.LoadFromFile(QFile::encodeName(spec.imagePath).constData());
    } catch (const PdfError &e) {
        return Error(ErrorCode::ImageUnreadable, QString::fromLatin1(PdfError::ErrorName(e.GetError())));
    }
    const double boxH = spec.lines.isEmpty() ? h : h * 0.62;
    const double scale = std::min(w / image.GetWidth(), boxH / image.GetHeight());
    const double iw = image.GetWidth() * scale;
    const double ih = image.GetHeight() * scale;
    painter.DrawImage((w - iw) / 2, h - ih - (boxH - ih) / 2, &image, scale, scale);
    textTop = h - boxH;
    return {};
}

// The text lines below textTop, in an embedded Liberation Serif subset.
Error drawLines(PdfMemDocument &doc, PdfPainter &painter, const AppearanceSpec &spec, double w, double textTop)
{
    PdfFont *font = doc.CreateFontSubset("Liberation Serif", false, false, false,
                                         PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                         QFile::encodeName(serifFontPath()).constData());
    if (!font)
        return Error(ErrorCode::InternalError, serifFontPath());
    // Largest size ≤ 10 pt (or the requested one) at which every line fits.
    double size = spec.fontSize > 0 ? spec.fontSize : 10.0;
    const double margin = 2;
    auto fits = [&](double s) {
        font->SetFontSize(float(s));
        const double lineH = font->GetFontMetrics()->GetLineSpacing();
        if (lineH * spec.lines.size() > textTop - margin)
            return false;
        for (const QString &line : spec.lines) {
            if (textWidth(font, line) > w - 2 * margin)
                return false;
        }
        return true;
    };
    while (spec.fontSize <= 0 && size > 4 && !fits(size))
        size -= 0.5;
    font->SetFontSize(float(size));
    painter.SetFont(font);
    painter.SetColor(0, 0, 0);
    const double lineH = font->GetFontMetrics()->GetLineSpacing();
    const double ascent = font->GetFontMetrics()->GetAscent();
    double y = textTop - margin - ascent;
    for (const QString &line : spec.lines) {
        painter.DrawText(margin, y, utf8(line));
        y -= lineH;
    }
    return {};
}

} // namespace

std::unique_ptr<PdfXObject> buildAppearance(PdfMemDocument &doc, double width, double height,
                                            const AppearanceSpec &spec, Error &error)
{
    const bool swap = spec.pageRotation == 90 || spec.pageRotation == 270;
    // Drawing space: upright for the reader (see setUprightMatrix).
    const double w = swap ? height : width;
    const double h = swap ? width : height;
    try {
        auto xobj = std::make_unique<PdfXObject>(PdfRect(0, 0, w, h), &doc);
        if (spec.pageRotation != 0)
            setUprightMatrix(*xobj, spec.pageRotation, w, h);

        PdfPainter painter;
        painter.SetPage(xobj.get());
        double textTop = h;
        Error drawn;
        if (!spec.imagePath.isEmpty())
            drawn = drawImage(doc, painter, spec, w, h, textTop);
        if (!drawn && !spec.lines.isEmpty())
            drawn = drawLines(doc, painter, spec, w, textTop);
        painter.FinishPage();
        if (drawn) {
            error = drawn;
            return nullptr;
        }
        return xobj;
    } catch (const PdfError &e) {
        error = Error(ErrorCode::SigningFailed, QStringLiteral("appearance: %1").arg(QLatin1String(PdfError::ErrorName(e.GetError()))));
        return nullptr;
    }
}

} // namespace kyso::pdf
