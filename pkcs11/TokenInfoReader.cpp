#include "pkcs11/TokenInfoReader.h"

#include <cstring>
#include <dlfcn.h>
#include <p11-kit/pkcs11.h>

#include <vector>

namespace kyso::pkcs11 {

namespace {

QString padded(const unsigned char *text, size_t len)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text), int(len)).trimmed();
}

QString version(const CK_VERSION &v)
{
    return QStringLiteral("%1.%2").arg(v.major).arg(v.minor);
}

const char *mechanismName(CK_MECHANISM_TYPE t)
{
    switch (t) {
    case CKM_RSA_PKCS: return "RSA_PKCS";
    case CKM_SHA1_RSA_PKCS: return "SHA1_RSA_PKCS";
    case CKM_SHA256_RSA_PKCS: return "SHA256_RSA_PKCS";
    case CKM_SHA384_RSA_PKCS: return "SHA384_RSA_PKCS";
    case CKM_SHA512_RSA_PKCS: return "SHA512_RSA_PKCS";
    case CKM_RSA_PKCS_PSS: return "RSA_PKCS_PSS";
    case CKM_SHA256_RSA_PKCS_PSS: return "SHA256_RSA_PKCS_PSS";
    case CKM_ECDSA: return "ECDSA";
    case CKM_ECDSA_SHA256: return "ECDSA_SHA256";
    default: return nullptr;
    }
}

CK_FUNCTION_LIST_PTR fns(void *p)
{
    return static_cast<CK_FUNCTION_LIST_PTR>(p);
}

} // namespace

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
            *error = QStringLiteral("no C_GetFunctionList");
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
    // libp11 holds its own reference; the module stays loaded and initialised.
    if (m_handle)
        dlclose(m_handle);
}

bool TokenInfoReader::readFlags(unsigned long slotId, unsigned long &flags, unsigned long *rvOut) const
{
    CK_TOKEN_INFO info{};
    const CK_RV rv = fns(m_functions)->C_GetTokenInfo(slotId, &info);
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

bool TokenInfoReader::readTokenInfo(unsigned long slotId, RawTokenInfo &out) const
{
    CK_TOKEN_INFO info{};
    if (fns(m_functions)->C_GetTokenInfo(slotId, &info) != CKR_OK)
        return false;
    out.label = padded(info.label, sizeof info.label);
    out.manufacturer = padded(info.manufacturerID, sizeof info.manufacturerID);
    out.model = padded(info.model, sizeof info.model);
    out.serial = padded(info.serialNumber, sizeof info.serialNumber);
    out.hardwareVersion = version(info.hardwareVersion);
    out.firmwareVersion = version(info.firmwareVersion);
    out.flags = info.flags;
    out.minPin = info.ulMinPinLen;
    out.maxPin = info.ulMaxPinLen;
    return true;
}

QList<MechanismInfo> TokenInfoReader::signingMechanisms(unsigned long slotId) const
{
    QList<MechanismInfo> out;
    CK_ULONG count = 0;
    if (fns(m_functions)->C_GetMechanismList(slotId, nullptr, &count) != CKR_OK || count == 0)
        return out;
    std::vector<CK_MECHANISM_TYPE> types(count);
    if (fns(m_functions)->C_GetMechanismList(slotId, types.data(), &count) != CKR_OK)
        return out;
    for (CK_ULONG i = 0; i < count; ++i) {
        const char *name = mechanismName(types[i]);
        if (!name)
            continue;
        CK_MECHANISM_INFO info{};
        fns(m_functions)->C_GetMechanismInfo(slotId, types[i], &info);
        if (!(info.flags & CKF_SIGN))
            continue;
        out << MechanismInfo{types[i], QLatin1String(name), info.ulMinKeySize, info.ulMaxKeySize};
    }
    return out;
}

QList<unsigned long> TokenInfoReader::slotsWithToken() const
{
    QList<unsigned long> out;
    CK_ULONG count = 0;
    if (fns(m_functions)->C_GetSlotList(CK_TRUE, nullptr, &count) != CKR_OK || count == 0)
        return out;
    std::vector<CK_SLOT_ID> ids(count);
    if (fns(m_functions)->C_GetSlotList(CK_TRUE, ids.data(), &count) != CKR_OK)
        return out;
    for (CK_ULONG i = 0; i < count; ++i)
        out << ids[i];
    return out;
}

unsigned long TokenInfoReader::setPin(unsigned long slotId, const char *oldPin, const char *newPin) const
{
    CK_SESSION_HANDLE session = 0;
    CK_RV rv = fns(m_functions)->C_OpenSession(slotId, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &session);
    if (rv != CKR_OK)
        return rv;
    rv = fns(m_functions)->C_SetPIN(session, reinterpret_cast<CK_UTF8CHAR_PTR>(const_cast<char *>(oldPin)),
                                    std::strlen(oldPin), reinterpret_cast<CK_UTF8CHAR_PTR>(const_cast<char *>(newPin)),
                                    std::strlen(newPin));
    fns(m_functions)->C_CloseSession(session);
    return rv;
}

} // namespace kyso::pkcs11
