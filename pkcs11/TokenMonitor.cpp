#include "pkcs11/TokenMonitor.h"

#include "pkcs11/Module.h"

#include <QTimer>

#include <p11-kit/pkcs11.h>

#include <memory>

namespace kyso::pkcs11 {

TokenMonitor::TokenMonitor(const QString &modulePath, int intervalMs, QObject *parent)
    : QObject(parent), m_modulePath(modulePath), m_intervalMs(intervalMs)
{
}

TokenMonitor::~TokenMonitor()
{
    stop();
}

void TokenMonitor::start()
{
    if (m_thread.isRunning())
        return;
    // No parent: the poller belongs to the monitor thread and is deleted there.
    auto *poller = new TokenPoller(m_modulePath, m_intervalMs);
    poller->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, poller, &TokenPoller::begin);
    connect(&m_thread, &QThread::finished, poller, &QObject::deleteLater);
    connect(poller, &TokenPoller::tokenInserted, this, &TokenMonitor::tokenInserted);
    connect(poller, &TokenPoller::tokenRemoved, this, &TokenMonitor::tokenRemoved);
    connect(poller, &TokenPoller::pinStateChanged, this, &TokenMonitor::pinStateChanged);
    connect(poller, &TokenPoller::moduleError, this, &TokenMonitor::moduleError);
    connect(poller, &TokenPoller::baselineTaken, this, &TokenMonitor::baselineTaken);
    m_thread.setObjectName(QStringLiteral("kyso-token-monitor"));
    m_thread.start();
}

void TokenMonitor::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

void TokenPoller::begin()
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &TokenPoller::poll);
    timer->start(m_intervalMs);
    poll();
}

void TokenPoller::poll()
{
    Error error;
    if (!m_module)
        m_module = Module::acquire(m_modulePath, error);
    const std::shared_ptr<Module> module = m_module;
    auto now = std::make_shared<QMap<QString, TokenSnapshot>>();
    if (module) {
        Module *m = module.get();
        error = module->call([m, now] {
            for (unsigned long slot : m->infoReader()->slotsWithToken()) {
                RawTokenInfo info;
                if (!m->infoReader()->readTokenInfo(slot, info) || !(info.flags & CKF_TOKEN_INITIALIZED))
                    continue;
                const QString key = info.serial.isEmpty() ? QString::number(slot) : info.serial;
                now->insert(key, TokenSnapshot{info.label, PinState::fromFlags(info.flags).status});
            }
            return Error();
        });
    }
    if (error) {
        // A hung token: report once, keep the last known state.
        if (error.message() != m_lastError)
            emit moduleError(error.message());
        m_lastError = error.message();
        return;
    }
    m_lastError.clear();
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it) {
        if (!now->contains(it.key()))
            emit tokenRemoved(it.key(), it.value().label);
    }
    for (auto it = now->cbegin(); it != now->cend(); ++it) {
        const auto before = m_last.constFind(it.key());
        if (before == m_last.cend())
            emit tokenInserted(it.key(), it.value().label);
        else if (before.value().pin != it.value().pin)
            emit pinStateChanged(it.key(), int(it.value().pin));
    }
    m_last = *now;
    if (!m_baseline) {
        m_baseline = true;
        emit baselineTaken();
    }
}

} // namespace kyso::pkcs11
