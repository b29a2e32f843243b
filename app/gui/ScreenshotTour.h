#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QTimer;

namespace kyso::gui {

class MainWindow;

// For the documentation (kyso --screenshots DIR): shows every view and the
// PIN dialogs in turn and saves a PNG of the screen for each, then quits
// (with status 1 when a window, frame included, did not fit the screen).
// Each step waits until what it shows has loaded (in the background), with a
// deadline, so the pictures have realistic content.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow &window, const QString &dir, QObject *parent = nullptr);
    void start();

private:
    struct Step {
        QString name;
        std::function<void()> show;
        std::function<bool()> ready;
        std::function<void()> after;
    };
    void tick();
    void save(const QString &name);
    void checkFits(const QString &name);

    MainWindow &m_window;
    QString m_dir;
    std::vector<Step> m_steps;
    QTimer *m_timer;
    int m_index = -1;
    int m_ticks = 0;
    bool m_offScreen = false; // a window did not fit the screen: exit status 1
    bool m_verified = false, m_tokensRead = false, m_registerLoaded = false;
};

} // namespace kyso::gui
