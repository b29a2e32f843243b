#pragma once

#include "core/CertificateInfo.h"
#include "core/Error.h"
#include "pkcs11/PinState.h"
#include "pkcs11/TokenInfoReader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kyso::pkcs11 {

struct CertificateEntry {
    CertificateInfo info;
    QByteArray id;
    QString label;
    bool hasKeyPair = false; // a key object with the same ID is visible (private keys may need login)
    bool isAuthority = false;
    CertificateKind kind = CertificateKind::Personal;
};

struct TokenEntry {
    unsigned long slotId = 0;
    QString slotDescription;
    RawTokenInfo info;
    PinState pin;
    QList<MechanismInfo> mechanisms;
    QList<CertificateEntry> certificates;
};

struct ModuleEntry {
    QString path;
    enum class Status { Loaded, NotInstalled, LoadFailed } status = Status::NotInstalled;
    QString error;
    ErrorCode errorCode = ErrorCode::None;
    QList<TokenEntry> tokens;
};

// What IT staff see: modules found, tokens, live PIN state, certificates.
// Never logs in, so it never consumes a PIN attempt.
class TokenInventory
{
public:
    // The explicit module, else $KYSO_PKCS11_MODULE, the configured one and
    // the known vendor modules (Bit4id, SafeNet, OpenSC, p11-kit, SoftHSM).
    static QStringList candidateModules(const QString &explicitPath = {});
    static ModuleEntry scan(const QString &path, bool withCertificates);
};

} // namespace kyso::pkcs11
