#pragma once

#include <QString>

class QCoreApplication;

namespace kyso {

// Installs the Vietnamese or English translation according to the locale
// (LC_ALL / LC_MESSAGES / LANG, as QLocale::system() reads them).
// Returns the language code installed ("vi" or "en").
QString installTranslation(QCoreApplication &app);

} // namespace kyso
