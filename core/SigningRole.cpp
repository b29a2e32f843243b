#include "core/SigningRole.h"

#include <QCoreApplication>

namespace kyso {

const char *roleName(SigningRole role)
{
    switch (role) {
    case SigningRole::Personal: return "personal";
    case SigningRole::Agency: return "agency";
    case SigningRole::Attachment: return "attachment";
    case SigningRole::Copy: return "copy";
    }
    return "personal";
}

bool parseRole(const QString &text, SigningRole &role)
{
    for (SigningRole r : {SigningRole::Personal, SigningRole::Agency, SigningRole::Attachment, SigningRole::Copy}) {
        if (text == QLatin1String(roleName(r))) {
            role = r;
            return true;
        }
    }
    return false;
}

QString roleLabel(SigningRole role)
{
    switch (role) {
    case SigningRole::Personal: return QCoreApplication::translate("SigningRole", "personal signature of the competent person");
    case SigningRole::Agency: return QCoreApplication::translate("SigningRole", "agency signature (seal)");
    case SigningRole::Attachment: return QCoreApplication::translate("SigningRole", "agency signature on an attachment");
    case SigningRole::Copy: return QCoreApplication::translate("SigningRole", "agency signature on an electronic copy");
    }
    return {};
}

bool roleNeedsAgencyCertificate(SigningRole role)
{
    return role != SigningRole::Personal;
}

const char *capacityName(Capacity c)
{
    switch (c) {
    case Capacity::None: return "";
    case Capacity::KT: return "KT.";
    case Capacity::TM: return "TM.";
    case Capacity::TL: return "TL.";
    case Capacity::TUQ: return "TUQ.";
    case Capacity::Q: return "Q.";
    }
    return "";
}

bool parseCapacity(const QString &text, Capacity &c)
{
    QString t = text.trimmed().toUpper();
    if (!t.isEmpty() && !t.endsWith(QLatin1Char('.')))
        t += QLatin1Char('.');
    for (Capacity k : {Capacity::None, Capacity::KT, Capacity::TM, Capacity::TL, Capacity::TUQ, Capacity::Q}) {
        if (t == QLatin1String(capacityName(k)) || (k == Capacity::None && t == QLatin1String("NONE.")))
            return c = k, true;
    }
    return false;
}

bool isValidCopyForm(const QString &form)
{
    const QString f = form.trimmed().toUpper();
    return f == QStringLiteral("SAO Y") || f == QStringLiteral("SAO LỤC") || f == QStringLiteral("TRÍCH SAO");
}

} // namespace kyso
