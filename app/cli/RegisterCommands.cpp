#include "cli/RegisterCommands.h"

#include "core/OutgoingBook.h"
#include "core/Register.h"
#include "core/RegisterExport.h"
#include "core/SigningProfile.h"
#include "pdf/OutgoingBookPdf.h"

#include "cli/CliSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

namespace kyso::cli {

namespace {


std::unique_ptr<Register> openRegister(Error &error)
{
    return Register::open(Register::defaultPath(), error);
}

bool parseDay(const QString &text, bool endOfDay, QDateTime &out)
{
    if (text.isEmpty())
        return true;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return false;
    // Days are Vietnam days (+07:00).
    out = QDateTime(d, endOfDay ? QTime(23, 59, 59, 999) : QTime(0, 0), QTimeZone(7 * 3600)).toUTC();
    return true;
}

QString roleLabelFor(const QString &name)
{
    SigningRole role;
    return parseRole(name, role) ? roleLabel(role) : name;
}

QJsonObject toJsonBase(const SignatureRecord &r);

// The authority as printed, as in the certificate, and the sources.
QJsonObject authorityJson(const AuthorityRecord &a)
{
    auto list = [](const QStringList &l) { return QJsonArray::fromStringList(l); };
    return QJsonObject{
        {QStringLiteral("printed"),
         QJsonObject{{QStringLiteral("capacity"), a.printedCapacity}, {QStringLiteral("onBehalfOf"), a.printedOnBehalfOf},
                     {QStringLiteral("title"), a.printedTitle}, {QStringLiteral("agency"), a.printedAgency},
                     {QStringLiteral("agencyParent"), a.printedAgencyParent}, {QStringLiteral("name"), a.printedName}}},
        {QStringLiteral("certificate"),
         QJsonObject{{QStringLiteral("title"), a.certTitle}, {QStringLiteral("organization"), a.certOrganization},
                     {QStringLiteral("commonName"), a.certCommonName}, {QStringLiteral("serial"), a.certSerial}}},
        {QStringLiteral("sources"),
         QJsonObject{{QStringLiteral("capacity"), QLatin1String(valueSourceName(a.capacitySource))},
                     {QStringLiteral("title"), QLatin1String(valueSourceName(a.titleSource))},
                     {QStringLiteral("agency"), QLatin1String(valueSourceName(a.agencySource))},
                     {QStringLiteral("name"), QLatin1String(valueSourceName(a.nameSource))}}},
        {QStringLiteral("documentType"), a.documentType},
        {QStringLiteral("documentNumber"), a.documentNumber},
        {QStringLiteral("documentSubject"), a.subject},
        {QStringLiteral("notRead"), list(a.notRead)},
        {QStringLiteral("notChecked"), list(a.notChecked)},
        {QStringLiteral("override"),
         a.overrideReason.isEmpty() ? QJsonValue()
                                    : QJsonValue(QJsonObject{{QStringLiteral("reason"), a.overrideReason},
                                                             {QStringLiteral("user"), a.overrideUser},
                                                             {QStringLiteral("refusal"), a.overriddenRefusal}})}};
}

QJsonObject toJson(const SignatureRecord &r)
{
    QJsonObject o = toJsonBase(r);
    if (r.hasAuthority)
        o.insert(QStringLiteral("authority"), authorityJson(r.authority));
    return o;
}

QJsonObject toJsonBase(const SignatureRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), double(r.id)},
                       {QStringLiteral("time"), r.createdUtc.toString(Qt::ISODate)},
                       {QStringLiteral("document"), r.document},
                       {QStringLiteral("output"), r.output},
                       {QStringLiteral("sha256Before"), r.sha256Before},
                       {QStringLiteral("sha256After"), r.sha256After},
                       {QStringLiteral("pages"), r.pages},
                       {QStringLiteral("role"), r.role},
                       {QStringLiteral("signer"), r.signerName},
                       {QStringLiteral("subject"), r.signerSubject},
                       {QStringLiteral("certSerial"), r.certSerial},
                       {QStringLiteral("issuer"), r.certIssuer},
                       {QStringLiteral("tokenSerial"), r.tokenSerial},
                       {QStringLiteral("capacity"), r.capacity},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("agency"), r.agency},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("docNumber"), r.docNumber},
                       {QStringLiteral("result"), r.result},
                       {QStringLiteral("error"), r.error}};
}

