#pragma once

#include "core/AuthorityRules.h"
#include "core/Error.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace kyso {

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

struct SignatureFilter {
    QString signer;
    QString role;
    QDateTime from, to; // UTC, inclusive
};

struct ChainCheck {
    int entries = 0;
    QStringList problems; // empty: intact
};

// The local SQLite register (WAL, versioned schema). Every row of every table
// is appended once and linked into one SHA-256 hash chain; a completed
// signature is a second row, never an update, so any edit or deletion shows
// in verifyChain(). The chain head is mirrored in a file beside the database
// so that cutting rows off the end shows too.
class Register
{
public:
    static constexpr int kSchemaVersion = 1;

    static QString defaultPath();
    // Opens (creating or migrating) and reconciles attempts left pending by
    // an interrupted run.
    static std::unique_ptr<Register> open(const QString &path, Error &error);
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
    qint64 appendRow(const QString &table, const QVariantList &values, Error &error);
    QString connectionName() const { return m_connection; }

    QList<SignatureRecord> signatures(const SignatureFilter &filter = {}) const;
    // Whether a document numbered `number` ("123/QĐ-UBND") was sealed
    // (agency role, signed) with the agency certificate `certSha256`.
    bool hasSealedDocument(const QString &number, const QString &certSha256) const;
    QList<Handover> handovers() const;
    QList<CertificateRequest> requests() const;
    ChainCheck verifyChain() const;
    int reconciledOnOpen() const { return m_reconciled; }

    // Reconciles pending attempts: an output whose leading bytes are the
    // signed input is recorded as signed; anything else as interrupted.
    int reconcile();

private:
    Register() = default;
    Error migrate();
    Error migrateAuthority();
    qint64 append(const QString &table, const QStringList &columns, const QVariantList &values, Error &error);

    QString lockPath(qint64 id) const;

    QString m_connection;
    QString m_path;
    int m_reconciled = 0;
    QMap<qint64, int> m_attemptLocks; // id -> fd holding flock while the attempt runs
};

QString sha256OfFile(const QString &path, qint64 limit = -1);

} // namespace kyso
