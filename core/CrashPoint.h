#pragma once

namespace kyso {

// Test hook for the crash-safety tests: when $KYSO_TEST_CRASH_POINT names
// this point, the process kills itself (SIGKILL) right here. Never set in use.
void crashPoint(const char *name);
// Test hook: true when $KYSO_TEST_FAIL_POINT names this point (the caller
// then fails as if the disk were full). Never set in use.
bool failurePoint(const char *name);

} // namespace kyso
