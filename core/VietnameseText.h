#pragma once

#include <QString>

namespace kyso {

// Comparison helpers for Vietnamese names, titles and agency names as they
// are printed in documents and written in certificates.

// Upper case, spacing collapsed (diacritics kept): "Phó  Chủ tịch" -> "PHÓ CHỦ TỊCH".
QString foldCase(const QString &text);
// Without diacritics: "Nguyễn Văn Đức" -> "Nguyen Van Duc" (Đ/đ become D/d).
QString stripDiacritics(const QString &text);
// Upper case, no diacritics, collapsed spacing, the usual abbreviations of
// agency names written out (UBND, HĐND, TP.), punctuation around words dropped.
QString foldLoose(const QString &text);

// How two printed names compare.
enum class NameMatch { Different, WithoutDiacritics, Exact };
NameMatch compareNames(const QString &a, const QString &b);

} // namespace kyso
