#include "common/SigningService.h"

#include "common/AuthorityCheck.h"
#include "common/Placement.h"

#include "core/CrashPoint.h"
#include "core/OutgoingBook.h"
#include "core/Register.h"
#include "core/Settings.h"
#include "core/SigningPolicy.h"
#include "pdf/PdfSigner.h"
#include "pdf/Revocation.h"
#include "pdf/SignatureBlockLocator.h"
#include "pdf/SignatureVerifier.h"
#include "pkcs11/TokenSession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QTimeZone>


namespace kyso {

struct PreparedSigning {
    SignRequest request;
    pdf::PdfSigner signer;
    pdf::SignOptions options;
    std::shared_ptr<pkcs11::TokenSession> session;
    QString sha256Before;
    int pages = 0;
    PlannedRelease release;
    pdf::DocumentFacts facts;
    AuthorityDecision authority;
};

namespace {

QString isoVietnam(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate);
}

} // namespace

SigningService::SigningService() = default;
SigningService::~SigningService() = default;

const CertificateInfo &SigningService::certificate() const
{
    return d->session->certificate();
}

QRectF SigningService::plannedRect() const
{
    return d->options.rect.value_or(QRectF());
}

void SigningService::overrideRect(const QRectF &rect)
{
    d->options.rect = rect;
}

int SigningService::plannedPage() const
{
    return d->options.page;
}

const PlannedRelease &SigningService::plannedRelease() const
{
    return d->release;
}

const pdf::DocumentFacts &SigningService::documentFacts() const
{
    return d->facts;
}

const AuthorityDecision &SigningService::authority() const
{
    return d->authority;
}

std::shared_ptr<pkcs11::TokenSession> SigningService::session() const
{
    return d ? d->session : nullptr;
}

