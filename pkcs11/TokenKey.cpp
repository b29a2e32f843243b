#include "pkcs11/TokenKey.h"

#include "pkcs11/CkrError.h"

#include "pkcs11/Module.h"

#include <openssl/err.h>
#include <openssl/evp.h>

namespace kyso::pkcs11 {

TokenKey::TokenKey(std::shared_ptr<Module> module, unsigned long slotId, EVP_PKEY *key, QByteArray certDer,
                   QList<QByteArray> chainDer)
    : m_module(std::move(module)), m_slotId(slotId), m_key(key), m_certDer(std::move(certDer)),
      m_chainDer(std::move(chainDer))
{
}

TokenKey::~TokenKey()
{
    EVP_PKEY *key = m_key;
    m_module->call([key] {
        EVP_PKEY_free(key);
        return Error();
    });
}

Error TokenKey::signSha256(const QByteArray &data, QByteArray &signature)
{
    auto out = std::make_shared<QByteArray>();
    EVP_PKEY *key = m_key;
    Module *module = m_module.get();
    const unsigned long slotId = m_slotId;
    Error e = m_module->call([key, data, out, module, slotId] {
        ERR_clear_error();
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        size_t len = 0;
        const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
        bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
            && EVP_DigestSign(ctx, nullptr, &len, in, size_t(data.size())) == 1;
        if (ok) {
            out->resize(int(len));
            ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(out->data()), &len, in, size_t(data.size())) == 1;
            out->resize(int(len));
        }
        EVP_MD_CTX_free(ctx);
        if (ok)
            return Error();
        out->clear();
        // Tell a pulled-out token from other failures by asking the slot again.
        unsigned long flags = 0;
        if (!module->infoReader()->readFlags(slotId, flags))
            return Error(ErrorCode::TokenRemoved);
        return errorFromLibp11("C_Sign");
    });
    if (!e)
        signature = *out;
    return e;
}

} // namespace kyso::pkcs11
