#pragma once

namespace kyso {

// Test hook for the crash-safety tests: when $KYSO_TEST_CRASH_POINT names
// this point, the process kills itself (SIGKILL) right here. Never set in use.
void crashPoint(const char *name);

} // namespace kyso
