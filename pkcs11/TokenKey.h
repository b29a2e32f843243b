#pragma once

#include "core/SigningKey.h"

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace kyso::pkcs11 {

class Module;
class TokenSession;

// The private key of a logged-in token session. Signing happens on the token
// (C_Sign through libp11); the key never leaves it.
class TokenKey : public SigningKey
{
public:
    TokenKey(std::shared_ptr<Module> module, unsigned long slotId, EVP_PKEY *key, QByteArray certDer,
             QList<QByteArray> chainDer);
    ~TokenKey() override;
    TokenKey(const TokenKey &) = delete; // owns its EVP_PKEY
    TokenKey &operator=(const TokenKey &) = delete;

    QByteArray certificateDer() const override { return m_certDer; }
    QList<QByteArray> chainDer() const override { return m_chainDer; }
    Error signSha256(const QByteArray &data, QByteArray &signature) override;

private:
    std::shared_ptr<Module> m_module;
    unsigned long m_slotId;
    EVP_PKEY *m_key;
    QByteArray m_certDer;
    QList<QByteArray> m_chainDer;
};

} // namespace kyso::pkcs11
