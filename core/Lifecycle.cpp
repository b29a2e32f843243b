#include "core/Lifecycle.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace kyso {

const char *const kSoKhcn = "Sở Khoa học và Công nghệ";
const char *const kCucChungThuc = "Cục Chứng thực số và Bảo mật thông tin";

namespace {

struct KindRow {
    RequestKind kind;
    const char *name;
};
const KindRow kKinds[] = {{RequestKind::Issue, "issue"},
                          {RequestKind::Renew, "renew"},
                          {RequestKind::Change, "change"},
                          {RequestKind::Revoke, "revoke"},
                          {RequestKind::Recover, "recover"}};

struct CauseRow {
    RevocationCause cause;
    const char *name;
};
const CauseRow kCauses[] = {{RevocationCause::Lost, "lost"},
                            {RevocationCause::Compromised, "compromised"},
                            {RevocationCause::PostChanged, "post-changed"},
                            {RevocationCause::Other, "other"}};

// Names compare without case and spacing differences.
QString normalised(const QString &s)
{
    return s.simplified().toCaseFolded();
}

bool differs(const QString &expected, const QString &actual)
{
    return !expected.trimmed().isEmpty() && normalised(expected) != normalised(actual);
}

LifecycleAdvice request(LifecycleAction action, RequestKind kind, int form, const QString &reason)
{
    LifecycleAdvice a;
    a.action = action;
    a.form = form;
    a.sendTo = recipientOf(kind);
    a.copyTo = copyRecipientOf(kind);
    a.handlingWorkingDays = handlingWorkingDays(kind);
    a.reason = reason;
    return a;
}

int newCertificateForm(CertificateKind kind)
{
    return kind == CertificateKind::Agency ? 2 : 1;
}

} // namespace

bool parseRequestKind(const QString &name, RequestKind &kind)
{
    for (const KindRow &row : kKinds) {
        if (name == QLatin1String(row.name)) {
            kind = row.kind;
            return true;
        }
    }
    return false;
}

const char *requestKindName(RequestKind kind)
{
    for (const KindRow &row : kKinds) {
        if (row.kind == kind)
            return row.name;
    }
    return "issue";
}

QString formLabel(int number)
{
    return QStringLiteral("Mẫu %1").arg(number, 2, 10, QLatin1Char('0'));
}

bool formFitsKind(RequestKind kind, int form)
{
    switch (kind) {
    case RequestKind::Issue: return form >= 1 && form <= 3;
    case RequestKind::Renew:
    case RequestKind::Change: return form == 4;
    case RequestKind::Revoke: return form == 5;
    case RequestKind::Recover: return form == 6;
    }
    return false;
}

QString recipientOf(RequestKind kind)
{
    const bool cuc = kind == RequestKind::Issue || kind == RequestKind::Revoke;
    return QString::fromUtf8(cuc ? kCucChungThuc : kSoKhcn);
}

QString copyRecipientOf(RequestKind kind)
{
    const bool cuc = kind == RequestKind::Issue || kind == RequestKind::Revoke;
    return cuc ? QString::fromUtf8(kSoKhcn) : QString();
}

int handlingWorkingDays(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Renew:
    case RequestKind::Change: return 3;
    case RequestKind::Recover: return 1;
    default: return 0;
    }
}

bool parseRevocationCause(const QString &name, RevocationCause &cause)
{
    for (const CauseRow &row : kCauses) {
        if (name == QLatin1String(row.name)) {
            cause = row.cause;
            return true;
        }
    }
    return false;
}

const char *revocationCauseName(RevocationCause cause)
{
    for (const CauseRow &row : kCauses) {
        if (row.cause == cause)
            return row.name;
    }
    return "none";
}

const char *lifecycleActionName(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::None: return "none";
    case LifecycleAction::Renew: return "renew";
    case LifecycleAction::NewCertificate: return "new-certificate";
    case LifecycleAction::ChangeInformation: return "change-information";
    case LifecycleAction::Recover: return "recover";
    case LifecycleAction::Revoke: return "revoke";
    case LifecycleAction::Revoked: return "revoked";
    }
    return "none";
}

QString lifecycleActionLabel(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::None: return QCoreApplication::translate("Lifecycle", "Nothing to file");
    case LifecycleAction::Renew: return QCoreApplication::translate("Lifecycle", "Renew");
    case LifecycleAction::NewCertificate: return QCoreApplication::translate("Lifecycle", "New certificate");
    case LifecycleAction::ChangeInformation: return QCoreApplication::translate("Lifecycle", "Change of information");
    case LifecycleAction::Recover: return QCoreApplication::translate("Lifecycle", "Recover the token");
    case LifecycleAction::Revoke: return QCoreApplication::translate("Lifecycle", "Revoke");
    case LifecycleAction::Revoked: return QCoreApplication::translate("Lifecycle", "Revoked: do not sign");
    }
    return {};
}

qint64 daysLeftOn(const CertificateInfo &cert, const QDateTime &nowUtc)
{
    const QTimeZone vietnam(7 * 3600);
    return nowUtc.toTimeZone(vietnam).date().daysTo(cert.notAfter.toTimeZone(vietnam).date());
}

