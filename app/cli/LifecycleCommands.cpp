// kyso-cli request, handover, log events and log report: the certificate and
// token lifecycle of regulation arts. 4-7 and 9.6.
#include "cli/LifecycleCommands.h"
#include "cli/RegisterCommands.h"

#include "cli/CliSupport.h"
#include "common/LifecycleDocuments.h"
#include "core/LifecycleReport.h"
#include "core/Settings.h"
#include "pkcs11/TokenInventory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <optional>

namespace kyso::cli {

namespace {

QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
}

std::unique_ptr<Register> openRegister(Error &error)
{
    return Register::open(Register::defaultPath(), error);
}

QList<pkcs11::TokenEntry> pluggedTokens(const QString &module)
{
    const pkcs11::ModuleEntry m = pkcs11::TokenInventory::scan(module.isEmpty() ? Settings::defaultModulePath() : module, true);
    return m.tokens;
}

std::optional<CertificateInfo> certificateFromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray data = f.readAll();
    if (!data.contains("-----BEGIN"))
        return CertificateInfo::fromDer(data).serialHex.isEmpty() ? std::nullopt : std::optional(CertificateInfo::fromDer(data));
    BIO *bio = BIO_new_mem_buf(data.constData(), int(data.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!x)
        return std::nullopt;
    CertificateInfo info = CertificateInfo::fromX509(x);
    X509_free(x);
    return info;
}

std::optional<CertificateInfo> certificateOnTokens(const QString &serial, const QString &module)
{
    QString wanted = serial.toLower().remove(QLatin1Char(':'));
    for (const pkcs11::TokenEntry &tk : pluggedTokens(module)) {
        for (const pkcs11::CertificateEntry &c : tk.certificates) {
            if (!c.isAuthority && c.info.serialHex.toLower() == wanted)
                return c.info;
        }
    }
    return std::nullopt;
}

QJsonObject requestJson(const RequestView &v)
{
    return QJsonObject{{QStringLiteral("id"), double(v.request.id)},
                       {QStringLiteral("kind"), v.request.kind},
                       {QStringLiteral("form"), v.request.form},
                       {QStringLiteral("subject"), v.request.subject},
                       {QStringLiteral("tokenSerial"), v.request.tokenSerial},
                       {QStringLiteral("certSerial"), v.certSerial},
                       {QStringLiteral("unit"), v.unit},
                       {QStringLiteral("reason"), v.reason},
                       {QStringLiteral("sendTo"), v.recipient},
                       {QStringLiteral("copyTo"), v.copyTo},
                       {QStringLiteral("letterNumber"), v.letterNumber},
                       {QStringLiteral("letterDate"), v.letterDate.toString(Qt::ISODate)},
                       {QStringLiteral("sentDate"), v.sentDate.toString(Qt::ISODate)},
                       {QStringLiteral("deadline"), v.deadline.toString(Qt::ISODate)},
                       {QStringLiteral("overdue"), v.overdue},
                       {QStringLiteral("resultSerial"), v.resultSerial},
                       {QStringLiteral("status"), v.request.status},
                       {QStringLiteral("note"), v.request.note}};
}

struct RequestOptions {
    QCommandLineOption kind{QStringLiteral("kind"), QStringLiteral("issue | renew | change | revoke | recover"), QStringLiteral("kind")};
    QCommandLineOption form{QStringLiteral("form"), QCoreApplication::translate("LifecycleCommands", "Form number 01 to 06."), QStringLiteral("nn")};
    QCommandLineOption subject{QStringLiteral("subject"), QCoreApplication::translate("LifecycleCommands", "Certificate holder."), QStringLiteral("name")};
    QCommandLineOption token{QStringLiteral("token-serial"), QCoreApplication::translate("LifecycleCommands", "Serial number of the token."), QStringLiteral("serial")};
    QCommandLineOption certSerial{QStringLiteral("cert-serial"), QCoreApplication::translate("LifecycleCommands", "Serial number of the certificate (hex)."), QStringLiteral("hex")};
    QCommandLineOption cert{QStringLiteral("cert"), QCoreApplication::translate("LifecycleCommands", "The certificate as a PEM or DER file (when its token is not plugged in)."), QStringLiteral("file")};
    QCommandLineOption reason{QStringLiteral("reason"), QCoreApplication::translate("LifecycleCommands", "Revocation: lost, compromised, post-changed or other."), QStringLiteral("reason")};
    QCommandLineOption unit{QStringLiteral("unit"), QCoreApplication::translate("LifecycleCommands", "The managing agency (unit) filing the request."), QStringLiteral("name")};
    QCommandLineOption letterNumber{QStringLiteral("letter-number"), QCoreApplication::translate("LifecycleCommands", "Number of the agency's letter."), QStringLiteral("text")};
    QCommandLineOption letterDate{QStringLiteral("letter-date"), QCoreApplication::translate("LifecycleCommands", "Date of the agency's letter (YYYY-MM-DD)."), QStringLiteral("date")};
    QCommandLineOption sentDate{QStringLiteral("sent-date"), QCoreApplication::translate("LifecycleCommands", "Date the request was sent (YYYY-MM-DD)."), QStringLiteral("date")};
    QCommandLineOption resultSerial{QStringLiteral("result-serial"), QCoreApplication::translate("LifecycleCommands", "done: serial of the certificate the request produced."), QStringLiteral("hex")};
    QCommandLineOption note{QStringLiteral("note"), QCoreApplication::translate("LifecycleCommands", "Note."), QStringLiteral("text")};
    QCommandLineOption id{QStringLiteral("id"), QCoreApplication::translate("LifecycleCommands", "Request number."), QStringLiteral("n")};
    QCommandLineOption status{QStringLiteral("status"), QStringLiteral("draft | sent | approved | rejected | done"), QStringLiteral("status")};
    QCommandLineOption module{QStringLiteral("module"), QCoreApplication::translate("LifecycleCommands", "PKCS#11 module to look for the certificate."), QStringLiteral("path")};
    QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("LifecycleCommands", "Print JSON.")};
    QList<QCommandLineOption> all() const
    {
        return {kind, form, subject, token, certSerial, cert, reason, unit, letterNumber, letterDate, sentDate, resultSerial, note, id, status, module, json};
    }
};

