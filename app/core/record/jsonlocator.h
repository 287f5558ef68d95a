// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

/// \brief Maps JSON pointer paths ("/records/0/votes/12/vote") to 1-based line numbers.
///
/// QJsonDocument keeps no positions, so semantic errors found after parsing are located here.
/// Call only on text QJsonDocument accepted; on anything else the map is incomplete, never wrong.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray& json);

    /// Line of the value at \a path, or of its nearest located parent; 1 when nothing is known.
    int line(const QString& path) const;
    /// Line and column (1-based) of a byte offset, as QJsonParseError reports offsets.
    static std::pair<int, int> lineColumn(const QByteArray& text, qsizetype offset);

private:
    void parseValue(const QString& path, int depth);
    void skipSpace();
    QString parseString();

    const QByteArray& m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};
