#include "core/Error.h"

namespace kyso {

int Error::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return 0;
    case ErrorCode::Usage: return 64;
    case ErrorCode::FileNotFound: return 10;
    case ErrorCode::NotPdf: return 11;
    case ErrorCode::DamagedPdf: return 12;
    case ErrorCode::EncryptedPdf: return 13;
    case ErrorCode::PageOutOfRange: return 14;
    case ErrorCode::ImageUnreadable: return 15;
    case ErrorCode::ModuleLoadFailed: return 20;
    case ErrorCode::TokenAbsent: return 21;
    case ErrorCode::TokenAmbiguous: return 31;
    case ErrorCode::CertificateNotFound: return 22;
    case ErrorCode::CertificateExpired: return 23;
    case ErrorCode::CertificateNotYetValid: return 24;
    case ErrorCode::PinIncorrect: return 25;
    case ErrorCode::PinLocked: return 26;
    case ErrorCode::PinFinalTryNotConfirmed: return 27;
    case ErrorCode::PinUnavailable: return 28;
    case ErrorCode::TokenRemoved: return 29;
    case ErrorCode::TokenError: return 30;
    case ErrorCode::TokenTimeout: return 32;
    case ErrorCode::DocumentLocked: return 33;
    case ErrorCode::WrongCertificateType: return 34;
    case ErrorCode::PersonalSignatureMissing: return 35;
    case ErrorCode::BlockNotFound: return 16;
    case ErrorCode::RegisterFailed: return 45;
    case ErrorCode::OutputNotWritable: return 40;
    case ErrorCode::OutputExists: return 41;
    case ErrorCode::OutputIsInput: return 42;
    case ErrorCode::SignatureTooLarge: return 50;
    case ErrorCode::SigningFailed: return 51;
    case ErrorCode::NetworkFailed: return 52;
    case ErrorCode::TimeStampFailed: return 53;
    case ErrorCode::CertificateRevoked: return 36;
    case ErrorCode::InternalError: return 70;
    case ErrorCode::ReleaseBlankNotFound: return 100;
    case ErrorCode::ReleaseAlreadyNumbered: return 101;
    case ErrorCode::ReleaseNumberTaken: return 102;
    case ErrorCode::ReleaseDateMismatch: return 103;
    case ErrorCode::ReleaseAgencyMismatch: return 104;
    case ErrorCode::FormNeedsAppearances: return 60;
    case ErrorCode::RectOutsidePage: return 61;
    case ErrorCode::OutputNotRegular: return 85;
    case ErrorCode::RegisterCompletionMissing: return 86;
    case ErrorCode::OutputSelfCheckFailed: return 87;
    case ErrorCode::RegisterTampered: return 88;
    case ErrorCode::FileNameEncoding: return 89;
    case ErrorCode::TimeStampUntrusted: return 65;
    case ErrorCode::RevocationUnauthenticated: return 66;
    case ErrorCode::ChainIncomplete: return 67;
    case ErrorCode::RevocationMissing: return 68;
    case ErrorCode::CertificateRevokedLocally: return 90;
    case ErrorCode::RequestFormMismatch: return 91;
    case ErrorCode::RenewalNotAllowed: return 92;
    case ErrorCode::HandoverRefused: return 93;
    case ErrorCode::LifecycleRecordInvalid: return 94;
    case ErrorCode::AuthoritySignerMismatch: return 75;
    case ErrorCode::AuthorityTitleMismatch: return 76;
    case ErrorCode::AuthorityOrganizationMismatch: return 77;
    case ErrorCode::AuthorityTypedContradiction: return 78;
    case ErrorCode::AuthorityAgencyMismatch: return 79;
    case ErrorCode::AuthorityCopyAgencyMismatch: return 80;
    case ErrorCode::AuthorityMainDocumentMissing: return 81;
    case ErrorCode::ChangedAfterSigning: return 71;
    case ErrorCode::ExistingSignatureUnreadable: return 72;
    case ErrorCode::BatchIncomplete: return 95;
    case ErrorCode::NoPdfInDirectory: return 96;
    case ErrorCode::OutputNameClash: return 97;
    }
    return 70;
}