int requestAdd(const QCommandLineParser &p, const RequestOptions &o, Register &reg)
{
    RequestInput in;
    in.kind = p.value(o.kind);
    bool formOk = false;
    in.form = p.value(o.form).toInt(&formOk);
    if (!formOk || in.form < 1 || in.form > 6)
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "--form takes 01 to 06")));
    in.subject = p.value(o.subject);
    in.tokenSerial = p.value(o.token);
    in.certSerial = p.value(o.certSerial);
    in.reason = p.value(o.reason);
    in.unit = p.value(o.unit);
    in.note = p.value(o.note);
    in.letterNumber = p.value(o.letterNumber);
    in.letterDate = p.value(o.letterDate);
    in.sentDate = p.value(o.sentDate);
    std::optional<CertificateInfo> cert;
    if (p.isSet(o.cert)) {
        cert = certificateFromFile(p.value(o.cert));
        if (!cert)
            return fail(Error(ErrorCode::FileNotFound, p.value(o.cert)));
    } else if (!in.certSerial.isEmpty() && (in.kind == QLatin1String("renew") || in.kind == QLatin1String("change"))) {
        cert = certificateOnTokens(in.certSerial, p.value(o.module));
    }
    in.certificate = cert ? &*cert : nullptr;
    Error error;
    const qint64 n = addRequest(reg, in, WorkingDays::fromSettings(), vietnamToday(), error);
    if (!n)
        return fail(error);
    const RequestView v = requestViews(reg, WorkingDays::fromSettings(), vietnamToday()).last();
    QTextStream(stdout) << QCoreApplication::translate("LifecycleCommands", "Request %1 recorded (%2): send it to %3%4.")
                               .arg(n)
                               .arg(v.request.form, v.recipient,
                                    v.copyTo.isEmpty() ? QString() : QCoreApplication::translate("LifecycleCommands", ", copy to %1").arg(v.copyTo))
                        << Qt::endl;
    return 0;
}

