#include "core/Localization.h"
#include "core/Version.h"
#include "gui/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KySo"));
    QApplication::setApplicationName(QStringLiteral("kyso"));
    QApplication::setApplicationVersion(QStringLiteral(KYSO_VERSION_STRING));
    kyso::installTranslation(app);
    kyso::gui::MainWindow window;
    window.show();
    return app.exec();
}
