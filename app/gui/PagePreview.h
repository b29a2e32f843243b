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
// user can drag and resize (bottom-right handle).
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
    void setBox(const QRectF &pdfRect); // empty: no box
    QRectF box() const { return m_box; }
    QRectF boxInWidget() const { return m_box.isEmpty() ? QRectF() : toWidget(m_box); }
    // Places to point out (signatures, changes after signing), on any page;
    // those of the shown page are drawn over it. Not editable.
    void setMarks(const QList<pdf::VerdictMark> &marks);
    QList<pdf::VerdictMark> marksOnPage() const;
    QSize sizeHint() const override { return {420, 594}; }

signals:
    void boxChanged(const QRectF &pdfRect);
    void pageShown(int page, int count);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;

private:
    void render();
    QRectF toWidget(const QRectF &pdf) const;
    QRectF toPdf(const QRectF &widget) const;

    std::unique_ptr<Poppler::Document> m_doc;
    int m_page = 1;
    QSizeF m_pageSize; // points, as displayed (rotated)
    int m_rotation = 0; // the page's /Rotate
    QImage m_image;
    QRectF m_imageRect;
    QRectF m_box;
    QList<pdf::VerdictMark> m_marks;
    enum class Drag { None, Move, Resize } m_drag = Drag::None;
    QPointF m_dragStart;
    QRectF m_boxAtStart;
};

} // namespace kyso::gui
