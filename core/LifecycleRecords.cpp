#include "core/LifecycleRecords.h"

#include "core/SigningProfile.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace kyso {

namespace {

const QString kRequests = QStringLiteral("cert_requests");

QString normalisedSerial(QString s)
{
    s = s.toLower().remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    while (s.size() > 1 && s.startsWith(QLatin1Char('0')))
        s.remove(0, 1);
    return s;
}

bool sameSerial(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && normalisedSerial(a) == normalisedSerial(b);
}

QString folded(const QString &s)
{
    return s.simplified().toCaseFolded();
}

QDate isoDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

bool isFiled(const QString &status)
{
    return status == QLatin1String("sent") || status == QLatin1String("approved") || status == QLatin1String("done");
}

RequestView viewOf(const CertificateRequest &r, const Annotations &a, const WorkingDays &days, const QDate &today)
{
    RequestView v;
    v.request = r;
    parseRequestKind(r.kind, v.kind);
    v.recipient = a.value(QStringLiteral("recipient"), recipientOf(v.kind));
    v.copyTo = a.value(QStringLiteral("copy_to"), copyRecipientOf(v.kind));
    v.certSerial = a.value(QStringLiteral("cert_serial"));
    v.certSha256 = a.value(QStringLiteral("cert_sha256"));
    v.unit = a.value(QStringLiteral("unit"));
    v.reason = a.value(QStringLiteral("reason"));
    v.resultSerial = a.value(QStringLiteral("result_serial"));
    v.letterNumber = a.value(QStringLiteral("letter_number"));
    v.letterDate = isoDate(a.value(QStringLiteral("letter_date")));
    v.sentDate = isoDate(a.value(QStringLiteral("sent_date")));
    const int handling = handlingWorkingDays(v.kind);
    if (v.sentDate.isValid() && handling > 0)
        v.deadline = days.addWorkingDays(v.sentDate, handling);
    v.overdue = r.status == QLatin1String("sent") && v.deadline.isValid() && today > v.deadline;
    return v;
}

// The letter of the managing agency and the sent date, checked together.
Error checkLetter(const QString &number, const QDate &letterDate, const QDate &sent, const QDate &today)
{
    if (!sent.isValid())
        return Error(ErrorCode::LifecycleRecordInvalid, QCoreApplication::translate("LifecycleRecords", "the sent date is written YYYY-MM-DD"));
    if (sent > today)
        return Error(ErrorCode::LifecycleRecordInvalid, QCoreApplication::translate("LifecycleRecords", "the sent date %1 is in the future").arg(sent.toString(Qt::ISODate)));
    if (number.trimmed().isEmpty() || !letterDate.isValid())
        return Error(ErrorCode::LifecycleRecordInvalid,
                     QCoreApplication::translate("LifecycleRecords", "a request that is sent needs the agency's letter number and date (--letter-number, --letter-date YYYY-MM-DD)"));
    if (letterDate > sent)
        return Error(ErrorCode::LifecycleRecordInvalid, QCoreApplication::translate("LifecycleRecords", "the letter is dated after it was sent"));
    return {};
}

Error checkCertificateRules(const Register &reg, RequestKind kind, const RequestInput &in, const QDate &today)
{
    if (kind != RequestKind::Renew && kind != RequestKind::Change)
        return {};
    if (!in.certificate)
        return Error(ErrorCode::LifecycleRecordInvalid,
                     QCoreApplication::translate("LifecycleRecords", "the certificate %1 was not found: plug in its token or give --cert FILE").arg(in.certSerial));
    const qint64 left = today.daysTo(in.certificate->notAfter.toTimeZone(QTimeZone(7 * 3600)).date());
    if (left < kMinimumDaysForRenewal)
        return Error(ErrorCode::RenewalNotAllowed, QCoreApplication::translate("LifecycleRecords", "%n day(s) of validity left; more than 30 are needed (art. 5)", nullptr, int(left)));
    QString why;
    if (kind == RequestKind::Renew && renewedBefore(reg, *in.certificate, &why))
        return Error(ErrorCode::RenewalNotAllowed, why);
    return {};
}

Error validateRequest(const Register &reg, const RequestInput &in, RequestKind &kind, const QDate &today)
{
    if (!parseRequestKind(in.kind, kind))
        return Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleRecords", "--kind takes issue, renew, change, revoke or recover"));
    if (in.form < 1 || in.form > 6 || !formFitsKind(kind, in.form))
        return Error(ErrorCode::RequestFormMismatch, QCoreApplication::translate("LifecycleRecords", "%1 is not the form for \"%2\"").arg(formLabel(in.form), in.kind));
    if (in.subject.trimmed().isEmpty())
        return Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleRecords", "a request needs --subject"));
    const bool aboutCertificate = kind == RequestKind::Renew || kind == RequestKind::Change || kind == RequestKind::Revoke;
    if (aboutCertificate && in.certSerial.isEmpty() && !in.certificate)
        return Error(ErrorCode::LifecycleRecordInvalid, QCoreApplication::translate("LifecycleRecords", "this request needs the certificate's serial (--cert-serial HEX)"));
    if (kind == RequestKind::Recover && in.tokenSerial.isEmpty())
        return Error(ErrorCode::LifecycleRecordInvalid, QCoreApplication::translate("LifecycleRecords", "a recovery request needs --token-serial"));
    RevocationCause cause;
    if (kind == RequestKind::Revoke && !parseRevocationCause(in.reason, cause))
        return Error(ErrorCode::LifecycleRecordInvalid, QCoreApplication::translate("LifecycleRecords", "a revocation needs --reason lost, compromised, post-changed or other"));
    if (!in.sentDate.isEmpty()) {
        if (Error e = checkLetter(in.letterNumber, isoDate(in.letterDate), isoDate(in.sentDate), today))
            return e;
    }
    return checkCertificateRules(reg, kind, in, today);
}

// The unit filing a request about a certificate: the agency certificate's CN,
// or the organisation of a personal one (from the certificate given, or the
// register's certificates with that serial).
QString unitOfCertificate(const Register &reg, const RequestInput &in)
{
    if (in.certificate) {
        const bool agency = classifyCertificate(*in.certificate) == CertificateKind::Agency;
        return agency ? in.certificate->commonName : in.certificate->organization;
    }
    for (const KnownCertificate &k : reg.certificates()) {
        if (sameSerial(k.serial, in.certSerial))
            return k.kind == QLatin1String(certificateKindName(CertificateKind::Agency)) ? k.commonName : k.organization;
    }
    return {};
}

} // namespace