QJsonObject toJson(const OutgoingEntry &e)
{
    return QJsonObject{{QStringLiteral("number"), e.number},
                       {QStringLiteral("symbol"), e.symbol},
                       {QStringLiteral("numberAndSymbol"), e.numberAndSymbol()},
                       {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                       {QStringLiteral("year"), e.year},
                       {QStringLiteral("series"), e.series},
                       {QStringLiteral("type"), e.docType},
                       {QStringLiteral("subject"), e.subject},
                       {QStringLiteral("signer"), e.signerName},
                       {QStringLiteral("signerTitle"), e.signerTitle},
                       {QStringLiteral("recipients"), QJsonArray::fromStringList(e.recipients)},
                       {QStringLiteral("agency"), e.agency},
                       {QStringLiteral("certSha256"), e.certSha256},
                       {QStringLiteral("output"), e.output},
                       {QStringLiteral("sha256"), e.sha256After},
                       {QStringLiteral("clerk"), e.clerk},
                       {QStringLiteral("result"), e.result},
                       {QStringLiteral("signatureId"), double(e.signatureId)}};
}

// log outgoing: the outgoing-documents book (Decree 30, Appendix IV).
int runOutgoing(Register &reg, const QString &yearText, bool json, const QString &csvPath, const QString &pdfPath)
{
    bool ok = true;
    const int year = yearText.isEmpty() ? QDate::currentDate().year() : yearText.toInt(&ok);
    if (!ok || year < 1900 || year > 9999)
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "--year takes a year such as 2026")));
    const QList<OutgoingEntry> entries = OutgoingBook(reg).entries(year);
    if (!csvPath.isEmpty()) {
        if (Error e = exportOutgoingCsv(entries, csvPath))
            return fail(e);
    }
    if (!pdfPath.isEmpty()) {
        QStringList agencies;
        for (const OutgoingEntry &e : entries) {
            if (!agencies.contains(e.agency))
                agencies << e.agency;
        }
        if (Error e = pdf::writeOutgoingBookPdf(entries, agencies.join(QStringLiteral("; ")), year, pdfPath))
            return fail(e);
    }
    QTextStream out(stdout);
    if (json) {
        QJsonArray arr;
        for (const OutgoingEntry &e : entries)
            arr.append(toJson(e));
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    } else if (csvPath.isEmpty() && pdfPath.isEmpty()) {
        for (const OutgoingEntry &e : entries)
            out << QStringLiteral("%1  %2  %3 %4  %5  %6\n")
                       .arg(e.numberAndSymbol(), e.date.toString(QStringLiteral("dd/MM/yyyy")), sentenceCase(e.docType), e.subject,
                            e.signerName, e.result);
    }
    return 0;
}

bool parseFilter(QCommandLineParser &p, const QCommandLineOption &signer, const QCommandLineOption &from,
                 const QCommandLineOption &to, const QCommandLineOption &role, SignatureFilter &f)
{
    f.signer = p.value(signer);
    f.role = p.value(role);
    return parseDay(p.value(from), false, f.from) && parseDay(p.value(to), true, f.to);
}

} // namespace

