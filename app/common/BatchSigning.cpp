#include "common/BatchSigning.h"

#include "core/Register.h"
#include "pkcs11/TokenSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace kyso {

BatchSigning::BatchSigning() = default;
BatchSigning::~BatchSigning() = default;

int BatchSigning::Summary::exitCode() const
{
    if (stoppedBy)
        return stoppedBy.exitCode();
    if (signedCount == total && total > 0)
        return 0;
    return Error::exitCodeFor(ErrorCode::BatchIncomplete);
}

Error BatchSigning::expandInputs(const QStringList &arguments, QStringList &files)
{
    files.clear();
    for (const QString &arg : arguments) {
        const QFileInfo info(arg);
        if (!info.isDir()) {
            files << arg; // checked with the other facts of the file in prepare()
            continue;
        }
        QDir dir(arg);
        const QFileInfoList entries = dir.entryInfoList({QStringLiteral("*.pdf"), QStringLiteral("*.PDF"), QStringLiteral("*.Pdf")},
                                                        QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
        int added = 0;
        for (const QFileInfo &e : entries) {
            if (e.completeBaseName().endsWith(QLatin1String("_signed"), Qt::CaseInsensitive))
                continue; // an output of an earlier run
            files << e.filePath();
            ++added;
        }
        if (added == 0)
            return Error(ErrorCode::NoPdfInDirectory, arg);
    }
    return {};
}

QString BatchSigning::outputFor(const QString &input, const QString &outputDir)
{
    const QFileInfo in(input);
    const QString dir = outputDir.isEmpty() ? in.absolutePath() : QDir(outputDir).absolutePath();
    return dir + QLatin1Char('/') + in.completeBaseName() + QStringLiteral("_signed.pdf");
}

QString BatchSigning::desktopOutputFor(const QString &input, SigningRole role)
{
    const QFileInfo in(input);
    const QString suffix = role == SigningRole::Personal ? QStringLiteral("_signed") : QStringLiteral("_sealed");
    QString name = in.completeBaseName();
    if (role != SigningRole::Personal && name.endsWith(QLatin1String("_signed"), Qt::CaseInsensitive))
        name.chop(7);
    QString output = in.absolutePath() + QLatin1Char('/') + name + suffix + QStringLiteral(".pdf");
    if (QFileInfo(output).absoluteFilePath() == in.absoluteFilePath()) // "a_sealed.pdf" sealed again
        output = in.absolutePath() + QLatin1Char('/') + in.completeBaseName() + suffix + QStringLiteral(".pdf");
    return output;
}

Error BatchSigning::requestsFor(const SignRequest &base, const QStringList &files, const QString &outputDir,
                                QList<SignRequest> &requests)
{
    requests.clear();
    QHash<QString, QString> outputs; // output -> input
    for (const QString &input : files) {
        SignRequest r = base;
        r.input = input;
        r.output = outputFor(input, outputDir);
        if (outputs.contains(r.output))
            return Error(ErrorCode::OutputNameClash,
                         QCoreApplication::translate("BatchSigning", "%1 and %2 would both be signed to %3")
                             .arg(outputs.value(r.output), input, r.output));
        outputs.insert(r.output, input);
        requests << r;
    }
    return {};
}

Error BatchSigning::prepare(const QList<SignRequest> &requests)
{
    m_files.clear();
    m_session.reset();
    // The register, opened once for every file's checks (lifecycle facts, and
    // the outgoing book that numbers a release); only preparation reads it
    // (signing checks the number again in its own transaction), and it is
    // closed on the thread that opened it, before prepare() returns.
    Error registerError;
    const std::unique_ptr<Register> shared = Register::open(Register::defaultPath(), registerError);
    for (SignRequest r : requests) {
        r.book = r.release.isSet() ? shared.get() : nullptr;
        r.openRegister = shared.get();
        File f;
        f.service = std::make_unique<SigningService>();
        // The token is opened by the first file that gets that far, then shared.
        f.error = f.service->prepare(r, f.warnings, m_session);
        r.book = nullptr;
        r.openRegister = nullptr;
        f.request = r;
        if (!m_session)
            m_session = f.service->session();
        if (f.error && Error::stopsBatch(f.error.code()))
            return f.error; // no token: nothing in the batch can go on
        if (f.error)
            f.status = Status::Failed;
        m_files.push_back(std::move(f));
    }
    return {};
}

int BatchSigning::preparedCount() const
{
    int n = 0;
    for (const File &f : m_files)
        n += f.prepared() ? 1 : 0;
    return n;
}

BatchSigning::Summary BatchSigning::summary(const Error &stoppedBy) const
{
    Summary s;
    s.total = size();
    s.stoppedBy = stoppedBy;
    for (const File &f : m_files) {
        s.signedCount += f.status == Status::Signed ? 1 : 0;
        s.failed += f.status == Status::Failed ? 1 : 0;
        s.notAttempted += f.status == Status::NotAttempted ? 1 : 0;
    }
    return s;
}

void BatchSigning::releaseToken()
{
    for (File &f : m_files) {
        if (f.service)
            f.service->releaseToken();
    }
    m_session.reset();
}

void BatchSigning::prepareLoginRetry()
{
    if (m_loginFailedFile < 0)
        return;
    File &f = m_files[size_t(m_loginFailedFile)];
    f.error = {};
    f.status = Status::NotAttempted;
    m_loginFailedFile = -1;
}

BatchSigning::Summary BatchSigning::signAll(pkcs11::PinProvider &pins, Register &reg,
                                            const std::function<void(int, const File &)> &onFile)
{
    Error stop;
    bool anySigned = false, stoppedByUser = false;
    m_loginFailedFile = -1;
    m_stopRequested.store(false);
    for (int i = 0; i < size(); ++i) {
        File &f = m_files[size_t(i)];
        stoppedByUser = stoppedByUser || (!stop && m_stopRequested.load());
        if (!stop && !stoppedByUser && f.prepared()) {
            // The first call logs in (one PIN); the others find the session logged in.
            f.error = f.service->sign(pins, reg, f.result);
            f.status = f.error ? Status::Failed : Status::Signed;
            anySigned = anySigned || !f.error;
            if (f.error && Error::stopsBatch(f.error.code())) {
                stop = f.error;
                if (!anySigned && Error::asksPinAgain(f.error.code()))
                    m_loginFailedFile = i;
            }
        }
        if (onFile)
            onFile(i, f);
    }
    Summary s = summary(stop);
    s.stoppedByUser = stoppedByUser;
    return s;
}

} // namespace kyso