int requestList(const QCommandLineParser &p, const RequestOptions &o, Register &reg)
{
    QTextStream out(stdout);
    QJsonArray arr;
    for (const RequestView &v : requestViews(reg, WorkingDays::fromSettings(), vietnamToday())) {
        if (p.isSet(o.json)) {
            arr.append(requestJson(v));
            continue;
        }
        out << QStringLiteral("%1  %2  %3  %4  → %5  %6").arg(v.request.id).arg(v.request.form, v.request.kind, v.request.subject, v.recipient, v.request.status);
        if (v.deadline.isValid())
            out << "  " << QCoreApplication::translate("LifecycleCommands", "deadline %1").arg(v.deadline.toString(Qt::ISODate));
        if (v.overdue)
            out << "  " << QCoreApplication::translate("LifecycleCommands", "OVERDUE");
        out << '\n';
    }
    if (p.isSet(o.json))
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

int runRequest(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("LifecycleCommands", "Certificate lifecycle requests (Mẫu 01–06)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add | list | set-status"));
    const RequestOptions o;
    p.addOptions(o.all());
    if (int code = 0; !parseArguments(p, args, code))
        return code;
    static const QStringList statuses = {QStringLiteral("draft"), QStringLiteral("sent"), QStringLiteral("approved"),
                                         QStringLiteral("rejected"), QStringLiteral("done")};
    Error error;
    auto reg = openRegister(error);
    if (!reg)
        return fail(error);
    const QString action = p.positionalArguments().value(0);
    if (action == QLatin1String("add"))
        return requestAdd(p, o, *reg);
    if (action == QLatin1String("list"))
        return requestList(p, o, *reg);
    if (action == QLatin1String("set-status")) {
        if (!p.isSet(o.id) || !statuses.contains(p.value(o.status)))
            return fail(Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "set-status needs --id and --status (draft, sent, approved, rejected, done)")));
        if (Error e = setRequestStatus(*reg, p.value(o.id).toLongLong(), p.value(o.status), p.value(o.note), p.value(o.sentDate),
                                       p.value(o.letterNumber), p.value(o.letterDate), p.value(o.resultSerial),
                                       WorkingDays::fromSettings(), vietnamToday()))
            return fail(e);
        return 0;
    }
    return fail(Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "unknown action \"%1\"").arg(action)));
}

namespace {

int handoverAdd(const QCommandLineParser &p, Register &reg)
{
    auto v = [&p](const char *name) { return p.value(QLatin1String(name)); };
    if (v("token-serial").isEmpty() || v("from").isEmpty() || v("to").isEmpty() || v("authorised-by").isEmpty())
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "a handover needs --token-serial, --from, --to and --authorised-by")));
    HandoverInput in{v("token-serial"), v("from"), v("to"), v("authorised-by"),
                     v("date").isEmpty() ? vietnamToday().toString(Qt::ISODate) : v("date"), v("note"),
                     v("permission-number"), v("permission-date")};
    // The token plugged in now: its serial is known, and an agency
    // certificate on it makes it the agency's token.
    QStringList plugged;
    bool agency = false;
    for (const pkcs11::TokenEntry &tk : pluggedTokens(v("module"))) {
        plugged << tk.info.serial;
        for (const pkcs11::CertificateEntry &c : tk.certificates) {
            if (tk.info.serial == in.tokenSerial && !c.isAuthority) {
                const CertificateKind kind = Settings::certificateKindOverride(c.info.sha256Hex, c.kind);
                agency = agency || kind == CertificateKind::Agency;
                noteCertificate(reg, c.info, kind, tk.info.serial);
            }
        }
    }
    Error error;
    const qint64 id = addHandover(reg, in, plugged, agency, vietnamToday(), error);
    if (!id)
        return fail(error);
    QTextStream(stdout) << QCoreApplication::translate("LifecycleCommands", "Handover %1 recorded.").arg(id) << Qt::endl;
    return 0;
}

