#include "cli/LifecycleCommands.h"
#include "cli/RegisterCommands.h"
#include "cli/SignCommand.h"
#include "cli/TokenCommand.h"
#include "cli/VerifyCommand.h"
#include "core/Error.h"
#include "core/Localization.h"
#include "core/ProcessHardening.h"
#include "core/SafeText.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <sys/resource.h>

#include <memory>

namespace {

QString usage()
{
    return QCoreApplication::translate("main",
                                       "Usage: kyso-cli <command> [options]\n"
                                       "Commands:\n"
                                       "  sign    sign a PDF with a token certificate\n"
                                       "  verify  verify the signatures of a PDF\n"
                                       "  token   list tokens, PIN state and certificates; change the PIN\n"
                                       "  log     the signing register: list, export, verify, report, events\n"
                                       "  handover  token custody handovers: add, list, print\n"
                                       "  request   certificate requests (Form 01-06): add, list, set-status\n"
                                       "  profile   signing profiles: set, list, show, remove\n"
                                       "Run 'kyso-cli <command> --help' for the options of a command.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // No core dumps, not dumpable: the memory could hold a PIN.
    kyso::hardenProcess();
    // A batch keeps each prepared document open until it is signed.
    if (rlimit files{}; getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }

    // Drawing a PDF (handover record, report) needs Qt's GUI layer, offscreen.
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const bool gui = kyso::cli::needsGuiApplication(rawArgs);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *appHolder;
    QCoreApplication::setOrganizationName(QStringLiteral("KySo"));
    QCoreApplication::setApplicationName(QStringLiteral("kyso"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KYSO_VERSION_STRING));
    kyso::installTranslation(app);

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
            QTextStream(stderr) << "kyso-cli: " << e.message() << Qt::endl;
            return e.exitCode();
        }
    }
    QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << usage();
        return 64;
    }
    const QString command = args.takeAt(1);
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        QTextStream(stdout) << "kyso-cli " << KYSO_VERSION_STRING << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return 0;
    }
    args[0] = args[0] + QLatin1Char(' ') + command;
    if (command == QLatin1String("sign"))
        return kyso::cli::runSign(args);
    if (command == QLatin1String("verify"))
        return kyso::cli::runVerify(args);
    if (command == QLatin1String("token"))
        return kyso::cli::runToken(args);
    if (command == QLatin1String("log"))
        return kyso::cli::runLog(args);
    if (command == QLatin1String("handover"))
        return kyso::cli::runHandover(args);
    if (command == QLatin1String("request"))
        return kyso::cli::runRequest(args);
    if (command == QLatin1String("profile"))
        return kyso::cli::runProfile(args);
    QTextStream(stderr) << usage();
    return 64;
}
