#include "cli/VerifyCommand.h"

#include "cli/CliSupport.h"
#include "core/Settings.h"
#include "pdf/SignatureVerifier.h"
#include "pdf/VerificationReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace kyso::cli {

namespace {

struct VerifyOptions {
    const QCommandLineOption trust{QStringLiteral("trust"), QCoreApplication::translate("VerifyCommand", "Trust anchor certificates (PEM); repeatable."), QCoreApplication::translate("VerifyCommand", "pem")};
    const QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("VerifyCommand", "Print the report as JSON.")};
    const QCommandLineOption offline{QStringLiteral("offline"), QCoreApplication::translate("VerifyCommand", "Use only the revocation data in the document; never ask OCSP/CRL servers.")};
    const QCommandLineOption intermediates{QStringLiteral("intermediates"), QCoreApplication::translate("VerifyCommand", "Intermediate CA certificates (PEM) to complete chains with; repeatable."), QCoreApplication::translate("VerifyCommand", "pem")};
    const QCommandLineOption tsaTrust{QStringLiteral("tsa-trust"), QCoreApplication::translate("VerifyCommand", "Trust anchors (PEM) for time-stamp authorities (default: the tsa/trust setting, else the trust anchors)."), QCoreApplication::translate("VerifyCommand", "pem")};

    void setUp(QCommandLineParser &p) const
    {
        p.setApplicationDescription(QCoreApplication::translate("VerifyCommand", "Verify every signature of a PDF."));
        p.addHelpOption();
        p.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("VerifyCommand", "PDF file to verify"));
        p.addOptions({trust, json, offline, intermediates, tsaTrust});
    }
};

} // namespace

QString VerifyCommand::description() const
{
    return QCoreApplication::translate("VerifyCommand", "verify the signatures of a PDF");
}

QString VerifyCommand::helpText() const
{
    const VerifyOptions o;
    QCommandLineParser p;
    o.setUp(p);
    return p.helpText();
}

int VerifyCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const VerifyOptions o;
    QCommandLineParser p;
    o.setUp(p);
    if (int code = 0; !parseArguments(p, args, out, err, code))
        return code == 0 ? 0 : 2; // verify: 2 = cannot read (here: the command line)
    if (p.positionalArguments().size() != 1) {
        err << "kyso-cli: " << Error(ErrorCode::Usage, QCoreApplication::translate("VerifyCommand", "exactly one file is required")).message() << Qt::endl;
        return 2;
    }
    pdf::SignatureVerifier verifier;
    verifier.setOnline(!p.isSet(o.offline));
    QStringList anchors = Settings::trustAnchorFiles();
    anchors << p.values(o.trust);
    for (const QString &pem : anchors) {
        if (Error e = verifier.addTrustAnchors(pem)) {
            err << "kyso-cli: " << e.message() << Qt::endl;
            return 2;
        }
    }
    for (const QString &file : Settings::intermediateFiles() + p.values(o.intermediates)) {
        if (Error e = verifier.addIntermediates(file)) {
            err << "kyso-cli: " << e.message() << Qt::endl;
            return 2;
        }
    }
    for (const QString &pem : Settings::tsaTrustAnchorFiles() + p.values(o.tsaTrust)) {
        if (Error e = verifier.addTsaTrustAnchors(pem)) {
            err << "kyso-cli: " << e.message() << Qt::endl;
            return 2;
        }
    }
    verifier.setCacheDir(Settings::dataDir());
    const pdf::VerificationReport report = verifier.verify(p.positionalArguments().first());
    if (p.isSet(o.json))
        out << QString::fromUtf8(pdf::reportToJson(report));
    else
        out << pdf::formatReport(report);
    out.flush();
    if (report.readError) {
        err << "kyso-cli: " << pdf::readErrorText(report.readError) << Qt::endl;
        return 2;
    }
    return report.allValid() ? 0 : 1;
}

} // namespace kyso::cli
