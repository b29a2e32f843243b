#include "pdf/FileInputDevice.h"

#include <QFile>

#include <podofo/base/PdfError.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kyso::pdf {

FileInputDevice::FileInputDevice(const QString &path, size_t windowSize, int windows)
    : m_windowSize((long long)std::max<size_t>(windowSize, 4096)), m_windows(size_t(std::max(windows, 1)))
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (m_fd < 0 || ::fstat(m_fd, &st) != 0) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        PODOFO_RAISE_ERROR_INFO(PoDoFo::ePdfError_FileNotFound, QFile::encodeName(path).constData());
    }
    m_size = st.st_size;
}

FileInputDevice::~FileInputDevice()
{
    Close();
}

void FileInputDevice::Close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

std::streamoff FileInputDevice::Tell() const
{
    return m_pos;
}

bool FileInputDevice::fill(long long at) const
{
    if (m_current && m_current->holds(at))
        return true;
    if (m_fd < 0 || at < 0 || at >= m_size)
        return false;
    Window *victim = &m_windows.front();
    for (Window &w : m_windows) {
        if (w.holds(at)) {
            w.lastUse = ++m_clock;
            m_current = &w;
            return true;
        }
        if (w.lastUse < victim->lastUse)
            victim = &w;
    }
    victim->data.resize(size_t(m_windowSize));
    const long long start = at - at % m_windowSize;
    ssize_t got;
    do {
        got = ::pread(m_fd, victim->data.data(), size_t(m_windowSize), start);
    } while (got < 0 && errno == EINTR);
    ++m_reads;
    m_current = nullptr;
    victim->start = -1;
    victim->length = 0;
    if (got <= 0) {
        m_bad = got < 0;
        return false;
    }
    victim->start = start;
    victim->length = got;
    victim->lastUse = ++m_clock;
    m_current = victim;
    return victim->holds(at);
}

int FileInputDevice::Look() const
{
    if (!fill(m_pos)) {
        m_eof = true;
        return EOF;
    }
    return static_cast<unsigned char>(m_current->data[size_t(m_pos - m_current->start)]);
}

int FileInputDevice::GetChar() const
{
    const int c = Look();
    if (c != EOF)
        ++m_pos;
    return c;
}

void FileInputDevice::Seek(std::streamoff off, std::ios_base::seekdir dir)
{
    long long target = off;
    if (dir == std::ios_base::cur)
        target = m_pos + off;
    else if (dir == std::ios_base::end)
        target = m_size + off;
    if (target < 0)
        PODOFO_RAISE_ERROR_INFO(PoDoFo::ePdfError_ValueOutOfRange, "seek before the start of the file");
    m_pos = target;
    m_eof = false; // as fseek clears the end-of-file indicator
}

std::streamoff FileInputDevice::Read(char *buffer, std::streamsize length)
{
    long long done = 0;
    while (done < length) {
        if (m_pos >= m_size) {
            m_eof = true;
            break;
        }
        const long long left = length - done;
        if (left >= m_windowSize && !(m_current && m_current->holds(m_pos))) {
            // Large reads bypass the window.
            ssize_t got;
            do {
                got = ::pread(m_fd, buffer + done, size_t(std::min(left, m_size - m_pos)), m_pos);
            } while (got < 0 && errno == EINTR);
            ++m_reads;
            if (got <= 0) {
                m_bad = got < 0;
                m_eof = got == 0;
                break;
            }
            done += got;
            m_pos += got;
            continue;
        }
        if (!fill(m_pos)) {
            m_eof = true;
            break;
        }
        const long long n = std::min(left, m_current->start + m_current->length - m_pos);
        std::memcpy(buffer + done, m_current->data.data() + (m_pos - m_current->start), size_t(n));
        done += n;
        m_pos += n;
    }
    return done;
}

} // namespace kyso::pdf
