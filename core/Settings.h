#pragma once

#include <QString>
#include <QStringList>

namespace kyso {

// Persistent user settings (QSettings, organisation "KySo").
class Settings
{
public:
    // The PKCS#11 module to use when none is given on the command line:
    // $KYSO_PKCS11_MODULE, then the configured one, then p11-kit-proxy.
    static QString defaultModulePath();
    static QString configuredModulePath();
    static void setConfiguredModulePath(const QString &path);

    static QStringList trustAnchorFiles();
    static void setTrustAnchorFiles(const QStringList &files);

    // Known locations of p11-kit-proxy on Debian and elsewhere.
    static QString p11KitProxyPath();
};

} // namespace kyso