const char *Error::name(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return "ok";
    case ErrorCode::Usage: return "usage";
    case ErrorCode::FileNotFound: return "file-not-found";
    case ErrorCode::NotPdf: return "not-pdf";
    case ErrorCode::DamagedPdf: return "damaged-pdf";
    case ErrorCode::EncryptedPdf: return "encrypted-pdf";
    case ErrorCode::PageOutOfRange: return "page-out-of-range";
    case ErrorCode::ImageUnreadable: return "image-unreadable";
    case ErrorCode::ModuleLoadFailed: return "module-load-failed";
    case ErrorCode::TokenAbsent: return "token-absent";
    case ErrorCode::TokenAmbiguous: return "token-ambiguous";
    case ErrorCode::CertificateNotFound: return "certificate-not-found";
    case ErrorCode::CertificateExpired: return "certificate-expired";
    case ErrorCode::CertificateNotYetValid: return "certificate-not-yet-valid";
    case ErrorCode::PinIncorrect: return "pin-incorrect";
    case ErrorCode::PinLocked: return "pin-locked";
    case ErrorCode::PinFinalTryNotConfirmed: return "pin-final-try";
    case ErrorCode::PinUnavailable: return "pin-unavailable";
    case ErrorCode::TokenRemoved: return "token-removed";
    case ErrorCode::TokenError: return "token-error";
    case ErrorCode::TokenTimeout: return "token-timeout";
    case ErrorCode::DocumentLocked: return "document-locked";
    case ErrorCode::WrongCertificateType: return "wrong-certificate-type";
    case ErrorCode::PersonalSignatureMissing: return "personal-signature-missing";
    case ErrorCode::BlockNotFound: return "signature-block-not-found";
    case ErrorCode::RegisterFailed: return "register-failed";
    case ErrorCode::OutputNotWritable: return "output-not-writable";
    case ErrorCode::OutputExists: return "output-exists";
    case ErrorCode::OutputIsInput: return "output-is-input";
    case ErrorCode::SignatureTooLarge: return "signature-too-large";
    case ErrorCode::SigningFailed: return "signing-failed";
    case ErrorCode::NetworkFailed: return "network-failed";
    case ErrorCode::TimeStampFailed: return "timestamp-failed";
    case ErrorCode::CertificateRevoked: return "certificate-revoked";
    case ErrorCode::InternalError: return "internal-error";
    case ErrorCode::ReleaseBlankNotFound: return "release-blank-not-found";
    case ErrorCode::ReleaseAlreadyNumbered: return "release-already-numbered";
    case ErrorCode::ReleaseNumberTaken: return "release-number-taken";
    case ErrorCode::ReleaseDateMismatch: return "release-date-mismatch";
    case ErrorCode::ReleaseAgencyMismatch: return "release-agency-mismatch";
    case ErrorCode::FormNeedsAppearances: return "form-needs-appearances";
    case ErrorCode::RectOutsidePage: return "rect-outside-page";
    case ErrorCode::OutputNotRegular: return "output-not-regular";
    case ErrorCode::RegisterCompletionMissing: return "register-completion-missing";
    case ErrorCode::OutputSelfCheckFailed: return "output-self-check-failed";
    case ErrorCode::RegisterTampered: return "register-tampered";
    case ErrorCode::FileNameEncoding: return "file-name-encoding";
    case ErrorCode::TimeStampUntrusted: return "timestamp-untrusted";
    case ErrorCode::RevocationUnauthenticated: return "revocation-unauthenticated";
    case ErrorCode::ChainIncomplete: return "chain-incomplete";
    case ErrorCode::RevocationMissing: return "revocation-missing";
    case ErrorCode::CertificateRevokedLocally: return "certificate-revoked-locally";
    case ErrorCode::RequestFormMismatch: return "request-form-mismatch";
    case ErrorCode::RenewalNotAllowed: return "renewal-not-allowed";
    case ErrorCode::HandoverRefused: return "handover-refused";
    case ErrorCode::LifecycleRecordInvalid: return "lifecycle-record-invalid";
    case ErrorCode::AuthoritySignerMismatch: return "authority-signer-mismatch";
    case ErrorCode::AuthorityTitleMismatch: return "authority-title-mismatch";
    case ErrorCode::AuthorityOrganizationMismatch: return "authority-organization-mismatch";
    case ErrorCode::AuthorityTypedContradiction: return "authority-typed-contradiction";
    case ErrorCode::AuthorityAgencyMismatch: return "authority-agency-mismatch";
    case ErrorCode::AuthorityCopyAgencyMismatch: return "authority-copy-agency-mismatch";
    case ErrorCode::AuthorityMainDocumentMissing: return "authority-main-document-missing";
    case ErrorCode::ChangedAfterSigning: return "changed-after-signing";
    case ErrorCode::ExistingSignatureUnreadable: return "existing-signature-unreadable";
    case ErrorCode::BatchIncomplete: return "batch-incomplete";
    case ErrorCode::NoPdfInDirectory: return "no-pdf-in-directory";
    case ErrorCode::OutputNameClash: return "output-name-clash";
    }
    return "internal-error";
}

