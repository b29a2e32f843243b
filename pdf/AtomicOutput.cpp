#include "pdf/AtomicOutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kyso::pdf {

namespace {
bool fsyncPath(const QByteArray &path, int flags)
{
    const int fd = ::open(path.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
// Temporary files of this target whose process is gone (killed mid-write).
void removeStaleTemporaries(const QFileInfo &target)
{
    const QDir dir(target.absolutePath());
    const QString prefix = QLatin1String(".") + target.fileName() + QLatin1String(".kyso-");
    for (const QString &name : dir.entryList({prefix + QLatin1String("*")}, QDir::Files | QDir::Hidden)) {
        const qint64 pid = name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong();
        if (pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(dir.filePath(name));
    }
}

} // namespace

AtomicOutput::~AtomicOutput()
{
    discard();
}

Error AtomicOutput::checkTarget(const QString &target, const QString &input, bool overwrite)
{
    const QFileInfo out(target);
    const QFileInfo in(input);
    if (out.absoluteFilePath() == in.absoluteFilePath()
        || (out.exists() && in.exists() && out.canonicalFilePath() == in.canonicalFilePath()))
        return Error(ErrorCode::OutputIsInput, target);
    if (out.exists() && !overwrite)
        return Error(ErrorCode::OutputExists, target);
    const QFileInfo dir(out.absolutePath());
    if (!dir.exists() || !dir.isDir() || !dir.isWritable())
        return Error(ErrorCode::OutputNotWritable, out.absolutePath());
    return {};
}

Error AtomicOutput::begin(const QString &target, const QString &input, bool overwrite)
{
    if (Error e = checkTarget(target, input, overwrite))
        return e;
    const QFileInfo out(target);
    removeStaleTemporaries(out);
    // The pid in the name lets a later run remove what a killed run left.
    QByteArray pattern = QFile::encodeName(out.absolutePath() + QLatin1String("/.") + out.fileName()
                                           + QStringLiteral(".kyso-%1-XXXXXX").arg(::getpid()));
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return Error(ErrorCode::OutputNotWritable, QString::fromLocal8Bit(std::strerror(errno)));
    ::fchmod(fd, 0644);
    ::close(fd);
    m_temp = QFile::decodeName(pattern);
    m_target = out.absoluteFilePath();
    m_overwrite = overwrite;
    return {};
}

Error AtomicOutput::commit()
{
    if (m_temp.isEmpty())
        return Error(ErrorCode::InternalError, QStringLiteral("no temporary file"));
    const QByteArray temp = QFile::encodeName(m_temp);
    const QByteArray target = QFile::encodeName(m_target);
    if (!fsyncPath(temp, O_RDONLY))
        return Error(ErrorCode::OutputNotWritable, QString::fromLocal8Bit(std::strerror(errno)));
    if (m_overwrite) {
        if (::rename(temp.constData(), target.constData()) != 0)
            return Error(ErrorCode::OutputNotWritable, QString::fromLocal8Bit(std::strerror(errno)));
    } else {
        // link() fails if the target appeared meanwhile: never clobber it.
        if (::link(temp.constData(), target.constData()) != 0)
            return Error(errno == EEXIST ? ErrorCode::OutputExists : ErrorCode::OutputNotWritable,
                         errno == EEXIST ? m_target : QString::fromLocal8Bit(std::strerror(errno)));
        ::unlink(temp.constData());
    }
    m_temp.clear();
    fsyncPath(QFile::encodeName(QFileInfo(m_target).absolutePath()), O_RDONLY | O_DIRECTORY);
    return {};
}

void AtomicOutput::discard()
{
    if (!m_temp.isEmpty()) {
        ::unlink(QFile::encodeName(m_temp).constData());
        m_temp.clear();
    }
}

} // namespace kyso::pdf
