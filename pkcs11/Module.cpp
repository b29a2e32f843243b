#include "pkcs11/Module.h"

#include "pkcs11/CkrError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QRecursiveMutex>
#include <QSettings>

#include <map>
#include <vector>

namespace kyso::pkcs11 {

namespace {
QMutex g_registryMutex; // guards the registry only, never held during token I/O
// Loading and unloading a module, one at a time: a module's last user may
// let it go (C_CloseAllSessions, C_Finalize) just as another thread asks for
// the same library again, and the new C_Initialize must not overlap the old
// teardown (SoftHSM crashed on exactly that). Recursive: a load that fails
// destroys its module while the lock is held.
QRecursiveMutex g_loadMutex;
std::map<QString, std::weak_ptr<Module>> &registry()
{
    static std::map<QString, std::weak_ptr<Module>> r;
    return r;
}
} // namespace

std::chrono::milliseconds Module::timeout(Wait wait)
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("KYSO_TOKEN_TIMEOUT_MS", &ok);
    if (ok && fromEnv > 0)
        return std::chrono::milliseconds(wait == Wait::Login ? fromEnv * 4 : fromEnv);
    // A PIN pad login waits for the user: allow longer.
    return std::chrono::milliseconds(wait == Wait::Login ? 120000 : 20000);
}

std::shared_ptr<Module> Module::acquire(const QString &path, Error &error)
{
    // Serialises loading and unloading (two contexts on one module must never
    // exist); waits are bounded by the load timeout.
    QMutexLocker loading(&g_loadMutex);
    {
        QMutexLocker lock(&g_registryMutex);
        if (auto it = registry().find(path); it != registry().end()) {
            if (auto existing = it->second.lock())
                return existing;
        }
    }
    // Bare names ("libsofthsm2.so") are resolved by the dynamic loader;
    // paths must exist.
    if (path.isEmpty() || (path.contains(QLatin1Char('/')) && !QFileInfo::exists(path))) {
        error = Error(ErrorCode::ModuleLoadFailed,
                      QCoreApplication::translate("Module", "file not found: %1").arg(path));
        return nullptr;
    }
    // Loading runs C_Initialize: on the token thread, with no lock held.
    std::shared_ptr<Module> module(new Module(path));
    if ((error = module->call([m = module.get()] { return m->load(); })))
        return nullptr;
    QMutexLocker lock(&g_registryMutex);
    registry()[path] = module;
    return module;
}

Error Module::load()
{
    m_ctx = PKCS11_CTX_new();
    if (!m_ctx || PKCS11_CTX_load(m_ctx, m_path.toLocal8Bit().constData()) != 0) {
        if (m_ctx)
            PKCS11_CTX_free(m_ctx);
        m_ctx = nullptr;
        return Error(ErrorCode::ModuleLoadFailed,
                     QCoreApplication::translate("Module", "not a usable PKCS#11 module: %1").arg(m_path));
    }
    QString infoError;
    m_info = TokenInfoReader::open(m_path, &infoError);
    if (!m_info)
        return Error(ErrorCode::ModuleLoadFailed, QStringLiteral("%1: %2").arg(m_path, infoError));
    return {};
}

Module::~Module()
{
    if (m_worker->isStuck()) {
        // A call never came back: leave the module loaded rather than pull
        // it from under the hung thread.
        m_worker.reset();
        return;
    }
    m_worker.reset();
    QMutexLocker unloading(&g_loadMutex);
    releaseSlots();
    m_info.reset();
    if (m_ctx) {
        PKCS11_CTX_unload(m_ctx);
        PKCS11_CTX_free(m_ctx);
    }
}

Error Module::call(std::function<Error()> fn, Wait wait)
{
    auto result = std::make_shared<Error>();
    const auto limit = timeout(wait);
    // A call already hangs on the token thread: anything queued behind it
    // (freeing the key, logging out) would only wait out another timeout.
    if (m_worker->isStuck())
        return Error(ErrorCode::TokenTimeout,
                     QCoreApplication::translate("Module", "no answer within %1 s").arg(limit.count() / 1000.0));
    const bool finished = m_worker->run([fn = std::move(fn), result] { *result = fn(); }, limit);
    if (!finished) {
        // The hung call still uses this module: keep it alive for good.
        static QMutex hungMutex;
        static std::vector<std::shared_ptr<Module>> hung;
        QMutexLocker lock(&hungMutex);
        if (auto self = weak_from_this().lock())
            hung.push_back(self);
        return Error(ErrorCode::TokenTimeout,
                     QCoreApplication::translate("Module", "no answer within %1 s").arg(limit.count() / 1000.0));
    }
    return *result;
}

void Module::releaseSlots()
{
    for (const auto &list : m_retired)
        PKCS11_release_all_slots(m_ctx, list.first, list.second);
    m_retired.clear();
    if (m_slots)
        PKCS11_release_all_slots(m_ctx, m_slots, m_slotCount);
    m_slots = nullptr;
    m_slotCount = 0;
}

void Module::sessionClosed()
{
    if (--m_activeSessions == 0) {
        // Nobody holds a slot of the old lists any more.
        for (const auto &list : m_retired)
            PKCS11_release_all_slots(m_ctx, list.first, list.second);
        m_retired.clear();
    }
}

Error Module::enumerate()
{
    if (m_activeSessions > 0) {
        if (m_slots)
            m_retired.emplace_back(m_slots, m_slotCount);
        m_slots = nullptr;
        m_slotCount = 0;
    } else {
        releaseSlots();
    }
    if (PKCS11_enumerate_slots(m_ctx, &m_slots, &m_slotCount) != 0) {
        m_slots = nullptr;
        m_slotCount = 0;
        return errorFromLibp11("C_GetSlotList");
    }
    return {};
}

} // namespace kyso::pkcs11
