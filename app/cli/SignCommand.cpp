#include "cli/SignCommand.h"

#include "cli/BatchSignCommand.h"
#include "cli/CliPinProvider.h"
#include "common/SigningService.h"
#include "core/Register.h"
#include "core/SigningProfile.h"
#include "core/Settings.h"

#include "cli/CliSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QTextStream>

namespace kyso::cli {

namespace {

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

// The options of sign, in the order of its --help text.
struct SignOptions {
    const QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("SignCommand", "Signed file (default: NAME_signed.pdf next to the input)."), QCoreApplication::translate("SignCommand", "file")};
    const QCommandLineOption force{QStringLiteral("force"), QCoreApplication::translate("SignCommand", "Overwrite the output file if it exists.")};
    const QCommandLineOption profile{QStringLiteral("profile"), QCoreApplication::translate("SignCommand", "Signing profile from the settings (token, certificate, title, image, role)."), QCoreApplication::translate("SignCommand", "name")};
    const QCommandLineOption role{QStringLiteral("role"), QCoreApplication::translate("SignCommand", "personal | agency | attachment | copy (default: personal, or the profile's)."), QCoreApplication::translate("SignCommand", "role")};
    const QCommandLineOption module{QStringLiteral("module"), QCoreApplication::translate("SignCommand", "PKCS#11 module (default: $KYSO_PKCS11_MODULE, settings, p11-kit-proxy)."), QCoreApplication::translate("SignCommand", "path")};
    const QCommandLineOption token{QStringLiteral("token"), QCoreApplication::translate("SignCommand", "Token label or serial number."), QCoreApplication::translate("SignCommand", "label")};
    const QCommandLineOption certId{QStringLiteral("cert-id"), QCoreApplication::translate("SignCommand", "Certificate ID on the token (hex)."), QCoreApplication::translate("SignCommand", "hex")};
    const QCommandLineOption pinStdin{QStringLiteral("pin-stdin"), QCoreApplication::translate("SignCommand", "Read the PIN from the first line of standard input.")};
    const QCommandLineOption pinEnv{QStringLiteral("pin-env"), QCoreApplication::translate("SignCommand", "Read the PIN from this environment variable."), QCoreApplication::translate("SignCommand", "var")};
    const QCommandLineOption finalTry{QStringLiteral("confirm-final-try"), QCoreApplication::translate("SignCommand", "Allow login when the token reports the final PIN attempt.")};
    const QCommandLineOption page{QStringLiteral("page"), QCoreApplication::translate("SignCommand", "Page for the visible signature (number or 'last')."), QCoreApplication::translate("SignCommand", "n")};
    const QCommandLineOption rect{QStringLiteral("rect"), QCoreApplication::translate("SignCommand", "Signature box in PDF points from the bottom-left corner."), QStringLiteral("x,y,w,h")};
    const QCommandLineOption image{QStringLiteral("image"), QCoreApplication::translate("SignCommand", "Signature or seal image (PNG with transparency, or JPEG)."), QCoreApplication::translate("SignCommand", "file")};
    const QCommandLineOption withText{QStringLiteral("with-text"), QCoreApplication::translate("SignCommand", "Add the signer and time as text to the image.")};
    const QCommandLineOption noText{QStringLiteral("no-text"), QCoreApplication::translate("SignCommand", "Show only the image, no text (the default with an image).")};
    const QCommandLineOption reason{QStringLiteral("reason"), QCoreApplication::translate("SignCommand", "Reason for signing."), QCoreApplication::translate("SignCommand", "text")};
    const QCommandLineOption location{QStringLiteral("location"), QCoreApplication::translate("SignCommand", "Place of signing."), QCoreApplication::translate("SignCommand", "text")};
    const QCommandLineOption docNumber{QStringLiteral("doc-number"), QCoreApplication::translate("SignCommand", "Number and symbol of the document (attachment stamp)."), QCoreApplication::translate("SignCommand", "text")};
    const QCommandLineOption copyForm{QStringLiteral("copy-form"), QCoreApplication::translate("SignCommand", "SAO Y, SAO LỤC or TRÍCH SAO (copy stamp)."), QCoreApplication::translate("SignCommand", "text")};
    const QCommandLineOption signerName{QStringLiteral("signer-name"), QCoreApplication::translate("SignCommand", "Name printed under the signature block (default: certificate name)."), QCoreApplication::translate("SignCommand", "text")};
    const QCommandLineOption title{QStringLiteral("title"), QCoreApplication::translate("SignCommand", "Title of the signer (recorded; helps find the block)."), QCoreApplication::translate("SignCommand", "text")};
    const QCommandLineOption capacity{QStringLiteral("capacity"), QCoreApplication::translate("SignCommand", "Signing capacity: KT., TM., TL., TUQ., Q. or none."), QCoreApplication::translate("SignCommand", "text")};
    const QCommandLineOption agency{QStringLiteral("agency"), QCoreApplication::translate("SignCommand", "Agency name (recorded; printed on copies)."), QCoreApplication::translate("SignCommand", "text")};
    const QCommandLineOption seal{QStringLiteral("seal-diameter"), QCoreApplication::translate("SignCommand", "Real diameter of the seal in mm."), QStringLiteral("mm")};
    const QCommandLineOption trust{QStringLiteral("trust"), QCoreApplication::translate("SignCommand", "Trust anchors (PEM) for checking the signatures already in the file."), QStringLiteral("pem")};
    const QCommandLineOption certify{QStringLiteral("certify"), QCoreApplication::translate("SignCommand", "Make a certification signature allowing: 1 no changes, 2 form filling and signing, 3 also annotations."), QStringLiteral("p")};
    const QCommandLineOption tsa{QStringLiteral("tsa"), QCoreApplication::translate("SignCommand", "RFC 3161 time-stamp server (PAdES B-T); default: the tsa/url setting."), QStringLiteral("url")};
    const QCommandLineOption tsaOptional{QStringLiteral("tsa-optional"), QCoreApplication::translate("SignCommand", "If the time-stamp server fails, sign without a time-stamp (with a warning).")};
    const QCommandLineOption noTsa{QStringLiteral("no-tsa"), QCoreApplication::translate("SignCommand", "Do not time-stamp even if a server is configured.")};
    const QCommandLineOption ltv{QStringLiteral("ltv"), QCoreApplication::translate("SignCommand", "Embed the certificates and OCSP/CRL answers in a DSS (PAdES B-LT).")};
    const QCommandLineOption number{QStringLiteral("number"), QCoreApplication::translate("SignCommand", "Release (agency role): the document number to write after \"Số:\", or \"next\" for the next free one in the outgoing book."), QCoreApplication::translate("SignCommand", "n|next")};
    const QCommandLineOption date{QStringLiteral("date"), QCoreApplication::translate("SignCommand", "Release: the document date to write into the date line (default: today, +07:00)."), QStringLiteral("YYYY-MM-DD")};
    const QCommandLineOption outputDir{QStringLiteral("output-dir"), QCoreApplication::translate("SignCommand", "Batch: write NAME_signed.pdf of every input into this folder (one login, one PIN)."), QCoreApplication::translate("SignCommand", "dir")};
    const QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("SignCommand", "Batch: print the per-file results as JSON.")};
    const QCommandLineOption intermediates{QStringLiteral("intermediates"), QCoreApplication::translate("SignCommand", "Intermediate CA certificates (PEM) to complete the certificate chain with; repeatable."), QStringLiteral("pem")};
    const QCommandLineOption tsaTrust{QStringLiteral("tsa-trust"), QCoreApplication::translate("SignCommand", "Trust anchors (PEM) for the time-stamp authority (default: the tsa/trust setting, else the trust anchors)."), QStringLiteral("pem")};
    const QCommandLineOption overrideAuthority{QStringLiteral("override-authority"), QCoreApplication::translate("SignCommand", "Sign although an authority rule refuses (IT-approved exception); the reason is recorded."), QCoreApplication::translate("SignCommand", "reason")};
    const QCommandLineOption mainDoc{QStringLiteral("main"), QCoreApplication::translate("SignCommand", "Attachment: the main document, sealed by the same agency."), QCoreApplication::translate("SignCommand", "file")};