int runLog(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("RegisterCommands", "The signing register: list, export, verify, report."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | export | verify | report | outgoing"));
    const QCommandLineOption signer(QStringLiteral("signer"), QCoreApplication::translate("RegisterCommands", "Only this signer (part of the name)."), QStringLiteral("name"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("RegisterCommands", "From this day (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("RegisterCommands", "To this day (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption role(QStringLiteral("role"), QCoreApplication::translate("RegisterCommands", "Only this role."), QStringLiteral("role"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("RegisterCommands", "Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), QCoreApplication::translate("RegisterCommands", "export: write CSV to this file."), QStringLiteral("file"));
    const QCommandLineOption year(QStringLiteral("year"), QCoreApplication::translate("RegisterCommands", "outgoing: the book of this year (default: this year)."), QStringLiteral("year"));
    const QCommandLineOption pdfOut(QStringLiteral("pdf"), QCoreApplication::translate("RegisterCommands", "outgoing: write the book as a printable PDF (A4 landscape)."), QStringLiteral("file"));
    p.addOptions({signer, from, to, role, json, csv, year, pdfOut});
    if (int code = 0; !parseArguments(p, args, code))
        return code;
    const QString action = p.positionalArguments().value(0);
    SignatureFilter filter;
    if (!parseFilter(p, signer, from, to, role, filter))
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "dates are written YYYY-MM-DD")));
    Error error;
    auto reg = openRegister(error);
    if (!reg)
        return fail(error);
    QTextStream out(stdout);
    if (reg->reconciledOnOpen() > 0)
        QTextStream(stderr) << "kyso-cli: "
                            << QCoreApplication::translate("RegisterCommands", "%n interrupted signing(s) reconciled", nullptr, reg->reconciledOnOpen())
                            << Qt::endl;

    if (action == QLatin1String("list")) {
        const QList<SignatureRecord> rows = reg->signatures(filter);
        if (p.isSet(json)) {
            QJsonArray arr;
            for (const SignatureRecord &r : rows)
                arr.append(toJson(r));
            out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
            return 0;
        }
        for (const SignatureRecord &r : rows)
            out << QStringLiteral("%1  %2  %3  %4 %5 %6  %7  %8\n")
                       .arg(r.id)
                       .arg(r.createdUtc.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate), r.result, r.capacity, r.title,
                            r.signerName, r.role, r.document);
        return 0;
    }
    if (action == QLatin1String("export")) {
        if (!p.isSet(csv))
            return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "export needs --csv FILE")));
        if (Error e = exportSignaturesCsv(reg->signatures(filter), p.value(csv)))
            return fail(e);
        return 0;
    }
    if (action == QLatin1String("verify")) {
        const ChainCheck check = reg->verifyChain();
        if (check.problems.isEmpty()) {
            out << QCoreApplication::translate("RegisterCommands", "Register intact: %n entries, hash chain verified.", nullptr, check.entries) << Qt::endl;
            return 0;
        }
        for (const QString &problem : check.problems)
            out << QCoreApplication::translate("RegisterCommands", "TAMPERED: %1").arg(problem) << '\n';
        out.flush();
        return 1;
    }
    if (action == QLatin1String("outgoing"))
        return runOutgoing(*reg, p.value(year), p.isSet(json), p.value(csv), p.value(pdfOut));
    if (action == QLatin1String("report")) {
        // Periodic usage report (regulation art. 9.6): by unit, signer and role.
        const UsageReport report = buildUsageReport(reg->signatures(filter));
        const auto &counts = report.counts;
        const int total = report.total;
        if (p.isSet(json)) {
            QJsonObject units;
            for (auto u = counts.cbegin(); u != counts.cend(); ++u) {
                QJsonObject signers;
                for (auto s = u.value().cbegin(); s != u.value().cend(); ++s) {
                    QJsonObject roles;
                    for (auto r = s.value().cbegin(); r != s.value().cend(); ++r)
                        roles.insert(r.key(), r.value());
                    signers.insert(s.key(), roles);
                }
                units.insert(u.key(), signers);
            }
            out << QJsonDocument(QJsonObject{{QStringLiteral("from"), p.value(from)}, {QStringLiteral("to"), p.value(to)},
                                             {QStringLiteral("total"), total}, {QStringLiteral("units"), units}})
                       .toJson(QJsonDocument::Indented);
            return 0;
        }
        out << QCoreApplication::translate("RegisterCommands", "Report on the use of digital signatures from %1 to %2")
                   .arg(p.value(from).isEmpty() ? QStringLiteral("…") : p.value(from),
                        p.value(to).isEmpty() ? QStringLiteral("…") : p.value(to))
            << '\n';
        for (auto u = counts.cbegin(); u != counts.cend(); ++u) {
            out << u.key() << '\n';
            for (auto s = u.value().cbegin(); s != u.value().cend(); ++s) {
                for (auto r = s.value().cbegin(); r != s.value().cend(); ++r)
                    out << "  " << s.key() << " — " << roleLabelFor(r.key()) << ": " << r.value() << '\n';
            }
        }
        out << QCoreApplication::translate("RegisterCommands", "Total signatures: %1").arg(total) << Qt::endl;
        return 0;
    }
    return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "unknown action \"%1\"").arg(action)));
}

