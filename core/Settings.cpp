#include "core/Settings.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace kyso {

namespace {
const char kModuleKey[] = "pkcs11/module";
const char kTrustKey[] = "trust/anchors";

} // namespace

QSettings Settings::store()
{
    const QString dir = qEnvironmentVariable("KYSO_CONFIG_DIR");
    if (!dir.isEmpty())
        return QSettings(dir + QStringLiteral("/kyso.ini"), QSettings::IniFormat);
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("KySo"), QStringLiteral("kyso"));
}

QString Settings::dataDir()
{
    const QString dir = qEnvironmentVariable("KYSO_DATA_DIR");
    if (!dir.isEmpty())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/KySo/kyso");
}

QString Settings::defaultModulePath()
{
    const QString fromEnv = qEnvironmentVariable("KYSO_PKCS11_MODULE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString configured = configuredModulePath();
    if (!configured.isEmpty())
        return configured;
    return p11KitProxyPath();
}

QString Settings::configuredModulePath()
{
    return store().value(QLatin1String(kModuleKey)).toString();
}

void Settings::setConfiguredModulePath(const QString &path)
{
    auto s = store();
    s.setValue(QLatin1String(kModuleKey), path);
}

QStringList Settings::trustAnchorFiles()
{
    return store().value(QLatin1String(kTrustKey)).toStringList();
}

void Settings::setTrustAnchorFiles(const QStringList &files)
{
    auto s = store();
    s.setValue(QLatin1String(kTrustKey), files);
}

QStringList Settings::intermediateFiles()
{
    return store().value(QStringLiteral("trust/intermediates")).toStringList();
}

QStringList Settings::tsaTrustAnchorFiles()
{
    return store().value(QStringLiteral("tsa/trust")).toStringList();
}

CertificateKind Settings::certificateKindOverride(const QString &sha256Hex, CertificateKind guess)
{
    const QString v = store().value(QStringLiteral("certificates/%1/kind").arg(sha256Hex)).toString();
    if (v == QLatin1String("agency"))
        return CertificateKind::Agency;
    if (v == QLatin1String("personal"))
        return CertificateKind::Personal;
    return guess;
}

void Settings::setCertificateKind(const QString &sha256Hex, CertificateKind kind)
{
    auto s = store();
    s.setValue(QStringLiteral("certificates/%1/kind").arg(sha256Hex), QLatin1String(certificateKindName(kind)));
}

QString Settings::p11KitProxyPath()
{
    const char *candidates[] = {
        "/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so",
        "/usr/lib/aarch64-linux-gnu/p11-kit-proxy.so",
        "/usr/lib64/p11-kit-proxy.so",
        "/usr/lib/p11-kit-proxy.so",
    };
    for (const char *c : candidates) {
        if (QFileInfo::exists(QLatin1String(c)))
            return QLatin1String(c);
    }
    return QStringLiteral("p11-kit-proxy.so");
}

} // namespace kyso
