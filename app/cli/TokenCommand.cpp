#include "cli/TokenCommand.h"

#include "cli/CliPinProvider.h"
#include "core/LifecycleRecords.h"
#include "core/Settings.h"
#include "pkcs11/TokenInventory.h"
#include "pkcs11/TokenSession.h"

#include "cli/CliSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kyso::cli {

using namespace pkcs11;

namespace {

QString recoveryText()
{
    return QCoreApplication::translate(
        "TokenCommand",
        "The PIN is locked. To unlock it the managing agency sends a written request on Form 06 "
        "(Mẫu 06) to the provincial Department of Science and Technology, which handles it within "
        "1 working day. Attach: token serial %1, certificate holder, agency. Do not try more PINs.");
}

LifecycleAdvice adviceFor(const Register *reg, const TokenEntry &tk, const CertificateEntry &c)
{
    return adviseLifecycle(lifecycleFacts(reg, c.info, c.kind, tk.pin.status == PinStatus::Locked, tk.info.serial,
                                          QString::fromLatin1(c.id.toHex())));
}

QJsonObject certJson(const CertificateEntry &c, const LifecycleAdvice &advice)
{
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(c.info.notAfter);
    return QJsonObject{
        {QStringLiteral("id"), QString::fromLatin1(c.id.toHex())},
        {QStringLiteral("label"), c.label},
        {QStringLiteral("commonName"), c.info.commonName},
        {QStringLiteral("title"), c.info.title},
        {QStringLiteral("organizationalUnit"), c.info.organizationalUnit},
        {QStringLiteral("organization"), c.info.organization},
        {QStringLiteral("locality"), c.info.locality},
        {QStringLiteral("email"), c.info.email},
        {QStringLiteral("uid"), c.info.uid},
        {QStringLiteral("subjectSerialNumber"), c.info.subjectSerial},
        {QStringLiteral("subject"), c.info.subject},
        {QStringLiteral("issuer"), c.info.issuer},
        {QStringLiteral("serial"), c.info.serialHex},
        {QStringLiteral("notBefore"), c.info.notBefore.toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), c.info.notAfter.toString(Qt::ISODate)},
        {QStringLiteral("daysLeft"), double(daysLeft)},
        {QStringLiteral("keyUsage"), QJsonArray::fromStringList(c.info.keyUsage)},
        {QStringLiteral("keyType"), c.info.keyType},
        {QStringLiteral("keyBits"), c.info.keyBits},
        {QStringLiteral("keyPair"), c.hasKeyPair},
        {QStringLiteral("authority"), c.isAuthority},
        {QStringLiteral("kind"), c.isAuthority ? QStringLiteral("ca") : QLatin1String(certificateKindName(c.kind))},
        {QStringLiteral("sha256"), c.info.sha256Hex},
        {QStringLiteral("lifecycle"), c.isAuthority ? QJsonValue() : QJsonValue(lifecycleJson(advice))},
    };
}

