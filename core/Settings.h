#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

#include "core/CertificateInfo.h"

namespace kyso {

// Every fixed settings key, named and defaulted in one place (Settings.cpp).
// Per-item groups ("profiles/<name>/...", "certificates/<sha256>/kind") are
// built by SigningProfile and Settings::certificateKindOverride.
enum class SettingKey {
    Pkcs11Module,              // pkcs11/module
    TrustAnchors,              // trust/anchors (list of files)
    TrustIntermediates,        // trust/intermediates (list of files)
    TsaUrl,                    // tsa/url
    TsaTrustAnchors,           // tsa/trust (list of files)
    UiLanguage,                // ui/language ("vi" by default)
    UiGeometry,                // ui/geometry (the main window's saved geometry)
    OutgoingSeparateSequences, // outgoing/separateSequences (false by default)
    HolidayDates,              // holidays/dates (list of yyyy-MM-dd)
    HolidayNationalDayAdjacent,// holidays/nationalDayAdjacent ("before"/"after")
    HolidayCompensate,         // holidays/compensate (true by default)
    UiLastFolder,              // ui/lastFolder (where the Sign view's file dialog opens)
    UiLastProfile,             // ui/lastProfile (the Sign view's profile at the last signing)
    UiLastCertificate,         // ui/lastCertificate (the certificate ID of the last signing without a profile)
    UiSignSplitter,            // ui/signSplitter (the Sign view's column widths)
};

// Persistent user settings (QSettings, organisation "KySo").
class Settings
{
public:
    // The settings store: $KYSO_CONFIG_DIR/kyso.ini when set (tests), else the
    // user's ~/.config/KySo/kyso.ini.
    static QSettings store();
    // Folder for the register and other data: $KYSO_DATA_DIR, else
    // ~/.local/share/KySo/kyso.
    static QString dataDir();

    // The stored value of `key`, or its default.
    static QVariant value(SettingKey key);
    static void setValue(SettingKey key, const QVariant &value);
    static QString keyName(SettingKey key);

    // The PKCS#11 module to use when none is given on the command line:
    // $KYSO_PKCS11_MODULE, then the configured one, then p11-kit-proxy.
    static QString defaultModulePath();
    static QString configuredModulePath();
    static void setConfiguredModulePath(const QString &path);

    static QStringList trustAnchorFiles();
    static void setTrustAnchorFiles(const QStringList &files);
    // Intermediate CA certificates (PEM/DER files) used to complete chains
    // (key trust/intermediates).
    static QStringList intermediateFiles();
    // Trust anchors for time-stamp authorities (key tsa/trust); empty: the
    // trust anchors are used.
    static QStringList tsaTrustAnchorFiles();

    // IT staff may mark a certificate (by SHA-256 fingerprint) as personal
    // or agency when its subject is ambiguous; returns the guess otherwise.
    static CertificateKind certificateKindOverride(const QString &sha256Hex, CertificateKind guess);
    static void setCertificateKind(const QString &sha256Hex, CertificateKind kind);

    // Known locations of p11-kit-proxy on Debian and elsewhere.
    static QString p11KitProxyPath();
};

} // namespace kyso
