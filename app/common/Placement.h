#pragma once

#include "common/SigningService.h"
#include "pdf/DocumentFacts.h"
#include "pdf/SignatureVerifier.h"

namespace kyso {

// Where the visible signature goes and what it shows (domain.md §1): the
// personal image between the block's title and name, the seal over the last
// valid personal signature, the text stamps top right of page 1. `block` is
// the signer's block read from the document (nullptr when none was matched).
struct PlacementInput {
    const SignRequest *request = nullptr;
    CertificateInfo certificate;
    int pages = 0;
    const pdf::VerificationReport *existing = nullptr; // signatures already in the file
    const pdf::SignatureBlockFacts *block = nullptr;
    QString stampAgency;                               // copy stamp: the copying agency
    QDateTime now;                                     // UTC signing time
};

Error planPlacement(const PlacementInput &in, pdf::SignOptions &options);

// Box for the personal image on a block: between title and name, or above
// the name when the block is split over two pages.
QRectF blockSignatureRect(const pdf::SignatureBlockFacts &block, double imageAspect);

} // namespace kyso
