// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvreader.h"

#include <QIODevice>
#include <algorithm>
#include <array>
#include <cstring>

namespace {

constexpr qsizetype blockSize = 4 * 1024 * 1024;

constexpr std::array<bool, 256> specialBytes = [] {
    std::array<bool, 256> table {};
    table[uchar(',')] = true;
    table[uchar('\n')] = true;
    table[uchar('\r')] = true;
    return table;
}();

/// Windows-1252's characters for 0x80..0x9F; the rest of the range is Latin-1.
constexpr std::array<char16_t, 32> cp1252High = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
    0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C,
    0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

/// The first byte of \a p .. \a end that is not part of valid UTF-8, or \a end.
const char* firstInvalidUtf8(const char* p, const char* end)
{
    const auto cont = [](uchar c) { return (c & 0xC0) == 0x80; };
    while (p < end) {
        // Eight ASCII bytes at a time: most of a vote file is ASCII.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const uchar c = uchar(*p);
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        uchar lo = 0x80;
        uchar hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return p;
        }
        if (end - p <= extra)
            return p;
        const uchar c1 = uchar(p[1]);
        if (c1 < lo || c1 > hi)
            return p;
        for (int i = 2; i <= extra; ++i) {
            if (!cont(uchar(p[i])))
                return p;
        }
        p += extra + 1;
    }
    return end;
}

} // namespace

CsvReader::CsvReader(QIODevice& device, const QString& fileName, Limits limits)
    : m_device(device)
    , m_fileName(fileName)
    , m_limits(limits)
{
    m_fields.reserve(64);
}

CsvReader::CsvReader(QIODevice& device, const QString& fileName)
    : CsvReader(device, fileName, Limits {})
{
}

QByteArrayView CsvReader::field(int i) const
{
    const Field& f = m_fields[size_t(i)];
    const char* base = f.unescaped ? m_unquoted.constData() : m_buffer.constData();
    return QByteArrayView(base + f.offset, f.size);
}

QString CsvReader::text(int i) const
{
    return decode(field(i));
}

QString CsvReader::decode(QByteArrayView bytes) const
{
    if (!m_latin1)
        return QString::fromUtf8(bytes);
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t* d = reinterpret_cast<char16_t*>(out.data());
    for (const char c : bytes) {
        const uchar b = uchar(c);
        *d++ = (b >= 0x80 && b < 0xA0) ? cp1252High[b - 0x80] : char16_t(b);
    }
    return out;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(m_end - m_pos));
        m_consumedBefore += m_pos;
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_buffer.size() - m_end < blockSize)
        m_buffer.resize(m_end + blockSize);
    const qint64 n = m_device.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    m_end += n;
    return true;
}

QString CsvReader::tooLong() const
{
    return QStringLiteral(
        "the record starting on this line is longer than %1 MiB (an unclosed quote?); reading "
        "stopped here")
        .arg(m_limits.maxRecordBytes / (1024 * 1024));
}

CsvReader::Status CsvReader::fail(int line, const QString& message)
{
    m_failed = true;
    m_fields.clear();
    m_error = { m_fileName, line, message };
    return Status::Error;
}

void CsvReader::checkEncoding(qsizetype from, qsizetype to)
{
    const char* base = m_buffer.constData();
    const char* bad = firstInvalidUtf8(base + from, base + to);
    if (bad == base + to)
        return;
    m_latin1 = true;
    const int line = m_recordLine + int(std::count(base + from, bad, '\n'));
    m_warnings.append({ m_fileName, line,
        QStringLiteral("the file is not valid UTF-8 (first invalid byte on this line); it is read as "
                       "Latin-1 (Windows-1252)") });
}

