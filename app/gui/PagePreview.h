#pragma once

#include "pdf/VerificationVerdict.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <memory>

namespace Poppler {
class Document;
}

namespace kyso::gui {

// Shows one PDF page as poppler renders it (signature appearances included,
// which QtPdf does not draw) with an optional box, in PDF points, that the
// user can drag and resize (bottom-right handle) and, with drawing enabled,
// draw anew on the shown page (press and drag outside the box).
// Scale 0 fits the page in the widget; a fixed scale (pixels per point, set
// by PageViewer) sizes the widget to the page for a scroll area.
class PagePreview : public QWidget
{
    Q_OBJECT
public:
    explicit PagePreview(QWidget *parent = nullptr);
    ~PagePreview() override;

    bool load(const QString &pdfPath); // on the GUI thread: local file rendering only, no token I/O
    int pageCount() const;
    void showPage(int page);           // 1-based
    int page() const { return m_page; }
    void setBox(const QRectF &pdfRect, int page = 0); // empty: no box; page 0: the shown page
    QRectF box() const { return m_box; }
    int boxPage() const { return m_boxPage; }
    void setDrawingEnabled(bool on);
    void setScale(double pixelsPerPoint); // 0: fit in the widget
    double scale() const;                 // as shown
    QSizeF pageSize() const { return m_pageSize; } // points, as displayed
    QRectF imageRect() const { return m_imageRect; }
    QRectF boxInWidget() const { return m_box.isEmpty() ? QRectF() : toWidget(m_box); }
    // Places to point out (signatures, changes after signing), on any page;
    // those of the shown page are drawn over it. Not editable.
    void setMarks(const QList<pdf::VerdictMark> &marks);
    QList<pdf::VerdictMark> marksOnPage() const;
    const QList<pdf::VerdictMark> &marks() const { return m_marks; }
    // One of the marks (index into marks(), -1 none) drawn emphasised, e.g.
    // the signature whose card the user clicked; setMarks() clears it.
    void setHighlightedMark(int index);
    int highlightedMark() const { return m_highlighted; }
    QSize sizeHint() const override;

signals:
    void boxChanged(const QRectF &pdfRect, int page);
    void pageShown(int page, int count);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;

private:
    void render();
    void placeImage();
    void updateCursor(const QPointF &pos);
    QRectF toWidget(const QRectF &pdf) const;
    QRectF toPdf(const QRectF &widget) const;

    std::unique_ptr<Poppler::Document> m_doc;
    int m_page = 1;
    QSizeF m_pageSize; // points, as displayed (rotated)
    int m_rotation = 0; // the page's /Rotate
    QImage m_image;
    QRectF m_imageRect;
    QRectF m_box;
    int m_boxPage = 1;
    double m_scale = 0; // 0: fit
    bool m_drawing = false;
    QList<pdf::VerdictMark> m_marks;
    int m_highlighted = -1;
    enum class Drag { None, Move, Resize, Draw } m_drag = Drag::None;
    QPointF m_dragStart;
    QRectF m_boxAtStart;
    QRectF m_boxBefore; // a new box being drawn: the one it replaces
    int m_boxPageBefore = 1;
    bool m_drawn = false;
};

} // namespace kyso::gui
