#include "PagePreview.h"

#include <QCursor>
#include <QMouseEvent>
#include <QPainter>

#include <poppler-qt6.h>

#include "pdf/PageGeometry.h"

#include <algorithm>

namespace kyso::gui {

PagePreview::PagePreview(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(240, 320);
    setMouseTracking(true);
}

PagePreview::~PagePreview() = default;

bool PagePreview::load(const QString &pdfPath)
{
    m_doc = Poppler::Document::load(pdfPath);
    if (!m_doc || m_doc->isLocked()) {
        m_doc.reset();
        m_image = QImage();
        update();
        return false;
    }
    m_doc->setRenderHint(Poppler::Document::Antialiasing);
    m_doc->setRenderHint(Poppler::Document::TextAntialiasing);
    showPage(m_doc->numPages());
    return true;
}

int PagePreview::pageCount() const
{
    return m_doc ? m_doc->numPages() : 0;
}

void PagePreview::showPage(int page)
{
    m_page = qBound(1, page, std::max(1, pageCount()));
    render();
    emit pageShown(m_page, pageCount());
}

void PagePreview::setMarks(const QList<pdf::VerdictMark> &marks)
{
    m_marks = marks;
    m_highlighted = -1;
    update();
}

void PagePreview::setHighlightedMark(int index)
{
    m_highlighted = index >= 0 && index < m_marks.size() ? index : -1;
    update();
}

QList<pdf::VerdictMark> PagePreview::marksOnPage() const
{
    QList<pdf::VerdictMark> out;
    for (const pdf::VerdictMark &m : m_marks) {
        if (m.page == m_page)
            out << m;
    }
    return out;
}

void PagePreview::setBox(const QRectF &pdfRect, int page)
{
    m_box = pdfRect;
    m_boxPage = page > 0 ? page : m_page;
    update();
}

void PagePreview::setDrawingEnabled(bool on)
{
    m_drawing = on;
    updateCursor(mapFromGlobal(QCursor::pos()));
}

namespace {
constexpr double kMargin = 8; // pixels around the page at a fixed scale
}

void PagePreview::setScale(double pixelsPerPoint)
{
    m_scale = pixelsPerPoint;
    if (m_scale <= 0)
        setMinimumSize(240, 320);
    render();
    updateGeometry();
}

double PagePreview::scale() const
{
    return m_pageSize.width() > 0 ? m_imageRect.width() / m_pageSize.width() : 0;
}

QSize PagePreview::sizeHint() const
{
    if (m_scale <= 0 || m_pageSize.isEmpty())
        return {420, 594};
    return (m_pageSize * m_scale).toSize() + QSize(2 * kMargin, 2 * kMargin);
}

void PagePreview::render()
{
    m_image = QImage();
    if (!m_doc)
        return update();
    std::unique_ptr<Poppler::Page> p(m_doc->page(m_page - 1));
    if (!p)
        return update();
    // poppler shows the visible page (CropBox) turned by /Rotate; the box is
    // kept in page space (CropBox corner, unrotated), as the signer takes it.
    switch (p->orientation()) {
    case Poppler::Page::Landscape: m_rotation = 90; break;
    case Poppler::Page::UpsideDown: m_rotation = 180; break;
    case Poppler::Page::Seascape: m_rotation = 270; break;
    default: m_rotation = 0; break;
    }
    m_pageSize = p->pageSizeF(); // as displayed
    const double scale = m_scale > 0 ? m_scale : std::min(width() / m_pageSize.width(), height() / m_pageSize.height());
    m_image = p->renderToImage(72.0 * scale * devicePixelRatioF(), 72.0 * scale * devicePixelRatioF());
    m_image.setDevicePixelRatio(devicePixelRatioF());
    m_imageRect.setSize(m_pageSize * scale);
    if (m_scale > 0) // the scroll area gives the page its room
        setMinimumSize(m_imageRect.size().toSize() + QSize(2 * kMargin, 2 * kMargin));
    placeImage();
}

void PagePreview::placeImage()
{
    // Centred; at a fixed scale at least the margin from the top-left corner.
    const double margin = m_scale > 0 ? kMargin : 0;
    m_imageRect.moveTopLeft(QPointF(std::max(margin, (width() - m_imageRect.width()) / 2),
                                    std::max(margin, (height() - m_imageRect.height()) / 2)));
    update();
}

QRectF PagePreview::toWidget(const QRectF &pdf) const
{
    const double s = m_imageRect.width() / m_pageSize.width();
    const QSizeF unrotated = pdf::displaySize(m_pageSize, m_rotation);
    const QRectF d = pdf::pageToDisplay(pdf, unrotated, m_rotation);
    return QRectF(m_imageRect.left() + d.x() * s, m_imageRect.top() + d.y() * s, d.width() * s, d.height() * s);
}

QRectF PagePreview::toPdf(const QRectF &w) const
{
    const double s = m_imageRect.width() / m_pageSize.width();
    const QRectF d((w.x() - m_imageRect.left()) / s, (w.y() - m_imageRect.top()) / s, w.width() / s, w.height() / s);
    return pdf::displayToPage(d, pdf::displaySize(m_pageSize, m_rotation), m_rotation);
}

void PagePreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_image.isNull()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No document"));
        return;
    }
    p.drawImage(m_imageRect.topLeft(), m_image);
    p.setPen(QPen(Qt::gray));
    p.drawRect(m_imageRect);
    // Marks: a problem in red, a signature in green; an empty rect is the whole page.
    // (Rects are in the page's user space; for a page whose CropBox is offset
    // from the MediaBox they are shown shifted by that offset.)
    // The highlighted mark gets a thick outline and a blue frame around it.
    for (int i = 0; i < m_marks.size(); ++i) {
        const pdf::VerdictMark &m = m_marks.at(i);
        if (m.page != m_page)
            continue;
        const bool highlighted = i == m_highlighted;
        const QColor colour = m.problem ? QColor(200, 0, 0) : QColor(0, 130, 60);
        const QRectF r = m.rect.isEmpty() ? m_imageRect.adjusted(2, 2, -2, -2) : toWidget(m.rect);
        p.setPen(QPen(colour, m.rect.isEmpty() || highlighted ? 4 : 2));
        if (!m.rect.isEmpty())
            p.fillRect(r, QColor(colour.red(), colour.green(), colour.blue(), highlighted ? 80 : 40));
        p.drawRect(r);
        if (highlighted) {
            p.setPen(QPen(QColor(0, 90, 200), 3));
            p.drawRect(r.adjusted(-5, -5, 5, 5));
            p.setPen(QPen(colour, 2));
        }
        QFont f = font();
        f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
        p.setFont(f);
        const QRectF label(r.left(), std::max(0.0, r.top() - 16), std::max(r.width(), 160.0), 16);
        p.fillRect(label, QColor(255, 255, 255, 210));
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m.label);
    }
    if (!m_box.isEmpty() && m_boxPage == m_page) {
        const QRectF b = toWidget(m_box);
        p.setPen(QPen(QColor(0, 90, 200), 2, Qt::DashLine));
        p.fillRect(b, QColor(0, 90, 200, 40));
        p.drawRect(b);
        p.fillRect(QRectF(b.bottomRight() - QPointF(8, 8), QSizeF(8, 8)), QColor(0, 90, 200));
    }
}

