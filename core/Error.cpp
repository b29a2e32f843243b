#include "core/Error.h"

#include <array>

namespace kyso {

namespace {

enum Flag : unsigned {
    Retriable = 1u << 0,  // the same operation may succeed when retried (new PIN, token back, server up)
    StopsBatch = 1u << 1, // about the token, the PIN or the register: the rest of a batch must not go on
    AsksPinAgain = 1u << 2, // refused at login with nothing signed: the same prepared batch may ask for the PIN again
};

// One row per error: the single place that decides its exit status, name,
// message, whether it can be retried, whether it stops a batch, and which
// token event (if any) it leaves in the register.
struct ErrorInfo {
    ErrorCode code;
    int exitCode;
    const char *name;
    const char *message; // source text, translated in context "Error"
    unsigned flags;
    const char *registerEvent;
    // The same in the desktop application's words, where the message names a
    // command-line option or command (nullptr: the message serves both).
    const char *desktopMessage = nullptr;
};

constexpr ErrorInfo kErrors[] = {
    {ErrorCode::None, 0, "ok", QT_TRANSLATE_NOOP("Error", "No error."), {}, nullptr},
    {ErrorCode::Usage, 64, "usage", QT_TRANSLATE_NOOP("Error", "Invalid command line."),
     {}, nullptr},
    {ErrorCode::FileNotFound, 10, "file-not-found", QT_TRANSLATE_NOOP("Error", "The file does not exist or cannot be read."),
     {}, nullptr},
    {ErrorCode::NotPdf, 11, "not-pdf", QT_TRANSLATE_NOOP("Error", "The file is not a PDF document."),
     {}, nullptr},
    {ErrorCode::DamagedPdf, 12, "damaged-pdf", QT_TRANSLATE_NOOP("Error", "The PDF file is damaged and cannot be signed safely."),
     {}, nullptr},
    {ErrorCode::EncryptedPdf, 13, "encrypted-pdf", QT_TRANSLATE_NOOP("Error", "The PDF file is password-protected (encrypted); remove the protection with the author's consent, then sign."),
     {}, nullptr},
    {ErrorCode::ModuleLoadFailed, 20, "module-load-failed", QT_TRANSLATE_NOOP("Error", "The PKCS#11 driver of the token cannot be loaded."),
     Flag::StopsBatch, nullptr},
    {ErrorCode::TokenAbsent, 21, "token-absent", QT_TRANSLATE_NOOP("Error", "No token is plugged in (or the requested token was not found)."),
     Flag::Retriable | Flag::StopsBatch, nullptr},
    {ErrorCode::TokenAmbiguous, 31, "token-ambiguous", QT_TRANSLATE_NOOP("Error", "Several tokens are plugged in; choose one by its label."),
     Flag::StopsBatch, nullptr},
    {ErrorCode::CertificateNotFound, 22, "certificate-not-found", QT_TRANSLATE_NOOP("Error", "The requested certificate with its private key was not found on the token."),
     {}, nullptr},
    {ErrorCode::CertificateExpired, 23, "certificate-expired", QT_TRANSLATE_NOOP("Error", "The signing certificate has expired; it cannot be renewed: request a new certificate (Form 01/02) before signing."),
     {}, nullptr},
    {ErrorCode::CertificateNotYetValid, 24, "certificate-not-yet-valid", QT_TRANSLATE_NOOP("Error", "The signing certificate is not valid yet."),
     {}, nullptr},
    {ErrorCode::PinIncorrect, 25, "pin-incorrect", QT_TRANSLATE_NOOP("Error", "Wrong PIN."),
     Flag::Retriable | Flag::StopsBatch | Flag::AsksPinAgain, "wrong-pin"},
    {ErrorCode::PinLocked, 26, "pin-locked", QT_TRANSLATE_NOOP("Error", "The token PIN is locked. The managing agency must send a written request (Form 06) to the provincial Department of Science and Technology to unlock it."),
     Flag::StopsBatch, "pin-locked"},
    {ErrorCode::PinFinalTryNotConfirmed, 27, "pin-final-try", QT_TRANSLATE_NOOP("Error", "Only one PIN attempt is left before the token locks; confirm explicitly to use it."),
     Flag::Retriable | Flag::StopsBatch | Flag::AsksPinAgain, "final-try-refused"},
    {ErrorCode::PinUnavailable, 28, "pin-unavailable", QT_TRANSLATE_NOOP("Error", "No PIN was entered."),
     Flag::Retriable | Flag::StopsBatch | Flag::AsksPinAgain, nullptr},
    {ErrorCode::TokenRemoved, 29, "token-removed", QT_TRANSLATE_NOOP("Error", "The token was removed during the operation; nothing was written."),
     Flag::Retriable | Flag::StopsBatch, "token-removed"},
    {ErrorCode::TokenError, 30, "token-error", QT_TRANSLATE_NOOP("Error", "The token reported an error."),
     Flag::StopsBatch, nullptr},
    {ErrorCode::TokenTimeout, 32, "token-timeout", QT_TRANSLATE_NOOP("Error", "The token did not answer in time; unplug it, plug it in again and retry."),
     Flag::Retriable | Flag::StopsBatch, nullptr},
    {ErrorCode::DocumentLocked, 33, "document-locked", QT_TRANSLATE_NOOP("Error", "The document carries a certification signature that allows no further changes; it cannot be signed again."),
     {}, nullptr},
    {ErrorCode::WrongCertificateType, 34, "wrong-certificate-type", QT_TRANSLATE_NOOP("Error", "This certificate may not be used for this kind of signature."),
     {}, nullptr},
    {ErrorCode::PersonalSignatureMissing, 35, "personal-signature-missing", QT_TRANSLATE_NOOP("Error", "The agency signature may only be added over a valid signature of the competent person (or on a copy the agency makes)."),
     {}, nullptr},
    {ErrorCode::BlockNotFound, 16, "signature-block-not-found", QT_TRANSLATE_NOOP("Error", "The signature block was not found on the last page; give the position with --page and --rect."),
     {}, nullptr,
     QT_TRANSLATE_NOOP("Error", "The signature block (the signer's title and name) was not found on the last page, so KySo cannot place the signature; check that this is the final version of the document, with its signature block.")},
    {ErrorCode::RegisterFailed, 45, "register-failed", QT_TRANSLATE_NOOP("Error", "The signing register cannot be written."),
     Flag::StopsBatch, nullptr},
    {ErrorCode::OutputNotWritable, 40, "output-not-writable", QT_TRANSLATE_NOOP("Error", "The output file cannot be written in the chosen folder."),
     {}, nullptr},
    {ErrorCode::OutputExists, 41, "output-exists", QT_TRANSLATE_NOOP("Error", "The output file already exists; choose another name or allow overwriting."),
     {}, nullptr,
     QT_TRANSLATE_NOOP("Error", "A signed copy with this name already exists in the folder; move or rename it, then sign again.")},
    {ErrorCode::OutputIsInput, 42, "output-is-input", QT_TRANSLATE_NOOP("Error", "The output file must differ from the input file."),
     {}, nullptr},
    {ErrorCode::ImageUnreadable, 15, "image-unreadable", QT_TRANSLATE_NOOP("Error", "The signature image cannot be read (a PNG or JPEG file is required)."),
     {}, nullptr},
    {ErrorCode::PageOutOfRange, 14, "page-out-of-range", QT_TRANSLATE_NOOP("Error", "The requested page does not exist in the document."),
     {}, nullptr},
    {ErrorCode::SignatureTooLarge, 50, "signature-too-large", QT_TRANSLATE_NOOP("Error", "The signature does not fit in the space reserved for it."),
     {}, nullptr},
    {ErrorCode::SigningFailed, 51, "signing-failed", QT_TRANSLATE_NOOP("Error", "Signing failed."),
     {}, nullptr},
    {ErrorCode::NetworkFailed, 52, "network-failed", QT_TRANSLATE_NOOP("Error", "A PKI service (time-stamp, OCSP or CRL server) could not be reached."),
     Flag::Retriable, nullptr},
    {ErrorCode::TimeStampFailed, 53, "timestamp-failed", QT_TRANSLATE_NOOP("Error", "The time-stamp server refused the request or sent an invalid time-stamp."),
     Flag::Retriable, nullptr},
    {ErrorCode::CertificateRevoked, 36, "certificate-revoked", QT_TRANSLATE_NOOP("Error", "The signing certificate has been revoked; it must not be used."),
     {}, nullptr},
    {ErrorCode::InternalError, 70, "internal-error", QT_TRANSLATE_NOOP("Error", "Internal error."),
     {}, nullptr},
    {ErrorCode::FormNeedsAppearances, 60, "form-needs-appearances", QT_TRANSLATE_NOOP("Error", "The form has fields without a drawn appearance and asks viewers to draw them; signing it would hide the signature in some viewers. Fill and save the form (or flatten it) in the program that made it, then sign."),
     {}, nullptr},
    {ErrorCode::RectOutsidePage, 61, "rect-outside-page", QT_TRANSLATE_NOOP("Error", "The signature rectangle lies outside the visible page (--rect is measured in points from the lower-left corner of the visible page)."),
     {}, nullptr,
     QT_TRANSLATE_NOOP("Error", "The signature box lies outside the visible page; draw it again inside the page.")},
    {ErrorCode::OutputNotRegular, 85, "output-not-regular", QT_TRANSLATE_NOOP("Error", "The output path is not a regular file (a folder, device, pipe or link to one); it is never replaced, not even with --force."),
     {}, nullptr,
     QT_TRANSLATE_NOOP("Error", "The output path is not a regular file (a folder, device, pipe or link to one); it is never replaced.")},
    {ErrorCode::RegisterCompletionMissing, 86, "register-completion-missing", QT_TRANSLATE_NOOP("Error", "The signed file was written, but the register could not record that it is complete; it is recorded the next time KySo opens the register for writing (or run: kyso-cli log reconcile)."),
     {}, nullptr,
     QT_TRANSLATE_NOOP("Error", "The signed file was written, but the register could not record that it is complete; it is recorded the next time KySo opens the register.")},
    {ErrorCode::OutputSelfCheckFailed, 87, "output-self-check-failed", QT_TRANSLATE_NOOP("Error", "The signed file failed KySo's own check after signing; it was not saved."),
     {}, nullptr},
    {ErrorCode::RegisterTampered, 88, "register-tampered", QT_TRANSLATE_NOOP("Error", "The signing register was altered outside KySo; run kyso-cli log verify and restore it from a backup."),
     {}, nullptr,
     QT_TRANSLATE_NOOP("Error", "The signing register was altered outside KySo; ask the IT officer to check it and restore it from a backup.")},
    {ErrorCode::FileNameEncoding, 89, "file-name-encoding", QT_TRANSLATE_NOOP("Error", "A file name or argument is not valid UTF-8 text, so KySo cannot open it; rename the file (for example with convmv) and try again."),
     {}, nullptr},
    {ErrorCode::TimeStampUntrusted, 65, "timestamp-untrusted", QT_TRANSLATE_NOOP("Error", "The time-stamp could not be verified (its authority is not trusted or the token is invalid); nothing was signed."),
     {}, nullptr},
    {ErrorCode::RevocationUnauthenticated, 66, "revocation-unauthenticated", QT_TRANSLATE_NOOP("Error", "The revocation answer (OCSP/CRL) could not be authenticated or is out of date; it was not trusted."),
     Flag::Retriable, nullptr},
    {ErrorCode::ChainIncomplete, 67, "chain-incomplete", QT_TRANSLATE_NOOP("Error", "The certificate chain cannot be completed up to a trust anchor."),
     {}, nullptr},
    {ErrorCode::RevocationMissing, 68, "revocation-missing", QT_TRANSLATE_NOOP("Error", "Revocation data (OCSP or CRL) is missing for a certificate of the chain; a long-term signature needs it."),
     Flag::Retriable, nullptr},
    {ErrorCode::CertificateRevokedLocally, 90, "certificate-revoked-locally", QT_TRANSLATE_NOOP("Error", "The certificate is revoked or its revocation has been requested (Form 05); it must not sign any more."),
     {}, nullptr},
    {ErrorCode::RequestFormMismatch, 91, "request-form-mismatch", QT_TRANSLATE_NOOP("Error", "The form does not fit the request: issue uses Form 01, 02 or 03; renewal and change of information Form 04; revocation Form 05; token recovery Form 06."),
     {}, nullptr},
    {ErrorCode::RenewalNotAllowed, 92, "renewal-not-allowed", QT_TRANSLATE_NOOP("Error", "Renewal or change of information is not possible: a certificate is renewed only once, and renewal or change needs more than 30 days of validity left; request a new certificate (Form 01/02) instead."),
     {}, nullptr},
    {ErrorCode::HandoverRefused, 93, "handover-refused", QT_TRANSLATE_NOOP("Error", "The token handover cannot be recorded."),
     {}, nullptr},
    {ErrorCode::LifecycleRecordInvalid, 94, "lifecycle-record-invalid", QT_TRANSLATE_NOOP("Error", "The request or record is incomplete or unknown."),
     {}, nullptr},
    {ErrorCode::AuthoritySignerMismatch, 75, "authority-signer-mismatch", QT_TRANSLATE_NOOP("Error", "The certificate holder is not the person named in the signature block of the document."),
     {}, nullptr},
    {ErrorCode::AuthorityTitleMismatch, 76, "authority-title-mismatch", QT_TRANSLATE_NOOP("Error", "The title in the certificate does not fit the title in the signature block."),
     {}, nullptr},
    {ErrorCode::AuthorityOrganizationMismatch, 77, "authority-organization-mismatch", QT_TRANSLATE_NOOP("Error", "The certificate's organisation is neither the issuing agency nor its parent as printed in the document."),
     {}, nullptr},
    {ErrorCode::AuthorityTypedContradiction, 78, "authority-typed-contradiction", QT_TRANSLATE_NOOP("Error", "The typed title or agency contradicts the certificate; it is not recorded."),
     {}, nullptr},
    {ErrorCode::AuthorityAgencyMismatch, 79, "authority-agency-mismatch", QT_TRANSLATE_NOOP("Error", "The agency certificate does not belong to the agency that issues the document."),
     {}, nullptr},
    {ErrorCode::AuthorityCopyAgencyMismatch, 80, "authority-copy-agency-mismatch", QT_TRANSLATE_NOOP("Error", "The copying agency on the stamp must be the certificate's agency."),
     {}, nullptr},
    {ErrorCode::AuthorityMainDocumentMissing, 81, "authority-main-document-missing", QT_TRANSLATE_NOOP("Error", "The attachment is not tied to a main document sealed by the same agency (give its number from the register or --main FILE)."),
     {}, nullptr,
     QT_TRANSLATE_NOOP("Error", "The attachment is not tied to a main document sealed by the same agency; give the main document's number from the register.")},
    {ErrorCode::ReleaseBlankNotFound, 100, "release-blank-not-found", QT_TRANSLATE_NOOP("Error", "The blanks for the number (after \"Số:\", before the symbol) and the date (\"ngày … tháng … năm\") were not found in the header of the first page."),
     {}, nullptr},
    {ErrorCode::ReleaseAlreadyNumbered, 101, "release-already-numbered", QT_TRANSLATE_NOOP("Error", "The document already has a number or date; it was released before."),
     {}, nullptr},
    {ErrorCode::ReleaseNumberTaken, 102, "release-number-taken", QT_TRANSLATE_NOOP("Error", "This number is already used in the outgoing-documents book of this agency for that year; give another one or --number next."),
     {}, nullptr,
     QT_TRANSLATE_NOOP("Error", "This number is already used in the outgoing-documents book of this agency for that year; leave the number empty to take the next free one.")},
    {ErrorCode::ReleaseDateMismatch, 103, "release-date-mismatch", QT_TRANSLATE_NOOP("Error", "The release date does not fit the document (its year differs from the year printed in the draft)."),
     {}, nullptr},
    {ErrorCode::ReleaseAgencyMismatch, 104, "release-agency-mismatch", QT_TRANSLATE_NOOP("Error", "The agency named in the document's header is not the agency of this certificate; only the issuing agency may number and seal it."),
     {}, nullptr},
    {ErrorCode::ChangedAfterSigning, 71, "changed-after-signing", QT_TRANSLATE_NOOP("Error", "The document was changed after an earlier signature beyond adding signatures; it must not be signed on top of it."),
     {}, nullptr},
    {ErrorCode::ExistingSignatureUnreadable, 72, "existing-signature-unreadable", QT_TRANSLATE_NOOP("Error", "A signature already in the document cannot be read; the document cannot be signed safely until that is explained."),
     {}, nullptr},
    {ErrorCode::BatchIncomplete, 95, "batch-incomplete", QT_TRANSLATE_NOOP("Error", "Some files of the batch were not signed; see the result of each file."),
     {}, nullptr},
    {ErrorCode::NoPdfInDirectory, 96, "no-pdf-in-directory", QT_TRANSLATE_NOOP("Error", "The folder contains no PDF file to sign."),
     {}, nullptr},
    {ErrorCode::OutputNameClash, 97, "output-name-clash", QT_TRANSLATE_NOOP("Error", "Two input files would be signed to the same output file; sign them into different folders."),
     {}, nullptr},
};

constexpr std::size_t kErrorCount = sizeof(kErrors) / sizeof(kErrors[0]);
static_assert(kErrorCount == std::size_t(ErrorCode::OutputNameClash) + 1, "one row per ErrorCode");

constexpr bool rowsInEnumOrder()
{
    for (std::size_t i = 0; i < kErrorCount; ++i) {
        if (std::size_t(kErrors[i].code) != i)
            return false;
    }
    return true;
}
static_assert(rowsInEnumOrder(), "rows in the order of ErrorCode");

const ErrorInfo &info(ErrorCode code)
{
    const auto i = std::size_t(code);
    return i < kErrorCount ? kErrors[i] : kErrors[std::size_t(ErrorCode::InternalError)];
}

} // namespace

int Error::exitCodeFor(ErrorCode code)
{
    return info(code).exitCode;
}

const char *Error::name(ErrorCode code)
{
    return info(code).name;
}

QString Error::describe(ErrorCode code)
{
    return QCoreApplication::translate("Error", info(code).message);
}

QString Error::describeForDesktop(ErrorCode code)
{
    const ErrorInfo &i = info(code);
    return QCoreApplication::translate("Error", i.desktopMessage ? i.desktopMessage : i.message);
}

bool Error::isRetriable(ErrorCode code)
{
    return info(code).flags & Retriable;
}

bool Error::stopsBatch(ErrorCode code)
{
    return info(code).flags & StopsBatch;
}

bool Error::asksPinAgain(ErrorCode code)
{
    return info(code).flags & AsksPinAgain;
}

const char *Error::registerEvent(ErrorCode code)
{
    return info(code).registerEvent;
}

QString Error::message() const
{
    const QString base = describe(m_code);
    if (m_detail.isEmpty())
        return base;
    return tr("%1 (%2)").arg(base, m_detail);
}

QString Error::desktopMessage() const
{
    const QString base = describeForDesktop(m_code);
    if (m_detail.isEmpty())
        return base;
    return tr("%1 (%2)").arg(base, m_detail);
}

} // namespace kyso
