#include "ScreenshotTour.h"

#include "ChangePinDialog.h"
#include "MainWindow.h"
#include "PinDialog.h"
#include "RegisterView.h"
#include "TokensView.h"
#include "VerifyView.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

namespace kyso::gui {

namespace {
constexpr int kTickMs = 250;
constexpr int kMinTicks = 6;   // painted, and the preview rendered
constexpr int kMaxTicks = 120; // 30 s: grabbed as it is, with a warning
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, const QString &dir, QObject *parent)
    : QObject(parent), m_window(window), m_dir(dir), m_timer(new QTimer(this))
{
    connect(window.verifyView(), &VerifyView::verified, this, [this] { m_verified = true; });
    connect(window.tokensView(), &TokensView::refreshed, this, [this](int count) { m_tokensRead = count > 0; });
    connect(window.registerView(), &RegisterView::loaded, this, [this] { m_registerLoaded = true; });
    auto tab = [this](int index) { return [this, index] { m_window.tabs()->setCurrentIndex(index); }; };
    auto always = [] { return true; };
    m_steps.push_back({QStringLiteral("sign"), tab(0), always, {}});
    m_steps.push_back({QStringLiteral("verify"), tab(1), [this] { return m_verified; }, {}});
    m_steps.push_back({QStringLiteral("tokens"), tab(2), [this] { return m_tokensRead; }, {}});
    m_steps.push_back({QStringLiteral("change-pin"),
                       [this] {
                           auto *button = m_window.tokensView()->findChild<QPushButton *>(QStringLiteral("changePin"));
                           if (button && button->isEnabled())
                               button->click(); // the real dialog, for the demo token
                       },
                       [this] { return m_window.findChild<ChangePinDialog *>() != nullptr; },
                       [this] {
                           if (auto *d = m_window.findChild<ChangePinDialog *>())
                               d->reject();
                       }});
    m_steps.push_back({QStringLiteral("register"),
                       [this] {
                           m_registerLoaded = false;
                           m_window.tabs()->setCurrentIndex(3);
                       },
                       [this] { return m_registerLoaded; }, {}});
    m_steps.push_back({QStringLiteral("settings"), tab(4), always, {}});
    m_steps.push_back({QStringLiteral("pin"),
                       [this] {
                           m_window.tabs()->setCurrentIndex(0);
                           auto *dialog = new PinDialog(QStringLiteral("KYSO DEMO"), pkcs11::PinState{}, &m_window);
                           dialog->setAttribute(Qt::WA_DeleteOnClose);
                           dialog->open();
                       },
                       [this] { return m_window.findChild<PinDialog *>() != nullptr; },
                       [this] {
                           if (auto *d = m_window.findChild<PinDialog *>())
                               d->reject();
                       }});
    // Not a picture: every status line at once with a long error, as after a
    // failure; the window must still fit the screen (checked in save()).
    m_steps.push_back({QStringLiteral("-long-error"),
                       [this] {
                           QString text = QStringLiteral("Chưa ký /home/van-thu/Văn bản đi/2026/quyet-dinh-phe-duyet-ke-hoach.pdf: ");
                           while (text.size() < 600)
                               text += QStringLiteral("máy chủ dấu thời gian không trả lời trong 30 giây, token báo lỗi thiết bị; ");
                           for (const char *name : {"status", "verifyFile", "tokensStatus", "pinChangeResult", "settingsMessage"}) {
                               if (auto *label = m_window.findChild<QLabel *>(QLatin1String(name)))
                                   label->setText(text);
                           }
                           m_window.tabs()->setCurrentIndex(0);
                       },
                       always, {}});
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &ScreenshotTour::tick);
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_dir);
    m_timer->start();
}

void ScreenshotTour::tick()
{
    if (m_index >= 0) {
        const Step &step = m_steps[size_t(m_index)];
        ++m_ticks;
        const bool ready = step.ready();
        if (m_ticks < kMinTicks || (!ready && m_ticks < kMaxTicks))
            return;
        if (!ready)
            qWarning("screenshot %s: taken before its content had loaded", qPrintable(step.name));
        save(step.name);
        if (step.after)
            step.after();
    }
    ++m_index;
    m_ticks = 0;
    if (m_index >= int(m_steps.size())) {
        m_timer->stop();
        QApplication::exit(m_offScreen ? 1 : 0);
        return;
    }
    m_steps[size_t(m_index)].show();
}

// The whole screen where the platform can grab it (the window manager's frame
// and a dialog over the window included), otherwise the window alone.
void ScreenshotTour::save(const QString &name)
{
    checkFits(name);
    if (name.startsWith(QLatin1Char('-')))
        return; // a check only
    QPixmap shot;
    if (QGuiApplication::platformName() == QLatin1String("xcb") && m_window.screen())
        shot = m_window.screen()->grabWindow(0);
    if (shot.isNull())
        shot = m_window.grab();
    const QString file = QStringLiteral("%1/%2.png").arg(m_dir, name);
    if (!shot.save(file))
        qWarning("screenshot %s: cannot write %s", qPrintable(name), qPrintable(file));
}

// With the window manager's frame (xcb): every window shown must be on screen.
void ScreenshotTour::checkFits(const QString &name)
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        return;
    for (const QWidget *w : QApplication::topLevelWidgets()) {
        const QScreen *screen = w->screen();
        if (!w->isVisible() || !screen || screen->availableGeometry().contains(w->frameGeometry()))
            continue;
        const QRect r = w->frameGeometry();
        qWarning("screenshot %s: %s (%dx%d at %d,%d) does not fit the screen", qPrintable(name), w->metaObject()->className(),
                 r.width(), r.height(), r.x(), r.y());
        m_offScreen = true;
    }
}

} // namespace kyso::gui
