#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;

namespace kyso::regchain {

// The hash chain of the register (see Register.h).
//
// Encoding 2 (schema 2 on): every non-NULL column of the row, whatever the
// table's columns are (columns added by later schema steps are included
// without code changes), sorted by name, each as
//   len(name) name  type  len(value) value
// with 8-byte big-endian lengths and a one-letter SQLite storage class
// (I integer, R real, T text, B blob). NULL is the absence of the column, so
// NULL, '' and 0 all encode differently, and no byte can move from one
// column to another. A column added later reads NULL in old rows, which
// keeps their encoding unchanged (add columns without a non-NULL DEFAULT).
//
// Encoding 1 (schema 1): the fixed column lists of version 0.1, joined with
// \x1f after "table\x1erowid". Kept only to verify rows written before the
// migration; it cannot tell NULL from '' nor where a field ends.
bool encodeRow(QSqlDatabase &db, const QString &table, qint64 rowId, QByteArray &out);
QByteArray encodeRowV1(const QString &table, qint64 rowId, const QVariantList &values);
QStringList v1Columns(const QString &table);
QString chainHash(const QString &prev, const QByteArray &content);

// "table" quoted as an SQL identifier.
QString quoted(const QString &name);
// Tables of the register that hold chained rows: every table but the
// chain itself, meta and SQLite's own.
QStringList chainedTables(QSqlDatabase &db);
QStringList columnsOf(QSqlDatabase &db, const QString &table);

// "absent", or device:inode:size:mtime(ns) of what is at path now. An output
// that still has the identity recorded before an attempt was not replaced.
QString fileIdentity(const QString &path);

// An flock(2) on a file, held until destruction. Blocking.
class FileLock
{
public:
    enum class Kind { Shared, Exclusive };
    // create: make the lock file if missing (writers); readers only lock an
    // existing one and are otherwise unlocked (nothing to race with).
    FileLock(const QString &path, Kind kind, bool create);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    bool held() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace kyso::regchain
