#include "pdf/VerificationReport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace kyso::pdf {

namespace {


QString vnTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QCoreApplication::translate("VerificationReport", "unknown");
    return utc.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate);
}

QString integrityText(const SignatureReport &s)
{
    switch (s.integrity) {
    case Integrity::Intact: return QCoreApplication::translate("VerificationReport", "intact: the signed content has not been changed");
    case Integrity::Modified: return QCoreApplication::translate("VerificationReport", "FAILED: %1").arg(s.integrityDetail);
    case Integrity::Unsupported: return QCoreApplication::translate("VerificationReport", "not checked: %1").arg(s.integrityDetail);
    case Integrity::Malformed: return QCoreApplication::translate("VerificationReport", "FAILED: %1").arg(s.integrityDetail);
    }
    return {};
}

QString trustText(const SignatureReport &s)
{
    switch (s.trust) {
    case Trust::Trusted: return QCoreApplication::translate("VerificationReport", "trusted: the certificate chains to a trust anchor");
    case Trust::Untrusted: return QCoreApplication::translate("VerificationReport", "NOT trusted: %1").arg(s.trustDetail);
    case Trust::NoTrustAnchors: return QCoreApplication::translate("VerificationReport", "NOT trusted: no trust anchor given (use --trust)");
    }
    return {};
}

const char *integrityKey(Integrity i)
{
    switch (i) {
    case Integrity::Intact: return "intact";
    case Integrity::Modified: return "modified";
    case Integrity::Unsupported: return "unsupported";
    case Integrity::Malformed: return "malformed";
    }
    return "malformed";
}

const char *trustKey(Trust t)
{
    switch (t) {
    case Trust::Trusted: return "trusted";
    case Trust::Untrusted: return "untrusted";
    case Trust::NoTrustAnchors: return "no-trust-anchors";
    }
    return "untrusted";
}

// What later revisions changed, one line per change when beyond `signatures`.
QString changesText(const SignatureReport &s)
{
    if (s.byteRange[2] + s.byteRange[3] <= 0)
        return {};
    QString out = QStringLiteral("  ")
        + QCoreApplication::translate("VerificationReport", "Changes after signing: %1 (%2)")
              .arg(QLatin1String(changeClassKey(s.changes.changesAfter)), changeClassText(s.changes.changesAfter))
        + QLatin1Char('\n');
    for (const RevisionChange &c : s.changes.changes)
        out += QStringLiteral("    - ") + c.text() + QLatin1Char('\n');
    if (s.changesExceedPermission())
        out += QStringLiteral("  ")
            + (s.governingDocMdp > 0 && s.changes.changesAfter != ChangeClass::Other
                   ? QCoreApplication::translate("VerificationReport", "These changes exceed what the certification (DocMDP P=%1) allows.").arg(s.governingDocMdp)
                   : QCoreApplication::translate("VerificationReport", "The signed document was altered after signing: what is displayed is not what was signed."))
            + QLatin1Char('\n');
    return out;
}

QJsonArray changesJson(const SignatureReport &s)
{
    QJsonArray list;
    for (const RevisionChange &c : s.changes.changes) {
        QJsonObject o{{QStringLiteral("class"), QLatin1String(changeClassKey(c.changeClass))},
                      {QStringLiteral("kind"), c.kind},
                      {QStringLiteral("revision"), c.revision},
                      {QStringLiteral("page"), c.page},
                      {QStringLiteral("detail"), c.detail},
                      {QStringLiteral("text"), c.text()}};
        if (!c.rect.isNull())
            o.insert(QStringLiteral("rect"), QJsonArray({c.rect.x(), c.rect.y(), c.rect.width(), c.rect.height()}));
        list.append(o);
    }
    return list;
}

} // namespace

QString readErrorText(const Error &error)
{
    if (error.code() == ErrorCode::DamagedPdf)
        return QCoreApplication::translate("VerificationReport", "the PDF file is damaged (%1)").arg(error.detail());
    return error.message();
}

