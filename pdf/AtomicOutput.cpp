#include "pdf/AtomicOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
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
long nameMaxOf(const QString &dir)
{
    const long n = ::pathconf(QFile::encodeName(dir).constData(), _PC_NAME_MAX);
    return n > 0 ? n : 255;
}

// The first bytes of name, at most max, cut before a UTF-8 continuation byte.
QByteArray cutName(const QByteArray &name, int max)
{
    if (name.size() <= max)
        return name;
    int n = std::max(0, max);
    while (n > 0 && (uchar(name.at(n)) & 0xC0) == 0x80)
        --n;
    return name.left(n);
}

QByteArray temporaryStem(const QString &target, long nameMax)
{
    // "." + stem + ".kyso-" + pid (≤ 10) + "-XXXXXX" + ".dss"
    const int room = int(nameMax) - 1 - 6 - 10 - 7 - 4;
    return "." + cutName(QFile::encodeName(QFileInfo(target).fileName()), room) + ".kyso-";
}

// Temporary files of this target whose process is gone (killed mid-write).
void removeStaleTemporaries(const QFileInfo &target)
{
    const QDir dir(target.absolutePath());
    const QByteArray stem = temporaryStem(target.absoluteFilePath(), nameMaxOf(target.absolutePath()));
    for (const QString &entry : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        const QByteArray name = QFile::encodeName(entry);
        if (!name.startsWith(stem))
            continue;
        const qint64 pid = name.mid(stem.size()).split('-').value(0).toLongLong();
        if (pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(dir.filePath(entry));
    }
}

unsigned int currentUmask()
{
    // Read without changing it (umask() would race other threads).
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:"))
                return line.mid(6).trimmed().toUInt(nullptr, 8);
        }
    }
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

} // namespace

AtomicOutput::~AtomicOutput()
{
    discard();
}

QByteArray AtomicOutput::temporaryPrefix(const QString &target, long nameMax)
{
    return temporaryStem(target, nameMax) + QByteArray::number(qint64(::getpid())) + '-';
}

unsigned int AtomicOutput::outputMode(const QString &input)
{
    struct stat st {};
    const unsigned int base = ::stat(QFile::encodeName(input).constData(), &st) == 0 ? (st.st_mode & 0666) : 0666;
    return base & ~currentUmask() & 0666;
}

Error AtomicOutput::checkTarget(const QString &target, const QString &input, bool overwrite)
{
    const QFileInfo out(target);
    const QFileInfo in(input);
    const QByteArray path = QFile::encodeName(out.absoluteFilePath());
    struct stat st {};
    const bool exists = ::lstat(path.constData(), &st) == 0;
    if (exists) {
        // Only a regular file (or a link to one) is ever replaced: --force
        // over /dev/null or a FIFO must not turn it into a file.
        struct stat followed {};
        const bool regular = S_ISREG(st.st_mode)
            || (S_ISLNK(st.st_mode) && ::stat(path.constData(), &followed) == 0 && S_ISREG(followed.st_mode));
        if (!regular)
            return Error(ErrorCode::OutputNotRegular, out.absoluteFilePath());
    }
    if (out.absoluteFilePath() == in.absoluteFilePath()
        || (exists && in.exists() && out.canonicalFilePath() == in.canonicalFilePath()))
        return Error(ErrorCode::OutputIsInput, target);
    if (exists && !overwrite)
        return Error(ErrorCode::OutputExists, target);
    const QFileInfo dir(out.absolutePath());
    if (!dir.exists() || !dir.isDir() || !dir.isWritable())
        return Error(ErrorCode::OutputNotWritable, out.absolutePath());
    const long nameMax = nameMaxOf(out.absolutePath());
    const int nameBytes = QFile::encodeName(out.fileName()).size();
    if (nameBytes > nameMax)
        return Error(ErrorCode::OutputNotWritable,
                     QCoreApplication::translate("AtomicOutput", "file name too long: %1 bytes, at most %2")
                         .arg(nameBytes)
                         .arg(nameMax));
    return {};
}

Error AtomicOutput::begin(const QString &target, const QString &input, bool overwrite)
{
    if (Error e = checkTarget(target, input, overwrite))
        return e;
    const QFileInfo out(target);
    removeStaleTemporaries(out);
    // The pid in the name lets a later run remove what a killed run left.
    QByteArray pattern = QFile::encodeName(out.absolutePath()) + '/'
        + temporaryPrefix(out.absoluteFilePath(), nameMaxOf(out.absolutePath())) + "XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return Error(ErrorCode::OutputNotWritable, QString::fromLocal8Bit(std::strerror(errno)));
    // The input's permissions under the user's umask: a private input
    // stays private.
    ::fchmod(fd, mode_t(outputMode(input)));
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
        // Re-checked at the last moment: a device or FIFO put there since
        // begin() is not replaced either.
        struct stat st {};
        if (::lstat(target.constData(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode))
            return Error(ErrorCode::OutputNotRegular, m_target);
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