int handoverList(const QCommandLineParser &p, Register &reg)
{
    QTextStream out(stdout);
    QJsonArray arr;
    const QMap<qint64, Annotations> facts = reg.annotationsOf(QStringLiteral("handovers"));
    for (const Handover &h : reg.handovers()) {
        const Annotations a = facts.value(h.id);
        if (p.isSet(QStringLiteral("json")))
            arr.append(QJsonObject{{QStringLiteral("id"), double(h.id)}, {QStringLiteral("tokenSerial"), h.tokenSerial},
                                   {QStringLiteral("from"), h.fromPerson}, {QStringLiteral("to"), h.toPerson},
                                   {QStringLiteral("authorisedBy"), h.authorisedBy}, {QStringLiteral("date"), h.date},
                                   {QStringLiteral("permissionNumber"), a.value(QStringLiteral("permission_number"))},
                                   {QStringLiteral("permissionDate"), a.value(QStringLiteral("permission_date"))},
                                   {QStringLiteral("note"), h.note}});
        else
            out << QStringLiteral("%1  %2  %3 → %4  (%5 %6)  %7\n")
                       .arg(h.id)
                       .arg(h.date, h.fromPerson, h.toPerson, h.authorisedBy, a.value(QStringLiteral("permission_number")), h.tokenSerial);
    }
    if (p.isSet(QStringLiteral("json")))
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

int handoverPrint(const QCommandLineParser &p, Register &reg)
{
    bool ok = false;
    const qint64 id = p.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || p.value(QStringLiteral("pdf")).isEmpty())
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "print needs the handover number and --pdf FILE")));
    Error error;
    HandoverDocument doc = handoverDocument(reg, id, error);
    if (error)
        return fail(error);
    for (const pkcs11::TokenEntry &tk : pluggedTokens(p.value(QStringLiteral("module")))) {
        if (tk.info.serial == doc.handover.tokenSerial)
            doc.tokenDescription = QStringLiteral("%1, %2 %3").arg(tk.info.label, tk.info.manufacturer, tk.info.model).simplified();
    }
    if (Error e = writeHandoverPdf(doc, p.value(QStringLiteral("pdf"))))
        return fail(e);
    QTextStream(stdout) << QCoreApplication::translate("LifecycleCommands", "Handover record written to %1").arg(p.value(QStringLiteral("pdf"))) << Qt::endl;
    return 0;
}

} // namespace

int runHandover(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("LifecycleCommands", "Token custody handovers (biên bản bàn giao, regulation art. 7.1.b)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add | list | print ID"));
    p.addOptions({{QStringLiteral("token-serial"), QCoreApplication::translate("LifecycleCommands", "Serial number of the token."), QStringLiteral("serial")},
                  {QStringLiteral("from"), QCoreApplication::translate("LifecycleCommands", "Handed over by."), QStringLiteral("name")},
                  {QStringLiteral("to"), QCoreApplication::translate("LifecycleCommands", "Received by."), QStringLiteral("name")},
                  {QStringLiteral("authorised-by"), QCoreApplication::translate("LifecycleCommands", "Who gave written permission."), QStringLiteral("name")},
                  {QStringLiteral("permission-number"), QCoreApplication::translate("LifecycleCommands", "Number of the written permission."), QStringLiteral("text")},
                  {QStringLiteral("permission-date"), QCoreApplication::translate("LifecycleCommands", "Date of the written permission (YYYY-MM-DD)."), QStringLiteral("date")},
                  {QStringLiteral("date"), QCoreApplication::translate("LifecycleCommands", "Date of the handover (YYYY-MM-DD)."), QStringLiteral("date")},
                  {QStringLiteral("note"), QCoreApplication::translate("LifecycleCommands", "Note."), QStringLiteral("text")},
                  {QStringLiteral("module"), QCoreApplication::translate("LifecycleCommands", "PKCS#11 module to look for the token."), QStringLiteral("path")},
                  {QStringLiteral("pdf"), QCoreApplication::translate("LifecycleCommands", "print: write the handover record (PDF) to this file."), QStringLiteral("file")},
                  {QStringLiteral("json"), QCoreApplication::translate("LifecycleCommands", "Print JSON.")}});
    if (int code = 0; !parseArguments(p, args, code))
        return code;
    Error error;
    auto reg = openRegister(error);
    if (!reg)
        return fail(error);
    const QString action = p.positionalArguments().value(0);
    if (action == QLatin1String("add"))
        return handoverAdd(p, *reg);
    if (action == QLatin1String("list"))
        return handoverList(p, *reg);
    if (action == QLatin1String("print"))
        return handoverPrint(p, *reg);
    return fail(Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "unknown action \"%1\"").arg(action)));
}