    void setUp(QCommandLineParser &p) const
    {
        p.setApplicationDescription(QCoreApplication::translate("SignCommand", "Sign a PDF with a certificate on a PKCS#11 token (PAdES B-B, visible)."));
        p.addHelpOption();
        p.addPositionalArgument(QStringLiteral("input"), QCoreApplication::translate("SignCommand", "PDF file(s) to sign; a folder gives its PDF files"), QStringLiteral("IN.pdf|DIR..."));
        p.addOptions({number, date});
        p.addOptions({outputDir, json});
        p.addOptions({overrideAuthority, mainDoc});
        p.addOptions({intermediates, tsaTrust, ltv, tsa, tsaOptional, noTsa, certify, output, force, profile, role, module, token, certId, pinStdin, pinEnv, finalTry, page, rect, image, withText, noText, reason, location, docNumber, copyForm, signerName, title, capacity, agency, seal, trust});
    }
};

} // namespace

QString SignCommand::description() const
{
    return QCoreApplication::translate("SignCommand", "sign a PDF with a token certificate");
}

QString SignCommand::helpText() const
{
    const SignOptions o;
    QCommandLineParser p;
    o.setUp(p);
    return p.helpText();
}

int SignCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const SignOptions o;
    QCommandLineParser p;
    o.setUp(p);
    if (int code = 0; !parseArguments(p, args, out, err, code))
        return code;
    const bool batch = p.positionalArguments().size() > 1 || p.isSet(o.outputDir) || p.isSet(o.json);
    if (p.positionalArguments().isEmpty())
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "at least one input file is required")));
    if (batch && p.isSet(o.output))
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "-o names one output; for several files use --output-dir")));
    if (p.isSet(o.pinStdin) && p.isSet(o.pinEnv))
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--pin-stdin and --pin-env exclude each other")));

    // Read (and wiped from the environment) now, before anything waits.
    const auto source = p.isSet(o.pinStdin) ? CliPinProvider::Source::Stdin
        : p.isSet(o.pinEnv)                   ? CliPinProvider::Source::Environment
                                              : CliPinProvider::Source::Terminal;
    CliPinProvider pins(source, p.value(o.pinEnv), p.isSet(o.finalTry));

    // A profile gives defaults; options win.
    SigningProfile prof;
    if (p.isSet(o.profile) && !SigningProfile::load(p.value(o.profile), prof))
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "no profile named \"%1\"").arg(p.value(o.profile))));
    auto pick = [&](const QCommandLineOption &option, const QString &fallback) { return p.isSet(option) ? p.value(option) : fallback; };

    SignRequest req;
    req.input = p.positionalArguments().first();
    req.output = p.isSet(o.output) ? p.value(o.output) : defaultOutput(req.input);
    req.overwrite = p.isSet(o.force);
    req.role = prof.name.isEmpty() ? SigningRole::Personal : prof.defaultRole;
    if (p.isSet(o.role) && !parseRole(p.value(o.role), req.role))
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--role takes personal, agency, attachment or copy")));
    req.modulePath = pick(o.module, prof.modulePath);
    req.token = pick(o.token, prof.token);
    const QString id = pick(o.certId, prof.certId);
    if (!id.isEmpty()) {
        req.certId = QByteArray::fromHex(id.toLatin1());
        if (req.certId.isEmpty())
            return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--cert-id takes hexadecimal digits")));
    }
    if (p.isSet(o.page) && p.value(o.page) != QLatin1String("last")) {
        bool ok = false;
        req.page = p.value(o.page).toInt(&ok);
        if (!ok || req.page < 1)
            return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--page takes a page number or 'last'")));
    }
    if (p.isSet(o.rect)) {
        QRectF r;
        if (!parseRect(p.value(o.rect), r))
            return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--rect takes x,y,w,h in points")));
        req.rect = r;
    }
    req.imagePath = pick(o.image, prof.imagePath);
    req.withText = p.isSet(o.withText);
    req.reason = p.value(o.reason);
    req.location = p.value(o.location);
    req.docNumber = p.value(o.docNumber);
    req.copyForm = p.value(o.copyForm);
    req.signerName = pick(o.signerName, prof.signer);
    req.title = pick(o.title, prof.title);
    Capacity cap = prof.capacity;
    if (p.isSet(o.capacity) && !parseCapacity(p.value(o.capacity), cap))
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--capacity takes KT., TM., TL., TUQ., Q. or none")));
    req.capacity = QLatin1String(capacityName(cap));
    req.agency = pick(o.agency, prof.agency);
    req.sealDiameterMm = p.isSet(o.seal) ? p.value(o.seal).toDouble() : prof.sealDiameterMm;
    if (req.sealDiameterMm <= 5 || req.sealDiameterMm > 80)
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--seal-diameter takes a size in mm between 5 and 80")));
    req.trustAnchors = Settings::trustAnchorFiles() + p.values(o.trust);
    if (!p.isSet(o.noTsa))
        req.tsaUrl = p.isSet(o.tsa) ? p.value(o.tsa) : Settings::value(SettingKey::TsaUrl).toString();
    req.tsaOptional = p.isSet(o.tsaOptional);
    req.ltv = p.isSet(o.ltv);
    req.intermediates = p.values(o.intermediates);
    req.tsaTrustAnchors = p.values(o.tsaTrust);
    if (p.isSet(o.overrideAuthority) && p.value(o.overrideAuthority).trimmed().isEmpty())
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--override-authority needs the reason of the exception")));
    req.overrideAuthority = p.value(o.overrideAuthority).trimmed();
    req.mainDocument = p.value(o.mainDoc);
    if (p.isSet(o.certify)) {
        req.certify = p.value(o.certify).toInt();
        if (req.certify < 1 || req.certify > 3)
            return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--certify takes 1, 2 or 3")));
    }

    if (p.isSet(o.date) && !p.isSet(o.number))
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--date goes with --number")));
    req.release.number = p.value(o.number);
    if (p.isSet(o.date)) {
        req.release.date = QDate::fromString(p.value(o.date), Qt::ISODate);
        if (!req.release.date.isValid())
            return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--date takes a date as YYYY-MM-DD")));
    }
    // One release is one number: a batch would propose the same "next" number for every file.
    if (batch && req.release.isSet())
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("SignCommand", "--number releases one document at a time")));
    if (batch) // the PIN provider above: the environment variable is already read and wiped
        return runBatchSign(req, p.positionalArguments(), p.value(o.outputDir), p.isSet(o.json), pins, out, err);

    // The register first: without it nothing is signed.
    int failed = 0;
    const std::unique_ptr<Register> reg = openRegister(err, failed);
    if (!reg)
        return failed;
    req.book = reg.get();
    req.openRegister = reg.get();

    // Everything that needs no PIN: a bad input or a refused role never costs one.
    SigningService service;
    QStringList warnings;
    if (Error e = service.prepare(req, warnings))
        return fail(err, e);
    for (const QString &w : warnings)
        err << "kyso-cli: " << QCoreApplication::translate("SignCommand", "warning: %1").arg(w) << Qt::endl;

    pdf::SignResult result;
    const Error signError = service.sign(pins, *reg, result);
    const QString signer = service.certificate().commonName;
    const QStringList evidenceNotes = service.evidenceNotes();
    service.releaseToken(); // log out and free the module now, not at exit
    if (signError)
        return fail(err, signError);
    for (const QString &note : evidenceNotes)
        err << "kyso-cli: " << QCoreApplication::translate("SignCommand", "warning: %1").arg(note) << Qt::endl;
    if (!result.timeStampProblem.isEmpty())
        err << "kyso-cli: "
            << QCoreApplication::translate("SignCommand", "warning: %1").arg(QCoreApplication::translate("SignCommand", "signed without a time-stamp: %1").arg(result.timeStampProblem))
            << Qt::endl;
    if (const PlannedRelease &release = service.plannedRelease(); !release.stamps.isEmpty())
        out << QCoreApplication::translate("SignCommand", "Released: Số %1, ngày %2 (outgoing book %3)")
                   .arg(release.entry.numberAndSymbol(), release.entry.date.toString(QStringLiteral("dd/MM/yyyy")))
                   .arg(release.entry.year)
            << Qt::endl;
    out << QCoreApplication::translate("SignCommand", "Signed: %1 (signer %2, page %3, field %4)")
               .arg(result.outputPath, signer)
               .arg(result.page)
               .arg(result.fieldName)
        << Qt::endl;
    return 0;
}

} // namespace kyso::cli
