#include "core/Localization.h"

#include "core/Settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace kyso {

QString installTranslation(QCoreApplication &app)
{
    // The language chosen in the settings wins over the locale.
    QString lang = Settings::store().value(Settings::keyName(SettingKey::UiLanguage)).toString();
    if (lang.isEmpty())
        lang = QLocale::system().name().left(2).toLower();
    if (lang != QLatin1String("vi"))
        lang = QStringLiteral("en");
    // KySo's own catalogue, and for Vietnamese the Qt strings KySo shows
    // (buttons, file dialogs, context menus): Debian ships no qtbase_vi.
    const QStringList catalogues{QStringLiteral(":/i18n/kyso_%1.qm").arg(lang), QStringLiteral(":/i18n/qt_%1.qm").arg(lang)};
    for (const QString &file : catalogues) {
        auto *translator = new QTranslator(&app);
        if (translator->load(file))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
    return lang;
}

} // namespace kyso
