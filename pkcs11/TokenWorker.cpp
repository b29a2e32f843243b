#include "pkcs11/TokenWorker.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace kyso::pkcs11 {

namespace {
struct Task {
    std::function<void()> fn;
    bool done = false;
};
} // namespace

struct TokenWorker::Shared {
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable finished;
    std::deque<std::shared_ptr<Task>> queue;
    std::shared_ptr<Task> current;
    bool stop = false;
    bool stuck = false;

    void loop()
    {
        std::unique_lock<std::mutex> lock(mutex);
        while (true) {
            wake.wait(lock, [this] { return stop || !queue.empty(); });
            if (queue.empty())
                return;
            current = queue.front();
            queue.pop_front();
            lock.unlock();
            current->fn();
            lock.lock();
            current->done = true;
            current->fn = nullptr;
            current.reset();
            stuck = false;
            finished.notify_all();
        }
    }
};

TokenWorker::TokenWorker() : m_shared(std::make_shared<Shared>())
{
    m_thread = std::thread([shared = m_shared] { shared->loop(); });
}

TokenWorker::~TokenWorker()
{
    bool stuck;
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->stop = true;
        m_shared->queue.clear();
        stuck = m_shared->stuck && m_shared->current;
    }
    m_shared->wake.notify_all();
    if (stuck)
        m_thread.detach(); // a hung token call: never wait for it
    else
        m_thread.join();
}

bool TokenWorker::isStuck() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->stuck && m_shared->current;
}

bool TokenWorker::run(std::function<void()> fn, std::chrono::milliseconds timeout)
{
    auto task = std::make_shared<Task>();
    task->fn = std::move(fn);
    std::unique_lock<std::mutex> lock(m_shared->mutex);
    m_shared->queue.push_back(task);
    m_shared->wake.notify_all();
    if (m_shared->finished.wait_for(lock, timeout, [&] { return task->done; }))
        return true;
    m_shared->stuck = true;
    return false;
}

} // namespace kyso::pkcs11
