#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <type_traits>
#include <utility>

namespace kyso::gui {

// The one way the GUI works in the background. `work` runs on a pool thread
// (Qt's global pool, or `pool`: SignController's own one-thread pool keeps a
// batch's open token on one thread from prepare to sign); `done` then runs on
// `context`'s thread with the result. If `context` is destroyed first, `done`
// is not called and the result is dropped. Token calls, register access and
// verification never run on the GUI thread; nothing waits in a nested loop.
template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done, QThreadPool *pool = nullptr)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if constexpr (std::is_void_v<Result>)
            done();
        else
            done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(pool ? pool : QThreadPool::globalInstance(), std::move(work)));
}

} // namespace kyso::gui
