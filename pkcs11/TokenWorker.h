#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <thread>

namespace kyso::pkcs11 {

// The one thread that talks to a PKCS#11 module. Every token call is queued
// here and the caller waits at most a timeout, so a hung or slow token never
// blocks the caller (the GUI thread, the CLI) beyond that. Tasks must own
// what they touch (capture shared_ptr or values): after a timeout the task
// may still run while the caller has moved on.
class TokenWorker
{
public:
    TokenWorker();
    ~TokenWorker();
    TokenWorker(const TokenWorker &) = delete;
    TokenWorker &operator=(const TokenWorker &) = delete;

    // Runs task on the worker thread. Returns false if it did not finish
    // within timeout (it keeps running; later tasks queue behind it).
    bool run(std::function<void()> task, std::chrono::milliseconds timeout);
    // True while a task that timed out is still running.
    bool isStuck() const;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared; // also owned by the thread, which may outlive us
    std::thread m_thread;
};

} // namespace kyso::pkcs11
