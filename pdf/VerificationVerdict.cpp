#include "pdf/VerificationVerdict.h"

#include "pdf/VerificationReport.h"

#include <QCoreApplication>

namespace kyso::pdf {

namespace {

QString signerName(const SignatureReport &s)
{
    return s.signer.commonName.isEmpty() ? s.fieldName : s.signer.commonName;
}

} // namespace

QString invalidReason(const SignatureReport &s)
{
    if (s.isValid())
        return {};
    if (s.integrity == Integrity::Malformed || s.integrity == Integrity::Unsupported)
        return QCoreApplication::translate("VerificationVerdict", "the signature cannot be read");
    if (s.integrity == Integrity::Modified)
        return QCoreApplication::translate("VerificationVerdict", "the signed content was changed after signing");
    if (s.changesExceedPermission())
        return s.changes.changesAfter == ChangeClass::Other
            ? QCoreApplication::translate("VerificationVerdict", "the document was changed after signing: what is displayed is not what was signed")
            : QCoreApplication::translate("VerificationVerdict", "the document was changed after signing more than its certification allows");
    if (s.revokedBeforeSigning())
        return QCoreApplication::translate("VerificationVerdict", "the signer's certificate was revoked");
    if (!s.certificateValidAtSigningTime)
        return QCoreApplication::translate("VerificationVerdict", "the signer's certificate was not valid at the signing time");
    if (s.trust == Trust::NoTrustAnchors)
        return QCoreApplication::translate("VerificationVerdict", "no root certificate of a trusted CA is set up in KySo, so no signature can be confirmed (ask IT to set up the CA's root certificate)");
    if (s.trust != Trust::Trusted)
        return QCoreApplication::translate("VerificationVerdict", "the signer's certificate does not come from a trusted CA");
    if (s.timeStamp.present && !s.timeStamp.valid)
        return QCoreApplication::translate("VerificationVerdict", "the time-stamp of the signature is not valid");
    return QCoreApplication::translate("VerificationVerdict", "the signature is not valid");
}

int VerificationVerdict::firstMarkedPage() const
{
    for (const VerdictMark &m : marks) {
        if (m.problem)
            return m.page;
    }
    return marks.isEmpty() ? 0 : marks.first().page;
}

VerificationVerdict verdictFor(const VerificationReport &report)
{
    VerificationVerdict v;
    if (report.readError) {
        v.level = VerificationVerdict::Level::Unreadable;
        v.headline = QCoreApplication::translate("VerificationVerdict", "This file cannot be checked: %1").arg(readErrorText(report.readError));
        v.advice = QCoreApplication::translate("VerificationVerdict", "Ask the sender for the file again.");
        return v;
    }
    const int total = int(report.signatures.size());
    if (total == 0) {
        v.level = VerificationVerdict::Level::NoSignatures;
        v.headline = QCoreApplication::translate("VerificationVerdict", "This document has no digital signature.");
        v.advice = QCoreApplication::translate("VerificationVerdict", "It cannot be relied on as a signed document.");
        return v;
    }
    int invalid = 0;
    bool changed = false;
    const SignatureReport *firstInvalid = nullptr;
    for (const SignatureReport &s : report.signatures) {
        if (!s.isValid()) {
            ++invalid;
            if (!firstInvalid)
                firstInvalid = &s;
        }
        if (s.changes.changesAfter > ChangeClass::Signatures)
            changed = true;
        if (s.page > 0) {
            VerdictMark m;
            m.page = s.page;
            m.rect = s.widgetRect;
            m.problem = !s.isValid();
            m.label = s.isValid() ? QCoreApplication::translate("VerificationVerdict", "Signature of %1: valid").arg(signerName(s))
                                  : QCoreApplication::translate("VerificationVerdict", "Signature of %1: NOT valid").arg(signerName(s));
            v.marks << m;
        }
    }
    // What changed after the first signature covers what changed after every
    // later one; each change is listed once.
    QList<QString> seen;
    for (const SignatureReport &s : report.signatures) {
        for (const RevisionChange &c : s.changes.changes) {
            const QString key = c.text() + QString::number(c.revision);
            if (c.page <= 0 || seen.contains(key))
                continue;
            seen << key;
            v.marks << VerdictMark{c.page, c.rect, true, c.text()};
        }
    }
    if (invalid > 0) {
        v.level = VerificationVerdict::Level::Invalid;
        v.headline = total == 1
            ? QCoreApplication::translate("VerificationVerdict", "The signature is NOT valid: %1.").arg(invalidReason(*firstInvalid))
            : QCoreApplication::translate("VerificationVerdict", "%1 of %2 signatures are NOT valid (%3: %4).")
                  .arg(invalid)
                  .arg(total)
                  .arg(signerName(*firstInvalid), invalidReason(*firstInvalid));
        v.advice = QCoreApplication::translate("VerificationVerdict", "Do not rely on this document. Ask the sender for the original signed file.");
    } else if (changed) {
        v.level = VerificationVerdict::Level::ValidWithChanges;
        v.headline = QCoreApplication::translate("VerificationVerdict", "The signatures are valid, but annotations or form fields were changed after signing.");
        v.advice = QCoreApplication::translate("VerificationVerdict", "The marked places are not part of what was signed; read the document without them.");
    } else {
        v.level = VerificationVerdict::Level::Valid;
        v.headline = QCoreApplication::translate("VerificationVerdict", "%n signature(s), all valid: the document has not been changed since it was signed.", nullptr, total);
        v.advice = QCoreApplication::translate("VerificationVerdict", "Valid means: the signer's certificate comes from a trusted CA and was valid when signing.");
    }
    return v;
}

} // namespace kyso::pdf
