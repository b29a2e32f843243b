#include "core/Localization.h"

#include "core/Settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace kyso {

QString installTranslation(QCoreApplication &app)
{
    // The language chosen in the settings wins over the locale.
    QString lang = Settings::store().value(QStringLiteral("ui/language")).toString();
    if (lang.isEmpty())
        lang = QLocale::system().name().left(2).toLower();
    if (lang != QLatin1String("vi"))
        lang = QStringLiteral("en");
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/kyso_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return lang;
}

} // namespace kyso