CsvReader::Parse CsvReader::parseRecord(qsizetype& recordEnd, int& newlines)
{
    m_fields.clear();
    m_unquoted.clear();
    newlines = 0;
    const char* const base = m_buffer.constData();
    const char* const end = base + m_end;
    const char* p = base + m_pos;
    for (;;) {
        if (int(m_fields.size()) >= m_limits.maxFields)
            return Parse::TooManyFields;
        if (p == end) {
            if (!m_eof)
                return Parse::NeedMore;
            m_fields.push_back({ p - base, 0, false });
            recordEnd = p - base;
            return Parse::Complete;
        }
        if (*p != '"') {
            const char* s = p;
            while (p != end && !specialBytes[uchar(*p)])
                ++p;
            if (p == end && !m_eof)
                return Parse::NeedMore;
            m_fields.push_back({ s - base, p - s, false });
        } else {
            ++p;
            const char* s = p;
            bool unescaped = false;
            const qsizetype unquotedStart = m_unquoted.size();
            const char* close = nullptr;
            for (;;) {
                const char* q = static_cast<const char*>(std::memchr(p, '"', size_t(end - p)));
                if (!q)
                    return m_eof ? Parse::Unterminated : Parse::NeedMore;
                newlines += int(std::count(p, q, '\n'));
                if (q + 1 == end && !m_eof)
                    return Parse::NeedMore;
                if (q + 1 != end && q[1] == '"') {
                    unescaped = true;
                    m_unquoted.append(s, q + 1 - s);
                    p = q + 2;
                    s = p;
                    continue;
                }
                close = q;
                p = q + 1;
                break;
            }
            if (p != end && !specialBytes[uchar(*p)]) {
                // Lenient: text after the closing quote belongs to the field ("a"b reads as ab).
                const char* t = p;
                while (p != end && !specialBytes[uchar(*p)])
                    ++p;
                if (p == end && !m_eof)
                    return Parse::NeedMore;
                m_unquoted.append(s, close - s);
                m_unquoted.append(t, p - t);
                unescaped = true;
            } else if (unescaped) {
                m_unquoted.append(s, close - s);
            }
            if (unescaped)
                m_fields.push_back({ unquotedStart, m_unquoted.size() - unquotedStart, true });
            else
                m_fields.push_back({ s - base, close - s, false });
        }
        if (p == end) {
            recordEnd = p - base;
            return Parse::Complete;
        }
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p == '\r') {
            if (p + 1 == end && !m_eof)
                return Parse::NeedMore;
            ++p;
            if (p != end && *p == '\n')
                ++p;
        } else {
            ++p; // '\n'
        }
        ++newlines;
        recordEnd = p - base;
        return Parse::Complete;
    }
}

CsvReader::Status CsvReader::next()
{
    if (m_failed)
        return Status::End;
    if (!m_started) {
        m_started = true;
        while (m_end < 3 && fill()) { }
        if (m_end >= 3 && std::memcmp(m_buffer.constData(), "\xEF\xBB\xBF", 3) == 0)
            m_pos = 3;
    }
    for (;;) {
        if (m_pos == m_end && !fill())
            return Status::End;
        qsizetype recordEnd = 0;
        int newlines = 0;
        const Parse parsed = parseRecord(recordEnd, newlines);
        switch (parsed) {
        case Parse::NeedMore:
            if (m_end - m_pos > m_limits.maxRecordBytes)
                return fail(m_line, tooLong());
            fill();
            continue;
        case Parse::Unterminated:
            return fail(m_line,
                QStringLiteral("a quoted field starting on this line is never closed (the file may be "
                               "truncated); the rest of the file is not read"));
        case Parse::TooManyFields:
            return fail(m_line,
                QStringLiteral("the record starting on this line has more than %1 fields; reading stopped "
                               "here")
                    .arg(m_limits.maxFields));
        case Parse::Complete:
            break;
        }
        if (recordEnd - m_pos > m_limits.maxRecordBytes)
            return fail(m_line, tooLong());
        m_recordLine = m_line;
        m_line += newlines;
        if (!m_latin1)
            checkEncoding(m_pos, recordEnd);
        const bool blank = m_fields.size() == 1 && m_fields.front().size == 0
            && (m_pos == recordEnd || m_buffer.at(m_pos) != '"');
        m_pos = recordEnd;
        if (blank)
            continue;
        return Status::Record;
    }
}
