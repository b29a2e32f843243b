// kyso-cli run in-process: the commands of the kyso_cli library write to
// strings, not to stdout/stderr, and return the exit status.
#include "CatchQt.h"
#include "cli/Command.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using kyso::cli::Command;

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

// `kyso-cli ARGS…` as main() runs it, without the process.
CliRun kysoCli(const QStringList &args)
{
    CliRun r;
    {
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = Command::dispatch(QStringList{QStringLiteral("kyso-cli")} + args, out, err);
    }
    return r;
}

// KYSO_DATA_DIR and KYSO_CONFIG_DIR in a fresh temporary directory (so the
// register and the settings are this test's only), restored afterwards.
class TempHome
{
public:
    TempHome()
        : m_oldData(qgetenv("KYSO_DATA_DIR")), m_oldConfig(qgetenv("KYSO_CONFIG_DIR")), m_oldModule(qgetenv("KYSO_PKCS11_MODULE"))
    {
        REQUIRE(m_dir.isValid());
        qputenv("KYSO_DATA_DIR", dataDir().toLocal8Bit());
        qputenv("KYSO_CONFIG_DIR", configDir().toLocal8Bit());
        qunsetenv("KYSO_PKCS11_MODULE");
    }
    ~TempHome()
    {
        restore("KYSO_DATA_DIR", m_oldData);
        restore("KYSO_CONFIG_DIR", m_oldConfig);
        restore("KYSO_PKCS11_MODULE", m_oldModule);
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString configDir() const { return m_dir.filePath(QStringLiteral("config")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool registerExists() const { return QFile::exists(dataDir() + QStringLiteral("/register.sqlite")); }

private:
    static void restore(const char *name, const QByteArray &value)
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    QTemporaryDir m_dir;
    QByteArray m_oldData, m_oldConfig, m_oldModule;
};

const QString kNoModule = QStringLiteral("/nonexistent/libnothing.so");

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
    return path;
}

} // namespace

TEST_CASE("The registry holds every kyso-cli command, each with a description and options", "[cli]")
{
    QStringList names;
    for (const Command *c : Command::all())
        names << c->name();
    CHECK(names == QStringList{"sign", "verify", "token", "log", "handover", "request", "profile"});
    for (const Command *c : Command::all()) {
        INFO(c->name().toStdString());
        CHECK(Command::find(c->name()) == c);
        CHECK(!c->description().isEmpty());
        CHECK(!c->description().contains(QLatin1Char('\n')));
        CHECK(c->helpText().contains(QStringLiteral("--help")));
    }
    CHECK(Command::find(QStringLiteral("frobnicate")) == nullptr);
    CHECK(Command::find(QString()) == nullptr);
    CHECK(Command::find(QStringLiteral("sign"))->helpText().contains(QStringLiteral("--output-dir")));
    CHECK(Command::find(QStringLiteral("verify"))->helpText().contains(QStringLiteral("--offline")));
    CHECK(Command::find(QStringLiteral("token"))->helpText().contains(QStringLiteral("--confirm-final-try")));
    CHECK(Command::find(QStringLiteral("profile"))->helpText().contains(QStringLiteral("--seal-diameter")));
}

TEST_CASE("The usage text is made from the registry", "[cli]")
{
    const QString usage = Command::usage();
    CHECK(usage.startsWith(QStringLiteral("Usage: kyso-cli <command> [options]\nCommands:\n")));
    CHECK(usage.endsWith(QStringLiteral("Run 'kyso-cli <command> --help' for the options of a command.\n")));
    // One aligned line per command, in registry order.
    const QStringList lines = usage.split(QLatin1Char('\n'));
    REQUIRE(lines.size() == Command::all().size() + 4);
    for (int i = 0; i < Command::all().size(); ++i) {
        const Command *c = Command::all().at(i);
        CHECK(lines.at(i + 2) == QStringLiteral("  %1%2").arg(c->name().leftJustified(10), c->description()));
    }
    CHECK(lines.contains(QStringLiteral("  handover  token custody handovers: add, list, print")));
    CHECK(lines.contains(QStringLiteral("  sign      sign a PDF with a token certificate")));
}

TEST_CASE("kyso-cli without a command, with --help and with an unknown command", "[cli]")
{
    const CliRun none = kysoCli({});
    CHECK(none.code == 64);
    CHECK(none.err == Command::usage());
    CHECK(none.out.isEmpty());

    for (const QString &help : {QStringLiteral("--help"), QStringLiteral("help")}) {
        const CliRun r = kysoCli({help});
        CHECK(r.code == 0);
        CHECK(r.out == Command::usage());
        CHECK(r.err.isEmpty());
    }

    const CliRun unknown = kysoCli({QStringLiteral("frobnicate"), QStringLiteral("x.pdf")});
    CHECK(unknown.code == 64);
    CHECK(unknown.err == Command::usage());
    CHECK(unknown.out.isEmpty());

    const CliRun version = kysoCli({QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out.startsWith(QStringLiteral("kyso-cli ")));
    CHECK(version.out.endsWith(QLatin1Char('\n')));
}

TEST_CASE("A command's --help prints its options on stdout, exit 0", "[cli]")
{
    TempHome home;
    const CliRun sign = kysoCli({QStringLiteral("sign"), QStringLiteral("--help")});
    CHECK(sign.code == 0);
    CHECK(sign.out == Command::find(QStringLiteral("sign"))->helpText());
    CHECK(sign.out.contains(QStringLiteral("--pin-stdin")));
    CHECK(sign.err.isEmpty());
    // log's own options, not those of log events/report
    const CliRun log = kysoCli({QStringLiteral("log"), QStringLiteral("--help")});
    CHECK(log.code == 0);
    CHECK(log.out.contains(QStringLiteral("--year")));
    CHECK(!home.registerExists());
}

TEST_CASE("verify: a missing file, a file that is not a PDF, bad arguments: exit 2", "[cli]")
{
    TempHome home;
    const CliRun missing = kysoCli({QStringLiteral("verify"), home.path(QStringLiteral("missing.pdf"))});
    CHECK(missing.code == 2);
    CHECK(missing.err.startsWith(QStringLiteral("kyso-cli: ")));
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK(missing.out.contains(QStringLiteral("missing.pdf: cannot be read")));

    const QString text = writeFile(home.path(QStringLiteral("text.pdf")), "Đây không phải PDF\n");
    const CliRun notPdf = kysoCli({QStringLiteral("verify"), text});
    CHECK(notPdf.code == 2);
    CHECK(notPdf.err.contains(QStringLiteral("not a PDF")));

    const CliRun none = kysoCli({QStringLiteral("verify")});
    CHECK(none.code == 2);
    CHECK(none.err.contains(QStringLiteral("exactly one file is required")));

    const CliRun two = kysoCli({QStringLiteral("verify"), text, text});
    CHECK(two.code == 2);

    const CliRun badOption = kysoCli({QStringLiteral("verify"), QStringLiteral("--no-such-option"), text});
    CHECK(badOption.code == 2);
    CHECK(badOption.err.contains(QStringLiteral("no-such-option")));

    const CliRun badAnchor = kysoCli({QStringLiteral("verify"), QStringLiteral("--trust"), home.path(QStringLiteral("none.pem")), text});
    CHECK(badAnchor.code == 2);
    CHECK(badAnchor.out.isEmpty()); // refused before the file is read
}

TEST_CASE("verify: an unsigned PDF is not valid, exit 1", "[cli]")
{
    TempHome home;
    const QString draft = QStringLiteral(KYSO_SOURCE_DIR "/tests/data/du-thao-2-trang.pdf");
    REQUIRE(QFile::exists(draft));
    const CliRun r = kysoCli({QStringLiteral("verify"), QStringLiteral("--offline"), draft});
    CHECK(r.code == 1);
    CHECK(r.out == QStringLiteral("du-thao-2-trang.pdf: the document carries no digital signature.\n"));
    CHECK(r.err.isEmpty());

    const CliRun json = kysoCli({QStringLiteral("verify"), QStringLiteral("--offline"), QStringLiteral("--json"), draft});
    CHECK(json.code == 1);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    CHECK(error.error == QJsonParseError::NoError);
    CHECK(doc.isObject());
}

TEST_CASE("log list and log verify on an empty register", "[cli]")
{
    TempHome home;
    const CliRun list = kysoCli({QStringLiteral("log"), QStringLiteral("list")});
    CHECK(list.code == 0);
    CHECK(list.out.isEmpty());
    CHECK(list.err.isEmpty());

    const CliRun json = kysoCli({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(json.code == 0);
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).isArray());
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).array().isEmpty());

