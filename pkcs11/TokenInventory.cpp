#include "pkcs11/TokenInventory.h"

#include "core/Settings.h"
#include "pkcs11/Module.h"

#include <QFileInfo>

#include <openssl/x509v3.h>
#include <p11-kit/pkcs11.h>

#include <memory>

namespace kyso::pkcs11 {

QStringList TokenInventory::candidateModules(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return {explicitPath};
    QStringList out;
    const QString env = qEnvironmentVariable("KYSO_PKCS11_MODULE");
    if (!env.isEmpty())
        out << env;
    const QString configured = Settings::configuredModulePath();
    if (!configured.isEmpty())
        out << configured;
    const char *known[] = {
        "/usr/lib/libbit4xpki.so",                        // Bit4id (VGCA tokens)
        "/usr/lib/x86_64-linux-gnu/libbit4xpki.so",
        "/usr/lib/libeTPkcs11.so",                        // SafeNet eToken
        "/usr/lib/x86_64-linux-gnu/libeTPkcs11.so",
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",     // OpenSC (Feitian and others)
        "/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so",
        "/usr/lib/softhsm/libsofthsm2.so",
    };
    for (const char *k : known)
        out << QLatin1String(k);
    out.removeDuplicates();
    return out;
}

ModuleEntry TokenInventory::scan(const QString &path, bool withCertificates)
{
    ModuleEntry entry;
    entry.path = path;
    if (path.contains(QLatin1Char('/')) && !QFileInfo::exists(path)) {
        entry.status = ModuleEntry::Status::NotInstalled;
        return entry;
    }
    Error error;
    std::shared_ptr<Module> module = Module::acquire(path, error);
    if (!module) {
        entry.status = ModuleEntry::Status::LoadFailed;
        entry.error = error.message();
        entry.errorCode = error.code();
        return entry;
    }
    entry.status = ModuleEntry::Status::Loaded;
    auto tokens = std::make_shared<QList<TokenEntry>>();
    Module *m = module.get();
    error = module->call([m, tokens, withCertificates] {
        if (Error e = m->enumerate())
            return e;
        for (unsigned int i = 0; i < m->slotCount(); ++i) {
            PKCS11_SLOT *slot = m->slot(i);
            if (!slot->token)
                continue;
            TokenEntry t;
            t.slotId = PKCS11_get_slotid_from_slot(slot);
            t.slotDescription = QString::fromUtf8(slot->description).trimmed();
            if (!m->infoReader()->readTokenInfo(t.slotId, t.info))
                continue; // pulled out meanwhile
            if (!(t.info.flags & CKF_TOKEN_INITIALIZED))
                continue; // an empty slot (SoftHSM always offers one)
            t.pin = PinState::fromFlags(t.info.flags);
            t.mechanisms = m->infoReader()->signingMechanisms(t.slotId);
            if (withCertificates && slot->token->initialized) {
                PKCS11_CERT *certs = nullptr;
                unsigned int n = 0;
                PKCS11_KEY *keys = nullptr;
                unsigned int nKeys = 0;
                if (PKCS11_enumerate_public_keys(slot->token, &keys, &nKeys) != 0)
                    nKeys = 0;
                if (PKCS11_enumerate_certs(slot->token, &certs, &n) == 0) {
                    for (unsigned int c = 0; c < n; ++c) {
                        if (!certs[c].x509)
                            continue;
                        CertificateEntry ce;
                        ce.info = CertificateInfo::fromX509(certs[c].x509);
                        ce.id = QByteArray(reinterpret_cast<const char *>(certs[c].id), int(certs[c].id_len));
                        ce.label = QString::fromUtf8(certs[c].label ? certs[c].label : "");
                        ce.isAuthority = ce.info.isCa;
                        ce.kind = Settings::certificateKindOverride(ce.info.sha256Hex, classifyCertificate(ce.info));
                        for (unsigned int k = 0; k < nKeys; ++k) {
                            if (QByteArray(reinterpret_cast<const char *>(keys[k].id), int(keys[k].id_len)) == ce.id)
                                ce.hasKeyPair = true;
                        }
                        t.certificates << ce;
                    }
                }
            }
            tokens->append(t);
        }
        return Error();
    });
    if (error) {
        entry.status = ModuleEntry::Status::LoadFailed;
        entry.error = error.message();
        entry.errorCode = error.code();
        return entry;
    }
    entry.tokens = *tokens;
    return entry;
}

} // namespace kyso::pkcs11