QList<RequestView> requestViews(const Register &reg, const WorkingDays &days, const QDate &today)
{
    QList<RequestView> out;
    const QMap<qint64, Annotations> facts = reg.annotationsOf(kRequests);
    for (const CertificateRequest &r : reg.requests())
        out << viewOf(r, facts.value(r.id), days, today);
    return out;
}

qint64 addRequest(Register &reg, const RequestInput &in, const WorkingDays &days, const QDate &today, Error &error)
{
    RequestKind kind;
    if ((error = validateRequest(reg, in, kind, today)))
        return 0;
    CertificateRequest r;
    r.kind = in.kind;
    r.form = formLabel(in.form);
    r.subject = in.subject;
    r.tokenSerial = in.tokenSerial;
    r.note = in.note;
    r.status = in.sentDate.isEmpty() ? QStringLiteral("draft") : QStringLiteral("sent");
    const qint64 id = reg.addRequest(r, error);
    if (!id)
        return 0;
    Annotations a;
    a.insert(QStringLiteral("recipient"), recipientOf(kind));
    a.insert(QStringLiteral("copy_to"), copyRecipientOf(kind));
    a.insert(QStringLiteral("cert_serial"), in.certificate ? in.certificate->serialHex : in.certSerial);
    if (in.certificate) {
        a.insert(QStringLiteral("cert_sha256"), in.certificate->sha256Hex);
        a.insert(QStringLiteral("cert_not_after"), in.certificate->notAfter.toString(Qt::ISODate));
    }
    a.insert(QStringLiteral("unit"), !in.unit.isEmpty() ? in.unit : unitOfCertificate(reg, in));
    a.insert(QStringLiteral("reason"), in.reason);
    a.insert(QStringLiteral("letter_number"), in.letterNumber);
    a.insert(QStringLiteral("letter_date"), in.letterDate);
    a.insert(QStringLiteral("sent_date"), in.sentDate);
    if (!in.sentDate.isEmpty() && handlingWorkingDays(kind) > 0)
        a.insert(QStringLiteral("deadline"), days.addWorkingDays(isoDate(in.sentDate), handlingWorkingDays(kind)).toString(Qt::ISODate));
    error = reg.annotate(kRequests, id, a);
    return error ? 0 : id;
}