QString formatReport(const VerificationReport &report)
{
    QString out;
    const QString name = QFileInfo(report.filePath).fileName();
    if (report.readError) {
        out += QCoreApplication::translate("VerificationReport", "%1: cannot be read: %2").arg(name, readErrorText(report.readError)) + QLatin1Char('\n');
        return out;
    }
    if (report.signatures.isEmpty()) {
        out += QCoreApplication::translate("VerificationReport", "%1: the document carries no digital signature.").arg(name) + QLatin1Char('\n');
        return out;
    }
    out += QCoreApplication::translate("VerificationReport", "%1: %n signature(s)", nullptr, report.signatures.size()).arg(name) + QLatin1Char('\n');
    int i = 0;
    for (const SignatureReport &s : report.signatures) {
        out += QStringLiteral("\n[%1] %2\n").arg(++i).arg(s.fieldName);
        out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Signer: %1").arg(s.signer.commonName.isEmpty() ? QCoreApplication::translate("VerificationReport", "unknown") : s.signer.commonName) + QLatin1Char('\n');
        if (!s.signer.organization.isEmpty() || !s.signer.organizationalUnit.isEmpty() || !s.signer.title.isEmpty())
            out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Unit: %1").arg(QStringList({s.signer.title, s.signer.organizationalUnit, s.signer.organization}).filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(", "))) + QLatin1Char('\n');
        out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Issued by: %1").arg(s.signer.issuerCommonName) + QLatin1Char('\n');
        out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Signing time (signer's clock): %1").arg(vnTime(s.signingTime)) + QLatin1Char('\n');
        if (s.timeStamp.present)
            out += QStringLiteral("  ")
                + (s.timeStamp.valid ? QCoreApplication::translate("VerificationReport", "Time-stamp: %1 by %2 (verified)").arg(vnTime(s.timeStamp.time), s.timeStamp.authority)
                                     : QCoreApplication::translate("VerificationReport", "Time-stamp: NOT valid (%1)").arg(s.timeStamp.problem))
                + QLatin1Char('\n');
        if (s.coversWholeDocument)
            out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Coverage: the whole document") + QLatin1Char('\n');
        else
            out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Coverage: the document up to byte %1 of %2; later additions (such as further signatures) are not covered").arg(s.byteRange[2] + s.byteRange[3]).arg(s.fileSize) + QLatin1Char('\n');
        out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Integrity: %1").arg(integrityText(s)) + QLatin1Char('\n');
        out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Chain: %1").arg(trustText(s)) + QLatin1Char('\n');
        out += QStringLiteral("  ") + (s.certificateValidAtSigningTime
                                           ? QCoreApplication::translate("VerificationReport", "Certificate at signing time: valid (%1 to %2)")
                                           : QCoreApplication::translate("VerificationReport", "Certificate at signing time: NOT valid (%1 to %2)"))
                                          .arg(vnTime(s.signer.notBefore), vnTime(s.signer.notAfter))
            + QLatin1Char('\n');
        for (const QString &why : s.revocation.refused)
            out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Revocation answer not trusted and ignored: %1").arg(why) + QLatin1Char('\n');
        switch (s.revocation.status) {
        case RevocationStatus::Good:
            out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Revocation: not revoked (%1%2)").arg(s.revocation.source, s.revocationEmbedded ? QCoreApplication::translate("VerificationReport", ", embedded in the document") : QString()) + QLatin1Char('\n');
            break;
        case RevocationStatus::Revoked:
            out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Revocation: REVOKED on %1 (%2)").arg(vnTime(s.revocation.revokedAt), s.revocation.source) + QLatin1Char('\n');
            break;
        default:
            out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Revocation: not checked (warning)") + (s.revocation.problem.isEmpty() ? QString() : QStringLiteral(": ") + s.revocation.problem) + QLatin1Char('\n');
            break;
        }
        out += changesText(s);
        if (s.hasSigningTimeAttribute)
            out += QStringLiteral("  ") + QCoreApplication::translate("VerificationReport", "Note: the CMS carries a signingTime attribute, which PAdES does not allow") + QLatin1Char('\n');
        out += QStringLiteral("  ") + (s.isValid() ? QCoreApplication::translate("VerificationReport", "Result: VALID") : QCoreApplication::translate("VerificationReport", "Result: INVALID")) + QLatin1Char('\n');
    }
    return out;
}

QByteArray reportToJson(const VerificationReport &report)
{
    QJsonObject root;
    root.insert(QStringLiteral("file"), report.filePath);
    if (report.readError) {
        root.insert(QStringLiteral("error"), QLatin1String(Error::name(report.readError.code())));
        root.insert(QStringLiteral("message"), readErrorText(report.readError));
    }
    QJsonArray sigs;
    for (const SignatureReport &s : report.signatures) {
        QJsonObject o;
        o.insert(QStringLiteral("field"), s.fieldName);
        o.insert(QStringLiteral("subFilter"), s.subFilter);
        o.insert(QStringLiteral("signer"), s.signer.commonName);
        o.insert(QStringLiteral("signerSubject"), s.signer.subject);
        o.insert(QStringLiteral("issuer"), s.signer.issuerCommonName);
        o.insert(QStringLiteral("serial"), s.signer.serialHex);
        o.insert(QStringLiteral("signingTime"), s.signingTime.isValid() ? vnTime(s.signingTime) : QString());
        o.insert(QStringLiteral("reason"), s.reason);
        o.insert(QStringLiteral("location"), s.location);
        o.insert(QStringLiteral("byteRange"), QJsonArray({double(s.byteRange[0]), double(s.byteRange[1]), double(s.byteRange[2]), double(s.byteRange[3])}));
        o.insert(QStringLiteral("coversWholeDocument"), s.coversWholeDocument);
        o.insert(QStringLiteral("integrity"), QLatin1String(integrityKey(s.integrity)));
        o.insert(QStringLiteral("trust"), QLatin1String(trustKey(s.trust)));
        o.insert(QStringLiteral("trustDetail"), s.trustDetail);
        o.insert(QStringLiteral("certificateValidAtSigningTime"), s.certificateValidAtSigningTime);
        o.insert(QStringLiteral("signingTimeAttribute"), s.hasSigningTimeAttribute);
        o.insert(QStringLiteral("revocationChecked"), s.revocationChecked);
        const char *rev = s.revocation.status == RevocationStatus::Good ? "good"
            : s.revocation.status == RevocationStatus::Revoked         ? "revoked"
            : s.revocation.status == RevocationStatus::Unknown         ? "unknown"
                                                                       : "not-checked";
        QJsonObject revocation{{QStringLiteral("status"), QLatin1String(rev)},
                               {QStringLiteral("source"), s.revocation.source},
                               {QStringLiteral("embedded"), s.revocationEmbedded},
                               {QStringLiteral("revokedAt"), s.revocation.revokedAt.isValid() ? vnTime(s.revocation.revokedAt) : QString()},
                               {QStringLiteral("problem"), s.revocation.problem}};
        if (!s.revocation.refused.isEmpty()) // answers not trusted (forged, stale): reported, not used
            revocation.insert(QStringLiteral("refused"), QJsonArray::fromStringList(s.revocation.refused));
        o.insert(QStringLiteral("revocation"), revocation);
        if (s.timeStamp.present)
            o.insert(QStringLiteral("timeStamp"), QJsonObject{{QStringLiteral("valid"), s.timeStamp.valid},
                                                             {QStringLiteral("time"), vnTime(s.timeStamp.time)},
                                                             {QStringLiteral("timeUtc"), s.timeStamp.time.toString(Qt::ISODate)},
                                                             {QStringLiteral("authority"), s.timeStamp.authority},
                                                             {QStringLiteral("problem"), s.timeStamp.problem}});
        o.insert(QStringLiteral("signingTimeUtc"), s.signingTime.toString(Qt::ISODate));
        o.insert(QStringLiteral("page"), s.page);
        o.insert(QStringLiteral("rect"), QJsonArray({s.widgetRect.x(), s.widgetRect.y(), s.widgetRect.width(), s.widgetRect.height()}));
        o.insert(QStringLiteral("docMdp"), s.docMdpPermission);
        o.insert(QStringLiteral("changesAfter"), QLatin1String(changeClassKey(s.changes.changesAfter)));
        o.insert(QStringLiteral("changes"), changesJson(s));
        o.insert(QStringLiteral("changesExceedPermission"), s.changesExceedPermission());
        o.insert(QStringLiteral("valid"), s.isValid());
        sigs.append(o);
    }
    root.insert(QStringLiteral("signatures"), sigs);
    root.insert(QStringLiteral("allValid"), report.allValid());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace kyso::pdf
