#pragma once

#include "common/SigningService.h"
#include "core/AuthorityRules.h"
#include "pdf/DocumentFacts.h"

namespace kyso {

// The document's facts as the authority rules see them.
PrintedAuthority printedAuthority(const pdf::DocumentFacts &facts);

// For an attachment: the main document it belongs to, from `--main FILE`
// (its seal must verify and be the same agency's) or, by the number, from
// the register at `registerPath` (sealed there by the same certificate).
MainDocumentLink linkMainDocument(const SignRequest &request, const CertificateInfo &certificate, const QString &registerPath);

// The authority rules for one signing request (no token, no PIN): builds the
// input from the request, the certificate and the document, and evaluates it.
AuthorityDecision checkAuthority(const SignRequest &request, const CertificateInfo &certificate,
                                 const pdf::DocumentFacts &facts, const QString &registerPath);

// The operating-system account running KySo (recorded with an override).
QString osUserName();

} // namespace kyso