QString Error::describe(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return tr("No error.");
    case ErrorCode::Usage: return tr("Invalid command line.");
    case ErrorCode::FileNotFound: return tr("The file does not exist or cannot be read.");
    case ErrorCode::NotPdf: return tr("The file is not a PDF document.");
    case ErrorCode::DamagedPdf: return tr("The PDF file is damaged and cannot be signed safely.");
    case ErrorCode::EncryptedPdf:
        return tr("The PDF file is password-protected (encrypted); remove the protection with the author's consent, then sign.");
    case ErrorCode::PageOutOfRange: return tr("The requested page does not exist in the document.");
    case ErrorCode::ImageUnreadable: return tr("The signature image cannot be read (a PNG or JPEG file is required).");
    case ErrorCode::ModuleLoadFailed: return tr("The PKCS#11 driver of the token cannot be loaded.");
    case ErrorCode::TokenAbsent: return tr("No token is plugged in (or the requested token was not found).");
    case ErrorCode::TokenAmbiguous: return tr("Several tokens are plugged in; choose one by its label.");
    case ErrorCode::CertificateNotFound: return tr("The requested certificate with its private key was not found on the token.");
    case ErrorCode::CertificateExpired: return tr("The signing certificate has expired; it cannot be renewed: request a new certificate (Form 01/02) before signing.");
    case ErrorCode::CertificateNotYetValid: return tr("The signing certificate is not valid yet.");
    case ErrorCode::PinIncorrect: return tr("Wrong PIN.");
    case ErrorCode::PinLocked:
        return tr("The token PIN is locked. The managing agency must send a written request (Form 06) to the provincial Department of Science and Technology to unlock it.");
    case ErrorCode::PinFinalTryNotConfirmed:
        return tr("Only one PIN attempt is left before the token locks; confirm explicitly to use it.");
    case ErrorCode::PinUnavailable: return tr("No PIN was entered.");
    case ErrorCode::TokenRemoved: return tr("The token was removed during the operation; nothing was written.");
    case ErrorCode::TokenError: return tr("The token reported an error.");
    case ErrorCode::TokenTimeout:
        return tr("The token did not answer in time; unplug it, plug it in again and retry.");
    case ErrorCode::DocumentLocked:
        return tr("The document carries a certification signature that allows no further changes; it cannot be signed again.");
    case ErrorCode::WrongCertificateType: return tr("This certificate may not be used for this kind of signature.");
    case ErrorCode::PersonalSignatureMissing:
        return tr("The agency signature may only be added over a valid signature of the competent person (or on a copy the agency makes).");
    case ErrorCode::BlockNotFound:
        return tr("The signature block was not found on the last page; give the position with --page and --rect.");
    case ErrorCode::RegisterFailed: return tr("The signing register cannot be written.");
    case ErrorCode::OutputNotWritable: return tr("The output file cannot be written in the chosen folder.");
    case ErrorCode::OutputExists: return tr("The output file already exists; choose another name or allow overwriting.");
    case ErrorCode::OutputIsInput: return tr("The output file must differ from the input file.");
    case ErrorCode::SignatureTooLarge: return tr("The signature does not fit in the space reserved for it.");
    case ErrorCode::SigningFailed: return tr("Signing failed.");
    case ErrorCode::NetworkFailed: return tr("A PKI service (time-stamp, OCSP or CRL server) could not be reached.");
    case ErrorCode::TimeStampFailed: return tr("The time-stamp server refused the request or sent an invalid time-stamp.");
    case ErrorCode::CertificateRevoked: return tr("The signing certificate has been revoked; it must not be used.");
    case ErrorCode::InternalError: return tr("Internal error.");
    case ErrorCode::ReleaseBlankNotFound:
        return tr("The blanks for the number (after \"Số:\", before the symbol) and the date (\"ngày … tháng … năm\") were not found in the header of the first page.");
    case ErrorCode::ReleaseAlreadyNumbered: return tr("The document already has a number or date; it was released before.");
    case ErrorCode::ReleaseNumberTaken:
        return tr("This number is already used in the outgoing-documents book of this agency for that year; give another one or --number next.");
    case ErrorCode::ReleaseDateMismatch: return tr("The release date does not fit the document (its year differs from the year printed in the draft).");
    case ErrorCode::ReleaseAgencyMismatch:
        return tr("The agency named in the document's header is not the agency of this certificate; only the issuing agency may number and seal it.");
    case ErrorCode::FormNeedsAppearances:
        return tr("The form has fields without a drawn appearance and asks viewers to draw them; signing it would hide the signature in some viewers. Fill and save the form (or flatten it) in the program that made it, then sign.");
    case ErrorCode::RectOutsidePage:
        return tr("The signature rectangle lies outside the visible page (--rect is measured in points from the lower-left corner of the visible page).");
    case ErrorCode::OutputNotRegular:
        return tr("The output path is not a regular file (a folder, device, pipe or link to one); it is never replaced, not even with --force.");
    case ErrorCode::RegisterCompletionMissing:
        return tr("The signed file was written, but the register could not record that it is complete; it is recorded the next time KySo opens the register for writing (or run: kyso-cli log reconcile).");
    case ErrorCode::OutputSelfCheckFailed:
        return tr("The signed file failed KySo's own check after signing; it was not saved.");
    case ErrorCode::RegisterTampered:
        return tr("The signing register was altered outside KySo; run kyso-cli log verify and restore it from a backup.");
    case ErrorCode::FileNameEncoding:
        return tr("A file name or argument is not valid UTF-8 text, so KySo cannot open it; rename the file (for example with convmv) and try again.");
    case ErrorCode::TimeStampUntrusted:
        return tr("The time-stamp could not be verified (its authority is not trusted or the token is invalid); nothing was signed.");
    case ErrorCode::RevocationUnauthenticated:
        return tr("The revocation answer (OCSP/CRL) could not be authenticated or is out of date; it was not trusted.");
    case ErrorCode::ChainIncomplete: return tr("The certificate chain cannot be completed up to a trust anchor.");
    case ErrorCode::RevocationMissing:
        return tr("Revocation data (OCSP or CRL) is missing for a certificate of the chain; a long-term signature needs it.");
    case ErrorCode::CertificateRevokedLocally:
        return tr("The certificate is revoked or its revocation has been requested (Form 05); it must not sign any more.");
    case ErrorCode::RequestFormMismatch:
        return tr("The form does not fit the request: issue uses Form 01, 02 or 03; renewal and change of information Form 04; revocation Form 05; token recovery Form 06.");
    case ErrorCode::RenewalNotAllowed:
        return tr("Renewal or change of information is not possible: a certificate is renewed only once, and renewal or change needs more than 30 days of validity left; request a new certificate (Form 01/02) instead.");
    case ErrorCode::HandoverRefused: return tr("The token handover cannot be recorded.");
    case ErrorCode::LifecycleRecordInvalid: return tr("The request or record is incomplete or unknown.");
    case ErrorCode::AuthoritySignerMismatch:
        return tr("The certificate holder is not the person named in the signature block of the document.");
    case ErrorCode::AuthorityTitleMismatch:
        return tr("The title in the certificate does not fit the title in the signature block.");
    case ErrorCode::AuthorityOrganizationMismatch:
        return tr("The certificate's organisation is neither the issuing agency nor its parent as printed in the document.");
    case ErrorCode::AuthorityTypedContradiction:
        return tr("The typed title or agency contradicts the certificate; it is not recorded.");
    case ErrorCode::AuthorityAgencyMismatch:
        return tr("The agency certificate does not belong to the agency that issues the document.");
    case ErrorCode::AuthorityCopyAgencyMismatch:
        return tr("The copying agency on the stamp must be the certificate's agency.");
    case ErrorCode::AuthorityMainDocumentMissing:
        return tr("The attachment is not tied to a main document sealed by the same agency (give its number from the register or --main FILE).");
    case ErrorCode::ChangedAfterSigning:
        return tr("The document was changed after an earlier signature beyond adding signatures; it must not be signed on top of it.");
    case ErrorCode::ExistingSignatureUnreadable:
        return tr("A signature already in the document cannot be read; the document cannot be signed safely until that is explained.");
    case ErrorCode::BatchIncomplete: return tr("Some files of the batch were not signed; see the result of each file.");
    case ErrorCode::NoPdfInDirectory: return tr("The folder contains no PDF file to sign.");
    case ErrorCode::OutputNameClash: return tr("Two input files would be signed to the same output file; sign them into different folders.");
    }
    return tr("Internal error.");
}

QString Error::message() const
{
    const QString base = describe(m_code);
    if (m_detail.isEmpty())
        return base;
    return tr("%1 (%2)").arg(base, m_detail);
}

} // namespace kyso
