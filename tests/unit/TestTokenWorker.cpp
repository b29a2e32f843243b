#include "pkcs11/TokenWorker.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <chrono>
#include <memory>
#include <thread>

using namespace std::chrono_literals;
using kyso::pkcs11::TokenWorker;

TEST_CASE("tasks run on one other thread, in order", "[TokenWorker]")
{
    TokenWorker worker;
    auto ids = std::make_shared<std::thread::id>();
    int order = 0;
    REQUIRE(worker.run([ids, &order] { *ids = std::this_thread::get_id(); order = order * 10 + 1; }, 1s));
    REQUIRE(worker.run([&order] { order = order * 10 + 2; }, 1s));
    CHECK(*ids != std::this_thread::get_id());
    CHECK(order == 12);
    CHECK_FALSE(worker.isStuck());
}

TEST_CASE("a hung task returns control to the caller at the timeout", "[TokenWorker]")
{
    // The task hangs until the test releases it (a condition, not a sleep).
    auto release = std::make_shared<std::promise<void>>();
    std::shared_future<void> released = release->get_future().share();
    auto worker = std::make_unique<TokenWorker>();
    const auto start = std::chrono::steady_clock::now();
    const bool finished = worker->run([released] { released.wait(); }, 200ms);
    const auto waited = std::chrono::steady_clock::now() - start;
    CHECK_FALSE(finished);
    CHECK(waited >= 200ms);
    // Back long before the task ends (it never would without the release);
    // the bound leaves room for a loaded machine.
    CHECK(waited < 20s);
    CHECK(worker->isStuck());
    // A later call queues behind the hung one and times out too.
    CHECK_FALSE(worker->run([] {}, 50ms));
    // Destroying the worker while stuck must not wait for the task.
    worker.reset();
    release->set_value();
}
