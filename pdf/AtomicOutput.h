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

    // The same checks as begin() without creating anything.
    static Error checkTarget(const QString &target, const QString &input, bool overwrite);

private:
    QString m_target;
    QString m_temp;
    bool m_overwrite = false;
};

} // namespace kyso::pdf
