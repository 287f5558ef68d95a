// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"

#include <QList>
#include <QString>

class JsonLocator;
class QIODevice;
class QJsonObject;

/// \brief A problem found while reading a file, with where it is.
struct ReadError
{
    QString fileName;
    int line = 0; // 1-based; 0 when the problem is not tied to a line
    QString message;

    /// "file:line: message", the form every Plenary reader reports errors in.
    QString toString() const;
    /// One problem a line.
    static QString joined(const QList<ReadError>& errors);
};

/// \brief What a record file held: the records read, and any errors. Records are only valid when
/// errors is empty.
struct RecordReadResult
{
    QList<VoteRecord> records;
    QList<ReadError> errors;

    bool ok() const { return errors.isEmpty(); }
    QString errorText() const;
};

/// \brief Reads and writes Plenary's JSON record format (see README, "Record file format").
class RecordFile
{
public:
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    static RecordReadResult read(QIODevice& device, const QString& fileName);
    static RecordReadResult readFile(const QString& path);
    static QByteArray write(const QList<VoteRecord>& records);
    /// Writes atomically (QSaveFile); on failure returns false and sets \a error.
    static bool save(const QString& path, const QList<VoteRecord>& records, QString* error);

    /// One record as an object of the "records" list, for files that embed a record.
    static QJsonObject toJson(const VoteRecord& record);
    /// Reads a record object that sits at the JSON pointer \a path of a document \a locator has mapped;
    /// problems are appended to \a errors with their lines. The record is only valid when none were added.
    static VoteRecord fromJson(const QJsonObject& object, const QString& path, const JsonLocator& locator,
        const QString& fileName, QList<ReadError>& errors);
};