Error setRequestStatus(Register &reg, qint64 id, const QString &status, const QString &note, const QString &sentDate,
                       const QString &letterNumber, const QString &letterDate, const QString &resultSerial,
                       const WorkingDays &days, const QDate &today)
{
    const QList<RequestView> views = requestViews(reg, days, today);
    auto it = std::find_if(views.cbegin(), views.cend(), [id](const RequestView &v) { return v.request.id == id; });
    if (it == views.cend())
        return Error(ErrorCode::LifecycleRecordInvalid, QCoreApplication::translate("LifecycleRecords", "no request with number %1").arg(id));
    Annotations a;
    if (status == QLatin1String("sent")) {
        const QString number = letterNumber.isEmpty() ? it->letterNumber : letterNumber;
        const QDate letter = letterDate.isEmpty() ? it->letterDate : isoDate(letterDate);
        const QDate sent = sentDate.isEmpty() ? today : isoDate(sentDate);
        if (Error e = checkLetter(number, letter, sent, today))
            return e;
        a.insert(QStringLiteral("letter_number"), number);
        a.insert(QStringLiteral("letter_date"), letter.toString(Qt::ISODate));
        a.insert(QStringLiteral("sent_date"), sent.toString(Qt::ISODate));
        if (handlingWorkingDays(it->kind) > 0)
            a.insert(QStringLiteral("deadline"), days.addWorkingDays(sent, handlingWorkingDays(it->kind)).toString(Qt::ISODate));
    }
    if (!resultSerial.isEmpty()) {
        if (status != QLatin1String("done"))
            return Error(ErrorCode::LifecycleRecordInvalid, QCoreApplication::translate("LifecycleRecords", "--result-serial goes with --status done"));
        a.insert(QStringLiteral("result_serial"), resultSerial);
    }
    if (Error e = reg.setRequestStatus(id, status, note))
        return e;
    return reg.annotate(kRequests, id, a);
}

bool renewedBefore(const Register &reg, const CertificateInfo &cert, QString *why)
{
    const QList<RequestView> views = requestViews(reg, WorkingDays(), QDate::currentDate());
    const QDate started = cert.notBefore.toTimeZone(QTimeZone(7 * 3600)).date();
    auto say = [why](const QString &text) {
        if (why)
            *why = text;
        return true;
    };
    for (const RequestView &v : views) {
        if (v.kind != RequestKind::Renew || v.request.status == QLatin1String("rejected"))
            continue;
        if (sameSerial(v.certSerial, cert.serialHex) || (!v.certSha256.isEmpty() && v.certSha256 == cert.sha256Hex))
            return say(QCoreApplication::translate("LifecycleRecords", "renewal request %1 (%2) was already filed for this certificate").arg(v.request.id).arg(v.request.status));
        if (sameSerial(v.resultSerial, cert.serialHex))
            return say(QCoreApplication::translate("LifecycleRecords", "this certificate is the renewal made by request %1").arg(v.request.id));
        // No result serial recorded: the same holder's certificate begun after
        // a completed renewal, with no new certificate issued since.
        const bool sameHolder = folded(v.request.subject) == folded(cert.commonName);
        if (v.request.status == QLatin1String("done") && v.resultSerial.isEmpty() && sameHolder
            && v.request.createdUtc.date() <= started) {
            bool reissued = false;
            for (const RequestView &w : views)
                reissued = reissued || (w.kind == RequestKind::Issue && w.request.status == QLatin1String("done")
                                        && folded(w.request.subject) == folded(cert.commonName) && w.request.id > v.request.id);
            if (!reissued)
                return say(QCoreApplication::translate("LifecycleRecords", "the holder's certificate was renewed by request %1").arg(v.request.id));
        }
    }
    return false;
}

Error refuseIfRevokedLocally(const Register &reg, const CertificateInfo &cert)
{
    for (const RequestView &v : requestViews(reg, WorkingDays(), QDate::currentDate())) {
        if (v.kind == RequestKind::Revoke && isFiled(v.request.status)
            && (sameSerial(v.certSerial, cert.serialHex) || (!v.certSha256.isEmpty() && v.certSha256 == cert.sha256Hex)))
            return Error(ErrorCode::CertificateRevokedLocally,
                         QCoreApplication::translate("LifecycleRecords", "revocation request %1 (Mẫu 05, %2), status %3")
                             .arg(v.request.id)
                             .arg(v.reason, v.request.status));
    }
    const QMap<qint64, Annotations> facts = reg.annotationsOf(QStringLiteral("certificates"));
    for (const KnownCertificate &k : reg.certificates()) {
        const Annotations a = facts.value(k.id);
        if (k.sha256 == cert.sha256Hex && a.contains(QStringLiteral("revoked_at")))
            return Error(ErrorCode::CertificateRevokedLocally, QCoreApplication::translate("LifecycleRecords", "reported revoked on %1 by %2")
                                                                   .arg(a.value(QStringLiteral("revoked_at")), a.value(QStringLiteral("revoked_source"))));
    }
    return {};
}

