#pragma once

#include "common/SigningService.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace kyso {

class Register;
namespace pkcs11 {
class PinProvider;
class TokenSession;
}

// Signing several files with one token login and one PIN, shared by the CLI
// (`kyso-cli sign A.pdf B.pdf … --output-dir DIR`) and the GUI's batch.
// prepare() checks every file without a PIN (the token is opened once);
// signAll() logs in once and signs the prepared files in order. A file that
// fails does not stop the others, except an error about the token, the PIN
// or the register: then the batch stops at once and no further PIN attempt
// is ever made.
class BatchSigning
{
public:
    enum class Status { Signed, Failed, NotAttempted };

    struct File {
        SignRequest request;
        QStringList warnings;
        Error error;              // from prepare or sign
        Status status = Status::NotAttempted;
        pdf::SignResult result;   // when signed
        std::unique_ptr<SigningService> service;
        bool prepared() const { return service && !error; }
    };

    struct Summary {
        int total = 0;
        int signedCount = 0;
        int failed = 0;
        int notAttempted = 0;
        Error stoppedBy;          // the token/PIN/register error that ended the batch
        bool stoppedByUser = false; // requestStop() ended it before the last file
        // 0 when every file was signed; the stopping error's code; else
        // BatchIncomplete.
        int exitCode() const;
    };

    BatchSigning();
    ~BatchSigning();

    // Directories give their *.pdf files (sorted, not recursive; earlier
    // outputs *_signed.pdf are skipped); files are taken as they are.
    // Refuses a directory without PDF files (NoPdfInDirectory).
    static Error expandInputs(const QStringList &arguments, QStringList &files);
    // <name>_signed.pdf in `outputDir`, or next to the input when empty.
    static QString outputFor(const QString &input, const QString &outputDir);
    // The desktop application's output, named once per step, next to the
    // input: the competent person's signature gives <name>_signed.pdf, an
    // agency signature (seal, attachment, copy) <name>_sealed.pdf, where
    // <name> loses a trailing _signed (so sealing "QD_signed.pdf" gives
    // "QD_sealed.pdf", not "QD_signed_signed.pdf"). Never the input itself.
    static QString desktopOutputFor(const QString &input, SigningRole role);
    // One request per file from a template; refuses two inputs that would
    // write the same output (OutputNameClash).
    static Error requestsFor(const SignRequest &base, const QStringList &files, const QString &outputDir,
                             QList<SignRequest> &requests);

    // Checks every file, no PIN. Returns an error only when nothing in the
    // batch can go on (e.g. the token cannot be opened); per-file errors
    // are in file(i).error.
    Error prepare(const QList<SignRequest> &requests);
    int size() const { return int(m_files.size()); }
    File &file(int i) { return m_files[size_t(i)]; }
    const File &file(int i) const { return m_files[size_t(i)]; }
    int preparedCount() const;
    std::shared_ptr<pkcs11::TokenSession> session() const { return m_session; }

    // One login (the PinProvider is asked at most once), then every prepared
    // file in order; `onFile` after each file, also for files not attempted.
    Summary signAll(pkcs11::PinProvider &pins, Register &reg, const std::function<void(int index, const File &)> &onFile = {});
    Summary summary(const Error &stoppedBy = {}) const;
    // After signAll() stopped at the first login because the PIN was wrong (or
    // not given, or the final try not confirmed) and nothing was signed: the
    // same prepared batch can be signed again with another PIN, without
    // opening the token or checking the files again (prepareLoginRetry()).
    bool canRetryLogin() const { return m_loginFailedFile >= 0; }
    void prepareLoginRetry();
    // Asks a running signAll() (from any thread) to stop before its next file:
    // the file being signed is finished, the rest stay NotAttempted and the
    // summary says stoppedByUser. signAll() clears the request when it starts.
    void requestStop() { m_stopRequested.store(true); }
    bool stopRequested() const { return m_stopRequested.load(); }
    // Logs out and frees the module once, at the end of the batch (libp11
    // keeps a copy of the PIN while the session lives).
    void releaseToken();

private:
    std::vector<File> m_files;
    std::shared_ptr<pkcs11::TokenSession> m_session;
    int m_loginFailedFile = -1;
    std::atomic<bool> m_stopRequested{false};
};

} // namespace kyso