    const CliRun verify = kysoCli({QStringLiteral("log"), QStringLiteral("verify")});
    CHECK(verify.code == 0);
    CHECK(verify.out == QStringLiteral("No register on this computer yet (nothing was signed here).\n"));
    // Reading never creates the register.
    CHECK(!home.registerExists());

    const CliRun badDate = kysoCli({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-13-01")});
    CHECK(badDate.code == 64);
    CHECK(badDate.err.contains(QStringLiteral("dates are written YYYY-MM-DD")));

    const CliRun unknown = kysoCli({QStringLiteral("log"), QStringLiteral("frobnicate")});
    CHECK(unknown.code == 64);
    CHECK(unknown.err.contains(QStringLiteral("unknown action \"frobnicate\"")));

    const CliRun exportNoCsv = kysoCli({QStringLiteral("log"), QStringLiteral("export")});
    CHECK(exportNoCsv.code == 64);
    CHECK(exportNoCsv.err.contains(QStringLiteral("export needs --csv FILE")));
}

TEST_CASE("log verify on a register created by a writing command: intact, 0 entries", "[cli]")
{
    TempHome home;
    const CliRun reconcile = kysoCli({QStringLiteral("log"), QStringLiteral("reconcile")});
    CHECK(reconcile.code == 0);
    CHECK(reconcile.out == QStringLiteral("0 interrupted signing(s) reconciled\n"));
    REQUIRE(home.registerExists());
    const CliRun verify = kysoCli({QStringLiteral("log"), QStringLiteral("verify")});
    CHECK(verify.code == 0);
    CHECK(verify.out.contains(QStringLiteral("Register intact")));
    const CliRun events = kysoCli({QStringLiteral("log"), QStringLiteral("events")});
    CHECK(events.code == 0);
    CHECK(events.out.isEmpty());
    const CliRun report = kysoCli({QStringLiteral("log"), QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01")});
    CHECK(report.code == 0);
    CHECK(report.out.contains(QStringLiteral("Total signatures: 0")));
    const CliRun badPeriod = kysoCli({QStringLiteral("log"), QStringLiteral("events"), QStringLiteral("--to"), QStringLiteral("yesterday")});
    CHECK(badPeriod.code == 64);
}

TEST_CASE("profile set, list, show, remove round-trip", "[cli]")
{
    TempHome home;
    const QString profile = QStringLiteral("profile");
    CliRun r = kysoCli({profile, QStringLiteral("list")});
    CHECK(r.code == 0);
    CHECK(r.out.isEmpty());

    r = kysoCli({profile, QStringLiteral("set"), QStringLiteral("van-thu"), QStringLiteral("--signer"), QStringLiteral("Nguyễn Văn A"),
                 QStringLiteral("--capacity"), QStringLiteral("KT."), QStringLiteral("--role"), QStringLiteral("agency"),
                 QStringLiteral("--seal-diameter"), QStringLiteral("36"), QStringLiteral("--agency"), QStringLiteral("UBND XÃ AN BÌNH")});
    CHECK(r.code == 0);
    CHECK(r.err.isEmpty());
    // The settings of this test only.
    CHECK(QFile::exists(home.configDir() + QStringLiteral("/kyso.ini")));

    r = kysoCli({profile, QStringLiteral("list")});
    CHECK(r.code == 0);
    CHECK(r.out == QStringLiteral("van-thu\n"));

    r = kysoCli({profile, QStringLiteral("show"), QStringLiteral("van-thu")});
    CHECK(r.code == 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(shown.value(QStringLiteral("signer")).toString() == QStringLiteral("Nguyễn Văn A"));
    CHECK(shown.value(QStringLiteral("capacity")).toString() == QStringLiteral("KT."));
    CHECK(shown.value(QStringLiteral("role")).toString() == QStringLiteral("agency"));
    CHECK(shown.value(QStringLiteral("agency")).toString() == QStringLiteral("UBND XÃ AN BÌNH"));
    CHECK(shown.value(QStringLiteral("sealDiameterMm")).toDouble() == 36.0);

    // set again changes only the options given
    r = kysoCli({profile, QStringLiteral("set"), QStringLiteral("van-thu"), QStringLiteral("--title"), QStringLiteral("CHỦ TỊCH")});
    CHECK(r.code == 0);
    r = kysoCli({profile, QStringLiteral("show"), QStringLiteral("van-thu")});
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("title")).toString() == QStringLiteral("CHỦ TỊCH"));
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("signer")).toString() == QStringLiteral("Nguyễn Văn A"));

    r = kysoCli({profile, QStringLiteral("remove"), QStringLiteral("van-thu")});
    CHECK(r.code == 0);
    r = kysoCli({profile, QStringLiteral("list")});
    CHECK(r.code == 0);
    CHECK(r.out.isEmpty());

    r = kysoCli({profile, QStringLiteral("remove"), QStringLiteral("van-thu")});
    CHECK(r.code == 64);
    CHECK(r.err.contains(QStringLiteral("van-thu")));
    r = kysoCli({profile, QStringLiteral("show"), QStringLiteral("van-thu")});
    CHECK(r.code == 64);
}

TEST_CASE("profile refuses bad arguments with 64 and saves nothing", "[cli]")
{
    TempHome home;
    const QString profile = QStringLiteral("profile");
    CliRun r = kysoCli({profile, QStringLiteral("set"), QStringLiteral("x"), QStringLiteral("--capacity"), QStringLiteral("BOSS")});
    CHECK(r.code == 64);
    CHECK(r.err.contains(QStringLiteral("--capacity takes KT., TM., TL., TUQ., Q. or none")));
    r = kysoCli({profile, QStringLiteral("set"), QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("king")});
    CHECK(r.code == 64);
    CHECK(r.err.contains(QStringLiteral("--role takes personal, agency, attachment or copy")));
    r = kysoCli({profile, QStringLiteral("set")});
    CHECK(r.code == 64);
    CHECK(r.err.contains(QStringLiteral("a profile name is required")));
    r = kysoCli({profile, QStringLiteral("rename"), QStringLiteral("x")});
    CHECK(r.code == 64);
    CHECK(r.err.contains(QStringLiteral("unknown action \"rename\"")));
    r = kysoCli({profile, QStringLiteral("list")});
    CHECK(r.out.isEmpty());
}

TEST_CASE("sign refuses bad arguments with 64 before any file, register or token is touched", "[cli]")
{
    TempHome home;
    // A missing input and a missing module: reaching either would give 10 or 20.
    const QString in = home.path(QStringLiteral("missing.pdf"));
    const QString in2 = home.path(QStringLiteral("missing2.pdf"));
    const QStringList module{QStringLiteral("--module"), kNoModule};
    struct Case {
        QStringList args;
        const char *message;
    };
    const QList<Case> cases = {
        {{}, "at least one input file is required"},
        {{in, in2, QStringLiteral("--number"), QStringLiteral("12")}, "--number releases one document at a time"},
        {{in, QStringLiteral("--output-dir"), home.path(QStringLiteral("out")), QStringLiteral("--number"), QStringLiteral("next")},
         "--number releases one document at a time"},
        {{in, in2, QStringLiteral("-o"), home.path(QStringLiteral("o.pdf"))}, "-o names one output; for several files use --output-dir"},
        {{in, QStringLiteral("--pin-stdin"), QStringLiteral("--pin-env"), QStringLiteral("KYSO_TEST_PIN")}, "--pin-stdin and --pin-env exclude each other"},
        {{in, QStringLiteral("--date"), QStringLiteral("2026-01-02")}, "--date goes with --number"},
        {{in, QStringLiteral("--number"), QStringLiteral("5"), QStringLiteral("--date"), QStringLiteral("02/01/2026")}, "--date takes a date as YYYY-MM-DD"},
        {{in, QStringLiteral("--cert-id"), QStringLiteral("zz")}, "--cert-id takes hexadecimal digits"},
        {{in, QStringLiteral("--page"), QStringLiteral("0")}, "--page takes a page number or 'last'"},
        {{in, QStringLiteral("--rect"), QStringLiteral("1,2,3")}, "--rect takes x,y,w,h in points"},
        {{in, QStringLiteral("--role"), QStringLiteral("king")}, "--role takes personal, agency, attachment or copy"},
        {{in, QStringLiteral("--capacity"), QStringLiteral("BOSS")}, "--capacity takes KT., TM., TL., TUQ., Q. or none"},
        {{in, QStringLiteral("--seal-diameter"), QStringLiteral("200")}, "--seal-diameter takes a size in mm between 5 and 80"},
        {{in, QStringLiteral("--certify"), QStringLiteral("4")}, "--certify takes 1, 2 or 3"},
        {{in, QStringLiteral("--override-authority"), QStringLiteral(" ")}, "--override-authority needs the reason of the exception"},
        {{in, QStringLiteral("--profile"), QStringLiteral("nosuch")}, "no profile named \"nosuch\""},
        // A PIN is never taken from the command line.
        {{in, QStringLiteral("--pin"), QStringLiteral("123456")}, "pin"},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const CliRun r = kysoCli(QStringList{QStringLiteral("sign")} + c.args + module);
        CHECK(r.code == 64);
        CHECK(r.err.startsWith(QStringLiteral("kyso-cli: ")));
        CHECK(r.err.contains(QLatin1String(c.message)));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(r.out.isEmpty());
    }
    // Nothing was opened or written: no register, no output folder, no output.
    CHECK(!home.registerExists());
    CHECK(!QFileInfo::exists(home.path(QStringLiteral("out"))));
    CHECK(!QFileInfo::exists(home.path(QStringLiteral("o.pdf"))));
}

TEST_CASE("sign with good arguments goes on to the input file (control for the test above)", "[cli]")
{
    TempHome home;
    const CliRun r = kysoCli({QStringLiteral("sign"), home.path(QStringLiteral("missing.pdf")), QStringLiteral("--module"), kNoModule});
    CHECK(r.code == 10); // FileNotFound: the arguments passed, the file is checked before the token
    CHECK(r.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("token with no module installed", "[cli]")
{
    TempHome home;
    const CliRun list = kysoCli({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--module"), kNoModule});
    CHECK(list.code == 0);
    CHECK(list.out == QStringLiteral("Module /nonexistent/libnothing.so: not installed\n"));
    CHECK(list.err.isEmpty());

    const CliRun json = kysoCli({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--module"), kNoModule, QStringLiteral("--json")});
    CHECK(json.code == 0);
    const QJsonArray modules = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("modules")).toArray();
    REQUIRE(modules.size() == 1);
    CHECK(modules.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("not-installed"));
    CHECK(modules.at(0).toObject().value(QStringLiteral("tokens")).toArray().isEmpty());

    // status and certs want a token: none is there.
    const CliRun status = kysoCli({QStringLiteral("token"), QStringLiteral("status"), QStringLiteral("--module"), kNoModule});
    CHECK(status.code == 21);
    CHECK(status.err.startsWith(QStringLiteral("kyso-cli: ")));
    CHECK(status.out.isEmpty()); // "not installed" is printed by list only

    const CliRun unknown = kysoCli({QStringLiteral("token"), QStringLiteral("unplug")});
    CHECK(unknown.code == 64);
    CHECK(unknown.err.contains(QStringLiteral("unknown action \"unplug\"")));

    const CliRun setKind = kysoCli({QStringLiteral("token"), QStringLiteral("set-kind"), QStringLiteral("--sha256"), QStringLiteral("abcd"),
                                    QStringLiteral("--kind"), QStringLiteral("agency")});
    CHECK(setKind.code == 64);
    CHECK(setKind.err.contains(QStringLiteral("set-kind needs --sha256 (64 hex digits) and --kind personal|agency")));
}

TEST_CASE("request and handover refuse bad arguments with 64", "[cli]")
{
    TempHome home;
    const CliRun list = kysoCli({QStringLiteral("request"), QStringLiteral("list")});
    CHECK(list.code == 0);
    CHECK(list.out.isEmpty());
    const CliRun form = kysoCli({QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("renew"),
                                 QStringLiteral("--form"), QStringLiteral("09")});
    CHECK(form.code == 64);
    CHECK(form.err.contains(QStringLiteral("--form takes 01 to 06")));
    const CliRun status = kysoCli({QStringLiteral("request"), QStringLiteral("set-status"), QStringLiteral("--id"), QStringLiteral("1"),
                                   QStringLiteral("--status"), QStringLiteral("lost")});
    CHECK(status.code == 64);
    const CliRun handover = kysoCli({QStringLiteral("handover"), QStringLiteral("add"), QStringLiteral("--token-serial"), QStringLiteral("123")});
    CHECK(handover.code == 64);
    CHECK(handover.err.contains(QStringLiteral("a handover needs --token-serial, --from, --to and --authorised-by")));
    const CliRun print = kysoCli({QStringLiteral("handover"), QStringLiteral("print")});
    CHECK(print.code == 64);
    CHECK(print.err.contains(QStringLiteral("print needs the handover number and --pdf FILE")));
}