int runHandover(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("RegisterCommands", "Token custody handovers (biên bản bàn giao)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add | list"));
    const QCommandLineOption token(QStringLiteral("token-serial"), QCoreApplication::translate("RegisterCommands", "Serial number of the token."), QStringLiteral("serial"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("RegisterCommands", "Handed over by."), QStringLiteral("name"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("RegisterCommands", "Received by."), QStringLiteral("name"));
    const QCommandLineOption by(QStringLiteral("authorised-by"), QCoreApplication::translate("RegisterCommands", "Who gave written permission."), QStringLiteral("name"));
    const QCommandLineOption date(QStringLiteral("date"), QCoreApplication::translate("RegisterCommands", "Date of the handover (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption note(QStringLiteral("note"), QCoreApplication::translate("RegisterCommands", "Note."), QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("RegisterCommands", "Print JSON."));
    p.addOptions({token, from, to, by, date, note, json});
    if (int code = 0; !parseArguments(p, args, code))
        return code;
    Error error;
    auto reg = openRegister(error);
    if (!reg)
        return fail(error);
    QTextStream out(stdout);
    const QString action = p.positionalArguments().value(0);
    if (action == QLatin1String("add")) {
        if (!p.isSet(token) || !p.isSet(from) || !p.isSet(to) || !p.isSet(by))
            return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "a handover needs --token-serial, --from, --to and --authorised-by")));
        const QString day = p.isSet(date) ? p.value(date) : QDate::currentDate().toString(Qt::ISODate);
        if (!QDate::fromString(day, Qt::ISODate).isValid())
            return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "dates are written YYYY-MM-DD")));
        const qint64 id = reg->addHandover(Handover{0, {}, p.value(token), p.value(from), p.value(to), p.value(by), day, p.value(note)}, error);
        if (!id)
            return fail(error);
        out << QCoreApplication::translate("RegisterCommands", "Handover %1 recorded.").arg(id) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("list")) {
        QJsonArray arr;
        for (const Handover &h : reg->handovers()) {
            if (p.isSet(json))
                arr.append(QJsonObject{{QStringLiteral("id"), double(h.id)}, {QStringLiteral("tokenSerial"), h.tokenSerial},
                                       {QStringLiteral("from"), h.fromPerson}, {QStringLiteral("to"), h.toPerson},
                                       {QStringLiteral("authorisedBy"), h.authorisedBy}, {QStringLiteral("date"), h.date},
                                       {QStringLiteral("note"), h.note}});
            else
                out << QStringLiteral("%1  %2  %3 → %4  (%5)  %6\n").arg(h.id).arg(h.date, h.fromPerson, h.toPerson, h.authorisedBy, h.tokenSerial);
        }
        if (p.isSet(json))
            out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return 0;
    }
    return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "unknown action \"%1\"").arg(action)));
}

int runRequest(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("RegisterCommands", "Certificate lifecycle requests (Mẫu 01–06)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add | list | set-status"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("issue | renew | change | revoke | recover"), QStringLiteral("kind"));
    const QCommandLineOption form(QStringLiteral("form"), QCoreApplication::translate("RegisterCommands", "Form number 01 to 06."), QStringLiteral("nn"));
    const QCommandLineOption subject(QStringLiteral("subject"), QCoreApplication::translate("RegisterCommands", "Certificate holder."), QStringLiteral("name"));
    const QCommandLineOption token(QStringLiteral("token-serial"), QCoreApplication::translate("RegisterCommands", "Serial number of the token."), QStringLiteral("serial"));
    const QCommandLineOption note(QStringLiteral("note"), QCoreApplication::translate("RegisterCommands", "Note."), QStringLiteral("text"));
    const QCommandLineOption id(QStringLiteral("id"), QCoreApplication::translate("RegisterCommands", "Request number."), QStringLiteral("n"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("draft | sent | approved | rejected | done"), QStringLiteral("status"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("RegisterCommands", "Print JSON."));
    p.addOptions({kind, form, subject, token, note, id, status, json});
    if (int code = 0; !parseArguments(p, args, code))
        return code;
    static const QStringList kinds = {QStringLiteral("issue"), QStringLiteral("renew"), QStringLiteral("change"),
                                      QStringLiteral("revoke"), QStringLiteral("recover")};
    static const QStringList statuses = {QStringLiteral("draft"), QStringLiteral("sent"), QStringLiteral("approved"),
                                         QStringLiteral("rejected"), QStringLiteral("done")};
    Error error;
    auto reg = openRegister(error);
    if (!reg)
        return fail(error);
    QTextStream out(stdout);
    const QString action = p.positionalArguments().value(0);
    if (action == QLatin1String("add")) {
        const int formNo = p.value(form).toInt();
        if (!kinds.contains(p.value(kind)) || formNo < 1 || formNo > 6 || !p.isSet(subject))
            return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "a request needs --kind (issue, renew, change, revoke, recover), --form 01 to 06 and --subject")));
        CertificateRequest r;
        r.kind = p.value(kind);
        r.form = QStringLiteral("Mẫu %1").arg(formNo, 2, 10, QLatin1Char('0'));
        r.subject = p.value(subject);
        r.tokenSerial = p.value(token);
        r.note = p.value(note);
        const qint64 n = reg->addRequest(r, error);
        if (!n)
            return fail(error);
        out << QCoreApplication::translate("RegisterCommands", "Request %1 recorded (%2).").arg(n).arg(r.form) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("set-status")) {
        if (!p.isSet(id) || !statuses.contains(p.value(status)))
            return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "set-status needs --id and --status (draft, sent, approved, rejected, done)")));
        if (Error e = reg->setRequestStatus(p.value(id).toLongLong(), p.value(status), p.value(note)))
            return fail(e);
        return 0;
    }
    if (action == QLatin1String("list")) {
        QJsonArray arr;
        for (const CertificateRequest &r : reg->requests()) {
            if (p.isSet(json))
                arr.append(QJsonObject{{QStringLiteral("id"), double(r.id)}, {QStringLiteral("kind"), r.kind},
                                       {QStringLiteral("form"), r.form}, {QStringLiteral("subject"), r.subject},
                                       {QStringLiteral("tokenSerial"), r.tokenSerial}, {QStringLiteral("status"), r.status},
                                       {QStringLiteral("note"), r.note}});
            else
                out << QStringLiteral("%1  %2  %3  %4  %5\n").arg(r.id).arg(r.form, r.kind, r.subject, r.status);
        }
        if (p.isSet(json))
            out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return 0;
    }
    return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "unknown action \"%1\"").arg(action)));
}