QJsonObject tokenJson(const Register *reg, const TokenEntry &tk, bool withCerts)
{
    const unsigned long f = tk.info.flags;
    QJsonArray mechs;
    for (const MechanismInfo &m : tk.mechanisms)
        mechs.append(m.name);
    QJsonObject o{
        {QStringLiteral("slot"), double(tk.slotId)},
        {QStringLiteral("slotDescription"), tk.slotDescription},
        {QStringLiteral("label"), tk.info.label},
        {QStringLiteral("manufacturer"), tk.info.manufacturer},
        {QStringLiteral("model"), tk.info.model},
        {QStringLiteral("serial"), tk.info.serial},
        {QStringLiteral("hardwareVersion"), tk.info.hardwareVersion},
        {QStringLiteral("firmwareVersion"), tk.info.firmwareVersion},
        {QStringLiteral("pinState"), QLatin1String(PinState::name(tk.pin.status))},
        {QStringLiteral("pinStateText"), tk.pin.describe()},
        {QStringLiteral("protectedAuthenticationPath"), tk.pin.protectedAuthPath},
        {QStringLiteral("soPinCountLow"), tk.pin.soCountLow},
        {QStringLiteral("soPinFinalTry"), tk.pin.soFinalTry},
        {QStringLiteral("soPinLocked"), tk.pin.soLocked},
        {QStringLiteral("flags"), double(f)},
        {QStringLiteral("pinLength"), QJsonArray{double(tk.info.minPin), double(tk.info.maxPin)}},
        {QStringLiteral("signingMechanisms"), mechs},
    };
    if (tk.pin.status == PinStatus::Locked)
        o.insert(QStringLiteral("recovery"), recoveryText().arg(tk.info.serial));
    if (withCerts) {
        QJsonArray certs;
        for (const CertificateEntry &c : tk.certificates)
            certs.append(certJson(c, adviceFor(reg, tk, c)));
        o.insert(QStringLiteral("certificates"), certs);
    }
    return o;
}

void printToken(QTextStream &out, const Register *reg, const TokenEntry &tk, bool withCerts)
{
    out << QCoreApplication::translate("TokenCommand", "Token \"%1\" (serial %2, slot %3)").arg(tk.info.label, tk.info.serial).arg(tk.slotId) << '\n';
    out << "  " << QCoreApplication::translate("TokenCommand", "Maker/model: %1 %2, firmware %3").arg(tk.info.manufacturer, tk.info.model, tk.info.firmwareVersion) << '\n';
    out << "  " << QCoreApplication::translate("TokenCommand", "PIN state: %1").arg(tk.pin.describe()) << '\n';
    if (tk.pin.status == PinStatus::Locked)
        out << "  " << recoveryText().arg(tk.info.serial) << '\n';
    QStringList mechs;
    for (const MechanismInfo &m : tk.mechanisms)
        mechs << m.name;
    out << "  " << QCoreApplication::translate("TokenCommand", "Signing mechanisms: %1").arg(mechs.join(QStringLiteral(", "))) << '\n';
    if (!withCerts)
        return;
    for (const CertificateEntry &c : tk.certificates) {
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(c.info.notAfter);
        const QString kind = c.isAuthority ? QCoreApplication::translate("TokenCommand", "CA") : (c.kind == CertificateKind::Agency ? QCoreApplication::translate("TokenCommand", "agency") : QCoreApplication::translate("TokenCommand", "personal"));
        out << "  - [" << QString::fromLatin1(c.id.toHex()) << "] " << c.info.commonName << " (" << kind << ")\n";
        out << "    " << QCoreApplication::translate("TokenCommand", "Issuer: %1").arg(c.info.issuerCommonName) << '\n';
        if (days < 0)
            out << "    " << QCoreApplication::translate("TokenCommand", "EXPIRED on %1").arg(c.info.notAfter.toString(Qt::ISODate)) << '\n';
        else
            out << "    " << QCoreApplication::translate("TokenCommand", "Valid until %1 (%2 days left)").arg(c.info.notAfter.toString(Qt::ISODate)).arg(days) << '\n';
        if (const LifecycleAdvice advice = adviceFor(reg, tk, c); !c.isAuthority && advice.action != LifecycleAction::None)
            out << "    " << advice.text() << '\n';
        out << "    " << QCoreApplication::translate("TokenCommand", "Key: %1 %2 bit; usage: %3").arg(c.info.keyType).arg(c.info.keyBits).arg(c.info.keyUsage.join(QStringLiteral(", "))) << '\n';
    }
}

void noteTokenSeen(Register &reg, const TokenEntry &tk)
{
    for (const CertificateEntry &c : tk.certificates) {
        if (!c.isAuthority)
            noteCertificate(reg, c.info, c.kind, tk.info.serial);
    }
    if (tk.pin.status == PinStatus::Locked)
        noteLockObserved(reg, tk.info.serial, tk.info.label);
}

