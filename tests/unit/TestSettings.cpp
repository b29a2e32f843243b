#include "core/Settings.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace kyso;
using test::ScopedEnv;

TEST_CASE("settings live in KYSO_CONFIG_DIR, data in KYSO_DATA_DIR", "[Settings]")
{
    QTemporaryDir dir;
    ScopedEnv config("KYSO_CONFIG_DIR", dir.path());
    CHECK(Settings::store().fileName() == dir.filePath(QStringLiteral("kyso.ini")));
    {
        ScopedEnv data("KYSO_DATA_DIR", dir.filePath(QStringLiteral("data")));
        CHECK(Settings::dataDir() == dir.filePath(QStringLiteral("data")));
    }
    ScopedEnv noData("KYSO_DATA_DIR", QString());
    CHECK(Settings::dataDir().endsWith(QStringLiteral("/KySo/kyso")));
    CHECK(Settings::dataDir() != dir.filePath(QStringLiteral("data")));
}

TEST_CASE("the module: environment, then configuration, then p11-kit-proxy", "[Settings]")
{
    QTemporaryDir dir;
    ScopedEnv config("KYSO_CONFIG_DIR", dir.path());
    ScopedEnv noModule("KYSO_PKCS11_MODULE", QString());

    const QString proxy = Settings::p11KitProxyPath();
    CHECK(proxy.endsWith(QStringLiteral("p11-kit-proxy.so")));
    CHECK((!proxy.contains(QLatin1Char('/')) || QFileInfo::exists(proxy))); // a found file, or the bare name for the loader
    CHECK(Settings::configuredModulePath().isEmpty());
    CHECK(Settings::defaultModulePath() == proxy);

    Settings::setConfiguredModulePath(QStringLiteral("/opt/vnpt/libvnpt-ca.so"));
    CHECK(Settings::configuredModulePath() == QStringLiteral("/opt/vnpt/libvnpt-ca.so"));
    CHECK(Settings::defaultModulePath() == QStringLiteral("/opt/vnpt/libvnpt-ca.so"));
    {
        ScopedEnv module("KYSO_PKCS11_MODULE", QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"));
        CHECK(Settings::defaultModulePath() == QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"));
    }
    // Written to the file, not only kept in memory.
    CHECK(test::readBytes(dir.filePath(QStringLiteral("kyso.ini"))).contains("libvnpt-ca.so"));
}

TEST_CASE("trust files and certificate kind overrides", "[Settings]")
{
    QTemporaryDir dir;
    ScopedEnv config("KYSO_CONFIG_DIR", dir.path());
    CHECK(Settings::trustAnchorFiles().isEmpty());
    const QStringList anchors = {QStringLiteral("/etc/kyso/root-ca.pem"), QStringLiteral("/etc/kyso/gov-ca.pem")};
    Settings::setTrustAnchorFiles(anchors);
    CHECK(Settings::trustAnchorFiles() == anchors);
    {
        auto s = Settings::store();
        s.setValue(QStringLiteral("trust/intermediates"), QStringList({QStringLiteral("/etc/kyso/sub-ca.pem")}));
        s.setValue(QStringLiteral("tsa/trust"), QStringList({QStringLiteral("/etc/kyso/tsa.pem")}));
    }
    CHECK(Settings::intermediateFiles() == QStringList({QStringLiteral("/etc/kyso/sub-ca.pem")}));
    CHECK(Settings::tsaTrustAnchorFiles() == QStringList({QStringLiteral("/etc/kyso/tsa.pem")}));

    const QString fp = QString(64, QLatin1Char('a'));
    const QString other = QString(64, QLatin1Char('b'));
    CHECK(Settings::certificateKindOverride(fp, CertificateKind::Personal) == CertificateKind::Personal);
    CHECK(Settings::certificateKindOverride(fp, CertificateKind::Agency) == CertificateKind::Agency);
    Settings::setCertificateKind(fp, CertificateKind::Agency);
    CHECK(Settings::certificateKindOverride(fp, CertificateKind::Personal) == CertificateKind::Agency);
    CHECK(Settings::certificateKindOverride(other, CertificateKind::Personal) == CertificateKind::Personal);
    Settings::setCertificateKind(fp, CertificateKind::Personal);
    CHECK(Settings::certificateKindOverride(fp, CertificateKind::Agency) == CertificateKind::Personal);
    // Anything else stored there is no override.
    Settings::store().setValue(QStringLiteral("certificates/%1/kind").arg(other), QStringLiteral("seal"));
    CHECK(Settings::certificateKindOverride(other, CertificateKind::Agency) == CertificateKind::Agency);
}
