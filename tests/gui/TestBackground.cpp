// runInBackground (app/gui/Background.h): the GUI's one way of working in the
// background.
#include "app/gui/Background.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace kyso::gui;

class TestBackground : public QObject
{
    Q_OBJECT
private slots:
    void workOffTheGuiThreadResultOnIt()
    {
        QObject context;
        QThread *workThread = nullptr;
        QThread *doneThread = nullptr;
        int result = 0;
        runInBackground(&context, [&workThread] {
            workThread = QThread::currentThread();
            return 42;
        }, [&](int r) {
            doneThread = QThread::currentThread();
            result = r;
        });
        QTRY_COMPARE_WITH_TIMEOUT(result, 42, 10000);
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QCoreApplication::instance()->thread());
        QCOMPARE(doneThread, QCoreApplication::instance()->thread());
        // The watcher is gone once done has run.
        QTRY_COMPARE_WITH_TIMEOUT(context.children().size(), 0, 10000);
    }

    void destroyedContextDropsTheResult()
    {
        auto gate = std::make_shared<QSemaphore>();
        auto ran = std::make_shared<std::atomic<bool>>(false);
        bool called = false;
        {
            QObject context;
            runInBackground(&context, [gate, ran] {
                gate->acquire(); // held until the context is gone
                ran->store(true);
                return 1;
            }, [&called](int) { called = true; });
        }
        gate->release();
        QTRY_VERIFY_WITH_TIMEOUT(ran->load(), 10000);
        // Let any queued delivery happen: none may reach the dead context.
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void aOneThreadPoolKeepsOrderAndThread()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        pool.setExpiryTimeout(-1);
        QObject context;
        QList<int> order;
        QList<QThread *> threads;
        for (int i = 0; i < 5; ++i)
            runInBackground(&context, [i] { return std::make_pair(i, QThread::currentThread()); },
                            [&](const std::pair<int, QThread *> &r) {
                                order << r.first;
                                threads << r.second;
                            },
                            &pool);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 10000);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
        for (QThread *t : threads)
            QCOMPARE(t, threads.first());
        QVERIFY(threads.first() != QCoreApplication::instance()->thread());
    }

    void workWithoutAResult()
    {
        QObject context;
        std::atomic<int> counter{0};
        bool done = false;
        runInBackground(&context, [&counter] { counter.fetch_add(1); }, [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(counter.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackground)
#include "TestBackground.moc"