void PagePreview::resizeEvent(QResizeEvent *)
{
    if (m_scale > 0)
        placeImage(); // same scale: only the position changes
    else
        render();
}

void PagePreview::updateCursor(const QPointF &pos)
{
    const QRectF b = m_box.isEmpty() || m_boxPage != m_page || m_image.isNull() ? QRectF() : toWidget(m_box);
    if (!b.isEmpty() && QRectF(b.bottomRight() - QPointF(10, 10), QSizeF(12, 12)).contains(pos))
        setCursor(Qt::SizeFDiagCursor);
    else if (b.contains(pos))
        setCursor(Qt::SizeAllCursor);
    else if (m_drawing && m_imageRect.contains(pos))
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
}

void PagePreview::mousePressEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || m_image.isNull())
        return;
    const QPointF pos = e->position();
    m_drag = Drag::None;
    m_dragStart = pos;
    if (!m_box.isEmpty() && m_boxPage == m_page) {
        const QRectF b = toWidget(m_box);
        if (QRectF(b.bottomRight() - QPointF(10, 10), QSizeF(12, 12)).contains(pos))
            m_drag = Drag::Resize;
        else if (b.contains(pos))
            m_drag = Drag::Move;
        m_boxAtStart = b;
    }
    // Outside the box: a new box drawn by hand (it replaces the old one, also
    // one on another page, once it is big enough).
    if (m_drag == Drag::None && m_drawing && m_imageRect.contains(pos)) {
        m_drag = Drag::Draw;
        m_boxBefore = m_box;
        m_boxPageBefore = m_boxPage;
        m_drawn = false;
    }
}

void PagePreview::mouseMoveEvent(QMouseEvent *e)
{
    if (m_drag == Drag::None)
        return updateCursor(e->position());
    const QPointF d = e->position() - m_dragStart;
    QRectF b = m_boxAtStart;
    if (m_drag == Drag::Draw)
        b = QRectF(m_dragStart, e->position()).normalized() & m_imageRect;
    else if (m_drag == Drag::Move) // kept on the page
        b.moveTo(std::clamp(b.x() + d.x(), m_imageRect.left(), std::max(m_imageRect.left(), m_imageRect.right() - b.width())),
                 std::clamp(b.y() + d.y(), m_imageRect.top(), std::max(m_imageRect.top(), m_imageRect.bottom() - b.height())));
    else
        b.setBottomRight(QPointF(std::clamp(b.right() + d.x(), b.left(), std::max(b.left(), m_imageRect.right())),
                                 std::clamp(b.bottom() + d.y(), b.top(), std::max(b.top(), m_imageRect.bottom()))));
    if (b.width() < 12 || b.height() < 12) {
        if (m_drag == Drag::Draw && m_drawn) { // shrunk back: the old box again
            m_box = m_boxBefore;
            m_boxPage = m_boxPageBefore;
            m_drawn = false;
            update();
        }
        return;
    }
    m_box = toPdf(b);
    m_boxPage = m_page;
    m_drawn = m_drag == Drag::Draw;
    update();
}

void PagePreview::mouseReleaseEvent(QMouseEvent *)
{
    if (m_drag == Drag::Move || m_drag == Drag::Resize || (m_drag == Drag::Draw && m_drawn))
        emit boxChanged(m_box, m_boxPage);
    m_drag = Drag::None;
    m_drawn = false;
}

} // namespace kyso::gui
