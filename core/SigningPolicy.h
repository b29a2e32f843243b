#pragma once

#include "core/CertificateInfo.h"
#include "core/Error.h"
#include "core/Lifecycle.h"
#include "core/SigningRole.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace kyso {

// A signature already in the document, as the verifier saw it.
struct ExistingSignature {
    bool valid = false;         // intact and trusted, certificate valid at signing time
    QString certSha256;
    QString signerName;
    CertificateKind kind = CertificateKind::Personal;
    int docMdpPermission = 0;   // 1..3 for a certification signature, 0 otherwise
};

struct PolicyInput {
    SigningRole role = SigningRole::Personal;
    CertificateInfo certificate;
    CertificateKind certificateKind = CertificateKind::Personal;
    QList<ExistingSignature> existing;
    QDateTime now;              // UTC; default: current time
    // What the register knows (renewed before, revocation filed, profile):
    // the expiry warning is the lifecycle advice for these facts.
    LifecycleFacts lifecycle;
};

struct PolicyDecision {
    Error refusal;              // set when signing must not go ahead
    QStringList warnings;       // translated, one line each
};

// The authority rules of domain.md §2–§3: agency signature only over a valid
// personal one (except copies), certificate type must match the role,
// certificate valid now, no change allowed by a DocMDP P=1 certification;
// warnings at 60 and 30 days before expiry and when the same certificate
// already signed the document.
PolicyDecision evaluatePolicy(const PolicyInput &input);

} // namespace kyso
