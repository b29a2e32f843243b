#include "common/SigningService.h"

#include "common/AuthorityCheck.h"
#include "common/Placement.h"
#include "common/ExistingSignatureGuard.h"

#include "core/CrashPoint.h"
#include "core/LifecycleRecords.h"
#include "core/OutgoingBook.h"
#include "core/Register.h"
#include "core/RegisterChain.h"
#include "core/Settings.h"
#include "core/SigningPolicy.h"
#include "pdf/ChainBuilder.h"
#include "pdf/ImageInfo.h"
#include "pdf/LtvCollector.h"
#include "pdf/PdfSigner.h"
#include "pdf/Revocation.h"
#include "pdf/TimeStamp.h"
#include "pdf/SignatureBlockLocator.h"
#include "pdf/SignatureVerifier.h"
#include "pkcs11/TokenSession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>


namespace kyso {

struct PreparedSigning {
    SignRequest request;
    pdf::PdfSigner signer;
    pdf::SignOptions options;
    std::shared_ptr<pkcs11::TokenSession> session;
    QString sha256Before;
    int pages = 0;
    QList<QByteArray> signerPath;       // completed chain, signer first
    pdf::ChainSources tsaTrust;         // for the time-stamp authority's path
    QList<QByteArray> tsaPath;          // set when a time-stamp verified
    std::unique_ptr<Deadline> signingDeadline; // network budget after the PIN (TSA checks, B-LT data)
    QStringList notes;                  // refused evidence, reported as warnings
    PlannedRelease release;
    pdf::DocumentFacts facts;
    AuthorityDecision authority;
    Error placementMissing;             // manual placement: no block, no box drawn yet
    bool placementOverridden = false;   // the box was moved or drawn: checked again at sign()
};

namespace {

QString isoVietnam(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate);
}

// The token's key with the completed chain: the CMS carries the whole path.
class ChainedKey : public SigningKey
{
public:
    ChainedKey(std::unique_ptr<SigningKey> key, QList<QByteArray> chain) : m_key(std::move(key)), m_chain(std::move(chain)) {}
    QByteArray certificateDer() const override { return m_key->certificateDer(); }
    QList<QByteArray> chainDer() const override { return m_chain; }
    Error signSha256(const QByteArray &data, QByteArray &signature) override { return m_key->signSha256(data, signature); }

private:
    std::unique_ptr<SigningKey> m_key;
    QList<QByteArray> m_chain;
};

// What the signing policy weighs: the role, the certificate and what the
// register knows of it, and the signatures already in the file.
PolicyInput policyInput(const SignRequest &req, const pkcs11::TokenSession &session, const Register *lifecycleRegister,
                        const pdf::VerificationReport &existing)
{
    const CertificateInfo &cert = session.certificate();
    PolicyInput in;
    in.role = req.role;
    in.certificate = cert;
    in.certificateKind = Settings::certificateKindOverride(cert.sha256Hex, classifyCertificate(cert));
    in.lifecycle = lifecycleFacts(lifecycleRegister, cert, in.certificateKind, false, session.tokenSerial(),
                                  QString::fromLatin1(req.certId.toHex()));
    for (const pdf::SignatureReport &s : existing.signatures) {
        ExistingSignature es;
        es.valid = s.isValid();
        es.certSha256 = s.signer.sha256Hex;
        es.signerName = s.signer.commonName;
        es.kind = Settings::certificateKindOverride(s.signer.sha256Hex, classifyCertificate(s.signer));
        es.docMdpPermission = s.docMdpPermission;
        in.existing << es;
    }
    return in;
}

// Before the login: a box is needed (no block found, none drawn), or the box
// was moved or drawn by hand and is checked against its page.
Error checkPlacement(const PreparedSigning &p)
{
    if (p.placementMissing)
        return p.placementMissing;
    return p.placementOverridden ? p.signer.check(p.options) : Error();
}

// The draft's signer for the release: the last valid personal signature's.
QString personalSigner(const pdf::VerificationReport &existing)
{
    QString personal;
    for (const pdf::SignatureReport &s : existing.signatures) {
        if (s.isValid() && Settings::certificateKindOverride(s.signer.sha256Hex, classifyCertificate(s.signer)) == CertificateKind::Personal)
            personal = s.signer.commonName;
    }
    return personal;
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

void SigningService::overridePlacement(int page, const QRectF &rect)
{
    if (page > 0)
        d->options.page = page;
    d->options.rect = rect;
    d->placementMissing = Error();
    d->placementOverridden = true;
}

bool SigningService::needsPlacement() const
{
    return d && d->placementMissing;
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

QStringList SigningService::evidenceNotes() const
{
    return d ? d->notes : QStringList();
}

// The signer's path: token certificates, the intermediates store, AIA.
Error SigningService::completeChain(const SignRequest &req, const Deadline &deadline, QStringList &warnings)
{
    if (req.ltv && req.tsaUrl.isEmpty())
        return Error(ErrorCode::Usage, QCoreApplication::translate("SigningService", "a long-term signature (--ltv, PAdES B-LT) needs a time-stamp: give --tsa URL or set tsa/url"));
    if (req.ltv && req.tsaOptional)
        return Error(ErrorCode::Usage, QCoreApplication::translate("SigningService", "--ltv needs the time-stamp and cannot be combined with --tsa-optional"));
    pdf::ChainSources src;
    if (Error e = pdf::loadCertificateFiles(req.trustAnchors, src.anchors))
        return e;
    if (Error e = pdf::loadCertificateFiles(Settings::intermediateFiles() + req.intermediates, src.intermediates))
        return e;
    src.candidates = d->session->chainDer();
    src.cacheDir = Settings::dataDir();
    src.deadline = &deadline;
    const pdf::ChainResult chain = pdf::buildChain(d->session->certificate().der, src);
    d->signerPath = chain.path;
    if (!chain.reachesAnchor && !src.anchors.isEmpty())
        warnings << QCoreApplication::translate("SigningService", "the certificate chain does not reach a trust anchor: %1").arg(chain.problem);
    QList<QByteArray> tsaAnchors;
    if (Error e = pdf::loadCertificateFiles(Settings::tsaTrustAnchorFiles() + req.tsaTrustAnchors, tsaAnchors))
        return e;
    d->tsaTrust = src;
    d->tsaTrust.candidates.clear();
    d->tsaTrust.deadline = nullptr;
    if (!tsaAnchors.isEmpty())
        d->tsaTrust.anchors = tsaAnchors;
    return {};
}

// A revoked certificate is refused; answers that fail authentication are ignored and reported.
Error SigningService::checkOwnRevocation(const SignRequest &req, const Deadline &deadline, QStringList &warnings)
{
    const CertificateInfo &cert = d->session->certificate();
    if (!pdf::hasRevocationUrls(cert.der) && !req.ltv)
        return {};
    pdf::RevocationResult rev;
    if (d->signerPath.size() >= 2) {
        pdf::RevocationData data;
        rev = pdf::fetchCertificateStatus(d->signerPath[0], d->signerPath[1], data, deadline);
    } else {
        rev.problem = QCoreApplication::translate("SigningService", "the issuer's certificate was not found");
    }
    for (const QString &why : rev.refused)
        warnings << QCoreApplication::translate("SigningService", "revocation answer not trusted and ignored: %1").arg(why);
    const QString refused = rev.refused.isEmpty() ? QString()
        : QStringLiteral("; ") + QCoreApplication::translate("SigningService", "not trusted and ignored: %1").arg(rev.refused.join(QStringLiteral("; ")));
    if (rev.status == pdf::RevocationStatus::Revoked)
        return Error(ErrorCode::CertificateRevoked, QCoreApplication::translate("SigningService", "revoked on %1 (%2)")
                                                        .arg(isoVietnam(rev.revokedAt), rev.source) + refused);
    if (rev.status == pdf::RevocationStatus::Good)
        return {};
    if (req.ltv) {
        const ErrorCode code = !rev.refused.isEmpty() ? ErrorCode::RevocationUnauthenticated
            : rev.unreachable                         ? ErrorCode::NetworkFailed
                                                      : ErrorCode::RevocationMissing;
        return Error(code, QCoreApplication::translate("SigningService", "no revocation data for the long-term signature: %1").arg(rev.problem) + refused);
    }
    warnings << QCoreApplication::translate("SigningService", "the revocation status could not be checked: %1").arg(rev.problem);
    return {};
}

// What happens after the PIN: the time-stamp is verified before it is
// embedded, and B-LT data are gathered right after it.
void SigningService::planEvidence(const SignRequest &req)
{
    PreparedSigning *p = d.get();
    if (!req.tsaUrl.isEmpty()) {
        d->options.checkTimeStamp = [p](const QByteArray &token, const QByteArray &digest) {
            pdf::ChainSources trust = p->tsaTrust;
            trust.deadline = p->signingDeadline.get();
            return pdf::verifyTimeStampToken(token, digest, trust, &p->tsaPath);
        };
    }
    if (req.ltv) {
        d->options.collectValidationData = [p](pdf::RevocationData &dss) {
            return pdf::collectValidationData(p->signerPath, p->tsaPath, *p->signingDeadline, dss, p->notes);
        };
    }
}

// The file, then what the role needs from the request.
Error SigningService::openFileAndCheckRequest(const SignRequest &req)
{
    if (Error e = d->signer.open(req.input))
        return e;
    d->pages = d->signer.pageCount();
    d->sha256Before = d->signer.inputSha256();
    {
        // Page, image and output target before anything else.
        pdf::SignOptions pre = d->options;
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
    return {};
}

// The token's session (a batch's shared one, else a new one) and the
// certificate, without a login.
Error SigningService::openToken(const SignRequest &req, std::shared_ptr<pkcs11::TokenSession> session,
                                std::unique_ptr<Register> &ownRegister, Register *&lifecycleRegister)
{
    pkcs11::SessionOptions so;
    so.modulePath = req.modulePath.isEmpty() ? Settings::defaultModulePath() : req.modulePath;
    so.token = req.token;
    so.certId = req.certId;
    Error error;
    d->session = session ? session : std::shared_ptr<pkcs11::TokenSession>(pkcs11::TokenSession::open(so, error));
    if (!d->session)
        return error;
    // Lifecycle (regulation arts. 4-5): a revocation filed or reported
    // before takes effect here, before any PIN; the register's facts shape
    // the expiry advice.
    lifecycleRegister = req.openRegister;
    if (!lifecycleRegister) {
        Error regError;
        ownRegister = Register::open(Register::defaultPath(), regError);
        lifecycleRegister = ownRegister.get();
    }
    if (lifecycleRegister) {
        if (Error e = refuseIfRevokedLocally(*lifecycleRegister, d->session->certificate()))
            return e;
    }
    return {};
}

// The signatures already in the file, checked with the request's trust
// anchors and intermediates.
Error SigningService::verifyExistingSignatures(const SignRequest &req, const Deadline &deadline,
                                               pdf::VerificationReport &existing)
{
    pdf::SignatureVerifier verifier;
    for (const QString &pem : req.trustAnchors) {
        if (Error e = verifier.addTrustAnchors(pem))
            return e;
    }
    for (const QString &file : Settings::intermediateFiles() + req.intermediates) {
        if (Error e = verifier.addIntermediates(file))
            return e;
    }
    verifier.setCacheDir(Settings::dataDir());
    verifier.setDeadline(&deadline);
    verifier.setOnline(req.role == SigningRole::Agency);
    // On the document the signer parsed: one parse per signing.
    existing = verifier.verify(req.input, *d->signer.document(), d->signer.pageTree());
    return checkExistingSignatures(existing);
}

// Where the signature goes and how it looks, and what PDF/A and --certify 2
// ask of them.
Error SigningService::planAppearance(const SignRequest &req, const pdf::VerificationReport &existing, QStringList &warnings)
{
    pdf::SignOptions &o = d->options;
    PlacementInput place;
    place.request = &d->request;
    place.certificate = d->session->certificate();
    place.pages = d->pages;
    place.existing = &existing;
    const int blockIndex = d->authority.blockIndex;
    place.block = blockIndex >= 0 && blockIndex < d->facts.blocks.size() ? &d->facts.blocks[blockIndex] : nullptr;
    place.stampAgency = d->authority.record.agency;
    place.now = QDateTime::currentDateTimeUtc();
    place.signer = &d->signer;
    if (Error e = planPlacement(place, o)) {
        // Without a block the GUI lets the user draw the box (on any page).
        if (e.code() != ErrorCode::BlockNotFound || !req.manualPlacement)
            return e;
        d->placementMissing = e;
        o.rect.reset();
    }
    if (o.page == 0)
        o.page = d->pages;
    // PDF/A: the update leaves /Info and the XMP metadata as they are (their
    // dates stay in step); only PDF/A-1 forbids a transparent image.
    const QString pdfa = d->signer.pdfaClaim();
    if (pdfa.startsWith(QLatin1Char('1')) && !o.appearance.imagePath.isEmpty()
        && pdf::readImageInfo(o.appearance.imagePath).transparent)
        warnings << QCoreApplication::translate("SigningService", "the document claims PDF/A-%1, which forbids transparency: with this transparent image the signed file no longer conforms to PDF/A-1 (a JPEG or a PNG without transparency keeps it)").arg(pdfa);
    // --certify 2 allows form filling and signing only: the seal's empty field
    // is made now, so the agency signature fills it instead of adding one.
    if (req.certify == 2 && req.role == SigningRole::Personal && o.rect)
        o.emptyFields << pdf::PreparedField{QStringLiteral("KySo_Seal1"), pdf::sealRect(*o.rect, req.sealDiameterMm)};
    return {};
}

Error SigningService::prepare(const SignRequest &req, QStringList &warnings, std::shared_ptr<pkcs11::TokenSession> session)
{
    d = std::make_unique<PreparedSigning>();
    d->request = req;
    d->request.openRegister = nullptr; // only for prepare(): not kept
    pdf::SignOptions &o = d->options;
    o.outputPath = req.output;
    o.overwrite = req.overwrite;
    o.reason = req.reason;
    o.location = req.location;
    o.certifyPermission = req.certify;
    o.tsaUrl = req.tsaUrl;
    o.tsaOptional = req.tsaOptional;

    // 1. The file.
    if (Error e = openFileAndCheckRequest(req))
        return e;

    // 2. The token and certificate (no login).
    std::unique_ptr<Register> ownRegister;
    Register *lifecycleRegister = nullptr;
    if (Error e = openToken(req, std::move(session), ownRegister, lifecycleRegister))
        return e;
    const CertificateInfo &cert = d->session->certificate();
    QStringList evidenceWarnings;
    // All network work before the PIN shares one deadline.
    const Deadline deadline;
    if (Error e = completeChain(req, deadline, evidenceWarnings))
        return e;
    if (Error e = checkOwnRevocation(req, deadline, evidenceWarnings)) {
        if (e.code() == ErrorCode::CertificateRevoked && lifecycleRegister) // remembered: refused later even offline
            noteRevocationReported(*lifecycleRegister, cert, QDateTime::currentDateTimeUtc(), e.detail());
        return e;
    }

    // 3. The authority rules against the signatures already in the file;
    //    only the seal needs their revocation status (online).
    pdf::VerificationReport existing;
    if (Error e = verifyExistingSignatures(req, deadline, existing))
        return e;
    const PolicyDecision decision = evaluatePolicy(policyInput(req, *d->session, lifecycleRegister, existing));
    if (decision.refusal)
        return decision.refusal;
    warnings = decision.warnings;
    warnings << evidenceWarnings;
    if (req.release.isSet()) {
        // The clerk's release step: number and date into the draft's blanks.
        if (Error e = planRelease(req.input, req.release, cert, personalSigner(existing), *req.book, d->release))
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
    if (Error e = planAppearance(req, existing, warnings))
        return e;
    planEvidence(req);
    return d->signer.check(o);
}

void SigningService::releaseToken()
{
    if (d)
        d->session.reset();
}

Error SigningService::sign(pkcs11::PinProvider &pins, Register &reg, pdf::SignResult &result)
{
    const SignRequest &req = d->request;
    pkcs11::TokenSession &session = *d->session;
    if (Error e = checkPlacement(*d))
        return e;

    Error loginError = session.isLoggedIn() ? Error() : session.login(pins);
    if (Error e = loginError) {
        // Token events go to the register; never the PIN.
        if (const char *event = Error::registerEvent(e.code()))
            reg.addTokenEvent(TokenEvent{{}, session.tokenSerial(), session.tokenLabel(), QLatin1String(event), e.detail()});
        return e;
    }
    Error error;
    std::unique_ptr<SigningKey> tokenKey = session.signingKey(error);
    if (!tokenKey)
        return error;
    // The CMS carries the completed path (and any other CA the token holds).
    QList<QByteArray> chain = d->signerPath.mid(1);
    for (const QByteArray &c : tokenKey->chainDer()) {
        if (!chain.contains(c))
            chain << c;
    }
    auto key = std::make_unique<ChainedKey>(std::move(tokenKey), chain);
    d->signingDeadline = std::make_unique<Deadline>();

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
    record.outputBefore = regchain::fileIdentity(record.output);
    // Recorded before anything is written: a signed file is never unrecorded.
    const qint64 id = reg.beginSignature(record, error);
    if (!id)
        return error;
    // Who operated the token, and its custodian of record (art. 7.1.b).
    recordSignatureContext(reg, id, cert, Settings::certificateKindOverride(cert.sha256Hex, classifyCertificate(cert)),
                           record.tokenSerial);
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
    const QString sha256After = signError ? QString() : result.outputSha256.isEmpty() ? sha256OfFile(req.output) : result.outputSha256;
    const Error regError = reg.completeSignature(id, !signError, sha256After,
                                                 signError ? signError.message() : QString());
    if (signError)
        return signError;
    if (regError) // the signed file is kept; the user is told it is not recorded yet
        return Error(ErrorCode::RegisterCompletionMissing, QStringLiteral("%1: %2").arg(record.output, regError.detail()));
    return {};
}

} // namespace kyso
