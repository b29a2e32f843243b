#pragma once

#include "core/CertificateInfo.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kyso {

// The kinds of written request of regulation arts. 4-6 (domain.md §3).
enum class RequestKind { Issue, Renew, Change, Revoke, Recover };

bool parseRequestKind(const QString &name, RequestKind &kind);
const char *requestKindName(RequestKind kind);
// "Mẫu 04" from 4.
QString formLabel(int number);
// The form numbers a kind of request is written on: issue 01/02/03,
// renew and change 04, revoke 05, recover 06.
bool formFitsKind(RequestKind kind, int formNumber);
// Where the request goes and who gets a copy (art. 4: issue and revoke to
// the Cục, copy to the Sở; art. 5.4.a and 6.2: renew, change and recover to
// the Sở), and in how many working days the Sở acts (03 for renew/change
// (art. 5.4.c), 01 for recover (art. 6.4), 0 = not set by the regulation).
QString recipientOf(RequestKind kind);
QString copyRecipientOf(RequestKind kind);
int handlingWorkingDays(RequestKind kind);

extern const char *const kSoKhcn;      // Sở Khoa học và Công nghệ
extern const char *const kCucChungThuc; // Cục Chứng thực số và Bảo mật thông tin

// Why a certificate must be revoked (Decree 68 art. 17 cases KySo can know).
enum class RevocationCause { None, Lost, Compromised, PostChanged, Other };
bool parseRevocationCause(const QString &name, RevocationCause &cause);
const char *revocationCauseName(RevocationCause cause);

enum class LifecycleAction {
    None,              // nothing to file
    Renew,             // Mẫu 04 → Sở, more than 30 days left, not renewed before
    NewCertificate,    // Mẫu 01/02 → Cục, copy Sở: 30 days or fewer, renewed before, or expired
    ChangeInformation, // Mẫu 04 → Sở: organisation or e-mail no longer fits
    Recover,           // Mẫu 06 → Sở: token locked, 01 working day
    Revoke,            // Mẫu 05 → Cục, copy Sở: lost, compromised, change of post
    Revoked,           // revocation filed or reported: must not sign
};
const char *lifecycleActionName(LifecycleAction action);
// Short translated label: "Renew", "New certificate", ...
QString lifecycleActionLabel(LifecycleAction action);

// What is known about one certificate on one day.
struct LifecycleFacts {
    CertificateInfo certificate;
    CertificateKind kind = CertificateKind::Personal;
    QDateTime now;                      // UTC; default: current time
    bool renewedBefore = false;         // renewal is possible once (art. 5.1)
    bool tokenLocked = false;
    RevocationCause revocationCause = RevocationCause::None;
    bool revocationFiled = false;       // Mẫu 05 sent/done, or OCSP/CRL said revoked
    // From the signing profile of this certificate; empty = not known.
    QString expectedOrganization, expectedEmail, expectedTitle;
};

struct LifecycleAdvice {
    LifecycleAction action = LifecycleAction::None;
    int form = 0;               // 1..6, 0 = none
    QString sendTo, copyTo;     // official names (Vietnamese)
    QDate deadline;             // last day to file; invalid = none
    int handlingWorkingDays = 0;
    qint64 daysLeft = 0;        // calendar days to the expiry day (Vietnam time); negative: expired
    QString reason;             // translated: why

    QString formText() const { return form ? formLabel(form) : QString(); }
    // One translated sentence: what to file, where, by when.
    QString text() const;
};

// Days left counted on Vietnam calendar days (+07:00).
qint64 daysLeftOn(const CertificateInfo &cert, const QDateTime &nowUtc);
// Renewal and change of information need more than 30 days left.
constexpr int kMinimumDaysForRenewal = 31;
// From this many days left KySo advises the renewal.
constexpr int kRenewalAdviceDays = 60;

LifecycleAdvice adviseLifecycle(const LifecycleFacts &facts);

} // namespace kyso
