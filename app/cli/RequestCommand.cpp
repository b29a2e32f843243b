// kyso-cli request: certificate lifecycle requests (regulation arts. 4-6,
// Forms 01-06).
#include "cli/RequestCommand.h"

#include "cli/CliSupport.h"
#include "cli/LifecycleCommands.h"
#include "common/LifecycleDocuments.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <optional>

namespace kyso::cli {

namespace {

std::optional<CertificateInfo> certificateFromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray data = f.readAll();
    if (!data.contains("-----BEGIN"))
        return CertificateInfo::fromDer(data).serialHex.isEmpty() ? std::nullopt : std::optional(CertificateInfo::fromDer(data));
    BIO *bio = BIO_new_mem_buf(data.constData(), int(data.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!x)
        return std::nullopt;
    CertificateInfo info = CertificateInfo::fromX509(x);
    X509_free(x);
    return info;
}

std::optional<CertificateInfo> certificateOnTokens(const QString &serial, const QString &module)
{
    QString wanted = serial.toLower().remove(QLatin1Char(':'));
    for (const pkcs11::TokenEntry &tk : pluggedTokens(module)) {
        for (const pkcs11::CertificateEntry &c : tk.certificates) {
            if (!c.isAuthority && c.info.serialHex.toLower() == wanted)
                return c.info;
        }
    }
    return std::nullopt;
}

QJsonObject requestJson(const RequestView &v)
{
    return QJsonObject{{QStringLiteral("id"), double(v.request.id)},
                       {QStringLiteral("kind"), v.request.kind},
                       {QStringLiteral("form"), v.request.form},
                       {QStringLiteral("subject"), v.request.subject},
                       {QStringLiteral("tokenSerial"), v.request.tokenSerial},
                       {QStringLiteral("certSerial"), v.certSerial},
                       {QStringLiteral("unit"), v.unit},
                       {QStringLiteral("reason"), v.reason},
                       {QStringLiteral("sendTo"), v.recipient},
                       {QStringLiteral("copyTo"), v.copyTo},
                       {QStringLiteral("letterNumber"), v.letterNumber},
                       {QStringLiteral("letterDate"), v.letterDate.toString(Qt::ISODate)},
                       {QStringLiteral("sentDate"), v.sentDate.toString(Qt::ISODate)},
                       {QStringLiteral("deadline"), v.deadline.toString(Qt::ISODate)},
                       {QStringLiteral("overdue"), v.overdue},
                       {QStringLiteral("resultSerial"), v.resultSerial},
                       {QStringLiteral("status"), v.request.status},
                       {QStringLiteral("note"), v.request.note}};
}

struct RequestOptions {
    QCommandLineOption kind{QStringLiteral("kind"), QStringLiteral("issue | renew | change | revoke | recover"), QStringLiteral("kind")};
    QCommandLineOption form{QStringLiteral("form"), QCoreApplication::translate("LifecycleCommands", "Form number 01 to 06."), QStringLiteral("nn")};
    QCommandLineOption subject{QStringLiteral("subject"), QCoreApplication::translate("LifecycleCommands", "Certificate holder."), QStringLiteral("name")};
    QCommandLineOption token{QStringLiteral("token-serial"), QCoreApplication::translate("LifecycleCommands", "Serial number of the token."), QStringLiteral("serial")};
    QCommandLineOption certSerial{QStringLiteral("cert-serial"), QCoreApplication::translate("LifecycleCommands", "Serial number of the certificate (hex)."), QStringLiteral("hex")};
    QCommandLineOption cert{QStringLiteral("cert"), QCoreApplication::translate("LifecycleCommands", "The certificate as a PEM or DER file (when its token is not plugged in)."), QStringLiteral("file")};
    QCommandLineOption reason{QStringLiteral("reason"), QCoreApplication::translate("LifecycleCommands", "Revocation: lost, compromised, post-changed or other."), QStringLiteral("reason")};
    QCommandLineOption unit{QStringLiteral("unit"), QCoreApplication::translate("LifecycleCommands", "The managing agency (unit) filing the request."), QStringLiteral("name")};
    QCommandLineOption letterNumber{QStringLiteral("letter-number"), QCoreApplication::translate("LifecycleCommands", "Number of the agency's letter."), QStringLiteral("text")};
    QCommandLineOption letterDate{QStringLiteral("letter-date"), QCoreApplication::translate("LifecycleCommands", "Date of the agency's letter (YYYY-MM-DD)."), QStringLiteral("date")};
    QCommandLineOption sentDate{QStringLiteral("sent-date"), QCoreApplication::translate("LifecycleCommands", "Date the request was sent (YYYY-MM-DD)."), QStringLiteral("date")};
    QCommandLineOption resultSerial{QStringLiteral("result-serial"), QCoreApplication::translate("LifecycleCommands", "done: serial of the certificate the request produced."), QStringLiteral("hex")};
    QCommandLineOption note{QStringLiteral("note"), QCoreApplication::translate("LifecycleCommands", "Note."), QStringLiteral("text")};
    QCommandLineOption id{QStringLiteral("id"), QCoreApplication::translate("LifecycleCommands", "Request number."), QStringLiteral("n")};
    QCommandLineOption status{QStringLiteral("status"), QStringLiteral("draft | sent | approved | rejected | done"), QStringLiteral("status")};
    QCommandLineOption module{QStringLiteral("module"), QCoreApplication::translate("LifecycleCommands", "PKCS#11 module to look for the certificate."), QStringLiteral("path")};
    QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("LifecycleCommands", "Print JSON.")};
    QList<QCommandLineOption> all() const
    {
        return {kind, form, subject, token, certSerial, cert, reason, unit, letterNumber, letterDate, sentDate, resultSerial, note, id, status, module, json};
    }

