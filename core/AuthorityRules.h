#pragma once

#include "core/CertificateInfo.h"
#include "core/Error.h"
#include "core/SigningRole.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kyso {

// A signature block as printed in the document (see pdf/DocumentFacts).
struct PrintedBlock {
    QString capacity;    // "KT.", "TM.", ... or empty
    QString onBehalfOf;  // "CHỦ TỊCH"
    QStringList outer;   // "TM. ỦY BAN NHÂN DÂN" above a KT. line
    QString title;       // "PHÓ CHỦ TỊCH"
    QString name;        // "Nguyễn Văn An"
};

// What the document says about its authority (plain strings, no PDF types).
struct PrintedAuthority {
    QString agencyParent, agencyName;   // header, top left
    QString number, symbol;             // "123", "QĐ-UBND" (number empty when blank)
    QString documentType, subject;
    QList<PrintedBlock> blocks;
    QStringList notRead;                // "agency", "number", "date", "type", "subject", "block"
    QString documentNumber() const;     // "123/QĐ-UBND", "/QĐ-UBND" when blank, empty when not read
};

// Values the user typed (options or profile); empty when not given.
struct TypedAuthority {
    QString signerName, title, capacity, agency;
};

// For an attachment: the main document it belongs to.
struct MainDocumentLink {
    bool found = false;  // sealed by the same agency (register entry or a verified --main file)
    QString how;         // "register" | "file"
    QString problem;     // why not, translated
};

struct AuthorityInput {
    SigningRole role = SigningRole::Personal;
    CertificateInfo certificate;
    PrintedAuthority printed;
    TypedAuthority typed;
    MainDocumentLink main;
    QString overrideReason; // --override-authority: IT-approved exception
    QString osUser;
};

// Where a recorded value came from.
enum class ValueSource { None, Document, Certificate, Typed, Override };
const char *valueSourceName(ValueSource source);

// What the register keeps of the authority of one signature.
struct AuthorityRecord {
    // As printed in the document.
    QString printedCapacity, printedOnBehalfOf, printedTitle, printedAgency, printedAgencyParent, printedName;
    // From the certificate.
    QString certTitle, certOrganization, certCommonName, certSerial;
    // The values of the register's capacity/title/agency columns and their sources.
    QString capacity, title, agency;
    ValueSource capacitySource = ValueSource::None, titleSource = ValueSource::None,
                agencySource = ValueSource::None, nameSource = ValueSource::None;
    QString documentType, documentNumber, subject;
    QStringList notRead;      // facts the document did not give
    QStringList notChecked;   // rules that could not be checked for want of them
    QString overrideReason, overrideUser, overriddenRefusal; // set only with --override-authority
};

struct AuthorityDecision {
    Error refusal;            // set when signing must not go ahead
    QStringList warnings;     // translated
    AuthorityRecord record;
    int blockIndex = -1;      // the block of the signer (personal role), -1 when none
};

// Regulation art. 3.2 (use only within the authority of the agency and the
// title the certificate was issued for): the person named in the block is
// the certificate holder, the title fits, the organisation is the issuing
// agency or its parent; an agency seal is the issuing agency's; a copy's
// stamp names the certificate's agency; an attachment belongs to a main
// document sealed by the same agency. Typed values that contradict the
// certificate are refused. An override reason turns a refusal into a
// recorded exception.
AuthorityDecision evaluateAuthority(const AuthorityInput &input);

// Whether `name` (a certificate's CN or O) is the agency printed as
// `agencyName` under `parent` ("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ" is
// "SỞ KHOA HỌC VÀ CÔNG NGHỆ" under "UBND TỈNH PHÚ THỌ").
bool sameAgency(const QString &name, const QString &agencyName, const QString &parent = {});

} // namespace kyso
