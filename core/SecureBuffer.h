#pragma once

#include <openssl/crypto.h>

#include <string>

#include <sys/mman.h>

namespace kyso {

// Holds a secret (a PIN) and wipes it on destruction. Not copyable, so the
// secret exists in exactly one place; never put it into a QString (QString
// copies are implicitly shared and cannot be wiped reliably).
class SecureBuffer
{
public:
    SecureBuffer() = default;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;
    SecureBuffer(SecureBuffer &&other) noexcept { swap(other); }
    SecureBuffer &operator=(SecureBuffer &&other) noexcept
    {
        if (this != &other) {
            clear();
            swap(other);
        }
        return *this;
    }
    ~SecureBuffer()
    {
        clear();
        unlock();
    }

    void append(char c)
    {
        // Never in the small-string buffer inside the object: always on the
        // heap, in locked pages.
        if (m_data.size() == m_data.capacity() || m_data.capacity() <= 15) {
            std::string bigger;
            bigger.reserve(m_data.capacity() * 2 + 16);
            // Locked in RAM (never swapped out) before the secret is copied in.
            ::mlock(bigger.data(), bigger.capacity());
            bigger.assign(m_data);
            clear();
            unlock();
            m_data.swap(bigger);
        }
        m_data.push_back(c);
    }
    void assign(const char *data, size_t len)
    {
        clear();
        for (size_t i = 0; i < len; ++i)
            append(data[i]);
    }
    void chop(size_t n)
    {
        while (n-- > 0 && !m_data.empty()) {
            m_data.back() = '\0';
            m_data.pop_back();
        }
    }
    void clear()
    {
        if (m_data.capacity() > 0)
            OPENSSL_cleanse(&m_data[0], m_data.capacity());
        m_data.clear();
    }
    bool isEmpty() const { return m_data.empty(); }
    size_t size() const { return m_data.size(); }
    const char *c_str() const { return m_data.c_str(); }
    // Raw storage for tests that check wiping.
    const char *storage() const { return m_data.data(); }
    size_t storageCapacity() const { return m_data.capacity(); }

private:
    void swap(SecureBuffer &other) noexcept { m_data.swap(other.m_data); }
    void unlock()
    {
        if (m_data.capacity() > 15) // heap storage (not the small-string buffer)
            ::munlock(m_data.data(), m_data.capacity());
    }
    std::string m_data;
};

} // namespace kyso
