#include "core/CrashPoint.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace kyso;
using test::ScopedEnv;

namespace {

// Runs crashPoint(name) in a child process; returns its wait status.
int statusOfChildAt(const char *name)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        crashPoint(name);
        ::_exit(7); // only async-signal-safe calls in the child
    }
    REQUIRE(pid > 0);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return status;
}

} // namespace

TEST_CASE("crash point: only the named point kills the process", "[CrashPoint]")
{
    {
        ScopedEnv none("KYSO_TEST_CRASH_POINT", QString());
        crashPoint("after-write"); // not set: returns
        const int status = statusOfChildAt("after-write");
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 7);
    }
    ScopedEnv wanted("KYSO_TEST_CRASH_POINT", QStringLiteral("after-write"));
    crashPoint("before-rename"); // another point: returns
    crashPoint("after-writ");    // a prefix is not the point
    const int other = statusOfChildAt("after-write-2");
    CHECK(WIFEXITED(other));

    const int killed = statusOfChildAt("after-write");
    REQUIRE(WIFSIGNALED(killed));
    CHECK(WTERMSIG(killed) == SIGKILL);
}

TEST_CASE("failure point: true only for the named point", "[CrashPoint]")
{
    {
        ScopedEnv none("KYSO_TEST_FAIL_POINT", QString());
        CHECK_FALSE(failurePoint("register-write"));
    }
    {
        ScopedEnv empty("KYSO_TEST_FAIL_POINT", QStringLiteral(""));
        CHECK_FALSE(failurePoint("register-write"));
    }
    ScopedEnv wanted("KYSO_TEST_FAIL_POINT", QStringLiteral("register-write"));
    CHECK(failurePoint("register-write"));
    CHECK_FALSE(failurePoint("register-writ"));
    CHECK_FALSE(failurePoint("register-write-2"));
    CHECK_FALSE(failurePoint("REGISTER-WRITE"));
    // The crash variable is a different hook.
    ScopedEnv crash("KYSO_TEST_CRASH_POINT", QStringLiteral("output-rename"));
    CHECK_FALSE(failurePoint("output-rename"));
}
