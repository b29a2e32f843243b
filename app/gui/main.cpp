#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "SignView.h"
#include "VerifyView.h"
#include "core/Localization.h"
#include "core/ProcessHardening.h"
#include "core/Version.h"

#include <QApplication>
#include <QCommandLineParser>

#include <sys/resource.h>

int main(int argc, char *argv[])
{
    kyso::hardenProcess(); // no core dumps, not dumpable: they could hold a PIN
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KySo"));
    QApplication::setApplicationName(QStringLiteral("kyso"));
    QApplication::setApplicationVersion(QStringLiteral(KYSO_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("vn.kyso.KySo"));
    kyso::installTranslation(app);

    QCommandLineParser p;
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("main", "PDF files to sign"));
    const QCommandLineOption shots(QStringLiteral("screenshots"), QCoreApplication::translate("main", "Save a PNG of every view and dialog into DIR and quit."), QStringLiteral("dir"));
    const QCommandLineOption verify(QStringLiteral("verify"), QCoreApplication::translate("main", "Open FILE in the verify view."), QStringLiteral("file"));
    p.addOptions({shots, verify});
    p.process(app);

    kyso::gui::MainWindow window;
    window.signView()->addFiles(p.positionalArguments());
    if (p.isSet(verify))
        window.verifyView()->verifyFile(p.value(verify));
    window.show();

    if (p.isSet(shots))
        (new kyso::gui::ScreenshotTour(window, p.value(shots), &app))->start();
    return app.exec();
}
