#include "MainWindow.h"
#include "SignView.h"
#include "VerifyView.h"
#include "core/Localization.h"
#include "core/ProcessHardening.h"
#include "core/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTabWidget>
#include <QTimer>

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
    const QCommandLineOption shots(QStringLiteral("screenshots"), QCoreApplication::translate("main", "Save a PNG of every view into DIR and quit."), QStringLiteral("dir"));
    const QCommandLineOption verify(QStringLiteral("verify"), QCoreApplication::translate("main", "Open FILE in the verify view."), QStringLiteral("file"));
    p.addOptions({shots, verify});
    p.process(app);

    kyso::gui::MainWindow window;
    window.signView()->addFiles(p.positionalArguments());
    if (p.isSet(verify))
        window.verifyView()->verifyFile(p.value(verify));
    window.show();

    if (p.isSet(shots)) {
        // One tab per timer tick, so each view has painted (and loaded what
        // it loads in the background) before it is grabbed.
        const QString dir = p.value(shots);
        QDir().mkpath(dir);
        static const char *names[] = {"sign", "verify", "tokens", "register", "settings"};
        auto *tick = new QTimer(&app);
        auto index = std::make_shared<int>(-1);
        QObject::connect(tick, &QTimer::timeout, &app, [&window, dir, index, tick] {
            if (*index >= 0)
                window.grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(names[*index])));
            ++*index;
            if (*index >= window.tabs()->count()) {
                tick->stop();
                QApplication::quit();
                return;
            }
            window.tabs()->setCurrentIndex(*index);
        });
        tick->start(2500);
    }
    return app.exec();
}
