// kyso-cli log events and log report: the token events and the periodic
// report of regulation arts. 6-7 and 9.6; and what request and handover share.
#include "cli/LifecycleCommands.h"

#include "cli/CliSupport.h"
#include "common/LifecycleDocuments.h"
#include "core/LifecycleReport.h"
#include "core/Settings.h"
#include "pkcs11/TokenInventory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>
#include <QTimeZone>

namespace kyso::cli {

QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
}

QList<pkcs11::TokenEntry> pluggedTokens(const QString &module)
{
    const pkcs11::ModuleEntry m = pkcs11::TokenInventory::scan(module.isEmpty() ? Settings::defaultModulePath() : module, true);
    return m.tokens;
}

namespace {

bool parseDay(const QString &text, QDate &out)
{
    if (text.isEmpty())
        return true;
    out = QDate::fromString(text, Qt::ISODate);
    return out.isValid();
}

// Parses the period options, then opens the register. Null: done, code tells.
std::unique_ptr<Register> openForPeriod(QCommandLineParser &p, const QStringList &args, QDate &from, QDate &to, QTextStream &out,
                                        QTextStream &err, int &code)
{
    p.addHelpOption();
    p.addOptions({{QStringLiteral("from"), QCoreApplication::translate("LifecycleCommands", "From this day (YYYY-MM-DD)."), QStringLiteral("date")},
                  {QStringLiteral("to"), QCoreApplication::translate("LifecycleCommands", "To this day (YYYY-MM-DD)."), QStringLiteral("date")},
                  {QStringLiteral("json"), QCoreApplication::translate("LifecycleCommands", "Print JSON.")}});
    if (!parseArguments(p, args, out, err, code))
        return nullptr;
    if (!parseDay(p.value(QStringLiteral("from")), from) || !parseDay(p.value(QStringLiteral("to")), to)) {
        code = fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "dates are written YYYY-MM-DD")));
        return nullptr;
    }
    return openRegister(err, code);
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

int runLogEvents(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("LifecycleCommands", "Token events: wrong PIN, final try refused, lock observed, PIN changed, token inserted/removed."));
    p.addPositionalArgument(QStringLiteral("events"), QString());
    p.addOption({QStringLiteral("token"), QCoreApplication::translate("LifecycleCommands", "Only this token serial."), QStringLiteral("serial")});
    QDate from, to;
    int code = 0;
    const std::unique_ptr<Register> reg = openForPeriod(p, args, from, to, out, err, code);
    if (!reg)
        return code;
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

void printReport(QTextStream &out, const LifecycleReport &report)
{
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

int runLogReport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("LifecycleCommands", "The periodic report of regulation art. 9.6, per unit."));
    p.addPositionalArgument(QStringLiteral("report"), QString());
    p.addOptions({{QStringLiteral("csv"), QCoreApplication::translate("LifecycleCommands", "Write the report as CSV to this file."), QStringLiteral("file")},
                  {QStringLiteral("pdf"), QCoreApplication::translate("LifecycleCommands", "Write the report as a printable PDF to this file."), QStringLiteral("file")},
                  {QStringLiteral("agency"), QCoreApplication::translate("LifecycleCommands", "The reporting agency, printed above the PDF report."), QStringLiteral("name")}});
    QDate from, to;
    int code = 0;
    const std::unique_ptr<Register> reg = openForPeriod(p, args, from, to, out, err, code);
    if (!reg)
        return code;
    LifecycleReport report = buildLifecycleReport(*reg, WorkingDays::fromSettings(), from, to, vietnamToday());
    report.agency = p.value(QStringLiteral("agency")).trimmed();
    if (p.isSet(QStringLiteral("csv"))) {
        if (Error e = writeLifecycleReportCsv(report, p.value(QStringLiteral("csv"))))
            return fail(err, e);
    }
    if (p.isSet(QStringLiteral("pdf"))) {
        if (Error e = writeLifecycleReportPdf(report, p.value(QStringLiteral("pdf"))))
            return fail(err, e);
    }
    if (p.isSet(QStringLiteral("json")))
        out << QJsonDocument(lifecycleReportJson(report)).toJson(QJsonDocument::Indented);
    else if (!p.isSet(QStringLiteral("csv")) && !p.isSet(QStringLiteral("pdf")))
        printReport(out, report);
    return 0;
}

} // namespace kyso::cli
