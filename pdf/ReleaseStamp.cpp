#include "pdf/ReleaseStamp.h"

#include "pdf/Appearance.h"

#include <QFile>
#include <QFileInfo>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <podofo/podofo.h>

#include <charconv>
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

PdfObject *resolve(PdfObject *o, PdfVecObjects &objects)
{
    return o && o->IsReference() ? objects.GetObject(o->GetReference()) : o;
}

// PoDoFo writes reals with six decimals: a page box read as 595.303937007874
// would come back as 595.303937, a change to the page that validators (pyHanko)
// flag when the release stamps are the first update to touch that page. Box
// numbers are re-written in their shortest exact form (raw tokens) instead.
void keepBoxPrecision(PdfDictionary &page)
{
    for (const char *key : {"MediaBox", "CropBox", "BleedBox", "TrimBox", "ArtBox"}) {
        PdfObject *box = page.GetKey(key);
        if (!box || !box->IsArray())
            continue;
        PdfArray exact;
        for (const PdfObject &v : box->GetArray()) {
            if (!v.IsReal()) {
                exact.push_back(v);
                continue;
            }
            char text[64];
            const std::to_chars_result r = std::to_chars(text, text + sizeof text, v.GetReal());
            exact.push_back(PdfVariant(PdfData((" " + std::string(text, r.ptr)).c_str()))); // raw token, its own separator
        }
        page.AddKey(key, exact);
    }
}

// The page's /Annots array, created when the page has none.
PdfArray &annotsOf(PdfObject *page, PdfVecObjects &objects)
{
    PdfDictionary &dict = page->GetDictionary();
    PdfObject *annots = resolve(dict.GetKey("Annots"), objects);
    if (!annots || !annots->IsArray()) {
        dict.AddKey("Annots", PdfArray());
        annots = dict.GetKey("Annots");
    }
    return annots->GetArray();
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

Error attachReleaseStamps(PdfMemDocument &doc, PdfObject *field, const QList<ReleaseStamp> &stamps)
{
    if (stamps.isEmpty())
        return {};
    try {
        PdfVecObjects &objects = doc.GetObjects();
        PdfDictionary &widget = field->GetDictionary();
        // Parent field: takes the field entries of the merged field/widget.
        PdfObject *parent = objects.CreateObject();
        PdfDictionary &pd = parent->GetDictionary();
        for (const char *key : {"FT", "T", "V", "Ff", "Lock", "SV", "TU"}) {
            if (const PdfObject *v = widget.GetKey(key)) {
                pd.AddKey(key, *v);
                widget.RemoveKey(key);
            }
        }
        // No /Parent in the kids: poppler before 23.x takes a kid with /Parent
        // for a child field (an unsigned signature of its own, as pdfsig
        // then reports); found through /Kids they are the field's widgets.
        PdfArray kids;
        kids.push_back(field->Reference());

        for (const ReleaseStamp &s : stamps) {
            if (s.page < 1 || s.page > doc.GetPageCount())
                return Error(ErrorCode::PageOutOfRange, QString::number(s.page));
            PdfPage *page = doc.GetPage(s.page - 1);
            // The widget spans the blank and the line's height.
            const double h = s.fontSize * 1.4;
            const QRectF rect(s.blank.left(), s.baseline - s.fontSize * 0.35, s.blank.width(), h);
            PdfObject *appearance = stampAppearance(doc, s, rect);
            if (!appearance)
                return Error(ErrorCode::InternalError, facePath(s.bold, s.italic));
            PdfObject *annot = objects.CreateObject("Annot");
            PdfDictionary &ad = annot->GetDictionary();
            ad.AddKey("Subtype", PdfName("Widget"));
            PdfArray r;
            for (double v : {rect.left(), rect.top(), rect.right(), rect.bottom()})
                r.push_back(PdfVariant(v));
            ad.AddKey("Rect", r);
            ad.AddKey("F", PdfVariant(static_cast<pdf_int64>(ePdfAnnotationFlags_Print | ePdfAnnotationFlags_Locked)));
            ad.AddKey("P", page->GetObject()->Reference());
            ad.AddKey("NM", utf8(releaseStampName(s.kind)));
            PdfDictionary ap;
            ap.AddKey("N", appearance->Reference());
            ad.AddKey("AP", ap);
            annotsOf(page->GetObject(), objects).push_back(annot->Reference());
            keepBoxPrecision(page->GetObject()->GetDictionary());
            kids.push_back(annot->Reference());
        }
        pd.AddKey("Kids", kids);

        // The form lists the parent instead of the widget.
        PdfObject *fields = resolve(doc.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None)->GetObject()->GetDictionary().GetKey("Fields"), objects);
        if (!fields || !fields->IsArray())
            return Error(ErrorCode::InternalError, QStringLiteral("no /Fields"));
        bool replaced = false;
        for (PdfObject &item : fields->GetArray()) {
            if (item.IsReference() && item.GetReference() == field->Reference()) {
                item = PdfObject(parent->Reference());
                replaced = true;
            }
        }
        if (!replaced)
            fields->GetArray().push_back(parent->Reference());
        return {};
    } catch (const PdfError &e) {
        return Error(ErrorCode::SigningFailed, QStringLiteral("release stamp: %1").arg(QLatin1String(PdfError::ErrorName(e.GetError()))));
    }
}

} // namespace kyso::pdf