    void setUp(QCommandLineParser &p) const
    {
        p.setApplicationDescription(QCoreApplication::translate("LifecycleCommands", "Certificate lifecycle requests (Mẫu 01–06)."));
        p.addHelpOption();
        p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add | list | set-status"));
        p.addOptions(all());
    }
};

int requestAdd(const QCommandLineParser &p, const RequestOptions &o, Register &reg, QTextStream &out, QTextStream &err)
{
    RequestInput in;
    in.kind = p.value(o.kind);
    bool formOk = false;
    in.form = p.value(o.form).toInt(&formOk);
    if (!formOk || in.form < 1 || in.form > 6)
        return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "--form takes 01 to 06")));
    in.subject = p.value(o.subject);
    in.tokenSerial = p.value(o.token);
    in.certSerial = p.value(o.certSerial);
    in.reason = p.value(o.reason);
    in.unit = p.value(o.unit);
    in.note = p.value(o.note);
    in.letterNumber = p.value(o.letterNumber);
    in.letterDate = p.value(o.letterDate);
    in.sentDate = p.value(o.sentDate);
    std::optional<CertificateInfo> cert;
    if (p.isSet(o.cert)) {
        cert = certificateFromFile(p.value(o.cert));
        if (!cert)
            return fail(err, Error(ErrorCode::FileNotFound, p.value(o.cert)));
    } else if (!in.certSerial.isEmpty() && (in.kind == QLatin1String("renew") || in.kind == QLatin1String("change"))) {
        cert = certificateOnTokens(in.certSerial, p.value(o.module));
    }
    in.certificate = cert ? &*cert : nullptr;
    Error error;
    const qint64 n = addRequest(reg, in, WorkingDays::fromSettings(), vietnamToday(), error);
    if (!n)
        return fail(err, error);
    const RequestView v = requestViews(reg, WorkingDays::fromSettings(), vietnamToday()).last();
    out << QCoreApplication::translate("LifecycleCommands", "Request %1 recorded (%2): send it to %3%4.")
                               .arg(n)
                               .arg(v.request.form, v.recipient,
                                    v.copyTo.isEmpty() ? QString() : QCoreApplication::translate("LifecycleCommands", ", copy to %1").arg(v.copyTo))
                        << Qt::endl;
    return 0;
}

int requestList(const QCommandLineParser &p, const RequestOptions &o, Register &reg, QTextStream &out)
{
    QJsonArray arr;
    for (const RequestView &v : requestViews(reg, WorkingDays::fromSettings(), vietnamToday())) {
        if (p.isSet(o.json)) {
            arr.append(requestJson(v));
            continue;
        }
        out << QStringLiteral("%1  %2  %3  %4  → %5  %6").arg(v.request.id).arg(v.request.form, v.request.kind, v.request.subject, v.recipient, v.request.status);
        if (v.deadline.isValid())
            out << "  " << QCoreApplication::translate("LifecycleCommands", "deadline %1").arg(v.deadline.toString(Qt::ISODate));
        if (v.overdue)
            out << "  " << QCoreApplication::translate("LifecycleCommands", "OVERDUE");
        out << '\n';
    }
    if (p.isSet(o.json))
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

QString RequestCommand::description() const
{
    return QCoreApplication::translate("LifecycleCommands", "certificate requests (Form 01-06): add, list, set-status");
}

QString RequestCommand::helpText() const
{
    const RequestOptions o;
    QCommandLineParser p;
    o.setUp(p);
    return p.helpText();
}

int RequestCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const RequestOptions o;
    QCommandLineParser p;
    o.setUp(p);
    static const QStringList statuses = {QStringLiteral("draft"), QStringLiteral("sent"), QStringLiteral("approved"),
                                         QStringLiteral("rejected"), QStringLiteral("done")};
    int code = 0;
    const std::unique_ptr<Register> reg = parseAndOpenRegister(p, args, out, err, code);
    if (!reg)
        return code;
    const QString action = p.positionalArguments().value(0);
    if (action == QLatin1String("add"))
        return requestAdd(p, o, *reg, out, err);
    if (action == QLatin1String("list"))
        return requestList(p, o, *reg, out);
    if (action == QLatin1String("set-status")) {
        if (!p.isSet(o.id) || !statuses.contains(p.value(o.status)))
            return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "set-status needs --id and --status (draft, sent, approved, rejected, done)")));
        if (Error e = setRequestStatus(*reg, p.value(o.id).toLongLong(), p.value(o.status), p.value(o.note), p.value(o.sentDate),
                                       p.value(o.letterNumber), p.value(o.letterDate), p.value(o.resultSerial),
                                       WorkingDays::fromSettings(), vietnamToday()))
            return fail(err, e);
        return 0;
    }
    return fail(err, Error(ErrorCode::Usage, QCoreApplication::translate("LifecycleCommands", "unknown action \"%1\"").arg(action)));
}

} // namespace kyso::cli