LifecycleAdvice adviseLifecycle(const LifecycleFacts &f)
{
    const QDateTime now = f.now.isValid() ? f.now : QDateTime::currentDateTimeUtc();
    const CertificateInfo &cert = f.certificate;
    const qint64 days = daysLeftOn(cert, now);
    const bool expired = now > cert.notAfter;
    const QDate expiryDay = cert.notAfter.toTimeZone(QTimeZone(7 * 3600)).date();
    // The last day on which more than 30 days are left.
    const QDate lastRenewalDay = expiryDay.addDays(-kMinimumDaysForRenewal);
    const QString organisation = f.kind == CertificateKind::Agency ? cert.commonName : cert.organization;
    LifecycleAdvice a;

    if (f.revocationFiled) {
        a.action = LifecycleAction::Revoked;
        a.reason = QCoreApplication::translate("Lifecycle", "its revocation was requested or reported; do not sign with it");
    } else if (f.revocationCause != RevocationCause::None || differs(f.expectedTitle, cert.title)) {
        const RevocationCause cause = f.revocationCause != RevocationCause::None ? f.revocationCause : RevocationCause::PostChanged;
        const char *why = cause == RevocationCause::Lost ? QT_TRANSLATE_NOOP("Lifecycle", "the token was lost")
                          : cause == RevocationCause::Compromised ? QT_TRANSLATE_NOOP("Lifecycle", "the private key is exposed or suspected to be")
                          : cause == RevocationCause::PostChanged ? QT_TRANSLATE_NOOP("Lifecycle", "the holder's post or title changed")
                                                                  : QT_TRANSLATE_NOOP("Lifecycle", "a revocation case of Decree 68 art. 17 applies");
        a = request(LifecycleAction::Revoke, RequestKind::Revoke, 5, QCoreApplication::translate("Lifecycle", why));
    } else if (f.tokenLocked) {
        a = request(LifecycleAction::Recover, RequestKind::Recover, 6, QCoreApplication::translate("Lifecycle", "the token PIN is locked"));
    } else if (expired) {
        a = request(LifecycleAction::NewCertificate, RequestKind::Issue, newCertificateForm(f.kind),
                    QCoreApplication::translate("Lifecycle", "the certificate has expired and cannot be renewed"));
    } else if (differs(f.expectedOrganization, organisation) || (f.kind == CertificateKind::Personal && differs(f.expectedEmail, cert.email))) {
        if (days >= kMinimumDaysForRenewal) {
            a = request(LifecycleAction::ChangeInformation, RequestKind::Change, 4,
                        QCoreApplication::translate("Lifecycle", "the organisation or official e-mail in the certificate no longer fits"));
            a.deadline = lastRenewalDay;
        } else {
            a = request(LifecycleAction::NewCertificate, RequestKind::Issue, newCertificateForm(f.kind),
                        QCoreApplication::translate("Lifecycle", "the information changed and 30 days or fewer are left, too few for a change"));
            a.deadline = expiryDay;
        }
    } else if (days <= kRenewalAdviceDays) {
        if (days >= kMinimumDaysForRenewal && !f.renewedBefore) {
            a = request(LifecycleAction::Renew, RequestKind::Renew, 4, QCoreApplication::translate("Lifecycle", "the certificate expires soon"));
            a.deadline = lastRenewalDay;
        } else {
            a = request(LifecycleAction::NewCertificate, RequestKind::Issue, newCertificateForm(f.kind),
                        f.renewedBefore ? QCoreApplication::translate("Lifecycle", "the certificate was renewed once already")
                                        : QCoreApplication::translate("Lifecycle", "30 days or fewer are left, too few for a renewal"));
            a.deadline = expiryDay;
        }
    }
    a.daysLeft = days;
    return a;
}

QString LifecycleAdvice::text() const
{
    const QString by = deadline.isValid() ? QCoreApplication::translate("Lifecycle", " by %1").arg(deadline.toString(Qt::ISODate)) : QString();
    const QString copy = copyTo.isEmpty() ? QString() : QCoreApplication::translate("Lifecycle", ", copy to %1").arg(copyTo);
    switch (action) {
    case LifecycleAction::None: return QCoreApplication::translate("Lifecycle", "Nothing to file.");
    case LifecycleAction::Revoked: return QCoreApplication::translate("Lifecycle", "Revoked: %1.").arg(reason);
    case LifecycleAction::Renew:
        return QCoreApplication::translate("Lifecycle", "Renew (%1): %2; the managing agency sends %1 to %3%4%5 (once only, while more than 30 days remain; the Sở acts within 03 working days).")
            .arg(formText(), reason, sendTo, copy, by);
    case LifecycleAction::NewCertificate:
        return QCoreApplication::translate("Lifecycle", "Request a new certificate (%1): %2; the managing agency sends %1 to %3%4%5.")
            .arg(formText(), reason, sendTo, copy, by);
    case LifecycleAction::ChangeInformation:
        return QCoreApplication::translate("Lifecycle", "Change the certificate information (%1): %2; the managing agency sends %1 to %3%4%5 (the Sở acts within 03 working days).")
            .arg(formText(), reason, sendTo, copy, by);
    case LifecycleAction::Recover:
        return QCoreApplication::translate("Lifecycle", "Recover the token (%1): %2; the managing agency sends %1 to %3, which acts within 01 working day. Do not try more PINs.")
            .arg(formText(), reason, sendTo);
    case LifecycleAction::Revoke:
        return QCoreApplication::translate("Lifecycle", "Revoke the certificate (%1): %2; the managing agency sends %1 to %3%4 now, and stops using it.")
            .arg(formText(), reason, sendTo, copy);
    }
    return {};
}

} // namespace kyso
