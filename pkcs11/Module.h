#pragma once

#include "core/Error.h"
#include "pkcs11/TokenInfoReader.h"
#include "pkcs11/TokenWorker.h"

#include <libp11.h>

#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace kyso::pkcs11 {

// One loaded PKCS#11 module. libp11 contexts on the same module share the
// module's state, so the process keeps exactly one Module per path
// (Module::acquire); slot lists are re-enumerated, never "updated".
// Every call into the module runs on the module's TokenWorker with a timeout.
class Module : public std::enable_shared_from_this<Module>
{
public:
    enum class Wait { Normal, Login };

    static std::shared_ptr<Module> acquire(const QString &path, Error &error);
    ~Module();
    Module(const Module &) = delete;
    Module &operator=(const Module &) = delete;

    const QString &path() const { return m_path; }

    // Runs fn on the token thread; TokenTimeout if it does not finish in time.
    // fn may use context(), slots and infoReader(); it must own what it touches.
    Error call(std::function<Error()> fn, Wait wait = Wait::Normal);
    static std::chrono::milliseconds timeout(Wait wait);

    // Only on the token thread (inside call()):
    PKCS11_CTX *context() const { return m_ctx; }
    const TokenInfoReader *infoReader() const { return m_info.get(); }
    // A fresh slot list. libp11 closes every session of a slot (and so logs
    // it out) when a slot list is released; while a TokenSession is open the
    // old list is therefore kept, and released only when none is open.
    Error enumerate();
    void sessionOpened() { ++m_activeSessions; }
    void sessionClosed();
    unsigned int slotCount() const { return m_slotCount; }
    PKCS11_SLOT *slot(unsigned int i) const { return m_slots + i; }

private:
    explicit Module(QString path) : m_path(std::move(path)) {}
    Error load();
    void releaseSlots();

    QString m_path;
    std::unique_ptr<TokenWorker> m_worker = std::make_unique<TokenWorker>();
    PKCS11_CTX *m_ctx = nullptr;
    PKCS11_SLOT *m_slots = nullptr;
    unsigned int m_slotCount = 0;
    std::vector<std::pair<PKCS11_SLOT *, unsigned int>> m_retired; // lists still used by open sessions
    int m_activeSessions = 0;
    std::unique_ptr<TokenInfoReader> m_info;
};

} // namespace kyso::pkcs11
