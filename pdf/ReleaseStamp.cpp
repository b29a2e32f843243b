#include "pdf/ReleaseStamp.h"

#include "pdf/Appearance.h"

#include <QFile>
#include <QFileInfo>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <podofo/podofo.h>

#include <memory>
#include <string>

using namespace PoDoFo;

namespace kyso::pdf {

namespace {

QString facePath(bool bold, bool italic)
{
    const QString dir = QFileInfo(serifFontPath()).absolutePath();
    const char *face = bold ? (italic ? "BoldItalic" : "Bold") : (italic ? "Italic" : "Regular");
    return dir + QStringLiteral("/LiberationSerif-%1.ttf").arg(QLatin1String(face));
}

PdfString utf8(const QString &s)
{
    const QByteArray bytes = s.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8 *>(bytes.constData()));
}

// The appearance of one stamp: its text in the blank, nothing else drawn
// (the page shows through).
PdfObject *stampAppearance(PdfMemDocument &doc, const ReleaseStamp &s, const QRectF &rect)
{
    PdfXObject xobj(PdfRect(0, 0, rect.width(), rect.height()), &doc);
    const QString path = facePath(s.bold, s.italic);
    PdfFont *font = doc.CreateFontSubset("Liberation Serif", s.bold, s.italic, false,
                                         PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                         QFile::encodeName(path).constData());
    if (!font)
        return nullptr;
    font->SetFontSize(float(s.fontSize));
    const double width = releaseTextWidth(s.text, s.fontSize, s.bold, s.italic);
    const double x = s.alignRight ? s.blank.right() - width - rect.left() : s.blank.center().x() - width / 2 - rect.left();
    PdfPainter painter;
    painter.SetPage(&xobj);
    painter.SetFont(font);
    painter.SetColor(0, 0, 0);
    painter.DrawText(x, s.baseline - rect.top(), utf8(s.text));
    painter.FinishPage();
    return xobj.GetObject();
}

} // namespace

QString releaseStampName(ReleaseStamp::Kind kind)
{
    switch (kind) {
    case ReleaseStamp::Kind::Number: return QStringLiteral("KySo_Release_Number");
    case ReleaseStamp::Kind::Day: return QStringLiteral("KySo_Release_Day");
    case ReleaseStamp::Kind::Month: return QStringLiteral("KySo_Release_Month");
    }
    return {};
}

double releaseTextWidth(const QString &text, double fontSize, bool bold, bool italic)
{
    FT_Library lib = nullptr;
    if (FT_Init_FreeType(&lib) != 0)
        return text.size() * fontSize * 0.5;
    FT_Face face = nullptr;
    double units = 0;
    int perEm = 1000;
    if (FT_New_Face(lib, QFile::encodeName(facePath(bold, italic)).constData(), 0, &face) == 0) {
        perEm = face->units_per_EM;
        for (const QChar c : text) {
            if (FT_Load_Char(face, c.unicode(), FT_LOAD_NO_SCALE) == 0)
                units += face->glyph->advance.x;
        }
        FT_Done_Face(face);
    } else {
        units = text.size() * 500.0;
        perEm = 1000;
    }
    FT_Done_FreeType(lib);
    return units * fontSize / perEm;
}

PdfObject *releaseStampAppearance(PdfMemDocument &doc, const ReleaseStamp &s, QRectF &widgetRect)
{
    // The widget spans the blank and the line's height.
    widgetRect = QRectF(s.blank.left(), s.baseline - s.fontSize * 0.35, s.blank.width(), s.fontSize * 1.4);
    try {
        return stampAppearance(doc, s, widgetRect);
    } catch (const PdfError &) {
        return nullptr;
    }
}

} // namespace kyso::pdf
