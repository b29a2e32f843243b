#pragma once

#include "core/Error.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
} // namespace PoDoFo

namespace kyso::pdf {

// Text the clerk adds at release (Decree 30: the number after "Số:", the day
// and month of the date line), drawn into a blank of the draft.
struct ReleaseStamp {
    enum class Kind { Number, Day, Month };
    Kind kind = Kind::Number;
    int page = 1;            // 1-based
    QRectF blank;            // the empty space, PDF user space (origin bottom left)
    double baseline = 0;     // y of the text baseline, as the words around it
    QString text;            // "125", "05", "11"
    double fontSize = 13;
    bool bold = false;
    bool italic = false;
    bool alignRight = false; // the number touches the symbol ("125/QĐ-UBND"); day and month are centred
};

// Field-independent name of a stamp ("KySo_Release_Number", ...), kept in the
// widget's /NM so that a verifier can tell the release stamps apart.
QString releaseStampName(ReleaseStamp::Kind kind);

// Width of `text` in Liberation Serif of the given style and size (points).
double releaseTextWidth(const QString &text, double fontSize, bool bold, bool italic);

// The appearance of one stamp (its text in the blank, nothing else drawn) as a
// form XObject created in `doc` (embedded Liberation Serif subset), and the
// widget rectangle it is drawn for. nullptr when the font cannot be loaded.
PoDoFo::PdfObject *releaseStampAppearance(PoDoFo::PdfMemDocument &doc, const ReleaseStamp &stamp, QRectF &widgetRect);

// The stamps are further widgets of the seal's signature field, written in the
// seal's own update (so the seal covers them): the field becomes a parent
// (/FT /Sig, /T, /V, /Kids) whose first kid is the seal's widget, then one
// locked, printable widget per stamp with /NM KySo_Release_Number|Day|Month.
// The kids carry no /Parent: poppler before 23.x takes a kid with /Parent
// for a child field (an unsigned signature of its own, as pdfsig then reports).

} // namespace kyso::pdf
