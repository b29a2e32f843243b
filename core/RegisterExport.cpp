#include "core/RegisterExport.h"

#include "core/SafeText.h"
#include "core/SigningRole.h"

#include <QCoreApplication>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

namespace kyso {

namespace {

QStringList machineHeader()
{
    return QStringLiteral("id,time,result,role,signer,capacity,title,agency,certificate_serial,issuer,token_serial,document,"
                          "sha256_before,output,sha256_after,doc_number,reason,error")
        .split(QLatin1Char(','));
}

QStringList localisedHeader()
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("RegisterExport", "No."), QT_TRANSLATE_NOOP("RegisterExport", "Time (Vietnam)"),
        QT_TRANSLATE_NOOP("RegisterExport", "Result"), QT_TRANSLATE_NOOP("RegisterExport", "Role"),
        QT_TRANSLATE_NOOP("RegisterExport", "Signer"), QT_TRANSLATE_NOOP("RegisterExport", "Capacity"),
        QT_TRANSLATE_NOOP("RegisterExport", "Title"), QT_TRANSLATE_NOOP("RegisterExport", "Agency"),
        QT_TRANSLATE_NOOP("RegisterExport", "Certificate serial"), QT_TRANSLATE_NOOP("RegisterExport", "Issuer"),
        QT_TRANSLATE_NOOP("RegisterExport", "Token serial"), QT_TRANSLATE_NOOP("RegisterExport", "Document"),
        QT_TRANSLATE_NOOP("RegisterExport", "SHA-256 before signing"), QT_TRANSLATE_NOOP("RegisterExport", "Signed file"),
        QT_TRANSLATE_NOOP("RegisterExport", "SHA-256 after signing"), QT_TRANSLATE_NOOP("RegisterExport", "Document number"),
        QT_TRANSLATE_NOOP("RegisterExport", "Reason"), QT_TRANSLATE_NOOP("RegisterExport", "Error")};
    QStringList header;
    for (const char *name : names)
        header << QCoreApplication::translate("RegisterExport", name);
    return header;
}

QStringList fieldsOf(const SignatureRecord &r, bool localised)
{
    QString time = r.createdUtc.toString(Qt::ISODate), result = r.result, role = r.role;
    if (localised) {
        time = vietnamTimeText(r.createdUtc);
        result = signatureResultText(r.result);
        SigningRole parsed;
        if (parseRole(r.role, parsed))
            role = roleLabel(parsed);
    }
    return {QString::number(r.id), time, result, role, r.signerName, r.capacity, r.title, r.agency, r.certSerial,
            r.certIssuer, r.tokenSerial, r.document, r.sha256Before, r.output, r.sha256After, r.docNumber, r.reason, r.error};
}

QString line(const QStringList &fields, QChar separator)
{
    QStringList quoted;
    for (const QString &v : fields)
        quoted << csvCell(v);
    return quoted.join(separator);
}

} // namespace

QString signatureResultText(const QString &result)
{
    if (result == QLatin1String("signed"))
        return QCoreApplication::translate("RegisterExport", "Signed");
    if (result == QLatin1String("failed"))
        return QCoreApplication::translate("RegisterExport", "Failed");
    if (result == QLatin1String("pending"))
        return QCoreApplication::translate("RegisterExport", "In progress or interrupted");
    return result;
}

QString tokenEventText(const QString &event)
{
    // Context kept from the command line's event list, where these began.
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

QString vietnamTimeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(QTimeZone(7 * 3600)).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

Error exportSignaturesCsv(const QList<SignatureRecord> &records, const QString &path, const CsvStyle &style)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::OutputNotWritable, path);
    QTextStream s(&f);
    s << QChar(0xFEFF); // BOM so spreadsheet programs read UTF-8
    // The machine-readable header stays unquoted, as it always was.
    s << (style.localised ? line(localisedHeader(), style.separator) : machineHeader().join(style.separator)) << '\n';
    for (const SignatureRecord &r : records)
        s << line(fieldsOf(r, style.localised), style.separator) << '\n';
    s.flush();
    if (!f.commit())
        return Error(ErrorCode::OutputNotWritable, path);
    return {};
}

} // namespace kyso
