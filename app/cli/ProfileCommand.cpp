#include "cli/ProfileCommand.h"

#include "cli/CliSupport.h"
#include "core/SigningProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kyso::cli {

namespace {

void setUpParser(QCommandLineParser &p)
{
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
}

} // namespace

QString ProfileCommand::description() const
{
    return QCoreApplication::translate("RegisterCommands", "signing profiles: set, list, show, remove");
}

QString ProfileCommand::helpText() const
{
    QCommandLineParser p;
    setUpParser(p);
    return p.helpText();
}

int ProfileCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    setUpParser(p);
    if (int code = 0; !parseArguments(p, args, out, err, code))
        return code;
    const QString action = p.positionalArguments().value(0);
    const QString name = p.positionalArguments().value(1);
    if (action == QLatin1String("list")) {
        for (const QString &n : SigningProfile::names())
            out << n << '\n';
        return 0;
    }
    if (name.isEmpty())
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "a profile name is required")));
    if (action == QLatin1String("remove"))
        return SigningProfile::remove(name) ? 0 : fail(err, Error(ErrorCode::Usage, name));
    SigningProfile prof;
    const bool exists = SigningProfile::load(name, prof);
    prof.name = name;
    if (action == QLatin1String("show")) {
        if (!exists)
            return fail(err, Error(ErrorCode::Usage, name));
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
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("RegisterCommands", "unknown action \"%1\"").arg(action)));
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
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--capacity takes KT., TM., TL., TUQ., Q. or none")));
    if (p.isSet(QStringLiteral("role")) && !parseRole(p.value(QStringLiteral("role")), prof.defaultRole))
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--role takes personal, agency, attachment or copy")));
    if (p.isSet(QStringLiteral("seal-diameter")))
        prof.sealDiameterMm = p.value(QStringLiteral("seal-diameter")).toDouble();
    prof.save();
    return 0;
}

} // namespace kyso::cli
