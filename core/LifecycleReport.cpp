#include "core/LifecycleReport.h"

#include "core/SafeText.h"
#include "core/SigningProfile.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>
#include <QTimeZone>

namespace kyso {

namespace {

const QString kNoUnit = QStringLiteral("-");

QDate vietnamDay(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(7 * 3600)).date();
}

bool within(const QDate &d, const QDate &from, const QDate &to)
{
    return d.isValid() && (!from.isValid() || d >= from) && (!to.isValid() || d <= to);
}

QString unitOfSignature(const SignatureRecord &r)
{
    if (r.role != QLatin1String("personal") && !r.role.isEmpty())
        return r.signerName.isEmpty() ? kNoUnit : r.signerName;
    return r.agency.isEmpty() ? kNoUnit : r.agency;
}

QString unitOfCertificate(const KnownCertificate &c)
{
    const QString u = c.kind == QLatin1String(certificateKindName(CertificateKind::Agency)) ? c.commonName : c.organization;
    return u.isEmpty() ? kNoUnit : u;
}

void addSignatures(const Register &reg, LifecycleReport &report)
{
    for (const SignatureRecord &r : reg.signatures()) {
        if (r.result != QLatin1String("signed") || !within(vietnamDay(r.createdUtc), report.from, report.to))
            continue;
        UnitReport &u = report.units[unitOfSignature(r)];
        u.signatures[r.signerName][r.role]++;
        ++u.signatureTotal;
        ++report.signatureTotal;
    }
}

void addCertificates(const Register &reg, LifecycleReport &report)
{
    QSet<QString> seen;
    for (const KnownCertificate &c : reg.certificates()) {
        if (seen.contains(c.sha256) || !within(vietnamDay(c.notAfter), report.from, report.to))
            continue;
        seen.insert(c.sha256);
        report.units[unitOfCertificate(c)].expiring << c;
    }
}

} // namespace

QString unitOfToken(const Register &reg, const QString &tokenSerial)
{
    QString personal;
    for (const KnownCertificate &c : reg.certificates()) {
        if (c.tokenSerial != tokenSerial)
            continue;
        if (c.kind == QLatin1String(certificateKindName(CertificateKind::Agency)))
            return unitOfCertificate(c);
        personal = unitOfCertificate(c);
    }
    if (!personal.isEmpty())
        return personal;
    for (const SignatureRecord &r : reg.signatures()) {
        if (r.tokenSerial == tokenSerial)
            personal = unitOfSignature(r);
    }
    return personal.isEmpty() ? kNoUnit : personal;
}

LifecycleReport buildLifecycleReport(const Register &reg, const WorkingDays &days, const QDate &from, const QDate &to,
                                     const QDate &today)
{
    LifecycleReport report;
    report.from = from;
    report.to = to;
    addSignatures(reg, report);
    addCertificates(reg, report);
    for (const RequestView &v : requestViews(reg, days, today)) {
        const bool open = v.request.status != QLatin1String("done") && v.request.status != QLatin1String("rejected");
        if (!open && !within(vietnamDay(v.request.createdUtc), from, to) && !within(v.sentDate, from, to))
            continue;
        const QString unit = !v.unit.isEmpty() ? v.unit : unitOfToken(reg, v.request.tokenSerial);
        report.units[unit].requests << v;
        if (v.kind == RequestKind::Recover)
            report.units[unit].recoveries++;
    }
    for (const TokenEvent &e : reg.tokenEvents()) {
        const bool lock = e.event == QLatin1String("pin-locked") || e.event == QLatin1String("lock-observed");
        if (lock && within(vietnamDay(e.createdUtc), from, to))
            report.units[unitOfToken(reg, e.tokenSerial)].locks << e;
    }
    for (const Handover &h : reg.handovers()) {
        if (within(QDate::fromString(h.date, Qt::ISODate), from, to))
            report.units[unitOfToken(reg, h.tokenSerial)].handovers << h;
    }
    return report;
}

QString reportingAgency(const LifecycleReport &report, const QList<SigningProfile> &profiles)
{
    QMap<QString, int> named;
    for (const SigningProfile &p : profiles) {
        const QString agency = p.agency.simplified();
        if (!agency.isEmpty() && p.defaultRole == SigningRole::Agency)
            return agency;
        if (!agency.isEmpty())
            ++named[agency];
    }
    QString best;
    int most = 0;
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    }
    if (!best.isEmpty())
        return best;
    for (auto it = report.units.cbegin(); it != report.units.cend(); ++it) {
        if (it.key() != kNoUnit && it.value().signatureTotal > most) {
            best = it.key();
            most = it.value().signatureTotal;
        }
    }
    return best;
}

QString reportingAgency(const LifecycleReport &report)
{
    QList<SigningProfile> profiles;
    for (const QString &name : SigningProfile::names()) {
        SigningProfile p;
        if (SigningProfile::load(name, p))
            profiles << p;
    }
    return reportingAgency(report, profiles);
}

