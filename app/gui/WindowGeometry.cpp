#include "WindowGeometry.h"

#include "core/Settings.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace kyso::gui {

namespace {

QString geometryKey()
{
    return Settings::keyName(SettingKey::UiGeometry);
}

// Room for the window frame and title bar the window manager adds.
constexpr int kFrameMargin = 40;

} // namespace

QRect fittedGeometry(const QRect &available, const QSize &preferred, const QSize &minimum)
{
    const int width = std::max(std::min(preferred.width(), available.width() - kFrameMargin / 2), minimum.width());
    const int height = std::max(std::min(preferred.height(), available.height() - kFrameMargin), minimum.height());
    QRect r(0, 0, width, height);
    r.moveCenter(available.center());
    // Never above or left of the available area: the title bar stays reachable.
    r.moveTop(std::max(r.top(), available.top()));
    r.moveLeft(std::max(r.left(), available.left()));
    return r;
}

void restoreWindowGeometry(QWidget &window, const QSize &preferred)
{
    const QByteArray saved = Settings::store().value(geometryKey()).toByteArray();
    if (!saved.isEmpty() && window.restoreGeometry(saved)) {
        const QScreen *screen = QGuiApplication::screenAt(window.geometry().center());
        if (screen && screen->availableGeometry().contains(window.frameGeometry().adjusted(8, 8, -8, -8)))
            return;
    }
    const QScreen *screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window.resize(preferred);
        return;
    }
    window.setGeometry(fittedGeometry(screen->availableGeometry(), preferred, window.minimumSizeHint().boundedTo(preferred)));
}

void saveWindowGeometry(const QWidget &window)
{
    QSettings s = Settings::store();
    s.setValue(geometryKey(), window.saveGeometry());
}

} // namespace kyso::gui
