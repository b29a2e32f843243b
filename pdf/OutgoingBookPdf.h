#pragma once

#include "core/Error.h"
#include "core/OutgoingBook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kyso::pdf {

// The book as a printable PDF: A4 landscape, the national heading, the
// agency, "SỔ ĐĂNG KÝ VĂN BẢN ĐI", the year and the table, in an embedded
// Liberation Serif subset. Written atomically.
Error writeOutgoingBookPdf(const QList<OutgoingEntry> &entries, const QString &agency, int year, const QString &path);

} // namespace kyso::pdf
