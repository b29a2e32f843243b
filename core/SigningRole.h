#pragma once

#include <QString>

namespace kyso {

// Who signs and how the signature looks (domain.md §1).
enum class SigningRole {
    Personal,   // competent person: blue signature image between title and name
    Agency,     // agency seal: red seal at real size over the left third of the personal signature
    Attachment, // agency signature on an attachment in a separate file: text stamp top right, page 1
    Copy,       // agency signature on an electronic copy (SAO Y / SAO LỤC / TRÍCH SAO): text stamp top right
};

// Signing capacity written above the title (KT., TM., TL., TUQ., Q., or none).
enum class Capacity { None, KT, TM, TL, TUQ, Q };

const char *roleName(SigningRole role);
bool parseRole(const QString &text, SigningRole &role);
QString roleLabel(SigningRole role); // translated
bool roleNeedsAgencyCertificate(SigningRole role);

const char *capacityName(Capacity c); // "", "KT.", "TM.", ...
bool parseCapacity(const QString &text, Capacity &c);

// Copy forms of Decree 30.
bool isValidCopyForm(const QString &form); // SAO Y, SAO LỤC, TRÍCH SAO

} // namespace kyso
