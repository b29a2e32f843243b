#include "core/Settings.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace kyso {

namespace {

struct KeyInfo {
    SettingKey key;
    const char *name;
    QVariant (*defaultValue)();
};

QVariant none()
{
    return {};
}

const KeyInfo kKeys[] = {
    {SettingKey::Pkcs11Module, "pkcs11/module", none},
    {SettingKey::TrustAnchors, "trust/anchors", none},
    {SettingKey::TrustIntermediates, "trust/intermediates", none},
    {SettingKey::TsaUrl, "tsa/url", none},
    {SettingKey::TsaTrustAnchors, "tsa/trust", none},
    {SettingKey::UiLanguage, "ui/language", [] { return QVariant(QStringLiteral("vi")); }},
    {SettingKey::UiGeometry, "ui/geometry", none},
    {SettingKey::OutgoingSeparateSequences, "outgoing/separateSequences", [] { return QVariant(false); }},
    {SettingKey::HolidayDates, "holidays/dates", none},
    {SettingKey::HolidayNationalDayAdjacent, "holidays/nationalDayAdjacent", none},
    {SettingKey::HolidayCompensate, "holidays/compensate", [] { return QVariant(true); }},
    {SettingKey::UiLastFolder, "ui/lastFolder", none},
    {SettingKey::UiLastProfile, "ui/lastProfile", none},
    {SettingKey::UiLastCertificate, "ui/lastCertificate", none},
    {SettingKey::UiSignSplitter, "ui/signSplitter", none},
};

const KeyInfo &infoOf(SettingKey key)
{
    for (const KeyInfo &k : kKeys) {
        if (k.key == key)
            return k;
    }
    Q_UNREACHABLE();
}

} // namespace

QString Settings::keyName(SettingKey key)
{
    return QLatin1String(infoOf(key).name);
}

QVariant Settings::value(SettingKey key)
{
    const KeyInfo &k = infoOf(key);
    return store().value(QLatin1String(k.name), k.defaultValue());
}

void Settings::setValue(SettingKey key, const QVariant &value)
{
    QSettings s = store();
    s.setValue(QLatin1String(infoOf(key).name), value);
}

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
    return value(SettingKey::Pkcs11Module).toString();
}

void Settings::setConfiguredModulePath(const QString &path)
{
    setValue(SettingKey::Pkcs11Module, path);
}

QStringList Settings::trustAnchorFiles()
{
    return value(SettingKey::TrustAnchors).toStringList();
}

void Settings::setTrustAnchorFiles(const QStringList &files)
{
    setValue(SettingKey::TrustAnchors, files);
}

QStringList Settings::intermediateFiles()
{
    return value(SettingKey::TrustIntermediates).toStringList();
}

QStringList Settings::tsaTrustAnchorFiles()
{
    return value(SettingKey::TsaTrustAnchors).toStringList();
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
