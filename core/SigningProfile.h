#pragma once

#include "core/SigningRole.h"

#include <QString>
#include <QStringList>

namespace kyso {

// A saved signing set-up: who signs, with which token and certificate, under
// which authority, with which image (settings group "profiles/NAME").
struct SigningProfile {
    QString name;
    QString signer;        // full name as printed under the signature
    QString token;         // token label or serial
    QString certId;        // hex
    QString modulePath;
    QString title;         // e.g. PHÓ CHỦ TỊCH
    Capacity capacity = Capacity::None;
    QString agency;        // e.g. ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
    QString imagePath;     // signature PNG (personal) or seal PNG (agency)
    double sealDiameterMm = 36.0;
    SigningRole defaultRole = SigningRole::Personal;
    QString email;         // official e-mail (lifecycle: change of information when it differs)

    static bool load(const QString &name, SigningProfile &out);
    void save() const;
    static QStringList names();
    static bool remove(const QString &name);
};

} // namespace kyso
