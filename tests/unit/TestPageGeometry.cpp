#include "pdf/PageGeometry.h"

#include <catch2/catch.hpp>

using namespace kyso::pdf;

TEST_CASE("page rectangles map onto the displayed page and back", "[PageGeometry]")
{
    const QSizeF a4(595, 842);
    const QRectF sig(330, 150, 200, 80); // page space, y up
    // Unrotated: y flips.
    CHECK(pageToDisplay(sig, a4, 0) == QRectF(330, 842 - 230, 200, 80));
    // 90° clockwise: the page's bottom edge becomes the display's left edge.
    CHECK(pageToDisplay(sig, a4, 90) == QRectF(150, 330, 80, 200));
    CHECK(pageToDisplay(QRectF(0, 0, 10, 10), a4, 90) == QRectF(0, 0, 10, 10));
    // 180°: the page's top-right corner is shown at the top-left.
    CHECK(pageToDisplay(QRectF(585, 832, 10, 10), a4, 180) == QRectF(0, 832, 10, 10));
    // 270°: the page's origin is shown at the bottom-right.
    CHECK(pageToDisplay(QRectF(0, 0, 10, 10), a4, 270) == QRectF(832, 585, 10, 10));
    CHECK(pageToDisplay(QRectF(0, 0, 10, 10), a4, -90) == QRectF(832, 585, 10, 10));
    for (int r : {0, 90, 180, 270})
        CHECK(displayToPage(pageToDisplay(sig, a4, r), a4, r) == sig);
    CHECK(displaySize(a4, 90) == QSizeF(842, 595));
    CHECK(displaySize(a4, 180) == a4);
}
