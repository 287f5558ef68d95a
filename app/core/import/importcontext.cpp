// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importcontext.h"

#include <QLocale>

ImportContext::ImportContext(
    ImportResult& result, const QString& fileName, const ImportProgress& progress, qint64 total)
    : m_result(result)
    , m_fileName(fileName)
    , m_progress(progress)
    , m_total(total)
    , m_step(total > 0 ? std::max<qint64>(total / 100, 1) : 4 * 1024 * 1024)
{
}

void ImportContext::warn(int line, const QString& message)
{
    if (m_result.warnings.size() < VoteFileReader::maxMessages)
        m_result.warnings.append({ m_fileName, line, message });
    else
        ++m_left;
}

void ImportContext::error(int line, const QString& message)
{
    m_result.errors.append({ m_fileName, line, message });
}

bool ImportContext::progress(qint64 done)
{
    if (done < m_nextReport || !m_progress)
        return true;
    m_nextReport = done + m_step;
    m_lastDone = done;
    if (m_progress(done, m_total))
        return true;
    m_result.cancelled = true;
    m_result.database = VoteDatabase();
    return false;
}

void ImportContext::finish()
{
    if (m_left > 0) {
        m_result.warnings.append({ m_fileName, 0,
            QStringLiteral("… and %1 more problems").arg(QLocale(QLocale::English).toString(m_left)) });
    }
    if (m_progress && !m_result.cancelled) {
        const qint64 end = std::max(m_total, m_lastDone);
        m_progress(end, m_total);
    }
}

QByteArray ImportContext::columnKey(QByteArrayView name)
{
    QByteArray key;
    key.reserve(name.size());
    for (const char c : name) {
        if (c >= 'A' && c <= 'Z')
            key.append(char(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            key.append(c);
    }
    if (key.size() > 1 && key.endsWith('s'))
        key.chop(1);
    return key;
}

QByteArrayView ImportContext::trimmed(QByteArrayView bytes)
{
    qsizetype b = 0;
    qsizetype e = bytes.size();
    while (b < e && (bytes[b] == ' ' || bytes[b] == '\t'))
        ++b;
    while (e > b && (bytes[e - 1] == ' ' || bytes[e - 1] == '\t'))
        --e;
    return bytes.sliced(b, e - b);
}

std::optional<int> ImportContext::count(QByteArrayView bytes)
{
    const QByteArrayView t = trimmed(bytes);
    qsizetype i = 0;
    qint64 value = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9' && value < 1000000)
        value = value * 10 + (t[i++] - '0');
    if (i == 0 || value >= 1000000)
        return std::nullopt;
    if (i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && t[i] == '0')
            ++i;
    }
    if (i != t.size())
        return std::nullopt;
    return int(value);
}

QDate ImportContext::date(QByteArrayView bytes)
{
    const QByteArrayView t = trimmed(bytes);
    if (t.size() < 10 || (t.size() > 10 && t[10] != 'T' && t[10] != ' ') || t[4] != '-' || t[7] != '-')
        return {};
    const auto number = [&](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

QString ImportContext::totalsText(const VoteTotals& totals)
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(totals.yes)
        .arg(totals.no)
        .arg(totals.abstain)
        .arg(totals.nonVoting);
}

void ImportContext::checkTotals(const QList<int>& lines, bool compareNonVoting)
{
    const VoteDatabase& db = m_result.database;
    for (qsizetype i = 0; i < db.size(); ++i) {
        const VoteDatabase::Resolution& r = db.resolution(i);
        if (!r.publishedTotals)
            continue;
        const VoteTotals& p = *r.publishedTotals;
        const VoteTotals& c = r.totals;
        const bool same = p.yes == c.yes && p.no == c.no && p.abstain == c.abstain
            && (!compareNonVoting || p.nonVoting == c.nonVoting);
        if (same)
            continue;
        warn(lines.value(i),
            QStringLiteral("%1: the file's totals are %2 (yes-no-abstain-non-voting) but its rows count %3; "
                           "Plenary uses the rows")
                .arg(r.symbol, totalsText(p), totalsText(c)));
    }
}
