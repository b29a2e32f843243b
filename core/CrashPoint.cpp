#include "core/CrashPoint.h"

#include <csignal>
#include <cstdlib>
#include <cstring>

namespace kyso {

void crashPoint(const char *name)
{
    const char *wanted = std::getenv("KYSO_TEST_CRASH_POINT");
    if (wanted && std::strcmp(wanted, name) == 0)
        std::raise(SIGKILL);
}

bool failurePoint(const char *name)
{
    const char *wanted = std::getenv("KYSO_TEST_FAIL_POINT");
    return wanted && std::strcmp(wanted, name) == 0;
}

} // namespace kyso
