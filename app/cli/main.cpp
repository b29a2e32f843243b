#include "cli/Command.h"
#include "core/Error.h"
#include "core/Localization.h"
#include "core/ProcessHardening.h"
#include "core/SafeText.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <sys/resource.h>


int main(int argc, char *argv[])
{
    // No core dumps, not dumpable: the memory could hold a PIN.
    kyso::hardenProcess();
    // A batch keeps each prepared document open until it is signed.
    if (rlimit files{}; getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }

    // No Qt Gui: every PDF the CLI draws is drawn with PoDoFo.
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KySo"));
    QCoreApplication::setApplicationName(QStringLiteral("kyso"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KYSO_VERSION_STRING));
    kyso::installTranslation(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Qt would turn such bytes into U+FFFD and then report "does not exist".
    for (int i = 1; i < argc; ++i) {
        const int at = kyso::firstUnrepresentableByte(QByteArray(argv[i]));
        if (at >= 0) {
            const kyso::Error e(kyso::ErrorCode::FileNameEncoding,
                                QCoreApplication::translate("main", "argument %1, byte 0x%2 at offset %3: %4")
                                    .arg(i)
                                    .arg(uchar(argv[i][at]), 2, 16, QLatin1Char('0'))
                                    .arg(at)
                                    .arg(kyso::escapeControls(QString::fromLocal8Bit(argv[i]))));
            err << "kyso-cli: " << e.message() << Qt::endl;
            return e.exitCode();
        }
    }
    return kyso::cli::Command::dispatch(app.arguments(), out, err);
}