int runProfile(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("RegisterCommands", "Signing profiles: set, list, show, remove."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set | list | show | remove"));
    p.addPositionalArgument(QStringLiteral("name"), QCoreApplication::translate("RegisterCommands", "Profile name."));
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("signer"), QString(), QStringLiteral("name")}, {QStringLiteral("token"), QString(), QStringLiteral("label")},
        {QStringLiteral("cert-id"), QString(), QStringLiteral("hex")}, {QStringLiteral("module"), QString(), QStringLiteral("path")},
        {QStringLiteral("title"), QString(), QStringLiteral("text")}, {QStringLiteral("capacity"), QString(), QStringLiteral("KT.")},
        {QStringLiteral("agency"), QString(), QStringLiteral("text")}, {QStringLiteral("image"), QString(), QStringLiteral("png")},
        {QStringLiteral("seal-diameter"), QString(), QStringLiteral("mm")}, {QStringLiteral("role"), QString(), QStringLiteral("role")}};
    p.addOptions(opts);
    if (int code = 0; !parseArguments(p, args, code))
        return code;
    const QString action = p.positionalArguments().value(0);
    const QString name = p.positionalArguments().value(1);
    QTextStream out(stdout);
    if (action == QLatin1String("list")) {
        for (const QString &n : SigningProfile::names())
            out << n << '\n';
        return 0;
    }
    if (name.isEmpty())
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "a profile name is required")));
    if (action == QLatin1String("remove"))
        return SigningProfile::remove(name) ? 0 : fail(Error(ErrorCode::Usage, name));
    SigningProfile prof;
    const bool exists = SigningProfile::load(name, prof);
    prof.name = name;
    if (action == QLatin1String("show")) {
        if (!exists)
            return fail(Error(ErrorCode::Usage, name));
        out << QJsonDocument(QJsonObject{{QStringLiteral("signer"), prof.signer}, {QStringLiteral("token"), prof.token},
                                         {QStringLiteral("certId"), prof.certId}, {QStringLiteral("module"), prof.modulePath},
                                         {QStringLiteral("title"), prof.title}, {QStringLiteral("capacity"), QLatin1String(capacityName(prof.capacity))},
                                         {QStringLiteral("agency"), prof.agency}, {QStringLiteral("image"), prof.imagePath},
                                         {QStringLiteral("sealDiameterMm"), prof.sealDiameterMm},
                                         {QStringLiteral("role"), QLatin1String(roleName(prof.defaultRole))}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    if (action != QLatin1String("set"))
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "unknown action \"%1\"").arg(action)));
    auto v = [&](const char *key, QString &field) {
        if (p.isSet(QLatin1String(key)))
            field = p.value(QLatin1String(key));
    };
    v("signer", prof.signer);
    v("token", prof.token);
    v("cert-id", prof.certId);
    v("module", prof.modulePath);
    v("title", prof.title);
    v("agency", prof.agency);
    v("image", prof.imagePath);
    if (p.isSet(QStringLiteral("capacity")) && !parseCapacity(p.value(QStringLiteral("capacity")), prof.capacity))
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--capacity takes KT., TM., TL., TUQ., Q. or none")));
    if (p.isSet(QStringLiteral("role")) && !parseRole(p.value(QStringLiteral("role")), prof.defaultRole))
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--role takes personal, agency, attachment or copy")));
    if (p.isSet(QStringLiteral("seal-diameter")))
        prof.sealDiameterMm = p.value(QStringLiteral("seal-diameter")).toDouble();
    prof.save();
    return 0;
}

} // namespace kyso::cli
