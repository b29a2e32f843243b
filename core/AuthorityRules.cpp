#include "core/AuthorityRules.h"

#include "core/VietnameseText.h"

#include <QCoreApplication>

namespace kyso {

namespace {

bool sameLoose(const QString &a, const QString &b)
{
    return !foldLoose(a).isEmpty() && foldLoose(a) == foldLoose(b);
}

QString printedAgency(const PrintedAuthority &p)
{
    return p.agencyParent.isEmpty() ? p.agencyName : p.agencyParent + QStringLiteral(" / ") + p.agencyName;
}

// The block naming `wanted`: exactly first, then without diacritics.
int findBlock(const QList<PrintedBlock> &blocks, const QString &wanted)
{
    for (NameMatch level : {NameMatch::Exact, NameMatch::WithoutDiacritics}) {
        for (int i = 0; i < blocks.size(); ++i) {
            if (compareNames(blocks[i].name, wanted) == level)
                return i;
        }
    }
    return -1;
}

Error personalChecks(const AuthorityInput &in, AuthorityDecision &d)
{
    const CertificateInfo &cert = in.certificate;
    const PrintedAuthority &p = in.printed;
    AuthorityRecord &r = d.record;
    if (!p.blocks.isEmpty()) {
        // The block the typed name points to is checked and signed; a typed
        // name found nowhere leaves placement to the locator (exit 16) and
        // the checks to the holder's own block.
        QStringList names;
        for (const PrintedBlock &b : p.blocks)
            names << b.name;
        const int typed = in.typed.signerName.isEmpty() ? -1 : findBlock(p.blocks, in.typed.signerName);
        const int checked = typed >= 0 ? typed : findBlock(p.blocks, cert.commonName);
        d.blockIndex = in.typed.signerName.isEmpty() ? checked : typed;
        if (checked < 0)
            return Error(ErrorCode::AuthoritySignerMismatch,
                         QCoreApplication::translate("AuthorityRules", "certificate: %1; block: %2").arg(cert.commonName, names.join(QStringLiteral(", "))));
        const PrintedBlock &b = p.blocks[checked];
        r.printedCapacity = b.capacity;
        r.printedOnBehalfOf = b.onBehalfOf;
        r.printedTitle = b.title;
        r.printedName = b.name;
        const NameMatch match = compareNames(b.name, cert.commonName);
        if (match == NameMatch::Different)
            return Error(ErrorCode::AuthoritySignerMismatch, QCoreApplication::translate("AuthorityRules", "certificate: %1; block: %2").arg(cert.commonName, b.name));
        if (match == NameMatch::WithoutDiacritics)
            d.warnings << QCoreApplication::translate("AuthorityRules", "The name in the block (%1) matches the certificate (%2) only without diacritics.").arg(b.name, cert.commonName);
        const QString blockTitle = b.title.isEmpty() && b.capacity.isEmpty() ? b.onBehalfOf : b.title;
        if (cert.title.isEmpty() || blockTitle.isEmpty())
            r.notChecked << QStringLiteral("title");
        else if (!sameLoose(cert.title, blockTitle))
            return Error(ErrorCode::AuthorityTitleMismatch, QCoreApplication::translate("AuthorityRules", "certificate: %1; block: %2").arg(cert.title, blockTitle));
    } else {
        r.notChecked << QStringLiteral("signer") << QStringLiteral("title");
    }
    if (p.agencyName.isEmpty() || cert.organization.isEmpty()) {
        r.notChecked << QStringLiteral("organization");
    } else if (!sameAgency(cert.organization, p.agencyName, p.agencyParent)
               && !(p.agencyParent.size() && sameLoose(cert.organization, p.agencyParent))) {
        return Error(ErrorCode::AuthorityOrganizationMismatch, QCoreApplication::translate("AuthorityRules", "certificate: %1; document: %2").arg(cert.organization, printedAgency(p)));
    }
    return {};
}

Error typedChecks(const AuthorityInput &in)
{
    const CertificateInfo &cert = in.certificate;
    const TypedAuthority &t = in.typed;
    if (!t.title.isEmpty() && !cert.title.isEmpty() && !sameLoose(t.title, cert.title))
        return Error(ErrorCode::AuthorityTypedContradiction, QCoreApplication::translate("AuthorityRules", "--title %1; certificate: %2").arg(t.title, cert.title));
    if (t.agency.isEmpty() || in.role == SigningRole::Copy)
        return {};
    // A person acts for the certificate's organisation; a seal for its CN.
    const QString certAgency = in.role == SigningRole::Personal ? cert.organization : cert.commonName;
    if (!certAgency.isEmpty() && !sameAgency(certAgency, t.agency) && !sameAgency(t.agency, certAgency))
        return Error(ErrorCode::AuthorityTypedContradiction, QCoreApplication::translate("AuthorityRules", "--agency %1; certificate: %2").arg(t.agency, certAgency));
    return {};
}

Error roleChecks(const AuthorityInput &in, AuthorityDecision &d)
{
    const CertificateInfo &cert = in.certificate;
    const PrintedAuthority &p = in.printed;
    switch (in.role) {
    case SigningRole::Personal:
        return personalChecks(in, d);
    case SigningRole::Agency:
        if (p.agencyName.isEmpty())
            d.record.notChecked << QStringLiteral("agency");
        else if (!sameAgency(cert.commonName, p.agencyName, p.agencyParent))
            return Error(ErrorCode::AuthorityAgencyMismatch, QCoreApplication::translate("AuthorityRules", "certificate: %1; document: %2").arg(cert.commonName, printedAgency(p)));
        return {};
    case SigningRole::Copy:
        if (!in.typed.agency.isEmpty() && !sameAgency(cert.commonName, in.typed.agency) && !sameAgency(in.typed.agency, cert.commonName))
            return Error(ErrorCode::AuthorityCopyAgencyMismatch, QCoreApplication::translate("AuthorityRules", "stamp: %1; certificate: %2").arg(in.typed.agency, cert.commonName));
        return {};
    case SigningRole::Attachment:
        if (!in.main.found)
            return Error(ErrorCode::AuthorityMainDocumentMissing, in.main.problem);
        return {};
    }
    return {};
}

// Register values: typed, else printed, else the certificate's.
void resolveValues(const AuthorityInput &in, AuthorityRecord &r)
{
    const CertificateInfo &cert = in.certificate;
    auto pick = [](const QList<QPair<QString, ValueSource>> &options, QString &value, ValueSource &source) {
        for (const auto &o : options) {
            if (!o.first.trimmed().isEmpty()) {
                value = o.first.trimmed();
                source = o.second;
                return;
            }
        }
    };
    const bool personal = in.role == SigningRole::Personal;
    pick({{in.typed.capacity, ValueSource::Typed}, {personal ? r.printedCapacity : QString(), ValueSource::Document}},
         r.capacity, r.capacitySource);
    pick({{in.typed.title, ValueSource::Typed}, {personal ? r.printedTitle : QString(), ValueSource::Document},
          {personal ? cert.title : QString(), ValueSource::Certificate}},
         r.title, r.titleSource);
    if (in.role == SigningRole::Copy)
        pick({{in.typed.agency, ValueSource::Typed}, {cert.commonName, ValueSource::Certificate}}, r.agency, r.agencySource);
    else
        pick({{in.typed.agency, ValueSource::Typed}, {in.printed.agencyName, ValueSource::Document},
              {personal ? cert.organization : cert.commonName, ValueSource::Certificate}},
             r.agency, r.agencySource);
    r.nameSource = r.printedName.isEmpty() ? ValueSource::Certificate : ValueSource::Document;
    if (!in.overrideReason.isEmpty() && !r.overriddenRefusal.isEmpty()) {
        // Values that did not fit are kept as typed/printed, marked overridden.
        if (r.titleSource != ValueSource::Certificate)
            r.titleSource = ValueSource::Override;
        if (r.agencySource != ValueSource::Certificate)
            r.agencySource = ValueSource::Override;
    }
}

} // namespace

const char *valueSourceName(ValueSource source)
{
    switch (source) {
    case ValueSource::None: return "";
    case ValueSource::Document: return "document";
    case ValueSource::Certificate: return "certificate";
    case ValueSource::Typed: return "typed";
    case ValueSource::Override: return "override";
    }
    return "";
}

QString PrintedAuthority::documentNumber() const
{
    if (symbol.isEmpty() && number.isEmpty())
        return {};
    return number + QLatin1Char('/') + symbol;
}

bool sameAgency(const QString &name, const QString &agencyName, const QString &parent)
{
    const QString n = foldLoose(name), a = foldLoose(agencyName), p = foldLoose(parent);
    if (n.isEmpty() || a.isEmpty())
        return false;
    if (n == a)
        return true;
    // The locality printed only in the parent line: "SỞ ... TỈNH PHÚ THỌ".
    if (!p.isEmpty() && n.startsWith(a + QLatin1Char(' '))) {
        const QString rest = n.mid(a.size() + 1);
        return p == rest || p.endsWith(QLatin1Char(' ') + rest);
    }
    return false;
}

AuthorityDecision evaluateAuthority(const AuthorityInput &in)
{
    AuthorityDecision d;
    AuthorityRecord &r = d.record;
    const CertificateInfo &cert = in.certificate;
    r.certTitle = cert.title;
    r.certOrganization = cert.organization;
    r.certCommonName = cert.commonName;
    r.certSerial = cert.serialHex;
    r.printedAgency = in.printed.agencyName;
    r.printedAgencyParent = in.printed.agencyParent;
    r.documentType = in.printed.documentType;
    r.documentNumber = in.printed.documentNumber();
    r.subject = in.printed.subject;
    r.notRead = in.printed.notRead;

    Error refusal = roleChecks(in, d);
    if (!refusal)
        refusal = typedChecks(in);
    if (refusal && !in.overrideReason.trimmed().isEmpty()) {
        r.overrideReason = in.overrideReason.trimmed();
        r.overrideUser = in.osUser;
        r.overriddenRefusal = QLatin1String(Error::name(refusal.code())) + QStringLiteral(": ") + refusal.detail();
        d.warnings << QCoreApplication::translate("AuthorityRules", "Authority rule overridden (%1): %2").arg(r.overrideReason, refusal.message());
    } else if (refusal) {
        d.refusal = refusal;
    }
    resolveValues(in, r);
    if (in.typed.capacity.size() && r.printedCapacity.size() && foldCase(in.typed.capacity) != foldCase(r.printedCapacity))
        d.warnings << QCoreApplication::translate("AuthorityRules", "The typed capacity %1 differs from the block's %2.").arg(in.typed.capacity, r.printedCapacity);
    return d;
}

} // namespace kyso
