#pragma once

#include "core/Lifecycle.h"
#include "core/Register.h"
#include "core/WorkingDays.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace kyso {

// Certificate requests with what the regulation asks of them: the form, the
// recipient, the agency's letter (number and date), the sent date and the
// deadline of the Sở in working days.
struct RequestView {
    CertificateRequest request;
    RequestKind kind = RequestKind::Issue;
    QString recipient, copyTo;
    QString certSerial, certSha256, unit, reason, resultSerial;
    QString letterNumber;
    QDate letterDate, sentDate, deadline;
    bool overdue = false;       // sent, not answered, past the deadline
};
QList<RequestView> requestViews(const Register &reg, const WorkingDays &days, const QDate &today);

// A new request as given by the user.
struct RequestInput {
    QString kind;               // issue | renew | change | revoke | recover
    int form = 0;
    QString subject, tokenSerial, note, unit;
    QString certSerial;         // the certificate the request is about (renew/change/revoke)
    QString reason;             // revoke: lost | compromised | post-changed | other
    QString letterNumber, letterDate, sentDate; // ISO dates
    const CertificateInfo *certificate = nullptr; // found on a token or given as a file
};
// Validates against the regulation and the register (before anything is
// written); fills the recipient and deadline facts. Returns the new id.
qint64 addRequest(Register &reg, const RequestInput &input, const WorkingDays &days, const QDate &today, Error &error);
// The certificate with this serial (hex, ':' and case ignored) as the
// register last noted it (names, validity, fingerprint; no DER): enough for
// the rules of a renewal or change request when its token is not plugged in.
bool knownCertificate(const Register &reg, const QString &serial, CertificateInfo &out);
// Status change; "sent" needs the letter and records the sent date and
// deadline; "done" on a renewal may name the new certificate's serial.
Error setRequestStatus(Register &reg, qint64 id, const QString &status, const QString &note, const QString &sentDate,
                       const QString &letterNumber, const QString &letterDate, const QString &resultSerial,
                       const WorkingDays &days, const QDate &today);

// Renewal is possible once (art. 5.1): true when this certificate was the
// subject of a renewal request that was not rejected, or is the certificate a
// completed renewal produced (its serial recorded as the result, or the same
// subject renewed before this certificate began).
bool renewedBefore(const Register &reg, const CertificateInfo &cert, QString *why = nullptr);

// Refuses a certificate whose revocation (Mẫu 05) is marked sent, approved or
// done, or that OCSP/CRL reported revoked (recorded by noteRevocationReported).
Error refuseIfRevokedLocally(const Register &reg, const CertificateInfo &cert);
void noteRevocationReported(Register &reg, const CertificateInfo &cert, const QDateTime &revokedAt, const QString &source);

// Everything the register and the profiles know for the advice.
// The profile of the certificate is the one naming its token and object ID,
// else the one whose signer is the certificate's CN.
LifecycleFacts lifecycleFacts(const Register *reg, const CertificateInfo &cert, CertificateKind kind, bool tokenLocked,
                              const QString &tokenSerial = {}, const QString &certIdHex = {}, const QDateTime &nowUtc = {});

// Custody (art. 7.1.b). The token serial, both persons and who authorised
// the handover are required; the date is YYYY-MM-DD.
struct HandoverInput {
    QString tokenSerial, fromPerson, toPerson, authorisedBy, date, note;
    QString permissionNumber, permissionDate;
};
qint64 addHandover(Register &reg, const HandoverInput &input, const QStringList &pluggedSerials, bool agencyToken,
                   const QDate &today, Error &error);
// The custodian of record of a token on a day: the receiver of the latest
// handover on or before it (empty: none recorded).
QString custodianOf(const Register &reg, const QString &tokenSerial, const QDate &day);
// True when a certificate of the token is an agency certificate, or the token
// made agency, attachment or copy signatures.
bool isAgencyToken(const Register &reg, const QString &tokenSerial);

// At signing: the certificate is noted, and the signature row gets the OS
// user who operated the token and the custodian of record.
void recordSignatureContext(Register &reg, qint64 signatureId, const CertificateInfo &cert, CertificateKind kind,
                            const QString &tokenSerial);
void noteCertificate(Register &reg, const CertificateInfo &cert, CertificateKind kind, const QString &tokenSerial);
QString operatingSystemUser();
// A locked token seen (token list, GUI): one "lock-observed" event until the
// token is seen otherwise.
void noteLockObserved(Register &reg, const QString &tokenSerial, const QString &tokenLabel);
// The register's token event for a failed login or PIN change (nullptr: none).
const char *tokenEventName(ErrorCode code);
// The lifecycle advice as JSON: action, form ("Mẫu 04"), sendTo, copyTo,
// deadline, handlingWorkingDays, daysLeft, reason, text.
QJsonObject lifecycleJson(const LifecycleAdvice &advice);

} // namespace kyso
