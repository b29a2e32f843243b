#include "cli/RegisterCommands.h"
#include "cli/LifecycleCommands.h"

#include "core/OutgoingBook.h"
#include "core/Register.h"
#include "core/RegisterExport.h"
#include "core/SafeText.h"
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


std::unique_ptr<Register> openRegister(Error &error, Register::Access access = Register::Access::ReadWrite)
{
    return Register::open(Register::defaultPath(), error, access);
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
    // Lifecycle actions (regulation arts. 6-7, 9.6) have their own options.
    if (args.value(1) == QLatin1String("events"))
        return runLogEvents(args);
    if (args.value(1) == QLatin1String("report"))
        return runLogReport(args);
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("RegisterCommands", "The signing register: list, export, verify, report, reconcile."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | export | verify | report | reconcile | events | outgoing"));
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
    // Reading never writes: only "reconcile" (and every writing command)
    // completes attempts of processes that are gone.
    auto reg = openRegister(error, action == QLatin1String("reconcile") ? Register::Access::ReadWrite : Register::Access::ReadOnly);
    if (!reg)
        return fail(error);
    QTextStream out(stdout);
    if (action == QLatin1String("reconcile")) {
        out << QCoreApplication::translate("RegisterCommands", "%n interrupted signing(s) reconciled", nullptr, reg->reconciledOnOpen())
            << Qt::endl;
        return 0;
    }
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
                       .arg(r.createdUtc.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate), escapeControls(r.result),
                            escapeControls(r.capacity), escapeControls(r.title), escapeControls(r.signerName), escapeControls(r.role),
                            escapeControls(r.document));
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
        for (const QString &note : check.notes)
            out << QCoreApplication::translate("RegisterCommands", "Note: %1").arg(note) << '\n';
        if (check.missing) {
            out << QCoreApplication::translate("RegisterCommands", "No register on this computer yet (nothing was signed here).") << Qt::endl;
            return 0;
        }
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
        {QStringLiteral("seal-diameter"), QString(), QStringLiteral("mm")}, {QStringLiteral("role"), QString(), QStringLiteral("role")},
        {QStringLiteral("email"), QString(), QStringLiteral("address")}};
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
                                         {QStringLiteral("role"), QLatin1String(roleName(prof.defaultRole))},
                                         {QStringLiteral("email"), prof.email}})
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
    v("email", prof.email);
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