namespace {

bool parseDay(const QString &text, QDate &out)
{
    if (text.isEmpty())
        return true;
    out = QDate::fromString(text, Qt::ISODate);
    return out.isValid();
}

bool parsePeriod(QCommandLineParser &p, const QStringList &args, QDate &from, QDate &to, int &code)
{
    p.addHelpOption();
    p.addOptions({{QStringLiteral("from"), QCoreApplication::translate("LifecycleCommands", "From this day (YYYY-MM-DD)."), QStringLiteral("date")},
                  {QStringLiteral("to"), QCoreApplication::translate("LifecycleCommands", "To this day (YYYY-MM-DD)."), QStringLiteral("date")},
                  {QStringLiteral("json"), QCoreApplication::translate("LifecycleCommands", "Print JSON.")}});
    if (!parseArguments(p, args, code))
        return false;
    if (!parseDay(p.value(QStringLiteral("from")), from) || !parseDay(p.value(QStringLiteral("to")), to)) {
        code = fail(Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "dates are written YYYY-MM-DD")));
        return false;
    }
    return true;
}

QString eventText(const QString &event)
{
    static const QMap<QString, const char *> texts = {
        {QStringLiteral("wrong-pin"), QT_TRANSLATE_NOOP("LifecycleCommands", "wrong PIN")},
        {QStringLiteral("final-try-refused"), QT_TRANSLATE_NOOP("LifecycleCommands", "final PIN try refused (not confirmed)")},
        {QStringLiteral("pin-locked"), QT_TRANSLATE_NOOP("LifecycleCommands", "PIN locked")},
        {QStringLiteral("lock-observed"), QT_TRANSLATE_NOOP("LifecycleCommands", "lock observed")},
        {QStringLiteral("pin-changed"), QT_TRANSLATE_NOOP("LifecycleCommands", "PIN changed")},
        {QStringLiteral("token-inserted"), QT_TRANSLATE_NOOP("LifecycleCommands", "token inserted")},
        {QStringLiteral("token-removed"), QT_TRANSLATE_NOOP("LifecycleCommands", "token removed")}};
    return texts.contains(event) ? QCoreApplication::translate("LifecycleCommands", texts.value(event)) : event;
}

} // namespace

int runLogEvents(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("LifecycleCommands", "Token events: wrong PIN, final try refused, lock observed, PIN changed, token inserted/removed."));
    p.addPositionalArgument(QStringLiteral("events"), QString());
    p.addOption({QStringLiteral("token"), QCoreApplication::translate("LifecycleCommands", "Only this token serial."), QStringLiteral("serial")});
    QDate from, to;
    if (int code = 0; !parsePeriod(p, args, from, to, code))
        return code;
    Error error;
    auto reg = openRegister(error);
    if (!reg)
        return fail(error);
    QTextStream out(stdout);
    QJsonArray arr;
    const QTimeZone vietnam(7 * 3600);
    for (const TokenEvent &e : reg->tokenEvents()) {
        const QDate day = e.createdUtc.toTimeZone(vietnam).date();
        if ((from.isValid() && day < from) || (to.isValid() && day > to) || (p.isSet(QStringLiteral("token")) && e.tokenSerial != p.value(QStringLiteral("token"))))
            continue;
        if (p.isSet(QStringLiteral("json")))
            arr.append(QJsonObject{{QStringLiteral("id"), double(e.id)}, {QStringLiteral("time"), e.createdUtc.toString(Qt::ISODate)},
                                   {QStringLiteral("tokenSerial"), e.tokenSerial}, {QStringLiteral("tokenLabel"), e.tokenLabel},
                                   {QStringLiteral("event"), e.event}, {QStringLiteral("detail"), e.detail}});
        else
            out << QStringLiteral("%1  %2  %3 (%4)  %5  %6\n")
                       .arg(e.id)
                       .arg(e.createdUtc.toTimeZone(vietnam).toString(Qt::ISODate), e.tokenLabel, e.tokenSerial, eventText(e.event), e.detail);
    }
    if (p.isSet(QStringLiteral("json")))
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

