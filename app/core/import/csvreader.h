// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/recordfile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

class QIODevice;

/// \brief Streams RFC 4180 records from a device: quoted fields, CRLF, a byte order mark, UTF-8 or Latin-1.
class CsvReader
{
public:
    enum class Status { Record, End, Error };

    /// Bounds that keep a hostile or broken file from taking all memory.
    struct Limits
    {
        qsizetype maxRecordBytes = 16 * 1024 * 1024;
        int maxFields = 4096;
    };

    /// Reads from \a device, which must stay open and alive while the reader is used; \a fileName only
    /// names the file in messages.
    CsvReader(QIODevice& device, const QString& fileName, Limits limits);
    CsvReader(QIODevice& device, const QString& fileName);

    /// Reads the next record. On Error, error() says what and where; every later call returns End.
    Status next();

    int fieldCount() const { return int(m_fields.size()); }
    /// The raw bytes of field \a i of the current record, valid until the next call to next().
    QByteArrayView field(int i) const;
    /// Field \a i decoded from UTF-8, or from Windows-1252 once the file has shown it is not UTF-8.
    QString text(int i) const;
    QString decode(QByteArrayView bytes) const;
    /// The physical line (1-based) where the current record starts.
    int line() const { return m_recordLine; }
    /// Bytes of the device consumed so far, for progress.
    qint64 bytesDone() const { return m_consumedBefore + m_pos; }
    bool isLatin1() const { return m_latin1; }

    const ReadError& error() const { return m_error; }
    /// At most one: that the file is not UTF-8 and is read as Windows-1252 from the line named.
    const QList<ReadError>& warnings() const { return m_warnings; }

private:
    struct Field
    {
        qsizetype offset; // into m_buffer, or into m_unquoted when unescaped
        qsizetype size;
        bool unescaped;
    };

    enum class Parse { Complete, NeedMore, Unterminated, TooManyFields };

    Parse parseRecord(qsizetype& end, int& newlines);
    bool fill();
    void checkEncoding(qsizetype from, qsizetype to);
    Status fail(int line, const QString& message);
    QString tooLong() const;

    QIODevice& m_device;
    QString m_fileName;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // start of the unread part of m_buffer
    qsizetype m_end = 0; // end of the valid bytes in m_buffer
    qint64 m_consumedBefore = 0; // device bytes dropped from the front of m_buffer
    bool m_eof = false;
    bool m_started = false;
    bool m_failed = false;
    bool m_latin1 = false;
    int m_line = 1;
    int m_recordLine = 0;
    std::vector<Field> m_fields;
    QByteArray m_unquoted;
    ReadError m_error;
    QList<ReadError> m_warnings;
};
