#pragma once

#include <QElapsedTimer>

#include <algorithm>

namespace kyso {

// One time budget for all the network work of one operation (a signing or a
// verification): every HTTP call gets what is left of it, never more than
// its own per-call limit, so timeouts cannot add up.
class Deadline
{
public:
    explicit Deadline(int totalMs = defaultNetworkMs()) : m_totalMs(totalMs) { m_clock.start(); }

    int totalMs() const { return m_totalMs; }
    int remainingMs() const { return std::max(0, m_totalMs - int(m_clock.elapsed())); }
    bool expired() const { return remainingMs() == 0; }
    // Time for one call: what is left, at most perCallMs.
    int slice(int perCallMs) const { return std::min(perCallMs, remainingMs()); }

    // $KYSO_NET_TIMEOUT_MS (tests), else 30 s per operation.
    static int defaultNetworkMs()
    {
        bool ok = false;
        const int fromEnv = qEnvironmentVariableIntValue("KYSO_NET_TIMEOUT_MS", &ok);
        return ok && fromEnv > 0 ? fromEnv : 30000;
    }

private:
    QElapsedTimer m_clock;
    int m_totalMs;
};

} // namespace kyso