Error SigningService::prepare(const SignRequest &req, QStringList &warnings, std::shared_ptr<pkcs11::TokenSession> session)
{
    d = std::make_unique<PreparedSigning>();
    d->request = req;
    pdf::SignOptions &o = d->options;
    o.outputPath = req.output;
    o.overwrite = req.overwrite;
    o.reason = req.reason;
    o.location = req.location;
    o.certifyPermission = req.certify;
    o.tsaUrl = req.tsaUrl;
    o.tsaOptional = req.tsaOptional;

    // 1. The file.
    if (Error e = d->signer.open(req.input))
        return e;
    d->pages = d->signer.pageCount();
    d->sha256Before = sha256OfFile(req.input);
    {
        // Page, image and output target before anything else.
        pdf::SignOptions pre = o;
        pre.page = req.page;
        pre.appearance.imagePath = req.role == SigningRole::Attachment || req.role == SigningRole::Copy ? QString() : req.imagePath;
        if (Error e = d->signer.check(pre))
            return e;
    }
    if (req.role == SigningRole::Copy && !isValidCopyForm(req.copyForm))
        return Error(ErrorCode::Usage, QCoreApplication::translate("SigningService", "a copy needs --copy-form \"SAO Y\", \"SAO LỤC\" or \"TRÍCH SAO\""));
    if (req.release.isSet() && (req.role != SigningRole::Agency || !req.book))
        return Error(ErrorCode::Usage, QCoreApplication::translate("SigningService", "a number and date are given at release, with the agency signature (--role agency)"));
    if (req.role == SigningRole::Attachment && req.docNumber.trimmed().isEmpty() && !req.mainDocument.isEmpty())
        d->request.docNumber = printedAuthority(pdf::readDocumentFacts(req.mainDocument)).documentNumber();
    if (req.role == SigningRole::Attachment && d->request.docNumber.trimmed().isEmpty())
        return Error(ErrorCode::Usage, QCoreApplication::translate("SigningService", "an attachment needs --doc-number"));

    // 2. The token and certificate (no login).
    pkcs11::SessionOptions so;
    so.modulePath = req.modulePath.isEmpty() ? Settings::defaultModulePath() : req.modulePath;
    so.token = req.token;
    so.certId = req.certId;
    Error error;
    d->session = session ? session : std::shared_ptr<pkcs11::TokenSession>(pkcs11::TokenSession::open(so, error));
    if (!d->session)
        return error;
    const CertificateInfo &cert = d->session->certificate();
    QString revocationWarning;

    // Revocation: a revoked certificate is refused; for B-LT the answers are
    // kept for the DSS.
    {
        QList<QByteArray> chain{cert.der};
        chain << d->session->chainDer();
        if (req.ltv || pdf::hasRevocationUrls(cert.der)) {
            pdf::RevocationData data;
            const pdf::RevocationResult rev = pdf::fetchRevocation(chain, data);
            if (rev.status == pdf::RevocationStatus::Revoked)
                return Error(ErrorCode::CertificateRevoked, QCoreApplication::translate("SigningService", "revoked on %1 (%2)")
                                                                .arg(isoVietnam(rev.revokedAt), rev.source));
            if (rev.status != pdf::RevocationStatus::Good) {
                if (req.ltv)
                    return Error(ErrorCode::NetworkFailed, QCoreApplication::translate("SigningService", "no revocation data for the long-term signature: %1").arg(rev.problem));
                revocationWarning = QCoreApplication::translate("SigningService", "the revocation status could not be checked: %1").arg(rev.problem);
            }
            if (req.ltv)
                o.dss = data;
        }
    }

    // 3. The authority rules against the signatures already in the file.
    pdf::SignatureVerifier verifier;
    for (const QString &pem : req.trustAnchors) {
        if (Error e = verifier.addTrustAnchors(pem))
            return e;
    }
    const pdf::VerificationReport existing = verifier.verify(req.input);
    PolicyInput in;
    in.role = req.role;
    in.certificate = cert;
    in.certificateKind = Settings::certificateKindOverride(cert.sha256Hex, classifyCertificate(cert));
    for (const pdf::SignatureReport &s : existing.signatures) {
        ExistingSignature es;
        es.valid = s.isValid();
        es.certSha256 = s.signer.sha256Hex;
        es.signerName = s.signer.commonName;
        es.kind = Settings::certificateKindOverride(s.signer.sha256Hex, classifyCertificate(s.signer));
        es.docMdpPermission = s.docMdpPermission;
        in.existing << es;
    }
    const PolicyDecision decision = evaluatePolicy(in);
    if (decision.refusal)
        return decision.refusal;
    warnings = decision.warnings;
    if (!revocationWarning.isEmpty())
        warnings << revocationWarning;
    if (req.release.isSet()) {
        // The clerk's release step: number and date into the draft's blanks.
        QString personal;
        for (const pdf::SignatureReport &s : existing.signatures) {
            if (s.isValid() && Settings::certificateKindOverride(s.signer.sha256Hex, classifyCertificate(s.signer)) == CertificateKind::Personal)
                personal = s.signer.commonName;
        }
        if (Error e = planRelease(req.input, req.release, cert, personal, *req.book, d->release))
            return e;
        o.releaseStamps = d->release.stamps;
    }

    // 3b. The authority printed in the document against the certificate.
    d->facts = pdf::readDocumentFacts(req.input);
    d->authority = checkAuthority(d->request, cert, d->facts, req.registerPath.isEmpty() ? Register::defaultPath() : req.registerPath);
    if (d->authority.refusal)
        return d->authority.refusal;
    warnings << d->authority.warnings;

    // 4. Appearance and placement.
    PlacementInput place;
    place.request = &d->request;
    place.certificate = cert;
    place.pages = d->pages;
    place.existing = &existing;
    const int blockIndex = d->authority.blockIndex;
    place.block = blockIndex >= 0 && blockIndex < d->facts.blocks.size() ? &d->facts.blocks[blockIndex] : nullptr;
    place.stampAgency = d->authority.record.agency;
    place.now = QDateTime::currentDateTimeUtc();
    if (Error e = planPlacement(place, o))
        return e;
    if (req.role == SigningRole::Agency && !req.rect && o.rect) {
        // The widget /Rect is in user space; placements are in the visible page.
        o.rect = o.rect->translated(-d->signer.visibleBox(o.page).topLeft());
    }
    if (o.page == 0)
        o.page = d->pages;
    // PDF/A: the update leaves /Info and the XMP metadata as they are (their
    // dates stay in step); only PDF/A-1 forbids a transparent image.
    const QString pdfa = d->signer.pdfaClaim();
    if (pdfa.startsWith(QLatin1Char('1')) && !o.appearance.imagePath.isEmpty()
        && QImageReader(o.appearance.imagePath).read().hasAlphaChannel())
        warnings << QCoreApplication::translate("SigningService", "the document claims PDF/A-%1, which forbids transparency: with this transparent image the signed file no longer conforms to PDF/A-1 (a JPEG or a PNG without transparency keeps it)").arg(pdfa);
    // --certify 2 allows form filling and signing only: the seal's empty field
    // is made now, so the agency signature fills it instead of adding one.
    if (req.certify == 2 && req.role == SigningRole::Personal && o.rect)
        o.emptyFields << pdf::PreparedField{QStringLiteral("KySo_Seal1"), pdf::sealRect(*o.rect, req.sealDiameterMm)};
    return d->signer.check(o);
}