namespace {

// What the register keeps of a certificate.
KnownCertificate knownCertificate(const CertificateInfo &cert, CertificateKind kind, const QString &tokenSerial = {})
{
    KnownCertificate k;
    k.sha256 = cert.sha256Hex;
    k.serial = cert.serialHex;
    k.subject = cert.subject;
    k.commonName = cert.commonName;
    k.organization = cert.organization;
    k.kind = QLatin1String(certificateKindName(kind));
    k.tokenSerial = tokenSerial;
    k.notBefore = cert.notBefore;
    k.notAfter = cert.notAfter;
    return k;
}

} // namespace

void noteRevocationReported(Register &reg, const CertificateInfo &cert, const QDateTime &revokedAt, const QString &source)
{
    Error error;
    const KnownCertificate k = knownCertificate(cert, classifyCertificate(cert));
    const qint64 id = reg.noteCertificate(k, error);
    if (id)
        reg.annotate(QStringLiteral("certificates"), id,
                     {{QStringLiteral("revoked_at"), revokedAt.toString(Qt::ISODate)}, {QStringLiteral("revoked_source"), source}});
}

namespace {

bool profileFits(const SigningProfile &p, const CertificateInfo &cert, CertificateKind kind, const QString &tokenSerial,
                 const QString &certIdHex, bool byId)
{
    if (byId)
        return !p.certId.isEmpty() && p.certId.compare(certIdHex, Qt::CaseInsensitive) == 0
               && (p.token.isEmpty() || p.token == tokenSerial || tokenSerial.isEmpty());
    return kind == CertificateKind::Personal && !p.signer.isEmpty() && folded(p.signer) == folded(cert.commonName);
}

void applyProfile(LifecycleFacts &f, const CertificateInfo &cert, CertificateKind kind, const QString &tokenSerial,
                  const QString &certIdHex)
{
    QList<SigningProfile> profiles;
    for (const QString &name : SigningProfile::names()) {
        SigningProfile p;
        if (SigningProfile::load(name, p))
            profiles << p;
    }
    for (bool byId : {true, false}) {
        for (const SigningProfile &p : profiles) {
            if (!profileFits(p, cert, kind, tokenSerial, certIdHex, byId))
                continue;
            // Only facts both sides state are compared.
            const QString organisation = kind == CertificateKind::Agency ? cert.commonName : cert.organization;
            if (!organisation.isEmpty())
                f.expectedOrganization = p.agency;
            if (!cert.email.isEmpty())
                f.expectedEmail = p.email;
            if (kind == CertificateKind::Personal && !cert.title.isEmpty())
                f.expectedTitle = p.title;
            return;
        }
    }
}

} // namespace

LifecycleFacts lifecycleFacts(const Register *reg, const CertificateInfo &cert, CertificateKind kind, bool tokenLocked,
                              const QString &tokenSerial, const QString &certIdHex, const QDateTime &nowUtc)
{
    LifecycleFacts f;
    f.certificate = cert;
    f.kind = kind;
    f.now = nowUtc;
    f.tokenLocked = tokenLocked;
    if (reg) {
        f.renewedBefore = renewedBefore(*reg, cert);
        f.revocationFiled = refuseIfRevokedLocally(*reg, cert).isError();
        for (const RequestView &v : requestViews(*reg, WorkingDays(), QDate::currentDate())) {
            RevocationCause cause;
            if (v.kind == RequestKind::Revoke && v.request.status == QLatin1String("draft") && sameSerial(v.certSerial, cert.serialHex)
                && parseRevocationCause(v.reason, cause))
                f.revocationCause = cause;
        }
    }
    applyProfile(f, cert, kind, tokenSerial, certIdHex);
    return f;
}

bool isAgencyToken(const Register &reg, const QString &tokenSerial)
{
    for (const KnownCertificate &c : reg.certificates()) {
        if (c.tokenSerial == tokenSerial && c.kind == QLatin1String(certificateKindName(CertificateKind::Agency)))
            return true;
    }
    for (const SignatureRecord &s : reg.signatures()) {
        if (s.tokenSerial == tokenSerial && s.role != QLatin1String("personal") && !s.role.isEmpty())
            return true;
    }
    return false;
}

