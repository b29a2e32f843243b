#include "common/AuthorityCheck.h"

#include "core/Register.h"
#include "core/Settings.h"
#include "core/VietnameseText.h"
#include "pdf/SignatureVerifier.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>

namespace kyso {

PrintedAuthority printedAuthority(const pdf::DocumentFacts &f)
{
    PrintedAuthority p;
    p.agencyParent = f.agencyParent;
    p.agencyName = f.agencyName;
    p.number = f.number;
    p.symbol = f.symbol;
    p.documentType = f.documentType;
    p.subject = f.subject;
    p.notRead = f.notRead();
    for (const pdf::SignatureBlockFacts &b : f.blocks)
        p.blocks << PrintedBlock{b.capacity, b.onBehalfOf, b.outer, b.title, b.name};
    return p;
}

QString osUserName()
{
    if (const passwd *pw = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

namespace {

MainDocumentLink linkByFile(const SignRequest &req, const CertificateInfo &cert)
{
    MainDocumentLink link;
    link.how = QStringLiteral("file");
    if (!QFileInfo(req.mainDocument).isFile()) {
        link.problem = QCoreApplication::translate("AuthorityCheck", "%1 cannot be read").arg(req.mainDocument);
        return link;
    }
    pdf::SignatureVerifier verifier;
    for (const QString &pem : req.trustAnchors)
        verifier.addTrustAnchors(pem);
    const pdf::VerificationReport report = verifier.verify(req.mainDocument);
    for (const pdf::SignatureReport &s : report.signatures) {
        const bool agency = Settings::certificateKindOverride(s.signer.sha256Hex, classifyCertificate(s.signer)) == CertificateKind::Agency;
        if (s.isValid() && agency && (s.signer.sha256Hex == cert.sha256Hex || sameAgency(s.signer.commonName, cert.commonName))) {
            const QString number = printedAuthority(pdf::readDocumentFacts(req.mainDocument)).documentNumber();
            if (!req.docNumber.isEmpty() && !number.isEmpty() && foldLoose(number) != foldLoose(req.docNumber)) {
                link.problem = QCoreApplication::translate("AuthorityCheck", "%1 is numbered %2, not %3")
                                   .arg(QFileInfo(req.mainDocument).fileName(), number, req.docNumber);
                return link;
            }
            link.found = true;
            return link;
        }
    }
    link.problem = QCoreApplication::translate("AuthorityCheck", "%1 carries no valid, trusted seal of %2")
                       .arg(QFileInfo(req.mainDocument).fileName(), cert.commonName);
    return link;
}

} // namespace

MainDocumentLink linkMainDocument(const SignRequest &req, const CertificateInfo &cert, const QString &registerPath)
{
    if (!req.mainDocument.isEmpty())
        return linkByFile(req, cert);
    MainDocumentLink link;
    link.how = QStringLiteral("register");
    Error error;
    std::unique_ptr<Register> reg = Register::open(registerPath, error);
    if (reg && reg->hasSealedDocument(req.docNumber, cert.sha256Hex)) {
        link.found = true;
        return link;
    }
    link.problem = QCoreApplication::translate("AuthorityCheck", "no document numbered %1 sealed by %2 in the register")
                       .arg(req.docNumber, cert.commonName);
    return link;
}

AuthorityDecision checkAuthority(const SignRequest &req, const CertificateInfo &cert, const pdf::DocumentFacts &facts,
                                 const QString &registerPath)
{
    AuthorityInput in;
    in.role = req.role;
    in.certificate = cert;
    in.printed = printedAuthority(facts);
    in.typed = TypedAuthority{req.signerName, req.title, req.capacity, req.agency};
    if (req.role == SigningRole::Attachment)
        in.main = linkMainDocument(req, cert, registerPath);
    in.overrideReason = req.overrideAuthority;
    in.osUser = osUserName();
    return evaluateAuthority(in);
}

} // namespace kyso