Error SigningService::sign(pkcs11::PinProvider &pins, Register &reg, pdf::SignResult &result)
{
    const SignRequest &req = d->request;
    pkcs11::TokenSession &session = *d->session;

    Error loginError = session.isLoggedIn() ? Error() : session.login(pins);
    if (Error e = loginError) {
        // Token events go to the register; never the PIN.
        const char *event = nullptr;
        switch (e.code()) {
        case ErrorCode::PinIncorrect: event = "wrong-pin"; break;
        case ErrorCode::PinLocked: event = "pin-locked"; break;
        case ErrorCode::PinFinalTryNotConfirmed: event = "final-try-refused"; break;
        case ErrorCode::TokenRemoved: event = "token-removed"; break;
        default: break;
        }
        if (event)
            reg.addTokenEvent(TokenEvent{{}, session.tokenSerial(), session.tokenLabel(), QLatin1String(event), e.detail()});
        return e;
    }
    Error error;
    std::unique_ptr<SigningKey> key = session.signingKey(error);
    if (!key)
        return error;

    const CertificateInfo &cert = session.certificate();
    SignatureRecord record;
    record.document = QFileInfo(req.input).absoluteFilePath();
    record.output = QFileInfo(req.output).absoluteFilePath();
    record.sha256Before = d->sha256Before;
    record.pages = d->pages;
    record.role = QLatin1String(roleName(req.role));
    record.signerName = cert.commonName;
    record.signerSubject = cert.subject;
    record.certSerial = cert.serialHex;
    record.certIssuer = cert.issuer;
    record.certSha256 = cert.sha256Hex;
    record.tokenSerial = session.tokenSerial();
    // Typed, else as printed in the document, else the certificate's.
    record.hasAuthority = true;
    record.authority = d->authority.record;
    record.capacity = record.authority.capacity;
    record.title = record.authority.title;
    record.agency = record.authority.agency;
    record.reason = req.reason;
    if (!d->release.stamps.isEmpty())
        record.docNumber = d->release.entry.numberAndSymbol();
    else
        record.docNumber = req.docNumber.isEmpty() ? record.authority.documentNumber : req.docNumber;
    // Recorded before anything is written: a signed file is never unrecorded.
    const qint64 id = reg.beginSignature(record, error);
    if (!id)
        return error;
    if (!d->release.stamps.isEmpty()) {
        // The number is taken in the book with the attempt (checked again here).
        d->release.entry.signatureId = id;
        qint64 bookId = 0;
        if (Error e = OutgoingBook(reg).add(d->release.entry, bookId)) {
            reg.completeSignature(id, false, QString(), e.message());
            return e;
        }
    }
    crashPoint("before-output");
    Error signError = d->signer.sign(*key, d->options, result);
    if (!signError)
        crashPoint("after-output");
    const Error regError = reg.completeSignature(id, !signError, signError ? QString() : sha256OfFile(req.output),
                                                 signError ? signError.message() : QString());
    if (signError)
        return signError;
    return regError;
}

} // namespace kyso
