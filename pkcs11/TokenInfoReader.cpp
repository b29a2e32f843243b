#include "pkcs11/TokenInfoReader.h"

#include <dlfcn.h>
#include <p11-kit/pkcs11.h>

namespace kyso::pkcs11 {

std::unique_ptr<TokenInfoReader> TokenInfoReader::open(const QString &modulePath, QString *error)
{
    void *handle = dlopen(modulePath.toLocal8Bit().constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        if (error)
            *error = QString::fromLocal8Bit(dlerror());
        return nullptr;
    }
    auto getList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(handle, "C_GetFunctionList"));
    CK_FUNCTION_LIST_PTR list = nullptr;
    if (!getList || getList(&list) != CKR_OK || !list) {
        if (error)
            *error = QStringLiteral("C_GetFunctionList");
        dlclose(handle);
        return nullptr;
    }
    CK_RV rv = list->C_Initialize(nullptr);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
        if (error)
            *error = QStringLiteral("C_Initialize: 0x%1").arg(rv, 0, 16);
        dlclose(handle);
        return nullptr;
    }
    std::unique_ptr<TokenInfoReader> reader(new TokenInfoReader);
    reader->m_handle = handle;
    reader->m_functions = list;
    return reader;
}

TokenInfoReader::~TokenInfoReader()
{
    // The module stays initialised for libp11; dropping our reference to the
    // library does not unload it while libp11 holds it.
    if (m_handle)
        dlclose(m_handle);
}

bool TokenInfoReader::readFlags(unsigned long slotId, unsigned long &flags, unsigned long *rvOut) const
{
    auto *list = static_cast<CK_FUNCTION_LIST_PTR>(m_functions);
    CK_TOKEN_INFO info{};
    const CK_RV rv = list->C_GetTokenInfo(slotId, &info);
    if (rvOut)
        *rvOut = rv;
    if (rv != CKR_OK)
        return false;
    flags = info.flags;
    return true;
}

bool TokenInfoReader::readPinState(unsigned long slotId, PinState &state) const
{
    unsigned long flags = 0;
    if (!readFlags(slotId, flags))
        return false;
    state = PinState::fromFlags(flags);
    return true;
}

} // namespace kyso::pkcs11
