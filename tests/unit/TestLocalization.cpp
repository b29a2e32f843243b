#include "core/Localization.h"

#include "core/Settings.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

using namespace kyso;
using test::ScopedEnv;

namespace {

// Installs the translation for the language in the settings, hands back what
// installTranslation returned and what a few strings read while it was
// installed, then removes the translators again (the other tests read English).
struct Installed {
    QString language;
    QString kysoString, qtString;
    int translators = 0;
};

Installed installWith(const QString &settingsLanguage)
{
    QTemporaryDir dir;
    ScopedEnv config("KYSO_CONFIG_DIR", dir.path());
    if (!settingsLanguage.isNull())
        Settings::store().setValue(QStringLiteral("ui/language"), settingsLanguage);
    QCoreApplication *app = QCoreApplication::instance();
    REQUIRE(app);
    const QList<QTranslator *> before = app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    Installed out;
    out.language = installTranslation(*app);
    out.kysoString = QCoreApplication::translate("HttpClient", "connection refused");
    out.qtString = QCoreApplication::translate("QPlatformTheme", "Save");
    for (QTranslator *t : app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (before.contains(t))
            continue;
        ++out.translators;
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    return out;
}

} // namespace

TEST_CASE("localization: Vietnamese chosen in the settings installs KySo's and Qt's catalogues", "[Localization]")
{
    const Installed vi = installWith(QStringLiteral("vi"));
    CHECK(vi.language == QStringLiteral("vi"));
    CHECK(vi.translators == 2);
    CHECK(vi.kysoString == QStringLiteral("kết nối bị từ chối"));
    CHECK(vi.qtString == QStringLiteral("Lưu"));
    // Removed again: English for the rest of the process.
    CHECK(QCoreApplication::translate("HttpClient", "connection refused") == QStringLiteral("connection refused"));
}

TEST_CASE("localization: any other language is English", "[Localization]")
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("VI_vn")}) {
        INFO(lang.toStdString());
        const Installed other = installWith(lang);
        CHECK(other.language == QStringLiteral("en"));
        CHECK(other.kysoString == QStringLiteral("connection refused"));
        CHECK(other.qtString == QStringLiteral("Save"));
    }
    // No setting: the locale decides, with the same rule.
    const Installed byLocale = installWith(QString());
    const bool vietnamese = QLocale::system().name().left(2).toLower() == QLatin1String("vi");
    CHECK(byLocale.language == (vietnamese ? QStringLiteral("vi") : QStringLiteral("en")));
    CHECK((byLocale.kysoString == QStringLiteral("kết nối bị từ chối")) == vietnamese);
}
