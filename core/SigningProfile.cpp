#include "core/SigningProfile.h"

#include "core/Settings.h"

#include <QSettings>

namespace kyso {

bool SigningProfile::load(const QString &name, SigningProfile &out)
{
    QSettings s = Settings::store();
    s.beginGroup(QStringLiteral("profiles/") + name);
    if (!s.contains(QStringLiteral("signer")) && !s.contains(QStringLiteral("certId")))
        return false;
    out.name = name;
    out.signer = s.value(QStringLiteral("signer")).toString();
    out.token = s.value(QStringLiteral("token")).toString();
    out.certId = s.value(QStringLiteral("certId")).toString();
    out.modulePath = s.value(QStringLiteral("module")).toString();
    out.title = s.value(QStringLiteral("title")).toString();
    parseCapacity(s.value(QStringLiteral("capacity")).toString(), out.capacity);
    out.agency = s.value(QStringLiteral("agency")).toString();
    out.imagePath = s.value(QStringLiteral("image")).toString();
    out.sealDiameterMm = s.value(QStringLiteral("sealDiameterMm"), 36.0).toDouble();
    parseRole(s.value(QStringLiteral("role"), QStringLiteral("personal")).toString(), out.defaultRole);
    out.email = s.value(QStringLiteral("email")).toString();
    return true;
}

void SigningProfile::save() const
{
    QSettings s = Settings::store();
    s.beginGroup(QStringLiteral("profiles/") + name);
    s.setValue(QStringLiteral("signer"), signer);
    s.setValue(QStringLiteral("token"), token);
    s.setValue(QStringLiteral("certId"), certId);
    s.setValue(QStringLiteral("module"), modulePath);
    s.setValue(QStringLiteral("title"), title);
    s.setValue(QStringLiteral("capacity"), QLatin1String(capacityName(capacity)));
    s.setValue(QStringLiteral("agency"), agency);
    s.setValue(QStringLiteral("image"), imagePath);
    s.setValue(QStringLiteral("sealDiameterMm"), sealDiameterMm);
    s.setValue(QStringLiteral("role"), QLatin1String(roleName(defaultRole)));
    if (!email.isEmpty())
        s.setValue(QStringLiteral("email"), email);
}

QStringList SigningProfile::names()
{
    QSettings s = Settings::store();
    s.beginGroup(QStringLiteral("profiles"));
    return s.childGroups();
}

bool SigningProfile::remove(const QString &name)
{
    QSettings s = Settings::store();
    s.beginGroup(QStringLiteral("profiles"));
    if (!s.childGroups().contains(name))
        return false;
    s.remove(name);
    return true;
}

} // namespace kyso
