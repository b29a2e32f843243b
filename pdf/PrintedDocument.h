#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>

#include <memory>

namespace kyso::pdf {

// A piece of text in one face of Liberation Serif. '\n' breaks the line.
struct TextRun {
    QString text;
    bool bold = false;
    bool italic = false;
    bool underline = false; // the national motto
};

enum class TextAlign { Left, Centre, Right, Justify };

struct Paragraph {
    QList<TextRun> runs;
    TextAlign align = TextAlign::Left;
    double size = 13;          // points
    double indent = 0;         // left indent of every line, points
    double firstIndent = 0;    // added to the first line's indent (negative: a hanging first line)
    double spaceAfter = 6;
};

// Shorthand for a paragraph of one run.
Paragraph paragraph(const QString &text, TextAlign align = TextAlign::Left, bool bold = false, double size = 13);

struct Table {
    QList<double> widths;          // points, one per column
    QList<QList<Paragraph>> rows;  // one paragraph per cell
    int headerRows = 0;            // repeated at the top of every following page
    bool borders = true;
    double padding = 3;
};

struct PageMargins {
    double left = 85, top = 57, right = 43, bottom = 57; // points: 30/20/15/20 mm, Decree 30 App. I
};

// An A4 document of paragraphs and tables drawn with PoDoFo in embedded
// Liberation Serif subsets (no Qt Gui): what KySo prints (the outgoing-documents
// book, the handover record, the art. 9.6 report). Text is wrapped at word
// boundaries (a word longer than a line is cut), lines and table rows move to
// a new page when they do not fit; a cell longer than a page is cut with "…".
class PrintedDocument
{
public:
    enum class Orientation { Portrait, Landscape };
    using Margins = PageMargins;

    explicit PrintedDocument(Orientation orientation = Orientation::Portrait, Margins margins = {});
    ~PrintedDocument();
    PrintedDocument(const PrintedDocument &) = delete;
    PrintedDocument &operator=(const PrintedDocument &) = delete;

    // InternalError when the fonts cannot be loaded; everything else is a no-op then.
    Error status() const;
    double contentWidth() const;

    void add(const Paragraph &p);
    void add(const Table &t);
    void space(double points);
    void newPage();

    int pageCount() const;
    // Title in /Info, creator "KySo"; written atomically (temporary file in
    // the target folder, renamed; an existing regular file is replaced, any
    // other kind of file refused).
    Error save(const QString &path, const QString &title);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace kyso::pdf
