#pragma once

#include "core/Error.h"

#include <QString>

namespace kyso::pdf {

// Writes to a temporary file in the target folder, then makes it appear under
// the final name in one step (link for "must not exist", rename for
// overwrite), after fsync of the file and the folder. If commit() is never
// reached the temporary file is removed and the target is untouched.
class AtomicOutput
{
public:
    AtomicOutput() = default;
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput &) = delete;
    AtomicOutput &operator=(const AtomicOutput &) = delete;

    // Checks the target (not the input, folder writable, exists only if
    // overwrite) and creates the temporary file.
    Error begin(const QString &target, const QString &input, bool overwrite);
    const QString &tempPath() const { return m_temp; }
    Error commit();
    void discard();

    // The same checks as begin() without creating anything: the target is
    // absent or a regular file (anything else is refused even with
    // overwrite), its name and the temporary name fit the file system.
    static Error checkTarget(const QString &target, const QString &input, bool overwrite);
    // Name of the temporary file for target (without the mkstemp suffix):
    // ".NAME.kyso-PID-", NAME shortened on a UTF-8 boundary so that the
    // whole name plus the suffix and a ".dss" companion fit in nameMax bytes.
    static QByteArray temporaryPrefix(const QString &target, long nameMax = 255);
    // Mode for the output: the input's permission bits masked by the umask.
    static unsigned int outputMode(const QString &input);

private:
    QString m_target;
    QString m_temp;
    bool m_overwrite = false;
};

} // namespace kyso::pdf
