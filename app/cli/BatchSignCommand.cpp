#include "cli/BatchSignCommand.h"

#include "cli/CliSupport.h"
#include "common/BatchSigning.h"
#include "core/Register.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kyso::cli {

namespace {

const char *statusName(BatchSigning::Status s)
{
    switch (s) {
    case BatchSigning::Status::Signed: return "signed";
    case BatchSigning::Status::Failed: return "failed";
    case BatchSigning::Status::NotAttempted: return "not-attempted";
    }
    return "failed";
}

QJsonObject fileToJson(const BatchSigning::File &f)
{
    QJsonObject o{{QStringLiteral("input"), f.request.input},
                  {QStringLiteral("output"), f.request.output},
                  {QStringLiteral("status"), QLatin1String(statusName(f.status))}};
    if (f.status == BatchSigning::Status::Signed) {
        o.insert(QStringLiteral("page"), f.result.page);
        o.insert(QStringLiteral("field"), f.result.fieldName);
    }
    if (f.error) {
        o.insert(QStringLiteral("error"), QLatin1String(Error::name(f.error.code())));
        o.insert(QStringLiteral("exitCode"), f.error.exitCode());
        o.insert(QStringLiteral("message"), f.error.message());
    }
    if (!f.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(f.warnings));
    return o;
}

// "[2/5] signed: a.pdf -> DIR/a_signed.pdf (page 1)" or the reason.
void printFile(QTextStream &out, int index, int total, const BatchSigning::File &f)
{
    const QString head = QStringLiteral("[%1/%2] ").arg(index + 1).arg(total);
    switch (f.status) {
    case BatchSigning::Status::Signed:
        out << head << QCoreApplication::translate("BatchSignCommand", "signed: %1 -> %2 (page %3)").arg(f.request.input, f.result.outputPath).arg(f.result.page) << Qt::endl;
        break;
    case BatchSigning::Status::Failed:
        out << head << QCoreApplication::translate("BatchSignCommand", "NOT signed: %1: %2 (exit %3)").arg(f.request.input, f.error.message()).arg(f.error.exitCode()) << Qt::endl;
        break;
    case BatchSigning::Status::NotAttempted:
        out << head << QCoreApplication::translate("BatchSignCommand", "NOT signed: %1: the batch stopped at an earlier error").arg(f.request.input) << Qt::endl;
        break;
    }
}

void printSummary(QTextStream &out, const BatchSigning::Summary &s)
{
    out << QCoreApplication::translate("BatchSignCommand", "Signed %1 of %2 file(s); %3 failed, %4 not attempted.").arg(s.signedCount).arg(s.total).arg(s.failed).arg(s.notAttempted)
        << Qt::endl;
    if (s.stoppedBy)
        out << QCoreApplication::translate("BatchSignCommand", "The batch stopped: %1").arg(s.stoppedBy.message()) << Qt::endl;
}

QJsonObject summaryToJson(const BatchSigning &batch, const BatchSigning::Summary &s)
{
    QJsonArray files;
    for (int i = 0; i < batch.size(); ++i)
        files.append(fileToJson(batch.file(i)));
    QJsonObject o{{QStringLiteral("files"), files},
                  {QStringLiteral("total"), s.total},
                  {QStringLiteral("signed"), s.signedCount},
                  {QStringLiteral("failed"), s.failed},
                  {QStringLiteral("notAttempted"), s.notAttempted},
                  {QStringLiteral("exitCode"), s.exitCode()}};
    o.insert(QStringLiteral("stoppedBy"), s.stoppedBy ? QJsonValue(QLatin1String(Error::name(s.stoppedBy.code()))) : QJsonValue());
    return o;
}

} // namespace

int runBatchSign(const SignRequest &base, const QStringList &inputs, const QString &outputDir, bool json,
                 pkcs11::PinProvider &pins, QTextStream &out, QTextStream &err)
{
    QStringList files;
    if (Error e = BatchSigning::expandInputs(inputs, files))
        return fail(err, e);
    if (!outputDir.isEmpty() && !QDir().mkpath(outputDir))
        return fail(err, Error(ErrorCode::OutputNotWritable, outputDir));
    QList<SignRequest> requests;
    if (Error e = BatchSigning::requestsFor(base, files, outputDir, requests))
        return fail(err, e);
    // The register first: without it nothing is signed.
    int failed = 0;
    const std::unique_ptr<Register> reg = openRegister(err, failed);
    if (!reg)
        return failed;

    // Every file checked before the PIN: a bad file never costs a PIN try.
    BatchSigning batch;
    if (Error e = batch.prepare(requests))
        return fail(err, e);
    for (int i = 0; i < batch.size(); ++i) {
        for (const QString &w : batch.file(i).warnings)
            err << "kyso-cli: " << QCoreApplication::translate("BatchSignCommand", "warning: %1: %2").arg(batch.file(i).request.input, w) << Qt::endl;
    }
    auto onFile = [&](int i, const BatchSigning::File &f) {
        if (!json)
            printFile(out, i, batch.size(), f);
        if (f.status == BatchSigning::Status::Signed && f.service) {
            for (const QString &note : f.service->evidenceNotes())
                err << "kyso-cli: " << QCoreApplication::translate("BatchSignCommand", "warning: %1: %2").arg(f.request.input, note) << Qt::endl;
        }
        if (!f.result.timeStampProblem.isEmpty())
            err << "kyso-cli: " << QCoreApplication::translate("BatchSignCommand", "warning: %1 signed without a time-stamp: %2").arg(f.request.input, f.result.timeStampProblem) << Qt::endl;
    };
    // No PIN at all when no file is left to sign.
    const BatchSigning::Summary summary = batch.preparedCount() > 0 ? batch.signAll(pins, *reg, onFile) : batch.summary();
    batch.releaseToken(); // log out and free the module once, now, not at exit
    if (batch.preparedCount() == 0 && !json) {
        for (int i = 0; i < batch.size(); ++i)
            printFile(out, i, batch.size(), batch.file(i));
    }
    if (json)
        out << QJsonDocument(summaryToJson(batch, summary)).toJson(QJsonDocument::Indented);
    else
        printSummary(out, summary);
    return summary.exitCode();
}

} // namespace kyso::cli
