#pragma once

#include <QCoreApplication>
#include <QString>

namespace kyso {

// Every failure KySo can report. Each code has its own CLI exit status and one
// translated message; `detail` carries the specific fact (file name, token
// state) and is appended to the message. Error.cpp holds one table with every
// property of a code; new codes are added at the end of the enum and the table.
enum class ErrorCode {
    None = 0,
    Usage,
    FileNotFound,
    NotPdf,
    DamagedPdf,
    EncryptedPdf,
    ModuleLoadFailed,
    TokenAbsent,
    TokenAmbiguous,
    CertificateNotFound,
    CertificateExpired,
    CertificateNotYetValid,
    PinIncorrect,
    PinLocked,
    PinFinalTryNotConfirmed,
    PinUnavailable,
    TokenRemoved,
    TokenError,
    TokenTimeout,
    DocumentLocked,
    WrongCertificateType,
    PersonalSignatureMissing,
    BlockNotFound,
    RegisterFailed,
    OutputNotWritable,
    OutputExists,
    OutputIsInput,
    ImageUnreadable,
    PageOutOfRange,
    SignatureTooLarge,
    SigningFailed,
    NetworkFailed,
    TimeStampFailed,
    CertificateRevoked,
    InternalError,
    FormNeedsAppearances,
    RectOutsidePage,
    // Security helper (E), exit codes 85-89.
    OutputNotRegular,
    RegisterCompletionMissing,
    OutputSelfCheckFailed,
    RegisterTampered,
    FileNameEncoding,
    TimeStampUntrusted,        // 65: the time-stamp token does not verify / TSA not trusted
    RevocationUnauthenticated, // 66: OCSP/CRL answers refused (forged, stale, wrong nonce)
    ChainIncomplete,           // 67: no path to a trust anchor where one is required (B-LT)
    RevocationMissing,         // 68: B-LT without revocation data for a certificate of a path
    // Certificate and token lifecycle (regulation arts. 4-7), exit codes 90-94.
    CertificateRevokedLocally,
    RequestFormMismatch,
    RenewalNotAllowed,
    HandoverRefused,
    LifecycleRecordInvalid,
    // Authority bound to the document and the certificate (exit codes 75-84).
    AuthoritySignerMismatch,
    AuthorityTitleMismatch,
    AuthorityOrganizationMismatch,
    AuthorityTypedContradiction,
    AuthorityAgencyMismatch,
    AuthorityCopyAgencyMismatch,
    AuthorityMainDocumentMissing,
    // The clerk's release step (issue 12), exit codes 100-104.
    ReleaseBlankNotFound,
    ReleaseAlreadyNumbered,
    ReleaseNumberTaken,
    ReleaseDateMismatch,
    ReleaseAgencyMismatch,
    ChangedAfterSigning,         // C: an existing signature's document was changed beyond signatures
    ExistingSignatureUnreadable, // C: an existing signature cannot be read
    BatchIncomplete,      // some files of a batch were not signed
    NoPdfInDirectory,     // a directory given to a batch holds no PDF file
    OutputNameClash,      // two inputs of a batch would write the same output
};

class Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)
public:
    Error() = default;
    Error(ErrorCode code, QString detail = {}) : m_code(code), m_detail(std::move(detail)) {}

    bool isError() const { return m_code != ErrorCode::None; }
    explicit operator bool() const { return isError(); }
    ErrorCode code() const { return m_code; }
    const QString &detail() const { return m_detail; }

    // One line in the user's language: what went wrong and, where it helps, what to do.
    QString message() const;
    // The same for the desktop application: never names a command-line option.
    QString desktopMessage() const;
    // Distinct process exit status for the CLI (0 only for None).
    int exitCode() const { return exitCodeFor(m_code); }

    static int exitCodeFor(ErrorCode code);
    static QString describe(ErrorCode code);
    static QString describeForDesktop(ErrorCode code);
    // Symbolic, untranslated name for JSON output and logs.
    static const char *name(ErrorCode code);
    // The same operation may succeed if retried once the cause is gone (another
    // PIN, the token plugged back in, the server reachable again).
    static bool isRetriable(ErrorCode code);
    // About the token, the PIN or the register: a batch stops at once (never
    // spend more PIN tries, never sign without recording).
    static bool stopsBatch(ErrorCode code);
    // Refused at login before anything was signed, for a reason another PIN
    // can cure (wrong, none, final try not confirmed): the desktop application
    // opens the PIN dialog again on the same prepared batch.
    static bool asksPinAgain(ErrorCode code);
    // Token event this error leaves in the register ("wrong-pin", ...), or nullptr.
    static const char *registerEvent(ErrorCode code);

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_detail;
};

} // namespace kyso
