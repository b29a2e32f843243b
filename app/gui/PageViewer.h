#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace kyso::gui {

class PagePreview;

// A PagePreview in a scroll area with page navigation (previous / next,
// "Trang x / n") and zoom (fit width, fit page, − / + and the percentage).
// The scroll area keeps a large zoom from growing the window.
class PageViewer : public QWidget
{
    Q_OBJECT
public:
    explicit PageViewer(QWidget *parent = nullptr);

    PagePreview *preview() const { return m_preview; }
    enum class Fit { Width, Page, None };
    void setFit(Fit fit);
    void zoomBy(double factor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFit();
    void sizePreview();
    double maxScale() const; // pixels per point: kMaxScale, less for a very large page
    void onPageShown(int page, int count);
    void showZoom();

    PagePreview *m_preview;
    QScrollArea *m_scroll;
    QToolButton *m_previous;
    QToolButton *m_next;
    QSpinBox *m_pageNumber;
    QLabel *m_zoom;
    Fit m_fit = Fit::Page;
};

} // namespace kyso::gui
