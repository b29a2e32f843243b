// Adds one empty signature field to a PDF (incremental update), so that
// `mutool sign`, which only fills existing fields, can sign the same file as
// the other tools. Bench helper only.
#include <podofo/podofo.h>

#include <cstdio>

using namespace PoDoFo;

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_sig_field IN.pdf OUT.pdf\n");
        return 64;
    }
    try {
        PdfError::EnableDebug(false);
        PdfError::EnableLogging(false);
        PdfMemDocument doc;
        doc.Load(argv[1], true);
        PdfPage *page = doc.GetPage(doc.GetPageCount() - 1);
        doc.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None);
        PdfSignatureField field(page, PdfRect(320, 60, 220, 90), &doc);
        field.SetFieldName(PdfString("BenchEmpty"));
        field.GetWidgetAnnotation()->SetFlags(ePdfAnnotationFlags_Print);
        PdfOutputDevice out(argv[2]);
        doc.WriteUpdate(&out, true);
    } catch (const PdfError &e) {
        std::fprintf(stderr, "make_sig_field: %s\n", PdfError::ErrorName(e.GetError()));
        return 1;
    }
    return 0;
}
