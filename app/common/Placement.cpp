#include "common/Placement.h"

#include "pdf/ImageInfo.h"
#include "pdf/SignatureBlockLocator.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace kyso {

namespace {

QString isoVietnam(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate);
}

double imageAspect(const QString &path)
{
    const pdf::ImageInfo info = pdf::readImageInfo(path);
    return info.valid() ? info.aspect() : 2.0;
}

Error placePersonal(const PlacementInput &in, pdf::SignOptions &o)
{
    const SignRequest &req = *in.request;
    const double aspect = req.imagePath.isEmpty() ? 2.4 : imageAspect(req.imagePath);
    // The block read from the document, unless another page was asked for.
    if (in.block && (o.page == 0 || o.page == in.block->namePage)) {
        o.rect = pdf::toUserSpace(blockSignatureRect(*in.block, aspect), in.block->rotation);
        o.page = in.block->namePage;
        return {};
    }
    const int page = o.page == 0 ? in.pages : o.page;
    const QList<pdf::PageWord> words = pdf::pageWords(req.input, page);
    const QString name = req.signerName.isEmpty() ? in.certificate.commonName : req.signerName;
    const pdf::SignatureBlock block = pdf::findSignatureBlock(words, name, req.title);
    if (!block.found)
        return Error(ErrorCode::BlockNotFound, QCoreApplication::translate("SigningService", "looked for \"%1\" on page %2").arg(name).arg(page));
    o.rect = pdf::personalSignatureRect(block, aspect);
    o.page = page;
    return {};
}

Error placeSeal(const PlacementInput &in, pdf::SignOptions &o)
{
    // Over the last valid personal signature.
    const pdf::SignatureReport *personal = nullptr;
    if (in.existing) {
        for (const pdf::SignatureReport &s : in.existing->signatures) {
            if (s.isValid() && classifyCertificate(s.signer) == CertificateKind::Personal && s.page > 0)
                personal = &s;
        }
    }
    if (!personal)
        return Error(ErrorCode::BlockNotFound, QCoreApplication::translate("SigningService", "no visible personal signature to place the seal on"));
    // The widget /Rect is in user space; placements are in the visible page.
    const QPointF origin = in.signer ? in.signer->visibleBox(personal->page).topLeft() : QPointF();
    o.rect = pdf::sealRect(personal->widgetRect.translated(-origin), in.request->sealDiameterMm);
    o.page = personal->page;
    return {};
}

void placeStamp(const PlacementInput &in, pdf::SignOptions &o)
{
    // Decree 30: no image; one item per line, Liberation Serif 10 pt, black.
    const SignRequest &req = *in.request;
    o.appearance.imagePath.clear();
    if (req.role == SigningRole::Attachment)
        o.appearance.lines = {req.docNumber.trimmed(), isoVietnam(in.now)};
    else
        o.appearance.lines = {req.copyForm.trimmed().toUpper(), in.stampAgency.isEmpty() ? in.certificate.commonName : in.stampAgency,
                              isoVietnam(in.now)};
    o.appearance.fontSize = 10.0;
    if (o.rect)
        return;
    QRectF media;
    pdf::pageWords(req.input, 1, &media);
    double width = 0;
    for (const QString &l : o.appearance.lines)
        width = std::max(width, l.size() * 5.6 + 12);
    o.rect = pdf::stampRect(media, o.appearance.lines.size(), 10.0, std::min(width, media.width() / 2));
    o.page = 1;
}

} // namespace

QRectF blockSignatureRect(const pdf::SignatureBlockFacts &block, double aspect)
{
    if (!block.split()) {
        pdf::SignatureBlock b;
        b.found = true;
        b.titleBox = block.titleBox;
        b.nameBox = block.nameBox;
        return pdf::personalSignatureRect(b, aspect);
    }
    // Title on the page before: the image goes right above the name.
    const double h = 50;
    const double w = std::min(h * (aspect > 0 ? aspect : 2.0), std::max(block.nameBox.width(), block.titleBox.width()) * 1.3);
    const double height = w / (aspect > 0 ? aspect : 2.0);
    return QRectF(block.nameBox.center().x() - w / 2, block.nameBox.bottom() + 2, w, height);
}

Error planPlacement(const PlacementInput &in, pdf::SignOptions &o)
{
    const SignRequest &req = *in.request;
    const CertificateInfo &cert = in.certificate;
    o.signingTime = in.now;
    o.signerName = cert.commonName;
    o.appearance.imagePath = req.imagePath;
    o.page = req.page;
    o.rect = req.rect;
    switch (req.role) {
    case SigningRole::Personal:
        if (req.withText || req.imagePath.isEmpty())
            o.appearance.lines = pdf::PdfSigner::defaultStampLines(cert.commonName, cert.organization, in.now);
        if (!o.rect)
            return placePersonal(in, o);
        break;
    case SigningRole::Agency:
        if (req.withText || req.imagePath.isEmpty())
            o.appearance.lines = pdf::PdfSigner::defaultStampLines(cert.commonName, QString(), in.now);
        if (!o.rect)
            return placeSeal(in, o);
        break;
    case SigningRole::Attachment:
    case SigningRole::Copy:
        placeStamp(in, o);
        break;
    }
    return {};
}

} // namespace kyso
