#pragma once

#include "core/Error.h"
#include "pkcs11/TokenInfoReader.h"

#include <libp11.h>

#include <QString>

#include <memory>

namespace kyso::pkcs11 {

// One loaded PKCS#11 module. libp11 contexts on the same module share the
// module's state, so the process keeps exactly one Module per path
// (Module::acquire); slot lists are re-enumerated, never "updated".
class Module
{
public:
    static std::shared_ptr<Module> acquire(const QString &path, Error &error);
    ~Module();
    Module(const Module &) = delete;
    Module &operator=(const Module &) = delete;

    const QString &path() const { return m_path; }
    PKCS11_CTX *context() const { return m_ctx; }
    const TokenInfoReader *infoReader() const { return m_info.get(); }

    // Fresh slot list (releases the previous one and its sessions).
    Error enumerate();
    unsigned int slotCount() const { return m_slotCount; }
    PKCS11_SLOT *slot(unsigned int i) const { return m_slots + i; }

private:
    explicit Module(QString path) : m_path(std::move(path)) {}
    void releaseSlots();

    QString m_path;
    PKCS11_CTX *m_ctx = nullptr;
    PKCS11_SLOT *m_slots = nullptr;
    unsigned int m_slotCount = 0;
    std::unique_ptr<TokenInfoReader> m_info;
};

} // namespace kyso::pkcs11
