#include "pdf/PageGeometry.h"

#include <QPointF>

#include <algorithm>

namespace kyso::pdf {

namespace {

int normalised(int rotation)
{
    return ((rotation % 360) + 360) % 360;
}

QPointF toDisplay(const QPointF &p, const QSizeF &size, int rotation)
{
    const double w = size.width(), h = size.height();
    switch (normalised(rotation)) {
    case 90: return {p.y(), p.x()};
    case 180: return {w - p.x(), p.y()};
    case 270: return {h - p.y(), w - p.x()};
    default: return {p.x(), h - p.y()};
    }
}

QPointF toPage(const QPointF &d, const QSizeF &size, int rotation)
{
    const double w = size.width(), h = size.height();
    switch (normalised(rotation)) {
    case 90: return {d.y(), d.x()};
    case 180: return {w - d.x(), d.y()};
    case 270: return {w - d.y(), h - d.x()};
    default: return {d.x(), h - d.y()};
    }
}

template <typename F>
QRectF mapCorners(const QRectF &r, F map)
{
    const QPointF a = map(r.topLeft()), b = map(r.bottomRight());
    return QRectF(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                  QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
}

} // namespace

QRectF pageToDisplay(const QRectF &rect, const QSizeF &size, int rotation)
{
    return mapCorners(rect, [&](const QPointF &p) { return toDisplay(p, size, rotation); });
}

QRectF displayToPage(const QRectF &rect, const QSizeF &size, int rotation)
{
    return mapCorners(rect, [&](const QPointF &p) { return toPage(p, size, rotation); });
}

QSizeF displaySize(const QSizeF &size, int rotation)
{
    const int r = normalised(rotation);
    return r == 90 || r == 270 ? size.transposed() : size;
}

} // namespace kyso::pdf
