// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/votefilereader.h"

#include <QByteArrayView>
#include <QDate>
#include <optional>

/// \brief What the layout readers share while importing: the result, capped messages and progress.
class ImportContext
{
public:
    ImportContext(
        ImportResult& result, const QString& fileName, const ImportProgress& progress, qint64 total);

    void warn(int line, const QString& message);
    void error(int line, const QString& message);
    /// Reports \a done bytes when another 1% has been read; false when the user cancelled.
    bool progress(qint64 done);
    /// Adds the summary of messages left out and the final progress call.
    void finish();

    const QString& fileName() const { return m_fileName; }
    ImportResult& result() { return m_result; }

    /// Normalised column name: lower case letters and digits only, without a plural "s".
    static QByteArray columnKey(QByteArrayView name);
    /// "120", " 120.0 " or "012" as 120; nullopt for anything else, including empty.
    static std::optional<int> count(QByteArrayView bytes);
    /// "2025-12-03", also with a time after it.
    static QDate date(QByteArrayView bytes);
    static QByteArrayView trimmed(QByteArrayView bytes);
    /// "yes-no-abstain-non-voting", e.g. "91-12-57-33".
    static QString totalsText(const VoteTotals& totals);
    /// Warns about resolutions whose published totals disagree with their rows; non-voting is compared
    /// only when \a compareNonVoting is set.
    void checkTotals(const QList<int>& lines, bool compareNonVoting);

private:
    ImportResult& m_result;
    QString m_fileName;
    const ImportProgress& m_progress;
    qint64 m_total;
    qint64 m_step;
    qint64 m_nextReport = 0;
    qint64 m_lastDone = 0;
    qint64 m_left = 0;
};
