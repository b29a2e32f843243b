#pragma once

namespace kyso {

// Called first thing in main() of kyso-cli and kyso: no core dumps, and the
// process is not dumpable (no same-user gcore/ptrace attach, /proc/PID/mem
// closed), since the PIN and libp11's copy of it live in its memory.
void hardenProcess();

} // namespace kyso
