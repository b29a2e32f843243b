#pragma once

#include "core/AuthorityRules.h"
#include "core/CertificateInfo.h"
#include "core/Deadline.h"
#include "core/Error.h"
#include "core/SigningRole.h"
#include "common/ReleaseStep.h"
#include "pdf/DocumentFacts.h"
#include "pdf/PdfSigner.h"
#include "pkcs11/PinProvider.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace kyso {

class Register;
namespace pkcs11 {
class TokenSession;
}
namespace pdf {
struct VerificationReport;
}

// Everything one signing needs; the CLI fills it from options and a profile,
// the GUI from its forms.
struct SignRequest {
    QString input;
    QString output;
    bool overwrite = false;
    SigningRole role = SigningRole::Personal;
    QString modulePath;
    QString token;
    QByteArray certId;
    int page = 0;                  // 0: automatic (last page, or page 1 for stamps)
    std::optional<QRectF> rect;    // explicit position overrides automatic placement
    bool manualPlacement = false;  // GUI: no block found is not an error at prepare; the user draws the box
    QString imagePath;
    bool withText = false;         // add the "Ký bởi / Thời gian ký" text lines to an image
    QString reason, location;
    QString docNumber;             // attachment stamp
    QString copyForm;              // SAO Y / SAO LỤC / TRÍCH SAO
    QString signerName;            // name printed in the signature block (default: certificate CN)
    QString title;                 // e.g. PHÓ CHỦ TỊCH
    QString capacity;              // KT. / TM. / ...
    QString agency;                // e.g. ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
    double sealDiameterMm = 36.0;
    QStringList trustAnchors;      // PEM files for checking the existing signatures
    int certify = 0;               // 1..3: certification signature with DocMDP permission P
    QString tsaUrl;                // RFC 3161 time-stamp server (PAdES B-T); empty: none
    bool tsaOptional = false;      // sign without a time-stamp when the server fails (explicit choice)
    bool ltv = false;              // embed OCSP/CRL data in a DSS (PAdES B-LT); needs tsaUrl
    QStringList intermediates;     // extra intermediate CA files (besides the trust/intermediates setting)
    QStringList tsaTrustAnchors;   // TSA anchors (besides tsa/trust); none at all: the trust anchors
    ReleaseRequest release;        // agency role: number and date written at release (issue 12)
    Register *book = nullptr;      // the register whose outgoing book numbers the release
    Register *openRegister = nullptr; // the register, already open on this thread, for the lifecycle
                                      // checks (else prepare() opens it for them)
    QString overrideAuthority;     // reason for an IT-approved exception to the authority rules
    QString mainDocument;          // attachment: the sealed main document (--main FILE)
    QString registerPath;          // attachment by number: the register to look in (default: Register::defaultPath())
};

struct PreparedSigning;

// The signing workflow shared by the CLI and the GUI: checks without the
// token's PIN first (files, certificate, authority rules, placement), then
// one login, the register record, the signature and the completed record.
class SigningService
{
public:
    SigningService();
    ~SigningService();

    // No PIN is asked here. Returns warnings (expiry, same signer) on success.
    // A batch passes the session of its first file so that the token is
    // opened, and logged in, once.
    Error prepare(const SignRequest &request, QStringList &warnings,
                  std::shared_ptr<pkcs11::TokenSession> session = nullptr);
    std::shared_ptr<pkcs11::TokenSession> session() const;
    const CertificateInfo &certificate() const;
    QRectF plannedRect() const;
    // The user moved the box in the preview, or drew one by hand (on any
    // page); sign() checks it against that page.
    void overridePlacement(int page, const QRectF &rect);
    int plannedPage() const;
    // With request.manualPlacement: no signature block was found, so no box
    // is planned; sign() refuses (BlockNotFound) until overridePlacement().
    bool needsPlacement() const;
    // The release planned by prepare() (empty stamps when no release step).
    const PlannedRelease &plannedRelease() const;
    // What the document says (header, blocks) and the authority decision,
    // for showing next to the certificate before the PIN.
    const pdf::DocumentFacts &documentFacts() const;
    const AuthorityDecision &authority() const;

    // Login unless the session is logged in already (the PinProvider is
    // asked at most once), record, sign, complete the record.
    Error sign(pkcs11::PinProvider &pins, Register &reg, pdf::SignResult &result);
    // Drops this service's hold on the token session: the last holder logs
    // out and unloads the module (libp11 keeps a copy of the PIN meanwhile).
    void releaseToken();

    // Evidence that was refused while signing (forged or stale OCSP/CRL
    // answers ignored), to be shown as warnings.
    QStringList evidenceNotes() const;

private:
    Error openFileAndCheckRequest(const SignRequest &req);
    Error openToken(const SignRequest &req, std::shared_ptr<pkcs11::TokenSession> session,
                    std::unique_ptr<Register> &ownRegister, Register *&lifecycleRegister);
    Error verifyExistingSignatures(const SignRequest &req, const Deadline &deadline, pdf::VerificationReport &existing);
    Error planAppearance(const SignRequest &req, const pdf::VerificationReport &existing, QStringList &warnings);
    Error completeChain(const SignRequest &req, const Deadline &deadline, QStringList &warnings);
    Error checkOwnRevocation(const SignRequest &req, const Deadline &deadline, QStringList &warnings);
    void planEvidence(const SignRequest &req);

    std::unique_ptr<PreparedSigning> d;
};

} // namespace kyso
