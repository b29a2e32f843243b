#pragma once

#include <podofo/base/PdfInputDevice.h>

#include <QString>

#include <vector>

namespace kyso::pdf {

// PoDoFo input device over a file with its own read window: PoDoFo seeks for
// every object it reads, and its stdio device turns each seek into a system
// call (a 2000-page file: tens of thousands of lseek calls). Here a seek only
// moves the position; data come from a few aligned windows (least recently
// used one refilled with pread: the parser hops between the xref, the object
// and its /Length), and large reads (stream data, the copy of the original
// bytes in an incremental update) go straight to the file. Memory stays at
// the windows (128 KiB), whatever the file size.
class FileInputDevice : public PoDoFo::PdfInputDevice
{
public:
    // Throws PoDoFo::PdfError (ePdfError_FileNotFound) when the file cannot be opened.
    explicit FileInputDevice(const QString &path, size_t windowSize = 16 * 1024, int windows = 8);
    ~FileInputDevice() override;

    void Close() override;
    std::streamoff Tell() const override;
    int GetChar() const override;
    int Look() const override;
    void Seek(std::streamoff off, std::ios_base::seekdir dir = std::ios_base::beg) override;
    std::streamoff Read(char *buffer, std::streamsize length) override;
    bool Eof() const override { return m_eof; }
    bool Bad() const override { return m_bad; }
    void Clear(std::ios_base::iostate = std::ios_base::goodbit) const override { m_eof = m_bad = false; }

    // Window refills and direct reads so far (for tests: seeks cost nothing).
    long long readCalls() const { return m_reads; }

private:
    struct Window {
        std::vector<char> data;
        long long start = -1;
        long long length = 0;
        long long lastUse = 0;
        bool holds(long long at) const { return at >= start && at < start + length; }
    };
    bool fill(long long at) const; // makes m_current the window holding `at`

    int m_fd = -1;
    long long m_size = 0;
    long long m_windowSize = 0;
    mutable long long m_pos = 0;
    mutable std::vector<Window> m_windows;
    mutable Window *m_current = nullptr;
    mutable long long m_clock = 0;
    mutable bool m_eof = false;
    mutable bool m_bad = false;
    mutable long long m_reads = 0;
};

} // namespace kyso::pdf
