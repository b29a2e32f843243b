#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace PoDoFo {
class PdfMemDocument;
class PdfXObject;
class PdfRect;
} // namespace PoDoFo

namespace kyso::pdf {

// What the visible signature shows: an image (blue signature, red seal), text
// lines, or both (image above, text below).
struct AppearanceSpec {
    QString imagePath;    // PNG (transparency kept) or JPEG; empty for none
    QStringList lines;    // UTF-8 text, drawn in an embedded Liberation Serif subset
    double fontSize = 0;  // 0: largest size up to 10 pt that fits
    int pageRotation = 0; // 0, 90, 180, 270: appearance is counter-rotated to stay upright
};

// Path of the Vietnamese-capable serif font (fonts-liberation2).
QString serifFontPath();

// Builds the normal appearance form XObject for a widget of size width×height.
// The caller owns the returned wrapper (its object lives in the document).
std::unique_ptr<PoDoFo::PdfXObject> buildAppearance(PoDoFo::PdfMemDocument &doc, double width, double height,
                                                    const AppearanceSpec &spec, Error &error);

// Checks that an image file can be used: a PNG or JPEG whose header gives a
// size (pdf::readImageInfo).
Error checkImage(const QString &path);

} // namespace kyso::pdf
