#include "cli/LogCommand.h"

#include "cli/LifecycleCommands.h"

#include "core/OutgoingBook.h"
#include "core/Register.h"
#include "core/RegisterExport.h"
#include "core/SafeText.h"
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

#include <algorithm>

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
int runOutgoing(Register &reg, const QString &yearText, bool json, const QString &csvPath, const QString &pdfPath, QTextStream &out,
                QTextStream &err)
{
    bool ok = true;
    const int year = yearText.isEmpty() ? QDate::currentDate().year() : yearText.toInt(&ok);
    if (!ok || year < 1900 || year > 9999)
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "--year takes a year such as 2026")));
    const QList<OutgoingEntry> entries = OutgoingBook(reg).entries(year);
    if (!csvPath.isEmpty()) {
        if (Error e = exportOutgoingCsv(entries, csvPath))
            return fail(err, e);
    }
    if (!pdfPath.isEmpty()) {
        QStringList agencies;
        for (const OutgoingEntry &e : entries) {
            if (!agencies.contains(e.agency))
                agencies << e.agency;
        }
        if (Error e = pdf::writeOutgoingBookPdf(entries, agencies.join(QStringLiteral("; ")), year, pdfPath))
            return fail(err, e);
    }
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

// The options of log list|export|verify|reconcile|outgoing ("events" and
// "report" have their own).
struct LogOptions {
    const QCommandLineOption signer{QStringLiteral("signer"), QCoreApplication::translate("RegisterCommands", "Only this signer (part of the name)."), QStringLiteral("name")};
    const QCommandLineOption from{QStringLiteral("from"), QCoreApplication::translate("RegisterCommands", "From this day (YYYY-MM-DD)."), QStringLiteral("date")};
    const QCommandLineOption to{QStringLiteral("to"), QCoreApplication::translate("RegisterCommands", "To this day (YYYY-MM-DD)."), QStringLiteral("date")};
    const QCommandLineOption role{QStringLiteral("role"), QCoreApplication::translate("RegisterCommands", "Only this role."), QStringLiteral("role")};
    const QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("RegisterCommands", "Print JSON.")};
    const QCommandLineOption csv{QStringLiteral("csv"), QCoreApplication::translate("RegisterCommands", "export: write CSV to this file."), QStringLiteral("file")};
    const QCommandLineOption year{QStringLiteral("year"), QCoreApplication::translate("RegisterCommands", "outgoing: the book of this year (default: this year)."), QStringLiteral("year")};
    const QCommandLineOption pdfOut{QStringLiteral("pdf"), QCoreApplication::translate("RegisterCommands", "outgoing: write the book as a printable PDF (A4 landscape)."), QStringLiteral("file")};

    void setUp(QCommandLineParser &p) const
    {
        p.setApplicationDescription(QCoreApplication::translate("RegisterCommands", "The signing register: list, export, verify, report, reconcile."));
        p.addHelpOption();
        p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | export | verify | report | reconcile | events | outgoing"));
        p.addOptions({signer, from, to, role, json, csv, year, pdfOut});
    }
};

} // namespace

QString LogCommand::description() const
{
    return QCoreApplication::translate("RegisterCommands", "the signing register: list, export, verify, report, events");
}

QString LogCommand::helpText() const
{
    const LogOptions o;
    QCommandLineParser p;
    o.setUp(p);
    return p.helpText();
}

int LogCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    // Lifecycle actions (regulation arts. 6-7, 9.6) have their own options.
    if (args.value(1) == QLatin1String("events"))
        return runLogEvents(args, out, err);
    if (args.value(1) == QLatin1String("report"))
        return runLogReport(args, out, err);
    const LogOptions o;
    QCommandLineParser p;
    o.setUp(p);
    if (int code = 0; !parseArguments(p, args, out, err, code))
        return code;
    const QString action = p.positionalArguments().value(0);
    SignatureFilter filter;
    if (!parseFilter(p, o.signer, o.from, o.to, o.role, filter))
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "dates are written YYYY-MM-DD")));
    Error error;
    // Reading never writes: only "reconcile" (and every writing command)
    // completes attempts of processes that are gone.
    auto reg = openRegister(error, action == QLatin1String("reconcile") ? Register::Access::ReadWrite : Register::Access::ReadOnly);
    if (!reg)
        return fail(err, error);
    if (action == QLatin1String("reconcile")) {
        out << QCoreApplication::translate("RegisterCommands", "%n interrupted signing(s) reconciled", nullptr, reg->reconciledOnOpen())
            << Qt::endl;
        return 0;
    }
    if (reg->reconciledOnOpen() > 0)
        err << "kyso-cli: " << QCoreApplication::translate("RegisterCommands", "%n interrupted signing(s) reconciled", nullptr, reg->reconciledOnOpen())
            << Qt::endl;

    if (action == QLatin1String("list")) {
        const QList<SignatureRecord> rows = reg->signatures(filter);
        if (p.isSet(o.json)) {
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
        if (!p.isSet(o.csv))
            return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "export needs --csv FILE")));
        if (Error e = exportSignaturesCsv(reg->signatures(filter), p.value(o.csv)))
            return fail(err, e);
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
        return runOutgoing(*reg, p.value(o.year), p.isSet(o.json), p.value(o.csv), p.value(o.pdfOut), out, err);
    return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "unknown action \"%1\"").arg(action)));
}

} // namespace kyso::cli
