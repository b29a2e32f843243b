#include "pkcs11/Module.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <map>

namespace kyso::pkcs11 {

namespace {
QMutex g_registryMutex; // guards the registry only, never held during token I/O
std::map<QString, std::weak_ptr<Module>> &registry()
{
    static std::map<QString, std::weak_ptr<Module>> r;
    return r;
}
} // namespace

std::shared_ptr<Module> Module::acquire(const QString &path, Error &error)
{
    QMutexLocker lock(&g_registryMutex);
    auto &reg = registry();
    if (auto it = reg.find(path); it != reg.end()) {
        if (auto existing = it->second.lock())
            return existing;
    }

    // Bare names ("libsofthsm2.so") are resolved by the dynamic loader;
    // paths must exist.
    if (path.contains(QLatin1Char('/')) && !QFileInfo::exists(path)) {
        error = Error(ErrorCode::ModuleLoadFailed,
                      QCoreApplication::translate("Module", "file not found: %1").arg(path));
        return nullptr;
    }
    std::shared_ptr<Module> module(new Module(path));
    module->m_ctx = PKCS11_CTX_new();
    if (!module->m_ctx || PKCS11_CTX_load(module->m_ctx, path.toLocal8Bit().constData()) != 0) {
        error = Error(ErrorCode::ModuleLoadFailed,
                      QCoreApplication::translate("Module", "not a usable PKCS#11 module: %1").arg(path));
        return nullptr;
    }
    QString infoError;
    module->m_info = TokenInfoReader::open(path, &infoError);
    if (!module->m_info) {
        error = Error(ErrorCode::ModuleLoadFailed, QStringLiteral("%1: %2").arg(path, infoError));
        return nullptr;
    }
    reg[path] = module;
    return module;
}

Module::~Module()
{
    releaseSlots();
    m_info.reset();
    if (m_ctx) {
        PKCS11_CTX_unload(m_ctx);
        PKCS11_CTX_free(m_ctx);
    }
}

void Module::releaseSlots()
{
    if (m_slots)
        PKCS11_release_all_slots(m_ctx, m_slots, m_slotCount);
    m_slots = nullptr;
    m_slotCount = 0;
}

Error Module::enumerate()
{
    releaseSlots();
    if (PKCS11_enumerate_slots(m_ctx, &m_slots, &m_slotCount) != 0) {
        m_slots = nullptr;
        m_slotCount = 0;
        return Error(ErrorCode::TokenError, QStringLiteral("C_GetSlotList"));
    }
    return {};
}

} // namespace kyso::pkcs11
