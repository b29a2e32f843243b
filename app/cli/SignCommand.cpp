#include "cli/SignCommand.h"

#include "cli/CliPinProvider.h"
#include "core/Settings.h"
#include "pdf/PdfSigner.h"
#include "pkcs11/TokenSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace kyso::cli {

namespace {


int fail(const Error &e)
{
    QTextStream(stderr) << "kyso-cli: " << e.message() << Qt::endl;
    return e.exitCode();
}

bool parseRect(const QString &text, QRectF &rect)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return false;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return false;
    }
    rect = QRectF(v[0], v[1], v[2], v[3]);
    return rect.width() > 0 && rect.height() > 0;
}

QString defaultOutput(const QString &input)
{
    const QFileInfo in(input);
    return in.absolutePath() + QLatin1Char('/') + in.completeBaseName() + QStringLiteral("_signed.pdf");
}

} // namespace

int runSign(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("SignCommand", "Sign a PDF with a certificate on a PKCS#11 token (PAdES B-B, visible)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("input"), QCoreApplication::translate("SignCommand", "PDF file to sign"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("SignCommand", "Signed file (default: NAME_signed.pdf next to the input)."), QCoreApplication::translate("SignCommand", "file"));
    const QCommandLineOption force(QStringLiteral("force"), QCoreApplication::translate("SignCommand", "Overwrite the output file if it exists."));
    const QCommandLineOption module(QStringLiteral("module"), QCoreApplication::translate("SignCommand", "PKCS#11 module (default: $KYSO_PKCS11_MODULE, settings, p11-kit-proxy)."), QCoreApplication::translate("SignCommand", "path"));
    const QCommandLineOption token(QStringLiteral("token"), QCoreApplication::translate("SignCommand", "Token label or serial number."), QCoreApplication::translate("SignCommand", "label"));
    const QCommandLineOption certId(QStringLiteral("cert-id"), QCoreApplication::translate("SignCommand", "Certificate ID on the token (hex)."), QCoreApplication::translate("SignCommand", "hex"));
    const QCommandLineOption pinStdin(QStringLiteral("pin-stdin"), QCoreApplication::translate("SignCommand", "Read the PIN from the first line of standard input."));
    const QCommandLineOption pinEnv(QStringLiteral("pin-env"), QCoreApplication::translate("SignCommand", "Read the PIN from this environment variable."), QCoreApplication::translate("SignCommand", "var"));
    const QCommandLineOption finalTry(QStringLiteral("confirm-final-try"), QCoreApplication::translate("SignCommand", "Allow login when the token reports the final PIN attempt."));
    const QCommandLineOption page(QStringLiteral("page"), QCoreApplication::translate("SignCommand", "Page for the visible signature (number or 'last')."), QCoreApplication::translate("SignCommand", "n"), QStringLiteral("last"));
    const QCommandLineOption rect(QStringLiteral("rect"), QCoreApplication::translate("SignCommand", "Signature box in PDF points from the bottom-left corner."), QStringLiteral("x,y,w,h"));
    const QCommandLineOption image(QStringLiteral("image"), QCoreApplication::translate("SignCommand", "Signature or seal image (PNG with transparency, or JPEG)."), QCoreApplication::translate("SignCommand", "file"));
    const QCommandLineOption noText(QStringLiteral("no-text"), QCoreApplication::translate("SignCommand", "Show only the image, no text."));
    const QCommandLineOption reason(QStringLiteral("reason"), QCoreApplication::translate("SignCommand", "Reason for signing."), QCoreApplication::translate("SignCommand", "text"));
    const QCommandLineOption location(QStringLiteral("location"), QCoreApplication::translate("SignCommand", "Place of signing."), QCoreApplication::translate("SignCommand", "text"));
    p.addOptions({output, force, module, token, certId, pinStdin, pinEnv, finalTry, page, rect, image, noText, reason, location});
    if (!p.parse(args))
        return fail(Error(ErrorCode::Usage, p.errorText()));
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "exactly one input file is required")));
    if (p.isSet(pinStdin) && p.isSet(pinEnv))
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--pin-stdin and --pin-env exclude each other")));
    if (p.isSet(noText) && !p.isSet(image))
        return fail(Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--no-text needs --image")));

    const QString input = p.positionalArguments().first();
    pdf::SignOptions options;
    options.outputPath = p.isSet(output) ? p.value(output) : defaultOutput(input);
    options.overwrite = p.isSet(force);
    if (p.value(page) != QLatin1String("last")) {
        bool ok = false;
        options.page = p.value(page).toInt(&ok);
        if (!ok || options.page < 1)
            return fail(Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--page takes a page number or 'last'")));
    }
    if (p.isSet(rect)) {
        QRectF r;
        if (!parseRect(p.value(rect), r))
            return fail(Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--rect takes x,y,w,h in points")));
        options.rect = r;
    }
    options.appearance.imagePath = p.value(image);
    options.reason = p.value(reason);
    options.location = p.value(location);

    // 1. Everything about the files first: a bad input never costs a PIN.
    pdf::PdfSigner signer;
    if (Error e = signer.open(input))
        return fail(e);
    if (Error e = signer.check(options))
        return fail(e);

    // 2. Token and certificate (no login yet).
    pkcs11::SessionOptions so;
    so.modulePath = p.isSet(module) ? p.value(module) : Settings::defaultModulePath();
    so.token = p.value(token);
    if (p.isSet(certId)) {
        so.certId = QByteArray::fromHex(p.value(certId).toLatin1());
        if (so.certId.isEmpty())
            return fail(Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--cert-id takes hexadecimal digits")));
    }
    Error error;
    std::unique_ptr<pkcs11::TokenSession> session = pkcs11::TokenSession::open(so, error);
    if (!session)
        return fail(error);

    // 3. One login, one PIN.
    const auto source = p.isSet(pinStdin) ? CliPinProvider::Source::Stdin
        : p.isSet(pinEnv)                 ? CliPinProvider::Source::Environment
                                          : CliPinProvider::Source::Terminal;
    CliPinProvider pins(source, p.value(pinEnv), p.isSet(finalTry));
    if (Error e = session->login(pins))
        return fail(e);
    std::unique_ptr<SigningKey> key = session->signingKey(error);
    if (!key)
        return fail(error);

    // 4. Sign.
    const CertificateInfo &cert = session->certificate();
    options.signerName = cert.commonName;
    options.signingTime = QDateTime::currentDateTimeUtc();
    if (!p.isSet(noText))
        options.appearance.lines = pdf::PdfSigner::defaultStampLines(cert.commonName, cert.organization, options.signingTime);
    pdf::SignResult result;
    if (Error e = signer.sign(*key, options, result))
        return fail(e);
    QTextStream(stdout) << QCoreApplication::translate("SignCommand", "Signed: %1 (signer %2, page %3, field %4)")
                               .arg(result.outputPath, cert.commonName)
                               .arg(result.page)
                               .arg(result.fieldName)
                        << Qt::endl;
    return 0;
}

} // namespace kyso::cli
