#pragma once

#include "core/Error.h"
#include "pdf/SignatureVerifier.h"

namespace kyso {

// Refusals that come from the signatures already in the document, checked
// before any PIN is asked (issue 11 step 3, issue 14 item 8):
// - the existing signatures could not be read, or one of them is malformed:
//   ExistingSignatureUnreadable (a broken certification must not hide its
//   DocMDP restriction);
// - a signature's document was changed afterwards beyond `signatures`, and the
//   document's certification (DocMDP P=2: form filling, P=3: annotations) did
//   not allow those changes explicitly: ChangedAfterSigning, with the list of
//   what changed. Signing on top would vouch for content the earlier signer
//   never signed (regulation art. 7.1.b for the agency seal).
Error checkExistingSignatures(const pdf::VerificationReport &existing);

} // namespace kyso
