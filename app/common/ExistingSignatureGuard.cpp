#include "common/ExistingSignatureGuard.h"

#include <QCoreApplication>

namespace kyso {

namespace {

QString signerOf(const pdf::SignatureReport &s)
{
    return s.signer.commonName.isEmpty() ? s.fieldName : QStringLiteral("%1, %2").arg(s.fieldName, s.signer.commonName);
}

// Without a certification only signatures may follow a signature; a
// certification allows what its P says, explicitly.
bool changesAccepted(const pdf::SignatureReport &s)
{
    if (s.changes.changesAfter <= pdf::ChangeClass::Signatures)
        return !(s.governingDocMdp == 1 && s.changes.signatureAddedAfter);
    if (s.governingDocMdp <= 0)
        return false;
    return !s.changes.exceeds(s.governingDocMdp);
}

} // namespace

Error checkExistingSignatures(const pdf::VerificationReport &existing)
{
    if (existing.readError)
        return Error(ErrorCode::ExistingSignatureUnreadable, existing.readError.message());
    for (const pdf::SignatureReport &s : existing.signatures) {
        if (s.integrity == pdf::Integrity::Malformed)
            return Error(ErrorCode::ExistingSignatureUnreadable, QStringLiteral("%1: %2").arg(signerOf(s), s.integrityDetail));
    }
    QStringList lines;
    for (const pdf::SignatureReport &s : existing.signatures) {
        if (changesAccepted(s))
            continue;
        QStringList what;
        for (const pdf::RevisionChange &c : s.changes.changes)
            what << c.text();
        if (what.isEmpty())
            what << pdf::changeClassText(s.changes.changesAfter);
        lines << QCoreApplication::translate("ExistingSignatureGuard", "after the signature %1: %2").arg(signerOf(s), what.join(QStringLiteral("; ")));
    }
    if (!lines.isEmpty())
        return Error(ErrorCode::ChangedAfterSigning, lines.join(QStringLiteral(" | ")));
    return {};
}

} // namespace kyso