namespace {

QJsonObject requestJson(const RequestView &v)
{
    return QJsonObject{{QStringLiteral("id"), double(v.request.id)},
                       {QStringLiteral("kind"), v.request.kind},
                       {QStringLiteral("form"), v.request.form},
                       {QStringLiteral("subject"), v.request.subject},
                       {QStringLiteral("status"), v.request.status},
                       {QStringLiteral("sendTo"), v.recipient},
                       {QStringLiteral("sentDate"), v.sentDate.toString(Qt::ISODate)},
                       {QStringLiteral("deadline"), v.deadline.toString(Qt::ISODate)},
                       {QStringLiteral("overdue"), v.overdue}};
}

QJsonObject unitJson(const UnitReport &u)
{
    QJsonObject signers;
    for (auto s = u.signatures.cbegin(); s != u.signatures.cend(); ++s) {
        QJsonObject roles;
        for (auto r = s.value().cbegin(); r != s.value().cend(); ++r)
            roles.insert(r.key(), r.value());
        signers.insert(s.key(), roles);
    }
    QJsonArray expiring, requests, locks, handovers;
    for (const KnownCertificate &c : u.expiring)
        expiring.append(QJsonObject{{QStringLiteral("commonName"), c.commonName}, {QStringLiteral("serial"), c.serial},
                                    {QStringLiteral("kind"), c.kind}, {QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate)},
                                    {QStringLiteral("tokenSerial"), c.tokenSerial}});
    for (const RequestView &v : u.requests)
        requests.append(requestJson(v));
    for (const TokenEvent &e : u.locks)
        locks.append(QJsonObject{{QStringLiteral("time"), e.createdUtc.toString(Qt::ISODate)}, {QStringLiteral("tokenSerial"), e.tokenSerial},
                                 {QStringLiteral("event"), e.event}});
    for (const Handover &h : u.handovers)
        handovers.append(QJsonObject{{QStringLiteral("id"), double(h.id)}, {QStringLiteral("date"), h.date},
                                     {QStringLiteral("tokenSerial"), h.tokenSerial}, {QStringLiteral("from"), h.fromPerson},
                                     {QStringLiteral("to"), h.toPerson}});
    return QJsonObject{{QStringLiteral("signatures"), signers},     {QStringLiteral("signatureTotal"), u.signatureTotal},
                       {QStringLiteral("certificatesExpiring"), expiring}, {QStringLiteral("requests"), requests},
                       {QStringLiteral("locks"), locks},             {QStringLiteral("recoveries"), u.recoveries},
                       {QStringLiteral("handovers"), handovers}};
}

QStringList csvRows(const QString &unit, const UnitReport &u)
{
    QList<QStringList> rows;
    for (auto s = u.signatures.cbegin(); s != u.signatures.cend(); ++s) {
        for (auto r = s.value().cbegin(); r != s.value().cend(); ++r)
            rows.append({unit, QStringLiteral("signatures"), QString(), s.key(), r.key(), QString::number(r.value())});
    }
    for (const KnownCertificate &c : u.expiring)
        rows.append({unit, QStringLiteral("certificate-expiring"), c.notAfter.toString(Qt::ISODate), c.commonName, c.serial, c.kind});
    for (const RequestView &v : u.requests)
        rows.append({unit, QStringLiteral("request"), v.sentDate.toString(Qt::ISODate), v.request.subject,
                     QStringLiteral("%1 %2 → %3, deadline %4").arg(v.request.form, v.request.kind, v.recipient, v.deadline.toString(Qt::ISODate)),
                     v.overdue ? QStringLiteral("overdue") : v.request.status});
    for (const TokenEvent &e : u.locks)
        rows.append({unit, QStringLiteral("lock"), e.createdUtc.toString(Qt::ISODate), e.tokenSerial, e.event, QString()});
    for (const Handover &h : u.handovers)
        rows.append({unit, QStringLiteral("handover"), h.date, h.tokenSerial, QStringLiteral("%1 → %2").arg(h.fromPerson, h.toPerson), QString()});
    QStringList out;
    for (const QStringList &row : rows) {
        QStringList quoted;
        for (const QString &f : row)
            quoted << csvCell(f);
        out << quoted.join(QLatin1Char(','));
    }
    return out;
}

} // namespace

QJsonObject lifecycleReportJson(const LifecycleReport &report)
{
    QJsonObject units;
    for (auto u = report.units.cbegin(); u != report.units.cend(); ++u)
        units.insert(u.key(), unitJson(u.value()));
    return QJsonObject{{QStringLiteral("from"), report.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
                       {QStringLiteral("total"), report.signatureTotal},
                       {QStringLiteral("agency"), report.agency},
                       {QStringLiteral("units"), units}};
}

Error writeLifecycleReportCsv(const LifecycleReport &report, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::OutputNotWritable, path);
    QTextStream s(&f);
    s << QChar(0xFEFF) << "unit,section,date,item,detail,state\n";
    for (auto u = report.units.cbegin(); u != report.units.cend(); ++u) {
        for (const QString &row : csvRows(u.key(), u.value()))
            s << row << '\n';
    }
    s.flush();
    if (!f.commit())
        return Error(ErrorCode::OutputNotWritable, path);
    return {};
}

} // namespace kyso
