#pragma once

#include "pkcs11/PinState.h"

#include <QMap>
#include <QObject>
#include <QThread>

#include <memory>

namespace kyso::pkcs11 {

struct TokenSnapshot {
    QString label;
    PinStatus pin = PinStatus::Ok;
    bool operator==(const TokenSnapshot &o) const { return label == o.label && pin == o.pin; }
};

// Polls one module on its own thread and reports tokens plugged in or pulled
// out and PIN-state changes. Polling goes through the module's token thread
// (with its timeout), so it never races a signing call. Signals arrive in
// the thread that owns the monitor (queued); no nested event loops.
class TokenMonitor : public QObject
{
    Q_OBJECT
public:
    explicit TokenMonitor(const QString &modulePath, int intervalMs = 1000, QObject *parent = nullptr);
    ~TokenMonitor() override;

    void start();
    void stop();

signals:
    void tokenInserted(const QString &serial, const QString &label);
    void tokenRemoved(const QString &serial, const QString &label);
    void pinStateChanged(const QString &serial, int status); // PinStatus
    void moduleError(const QString &message);
    // Once, after the first successful poll: later signals are changes from
    // this state. A view that read the tokens before it must read them again
    // (a token pulled out in between would otherwise stay on screen).
    void baselineTaken();

private:
    QString m_modulePath;
    int m_intervalMs;
    QThread m_thread;
};

// Lives in the monitor's thread; not for direct use.
class TokenPoller : public QObject
{
    Q_OBJECT
public:
    TokenPoller(QString modulePath, int intervalMs) : m_modulePath(std::move(modulePath)), m_intervalMs(intervalMs) {}
    void begin();

signals:
    void tokenInserted(const QString &serial, const QString &label);
    void tokenRemoved(const QString &serial, const QString &label);
    void pinStateChanged(const QString &serial, int status);
    void moduleError(const QString &message);
    void baselineTaken();

private:
    void poll();
    QString m_modulePath;
    int m_intervalMs;
    QMap<QString, TokenSnapshot> m_last;
    QString m_lastError;
    bool m_baseline = false;
    std::shared_ptr<class Module> m_module; // kept loaded between polls
};

} // namespace kyso::pkcs11
