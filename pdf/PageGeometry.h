#pragma once

#include <QRectF>
#include <QSizeF>

namespace kyso::pdf {

// Between the two coordinate systems of a visible page:
// - page space: what PdfSigner and --rect take: PDF points from the CropBox's
//   lower-left corner, y up, before the page's /Rotate;
// - display space: the page as a viewer shows it (rotated clockwise by
//   /Rotate), points from the top-left corner, y down (poppler's rendering).
// `size` is the visible page in page space (unrotated width × height).
QRectF pageToDisplay(const QRectF &rect, const QSizeF &size, int rotation);
QRectF displayToPage(const QRectF &rect, const QSizeF &size, int rotation);
// The displayed size of the page (width and height swapped at 90/270).
QSizeF displaySize(const QSizeF &size, int rotation);

} // namespace kyso::pdf