qint64 addHandover(Register &reg, const HandoverInput &in, const QStringList &pluggedSerials, bool agencyToken,
                   const QDate &today, Error &error)
{
    const QDate day = isoDate(in.date);
    const QDate permission = isoDate(in.permissionDate);
    if (folded(in.fromPerson) == folded(in.toPerson))
        error = Error(ErrorCode::HandoverRefused, QCoreApplication::translate("LifecycleRecords", "the person handing over and the person receiving are the same"));
    else if (!day.isValid())
        error = Error(ErrorCode::HandoverRefused, QCoreApplication::translate("LifecycleRecords", "dates are written YYYY-MM-DD"));
    else if (day > today)
        error = Error(ErrorCode::HandoverRefused, QCoreApplication::translate("LifecycleRecords", "the handover date %1 is in the future").arg(in.date));
    else if (!reg.knowsToken(in.tokenSerial) && !pluggedSerials.contains(in.tokenSerial))
        error = Error(ErrorCode::HandoverRefused,
                      QCoreApplication::translate("LifecycleRecords", "token %1 is neither in the register nor plugged in").arg(in.tokenSerial));
    else if ((agencyToken || isAgencyToken(reg, in.tokenSerial)) && (in.permissionNumber.trimmed().isEmpty() || !permission.isValid()))
        error = Error(ErrorCode::HandoverRefused,
                      QCoreApplication::translate("LifecycleRecords", "the agency token is handed over only with the written permission of the competent person "
                                             "(art. 7.1.b): give --permission-number and --permission-date"));
    else if (permission.isValid() && permission > day)
        error = Error(ErrorCode::HandoverRefused, QCoreApplication::translate("LifecycleRecords", "the permission is dated after the handover"));
    if (error)
        return 0;
    const qint64 id = reg.addHandover(Handover{0, {}, in.tokenSerial, in.fromPerson, in.toPerson, in.authorisedBy, in.date, in.note}, error);
    if (id)
        error = reg.annotate(QStringLiteral("handovers"), id,
                             {{QStringLiteral("permission_number"), in.permissionNumber},
                              {QStringLiteral("permission_date"), in.permissionDate}});
    return error ? 0 : id;
}

QString custodianOf(const Register &reg, const QString &tokenSerial, const QDate &day)
{
    QString custodian;
    QString latest;
    for (const Handover &h : reg.handovers()) {
        if (h.tokenSerial != tokenSerial || isoDate(h.date) > day)
            continue;
        if (h.date >= latest) { // ids ascend: a later record of the same day wins
            latest = h.date;
            custodian = h.toPerson;
        }
    }
    return custodian;
}

QString operatingSystemUser()
{
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

void noteCertificate(Register &reg, const CertificateInfo &cert, CertificateKind kind, const QString &tokenSerial)
{
    Error ignored;
    reg.noteCertificate(knownCertificate(cert, kind, tokenSerial), ignored);
}

void recordSignatureContext(Register &reg, qint64 signatureId, const CertificateInfo &cert, CertificateKind kind,
                            const QString &tokenSerial)
{
    noteCertificate(reg, cert, kind, tokenSerial);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
    reg.annotate(QStringLiteral("signatures"), signatureId,
                 {{QStringLiteral("os_user"), operatingSystemUser()},
                  {QStringLiteral("custodian"), custodianOf(reg, tokenSerial, today)}});
}

void noteLockObserved(Register &reg, const QString &tokenSerial, const QString &tokenLabel)
{
    const QList<TokenEvent> events = reg.tokenEvents();
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->tokenSerial != tokenSerial)
            continue;
        if (it->event == QLatin1String("lock-observed") || it->event == QLatin1String("pin-locked"))
            return; // already recorded, nothing since
        break;
    }
    reg.addTokenEvent(TokenEvent{{}, tokenSerial, tokenLabel, QStringLiteral("lock-observed"), {}});
}

const char *tokenEventName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::PinIncorrect: return "wrong-pin";
    case ErrorCode::PinLocked: return "pin-locked";
    case ErrorCode::PinFinalTryNotConfirmed: return "final-try-refused";
    case ErrorCode::TokenRemoved: return "token-removed";
    default: return nullptr;
    }
}

QJsonObject lifecycleJson(const LifecycleAdvice &a)
{
    return QJsonObject{{QStringLiteral("action"), QLatin1String(lifecycleActionName(a.action))},
                       {QStringLiteral("form"), a.formText()},
                       {QStringLiteral("sendTo"), a.sendTo},
                       {QStringLiteral("copyTo"), a.copyTo},
                       {QStringLiteral("deadline"), a.deadline.toString(Qt::ISODate)},
                       {QStringLiteral("handlingWorkingDays"), a.handlingWorkingDays},
                       {QStringLiteral("daysLeft"), double(a.daysLeft)},
                       {QStringLiteral("reason"), a.reason},
                       {QStringLiteral("text"), a.text()}};
}

} // namespace kyso
