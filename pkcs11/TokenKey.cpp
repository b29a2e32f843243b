#include "pkcs11/TokenKey.h"

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
    EVP_PKEY_free(m_key);
}

Error TokenKey::signSha256(const QByteArray &data, QByteArray &signature)
{
    ERR_clear_error();
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key) == 1
        && EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(data.constData()), data.size()) == 1;
    if (ok) {
        signature.resize(int(len));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &len,
                            reinterpret_cast<const unsigned char *>(data.constData()), data.size())
            == 1;
        signature.resize(int(len));
    }
    EVP_MD_CTX_free(ctx);
    if (ok)
        return {};

    signature.clear();
    // Tell a pulled-out token from other failures by asking the slot again.
    unsigned long flags = 0;
    unsigned long rv = 0;
    if (!m_module->infoReader()->readFlags(m_slotId, flags, &rv))
        return Error(ErrorCode::TokenRemoved);
    char buf[256];
    ERR_error_string_n(ERR_peek_last_error(), buf, sizeof buf);
    return Error(ErrorCode::TokenError, QString::fromLatin1(buf));
}

} // namespace kyso::pkcs11
