// Time from opening a PDF in the signing view's page preview to the end of
// its first paint (offscreen), in milliseconds. Bench helper only:
//   QT_QPA_PLATFORM=offscreen preview_time FILE.pdf
#include "PagePreview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace {
class TimedPreview : public kyso::gui::PagePreview
{
public:
    QElapsedTimer clock;
    qint64 firstPaintMs = -1;

protected:
    void paintEvent(QPaintEvent *e) override
    {
        PagePreview::paintEvent(e);
        if (firstPaintMs < 0 && pageCount() > 0) {
            firstPaintMs = clock.elapsed();
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
    }
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: preview_time FILE.pdf\n");
        return 64;
    }
    // Fonts and the platform are ready before the clock starts (as in the
    // running application, where the window exists already).
    TimedPreview preview;
    preview.resize(420, 594);
    preview.show();
    app.processEvents();
    preview.clock.start();
    if (!preview.load(QString::fromLocal8Bit(argv[1])))
        return 1;
    preview.update();
    QTimer::singleShot(60000, &app, &QApplication::quit);
    app.exec();
    std::printf("%lld\n", static_cast<long long>(preview.firstPaintMs));
    return preview.firstPaintMs >= 0 ? 0 : 1;
}
