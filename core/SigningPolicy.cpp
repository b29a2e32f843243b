#include "core/SigningPolicy.h"

#include <QCoreApplication>

namespace kyso {

PolicyDecision evaluatePolicy(const PolicyInput &in)
{
    PolicyDecision d;
    const QDateTime now = in.now.isValid() ? in.now : QDateTime::currentDateTimeUtc();
    const CertificateInfo &cert = in.certificate;

    if (now > cert.notAfter) {
        d.refusal = Error(ErrorCode::CertificateExpired, QCoreApplication::translate("SigningPolicy", "%1 expired on %2")
                                                             .arg(cert.commonName, cert.notAfter.toString(Qt::ISODate)));
        return d;
    }
    if (now < cert.notBefore) {
        d.refusal = Error(ErrorCode::CertificateNotYetValid, QCoreApplication::translate("SigningPolicy", "%1 is valid from %2")
                                                                 .arg(cert.commonName, cert.notBefore.toString(Qt::ISODate)));
        return d;
    }
    for (const ExistingSignature &s : in.existing) {
        if (s.docMdpPermission == 1) {
            d.refusal = Error(ErrorCode::DocumentLocked,
                              QCoreApplication::translate("SigningPolicy", "certified by %1 with no changes allowed").arg(s.signerName));
            return d;
        }
    }
    const bool agencyRole = roleNeedsAgencyCertificate(in.role);
    if (agencyRole && in.certificateKind != CertificateKind::Agency) {
        d.refusal = Error(ErrorCode::WrongCertificateType,
                          QCoreApplication::translate("SigningPolicy", "%1 is a personal certificate; the %2 needs the agency certificate")
                              .arg(cert.commonName, roleLabel(in.role)));
        return d;
    }
    if (!agencyRole && in.certificateKind != CertificateKind::Personal) {
        d.refusal = Error(ErrorCode::WrongCertificateType,
                          QCoreApplication::translate("SigningPolicy", "%1 is an agency certificate; the %2 needs a personal certificate")
                              .arg(cert.commonName, roleLabel(in.role)));
        return d;
    }
    if (in.role == SigningRole::Agency) {
        bool personalOk = false;
        for (const ExistingSignature &s : in.existing)
            personalOk = personalOk || (s.valid && s.kind == CertificateKind::Personal);
        if (!personalOk) {
            d.refusal = Error(ErrorCode::PersonalSignatureMissing);
            return d;
        }
    }

    // Expiry and the rest of the lifecycle: what to file, where, by when.
    LifecycleFacts facts = in.lifecycle;
    facts.certificate = cert;
    facts.kind = in.certificateKind;
    facts.now = now;
    const LifecycleAdvice advice = adviseLifecycle(facts);
    if (advice.action != LifecycleAction::None)
        d.warnings << advice.text();
    for (const ExistingSignature &s : in.existing) {
        if (!s.certSha256.isEmpty() && s.certSha256 == cert.sha256Hex) {
            d.warnings << QCoreApplication::translate("SigningPolicy", "This certificate has already signed the document.");
            break;
        }
    }
    return d;
}

} // namespace kyso
