#pragma once

#include "core/AuthorityRules.h"
#include "core/Error.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

namespace kyso {

namespace regchain {
class FileLock;
}

// One signing attempt: who signed what under which authority.
struct SignatureRecord {
    qint64 id = 0;
    QDateTime createdUtc;
    QString document;       // input path
    QString output;         // output path
    QString sha256Before;
    int pages = 0;
    QString role;           // personal|agency|attachment|copy
    QString signerName;
    QString signerSubject;
    QString certSerial;
    QString certIssuer;
    QString certSha256;
    QString tokenSerial;
    QString capacity;       // KT. / TM. / ...
    QString title;
    QString agency;
    QString reason;
    QString docNumber;
    // What was at the output path before the attempt ("absent" or the old
    // file's device:inode:size:mtime): a killed --force attempt that left the
    // old file in place is not taken for a completed one.
    QString outputBefore;
    // Authority as printed, as in the certificate, and where each value came
    // from (table signature_authority; absent for rows of older versions).
    bool hasAuthority = false;
    AuthorityRecord authority;
    // Completion (from the results table)
    QString result;         // pending | signed | failed
    QString sha256After;
    QString error;
    QDateTime completedUtc;
};

struct TokenEvent {
    QDateTime createdUtc;
    QString tokenSerial, tokenLabel, event, detail; // never a PIN
    qint64 id = 0;
};

struct Handover {
    qint64 id = 0;
    QDateTime createdUtc;
    QString tokenSerial, fromPerson, toPerson, authorisedBy, date, note;
};

struct CertificateRequest {
    qint64 id = 0;
    QDateTime createdUtc;
    QString kind;   // issue | renew | change | revoke | recover
    QString form;   // Mẫu 01..06
    QString subject, tokenSerial, note;
    QString status; // latest status
};

// A certificate the register has seen (at signing or when the tokens were
// listed), for the lifecycle report.
struct KnownCertificate {
    qint64 id = 0;
    QDateTime createdUtc;
    QString sha256, serial, subject, commonName, organization, kind, tokenSerial;
    QDateTime notBefore, notAfter;
};

// Facts appended to a row of another table (key = value, the latest value
// of a key wins): request letters and dates, handover permissions, the OS
// user and custodian of a signature. Chained like every row.
using Annotations = QMap<QString, QString>;

struct SignatureFilter {
    QString signer;
    QString role;
    QDateTime from, to; // UTC, inclusive
    bool pendingOnly = false; // only attempts without a result (what reconcile() looks at)
};

struct ChainCheck {
    int entries = 0;
    QStringList problems; // empty: intact
    QStringList notes;    // not tampering (e.g. the last write was interrupted)
    bool missing = false; // no register database (and no sign it was ever used)
};

// The local SQLite register (WAL, versioned schema). Every row of every table
// (but chain and meta) is appended once, through append(), and linked into one
// SHA-256 hash chain (encoding: core/RegisterChain.h); a completed signature
// is a second row, never an update, so any edit or deletion shows in
// verifyChain(). The schema version in meta is chained as a register_events
// row. The chain head is mirrored in PATH.head, written under the same lock
// (PATH.lock) as the row, so that cutting rows off the end shows too; PATH.created
// marks a data folder that has held a register.
// Writers serialise on PATH.lock; a signing attempt holds PATH.attempt-ID.lock
// from before its row is committed until its result row is, so reconcile()
// only ever completes attempts whose process is gone.
class Register
{
public:
    static constexpr int kSchemaVersion = 2;
    enum class Access {
        ReadWrite, // create or migrate, then reconcile interrupted attempts
        ReadOnly,  // never writes (log list, log verify, the register view)
    };

    static QString defaultPath();
    static std::unique_ptr<Register> open(const QString &path, Error &error, Access access = Access::ReadWrite);
    ~Register();

    // Record the attempt before the output is written...
    qint64 beginSignature(const SignatureRecord &record, Error &error);
    // ...and complete it after the output is in place (or failed).
    Error completeSignature(qint64 id, bool signedOk, const QString &sha256After, const QString &errorText);
    Error addTokenEvent(const TokenEvent &event);
    qint64 addHandover(const Handover &handover, Error &error);
    qint64 addRequest(const CertificateRequest &request, Error &error);
    Error setRequestStatus(qint64 requestId, const QString &status, const QString &note);

    // For units keeping their own chained table (core/OutgoingBook): one row
    // in the table's declared column order, linked into the hash chain.
    // `guard` (optional) runs inside the write transaction before the row is
    // written; an error from it leaves nothing written.
    qint64 appendRow(const QString &table, const QVariantList &values, Error &error,
                     const std::function<Error()> &guard = {});
    QString connectionName() const { return m_connection; }

    QList<SignatureRecord> signatures(const SignatureFilter &filter = {}) const;
    // Whether a document numbered `number` ("123/QĐ-UBND") was sealed
    // (agency role, signed) with the agency certificate `certSha256`.
    bool hasSealedDocument(const QString &number, const QString &certSha256) const;
    QList<Handover> handovers() const;
    QList<CertificateRequest> requests() const;

    // Lifecycle (regulation arts. 4-7, 9.6): annotations, token events,
    // certificates seen.
    Error annotate(const QString &table, qint64 rowId, const Annotations &facts);
    Annotations annotations(const QString &table, qint64 rowId) const;
    QMap<qint64, Annotations> annotationsOf(const QString &table) const;
    QList<TokenEvent> tokenEvents() const;
    // Appends the certificate unless the same one on the same token is
    // known; returns its row id.
    qint64 noteCertificate(const KnownCertificate &certificate, Error &error);
    QList<KnownCertificate> certificates() const;
    // The token serial appears in a signature, event, handover or request.
    bool knowsToken(const QString &serial) const;
    ChainCheck verifyChain() const;
    int reconciledOnOpen() const { return m_reconciled; }

    // Reconciles pending attempts of processes that are gone: an output that
    // replaced what was there before and whose leading bytes are the signed
    // input is recorded as signed; anything else as interrupted.
    int reconcile();

private:
    class WriteLock;
    Register() = default;
    Error migrate();
    Error checkSchema(int version);
    qint64 append(const QString &table, const QStringList &columns, const QVariantList &values, Error &error);
    qint64 appendInTransaction(const QString &table, const QStringList &columns, const QVariantList &values,
                               Error &error);
    void writeHead();
    void verifyHead(ChainCheck &check, qint64 lastSeq, const QString &lastHash, const QString &previousHash) const;
    void verifyMeta(ChainCheck &check) const;
    ChainCheck verifyMissing() const;

    QString lockPath(qint64 id) const;

    QString m_connection;
    QString m_path;
    bool m_missing = false;
    int m_reconciled = 0;
    int m_writeDepth = 0;
    std::unique_ptr<regchain::FileLock> m_writeLock;
    QMap<qint64, int> m_attemptLocks; // id -> fd holding flock while the attempt runs
};

QString sha256OfFile(const QString &path, qint64 limit = -1);

} // namespace kyso