// The PIN change, recorded as a token event (never the PIN).
int changePin(const QString &modulePath, const QString &token, bool fromStdin, bool confirmFinalTry, QTextStream &out, QTextStream &err)
{
    SessionOptions so;
    so.modulePath = modulePath;
    so.token = token;
    so.needCertificate = false;
    Error error;
    auto session = TokenSession::open(so, error);
    if (!session)
        return fail(err, error);
    CliPinProvider pins(fromStdin ? CliPinProvider::Source::Stdin : CliPinProvider::Source::Terminal, QString(), confirmFinalTry);
    const Error changeError = session->changePin(pins);
    if (std::unique_ptr<Register> reg = Register::open(Register::defaultPath(), error)) {
        const char *event = changeError ? tokenEventName(changeError.code()) : "pin-changed";
        if (event)
            reg->addTokenEvent(TokenEvent{{}, session->tokenSerial(), session->tokenLabel(), QLatin1String(event), QString()});
    }
    if (changeError)
        return fail(err, changeError);
    out << QCoreApplication::translate("TokenCommand", "PIN of token \"%1\" changed.").arg(session->tokenLabel()) << Qt::endl;
    return 0;
}

struct TokenOptions {
    const QCommandLineOption module{QStringLiteral("module"), QCoreApplication::translate("TokenCommand", "PKCS#11 module (default: every known module)."), QCoreApplication::translate("TokenCommand", "path")};
    const QCommandLineOption token{QStringLiteral("token"), QCoreApplication::translate("TokenCommand", "Token label or serial number."), QCoreApplication::translate("TokenCommand", "label")};
    const QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("TokenCommand", "Print JSON.")};
    const QCommandLineOption pinStdin{QStringLiteral("pin-stdin"), QCoreApplication::translate("TokenCommand", "change-pin: read the old and the new PIN from two lines of standard input.")};
    const QCommandLineOption finalTry{QStringLiteral("confirm-final-try"), QCoreApplication::translate("TokenCommand", "Allow the final PIN attempt.")};
    const QCommandLineOption sha{QStringLiteral("sha256"), QCoreApplication::translate("TokenCommand", "set-kind: SHA-256 fingerprint of the certificate (from certs --json)."), QStringLiteral("hex")};
    const QCommandLineOption kind{QStringLiteral("kind"), QCoreApplication::translate("TokenCommand", "set-kind: personal or agency."), QStringLiteral("kind")};

    void setUp(QCommandLineParser &p) const
    {
        p.setApplicationDescription(QCoreApplication::translate("TokenCommand", "Token checks for IT staff: list, status, certs, change-pin."));
        p.addHelpOption();
        p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("TokenCommand", "list | status | certs | change-pin | set-kind"));
        p.addOptions({module, token, json, pinStdin, finalTry, sha, kind});
    }
};

} // namespace

QString TokenCommand::description() const
{
    return QCoreApplication::translate("TokenCommand", "list tokens, PIN state and certificates; change the PIN");
}

QString TokenCommand::helpText() const
{
    const TokenOptions o;
    QCommandLineParser p;
    o.setUp(p);
    return p.helpText();
}

int TokenCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const TokenOptions o;
    QCommandLineParser p;
    o.setUp(p);
    if (int code = 0; !parseArguments(p, args, out, err, code))
        return code;
    const QString action = p.positionalArguments().value(0);

    if (action == QLatin1String("change-pin"))
        return changePin(p.isSet(o.module) ? p.value(o.module) : Settings::defaultModulePath(), p.value(o.token), p.isSet(o.pinStdin),
                         p.isSet(o.finalTry), out, err);
    if (action == QLatin1String("set-kind")) {
        // For certificates whose subject does not tell personal from agency.
        const QString fp = p.value(o.sha).toLower();
        const bool hex = fp.size() == 64 && QByteArray::fromHex(fp.toLatin1()).size() == 32;
        if (!hex || (p.value(o.kind) != QLatin1String("personal") && p.value(o.kind) != QLatin1String("agency")))
            return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("TokenCommand", "set-kind needs --sha256 (64 hex digits) and --kind personal|agency")));
        Settings::setCertificateKind(fp, p.value(o.kind) == QLatin1String("agency") ? CertificateKind::Agency : CertificateKind::Personal);
        out << QCoreApplication::translate("TokenCommand", "Certificate %1 marked as %2.").arg(fp, p.value(o.kind)) << Qt::endl;
        return 0;
    }
    if (action != QLatin1String("list") && action != QLatin1String("status") && action != QLatin1String("certs"))
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("TokenCommand", "unknown action \"%1\"").arg(action)));

    const bool withCerts = action != QLatin1String("list");
    // The register, when it can be opened, knows renewals, revocations and
    // custody; the tokens seen are noted in it (never a PIN).
    Error regError;
    std::unique_ptr<Register> reg = Register::open(Register::defaultPath(), regError);
    const QStringList candidates = TokenInventory::candidateModules(p.value(o.module));
    QJsonArray modules;
    int tokensShown = 0;
    Error moduleError;
    for (const QString &path : candidates) {
        const ModuleEntry m = TokenInventory::scan(path, withCerts);
        QJsonObject mj{{QStringLiteral("path"), m.path}};
        switch (m.status) {
        case ModuleEntry::Status::NotInstalled: mj.insert(QStringLiteral("status"), QStringLiteral("not-installed")); break;
        case ModuleEntry::Status::LoadFailed:
            mj.insert(QStringLiteral("status"), QStringLiteral("load-failed"));
            mj.insert(QStringLiteral("error"), m.error);
            break;
        case ModuleEntry::Status::Loaded: mj.insert(QStringLiteral("status"), QStringLiteral("loaded")); break;
        }
        if (m.errorCode == ErrorCode::TokenTimeout || (m.errorCode != ErrorCode::None && !moduleError))
            moduleError = Error(m.errorCode, m.error);
        QJsonArray tokens;
        if (!p.isSet(o.json)) {
            if (m.status == ModuleEntry::Status::NotInstalled && action == QLatin1String("list"))
                out << QCoreApplication::translate("TokenCommand", "Module %1: not installed").arg(m.path) << '\n';
            else if (m.status == ModuleEntry::Status::LoadFailed)
                out << QCoreApplication::translate("TokenCommand", "Module %1: cannot be loaded: %2").arg(m.path, m.error) << '\n';
            else if (m.status == ModuleEntry::Status::Loaded)
                out << QCoreApplication::translate("TokenCommand", "Module %1: %n token(s)", nullptr, m.tokens.size()).arg(m.path) << '\n';
        }
        for (const TokenEntry &tk : m.tokens) {
            if (p.isSet(o.token) && tk.info.label != p.value(o.token) && tk.info.serial != p.value(o.token))
                continue;
            ++tokensShown;
            if (reg)
                noteTokenSeen(*reg, tk);
            tokens.append(tokenJson(reg.get(), tk, withCerts));
            if (!p.isSet(o.json))
                printToken(out, reg.get(), tk, withCerts);
        }
        mj.insert(QStringLiteral("tokens"), tokens);
        modules.append(mj);
    }
    if (p.isSet(o.json))
        out << QJsonDocument(QJsonObject{{QStringLiteral("modules"), modules}}).toJson(QJsonDocument::Indented);
    out.flush();
    if (tokensShown == 0 && action != QLatin1String("list")) {
        // A token that does not answer is not an absent one.
        if (moduleError.code() == ErrorCode::TokenTimeout)
            return fail(err, Error(ErrorCode::TokenTimeout));
        return fail(err, Error(ErrorCode::TokenAbsent, p.value(o.token)));
    }
    return 0;
}

} // namespace kyso::cli
