// kyso-cli handover: token custody handovers (regulation art. 7.1.b).
#include "cli/HandoverCommand.h"

#include "cli/CliSupport.h"
#include "cli/LifecycleCommands.h"
#include "common/LifecycleDocuments.h"
#include "core/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

namespace kyso::cli {

namespace {

void setUpParser(QCommandLineParser &p)
{
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
}

int handoverAdd(const QCommandLineParser &p, Register &reg, QTextStream &out, QTextStream &err)
{
    auto v = [&p](const char *name) { return p.value(QLatin1String(name)); };
    if (v("token-serial").isEmpty() || v("from").isEmpty() || v("to").isEmpty() || v("authorised-by").isEmpty())
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "a handover needs --token-serial, --from, --to and --authorised-by")));
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
        return fail(err, error);
    out << QCoreApplication::translate("LifecycleCommands", "Handover %1 recorded.").arg(id) << Qt::endl;
    return 0;
}

int handoverList(const QCommandLineParser &p, Register &reg, QTextStream &out)
{
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

int handoverPrint(const QCommandLineParser &p, Register &reg, QTextStream &out, QTextStream &err)
{
    bool ok = false;
    const qint64 id = p.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || p.value(QStringLiteral("pdf")).isEmpty())
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "print needs the handover number and --pdf FILE")));
    Error error;
    HandoverDocument doc = handoverDocument(reg, id, error);
    if (error)
        return fail(err, error);
    for (const pkcs11::TokenEntry &tk : pluggedTokens(p.value(QStringLiteral("module")))) {
        if (tk.info.serial == doc.handover.tokenSerial)
            doc.tokenDescription = QStringLiteral("%1, %2 %3").arg(tk.info.label, tk.info.manufacturer, tk.info.model).simplified();
    }
    if (Error e = writeHandoverPdf(doc, p.value(QStringLiteral("pdf"))))
        return fail(err, e);
    out << QCoreApplication::translate("LifecycleCommands", "Handover record written to %1").arg(p.value(QStringLiteral("pdf"))) << Qt::endl;
    return 0;
}

} // namespace

QString HandoverCommand::description() const
{
    return QCoreApplication::translate("LifecycleCommands", "token custody handovers: add, list, print");
}

QString HandoverCommand::helpText() const
{
    QCommandLineParser p;
    setUpParser(p);
    return p.helpText();
}

int HandoverCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    setUpParser(p);
    int code = 0;
    const std::unique_ptr<Register> reg = parseAndOpenRegister(p, args, out, err, code);
    if (!reg)
        return code;
    const QString action = p.positionalArguments().value(0);
    if (action == QLatin1String("add"))
        return handoverAdd(p, *reg, out, err);
    if (action == QLatin1String("list"))
        return handoverList(p, *reg, out);
    if (action == QLatin1String("print"))
        return handoverPrint(p, *reg, out, err);
    return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "unknown action \"%1\"").arg(action)));
}

} // namespace kyso::cli
