#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace kyso::gui {

// Where the main window opens: the remembered geometry when it still fits the
// screen, else the preferred size shrunk to the screen's available area (an
// office laptop is 1366×768 with a panel) and centred on it.
QRect fittedGeometry(const QRect &available, const QSize &preferred, const QSize &minimum);

// Restores the window from the settings (key ui/geometry) or fits it to the
// screen it opens on; saveWindowGeometry() stores it when the window closes.
void restoreWindowGeometry(QWidget &window, const QSize &preferred);
void saveWindowGeometry(const QWidget &window);

} // namespace kyso::gui