namespace {

void printReport(const LifecycleReport &report)
{
    QTextStream out(stdout);
    out << QCoreApplication::translate("LifecycleCommands", "Report on the use of digital signatures from %1 to %2 (regulation art. 9.6)")
               .arg(report.from.isValid() ? report.from.toString(Qt::ISODate) : QStringLiteral("…"),
                    report.to.isValid() ? report.to.toString(Qt::ISODate) : QStringLiteral("…"))
        << '\n';
    for (auto u = report.units.cbegin(); u != report.units.cend(); ++u) {
        const UnitReport &r = u.value();
        out << u.key() << '\n';
        for (auto s = r.signatures.cbegin(); s != r.signatures.cend(); ++s) {
            for (auto role = s.value().cbegin(); role != s.value().cend(); ++role)
                out << "  " << s.key() << " — " << role.key() << ": " << role.value() << '\n';
        }
        for (const KnownCertificate &c : r.expiring)
            out << "  " << QCoreApplication::translate("LifecycleCommands", "certificate expiring: %1 (%2) on %3").arg(c.commonName, c.serial, c.notAfter.date().toString(Qt::ISODate)) << '\n';
        for (const RequestView &v : r.requests)
            out << "  " << QCoreApplication::translate("LifecycleCommands", "request %1: %2 %3, %4%5").arg(v.request.id).arg(v.request.form, v.request.kind, v.request.status,
                                                                              v.overdue ? QStringLiteral(" ") + QCoreApplication::translate("LifecycleCommands", "OVERDUE") : QString()) << '\n';
        out << "  " << QCoreApplication::translate("LifecycleCommands", "locks: %1, recovery requests: %2, handovers: %3").arg(r.locks.size()).arg(r.recoveries).arg(r.handovers.size()) << '\n';
    }
    out << QCoreApplication::translate("LifecycleCommands", "Total signatures: %1").arg(report.signatureTotal) << Qt::endl;
}

} // namespace

int runLogReport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("LifecycleCommands", "The periodic report of regulation art. 9.6, per unit."));
    p.addPositionalArgument(QStringLiteral("report"), QString());
    p.addOptions({{QStringLiteral("csv"), QCoreApplication::translate("LifecycleCommands", "Write the report as CSV to this file."), QStringLiteral("file")},
                  {QStringLiteral("pdf"), QCoreApplication::translate("LifecycleCommands", "Write the report as a printable PDF to this file."), QStringLiteral("file")}});
    QDate from, to;
    if (int code = 0; !parsePeriod(p, args, from, to, code))
        return code;
    Error error;
    auto reg = openRegister(error);
    if (!reg)
        return fail(error);
    const LifecycleReport report = buildLifecycleReport(*reg, WorkingDays::fromSettings(), from, to, vietnamToday());
    if (p.isSet(QStringLiteral("csv"))) {
        if (Error e = writeLifecycleReportCsv(report, p.value(QStringLiteral("csv"))))
            return fail(e);
    }
    if (p.isSet(QStringLiteral("pdf"))) {
        if (Error e = writeLifecycleReportPdf(report, p.value(QStringLiteral("pdf"))))
            return fail(e);
    }
    if (p.isSet(QStringLiteral("json")))
        QTextStream(stdout) << QJsonDocument(lifecycleReportJson(report)).toJson(QJsonDocument::Indented);
    else if (!p.isSet(QStringLiteral("csv")) && !p.isSet(QStringLiteral("pdf")))
        printReport(report);
    return 0;
}

bool needsGuiApplication(const QStringList &args)
{
    const QString command = args.value(1);
    const bool pdf = std::any_of(args.cbegin(), args.cend(), [](const QString &a) { return a.startsWith(QLatin1String("--pdf")); });
    return (command == QLatin1String("handover") && args.contains(QStringLiteral("print"))) || (command == QLatin1String("log") && pdf);
}

} // namespace kyso::cli
