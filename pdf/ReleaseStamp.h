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

// Makes the stamps further widgets of the signature field `field` (the
// merged field/widget PoDoFo creates): the field becomes a parent whose first
// kid is its original widget, followed by one locked, printable widget per
// stamp with its own appearance stream (embedded Liberation Serif subset).
// Call before the update is written, so that the signature covers them.
Error attachReleaseStamps(PoDoFo::PdfMemDocument &doc, PoDoFo::PdfObject *field, const QList<ReleaseStamp> &stamps);

} // namespace kyso::pdf
