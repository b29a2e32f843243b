#include "PageViewer.h"

#include "PagePreview.h"

#include <QEvent>
#include <algorithm>
#include <cmath>

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kyso::gui {

namespace {
constexpr double kMinScale = 0.1, kMaxScale = 4.0; // 10 % … 400 %
constexpr double kMargin = 16;                     // the preview's margins, both sides
constexpr double kMaxPixels = 40e6;                // a large page is not zoomed past ~160 MB of image

QToolButton *toolButton(const QString &text, const QString &tip, const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setObjectName(name);
    return b;
}
} // namespace

PageViewer::PageViewer(QWidget *parent)
    : QWidget(parent), m_preview(new PagePreview), m_scroll(new QScrollArea(this)),
      m_previous(toolButton(QStringLiteral("◀"), tr("Previous page"), QStringLiteral("previousPage"), this)),
      m_next(toolButton(QStringLiteral("▶"), tr("Next page"), QStringLiteral("nextPage"), this)),
      m_pageNumber(new QSpinBox(this)), m_zoom(new QLabel(this))
{
    m_pageNumber->setObjectName(QStringLiteral("pageNumber"));
    m_pageNumber->setPrefix(tr("Page "));
    m_pageNumber->setRange(1, 1);
    m_pageNumber->setSuffix(QStringLiteral(" / 1"));
    m_pageNumber->setToolTip(tr("Page shown"));
    m_zoom->setObjectName(QStringLiteral("zoomPercent"));
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(QStringLiteral("400 %")));
    m_zoom->setAlignment(Qt::AlignCenter);
    auto *fitWidth = toolButton(tr("Width"), tr("Fit the page width"), QStringLiteral("fitWidth"), this);
    auto *fitPage = toolButton(tr("Page"), tr("Fit the whole page"), QStringLiteral("fitPage"), this);
    auto *zoomOut = toolButton(QStringLiteral("−"), tr("Zoom out"), QStringLiteral("zoomOut"), this);
    auto *zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in"), QStringLiteral("zoomIn"), this);

    m_scroll->setWidget(m_preview);
    m_scroll->setWidgetResizable(false); // sized here: the page, at least the viewport
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->viewport()->installEventFilter(this);
    m_preview->setScale(1.0);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    bar->addWidget(m_previous);
    bar->addWidget(m_pageNumber);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(fitWidth);
    bar->addWidget(fitPage);
    bar->addWidget(zoomOut);
    bar->addWidget(m_zoom);
    bar->addWidget(zoomIn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { m_preview->showPage(m_preview->page() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_preview->showPage(m_preview->page() + 1); });
    connect(m_pageNumber, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != m_preview->page())
            m_preview->showPage(page);
    });
    connect(fitWidth, &QToolButton::clicked, this, [this] { setFit(Fit::Width); });
    connect(fitPage, &QToolButton::clicked, this, [this] { setFit(Fit::Page); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { zoomBy(1 / 1.25); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1.25); });
    connect(m_preview, &PagePreview::pageShown, this, &PageViewer::onPageShown);
    // Keyboard: Ctrl and + / − zoom, Ctrl+PageUp / Ctrl+PageDown turn the page.
    const auto shortcut = [this](const QKeySequence &keys, QToolButton *button) {
        auto *s = new QShortcut(keys, this, [button] { if (button->isEnabled()) button->click(); });
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::ZoomIn, zoomIn);
    shortcut(QKeySequence::ZoomOut, zoomOut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), m_previous);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), m_next);
    onPageShown(1, 0);
}

void PageViewer::setFit(Fit fit)
{
    m_fit = fit;
    applyFit();
}

void PageViewer::zoomBy(double factor)
{
    m_fit = Fit::None;
    m_preview->setScale(std::clamp(m_preview->scale() * factor, kMinScale, maxScale()));
    sizePreview();
    showZoom();
}

double PageViewer::maxScale() const
{
    const QSizeF page = m_preview->pageSize() * m_preview->devicePixelRatioF();
    if (page.isEmpty())
        return kMaxScale;
    return std::max(kMinScale, std::min(kMaxScale, std::sqrt(kMaxPixels / (page.width() * page.height()))));
}

void PageViewer::sizePreview()
{
    m_preview->resize(m_scroll->viewport()->size().expandedTo(m_preview->sizeHint()));
}

void PageViewer::applyFit()
{
    const QSizeF page = m_preview->pageSize();
    if (m_fit == Fit::None || page.isEmpty()) {
        sizePreview();
        return showZoom();
    }
    // The room without scroll bars; fit width keeps room for the vertical one.
    const QSize room = m_scroll->maximumViewportSize();
    const double width = room.width() - kMargin - 2 - (m_fit == Fit::Width ? m_scroll->verticalScrollBar()->sizeHint().width() : 0);
    double s = width / page.width();
    if (m_fit == Fit::Page)
        s = std::min(s, (room.height() - kMargin - 2) / page.height());
    if (std::abs(s - m_preview->scale()) > 1e-3)
        m_preview->setScale(std::clamp(s, kMinScale, maxScale()));
    sizePreview();
    showZoom();
}

void PageViewer::showZoom()
{
    m_zoom->setText(QStringLiteral("%1 %").arg(qRound(m_preview->scale() * 100)));
}

void PageViewer::onPageShown(int page, int count)
{
    {
        const QSignalBlocker quiet(m_pageNumber);
        m_pageNumber->setRange(1, std::max(1, count));
        m_pageNumber->setSuffix(QStringLiteral(" / %1").arg(std::max(1, count)));
        m_pageNumber->setValue(page);
    }
    m_pageNumber->setEnabled(count > 1);
    m_previous->setEnabled(page > 1);
    m_next->setEnabled(page < count);
    applyFit(); // pages may differ in size
}

bool PageViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        applyFit(); // or, at a fixed zoom, only the preview's size
    return QWidget::eventFilter(watched, event);
}

} // namespace kyso::gui
