// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// \brief Many recorded votes stored compactly: metadata once per resolution, per-state votes as
/// (state index, vote) pairs of a few bytes rather than strings per row.
class VoteDatabase
{
public:
    /// Everything about one recorded vote except the per-state votes.
    struct Resolution
    {
        QString symbol;
        QString title;
        QDate date;
        QString body = QStringLiteral("plenary");
        QString session;
        QString draft;
        QString undlRecord;
        QString meeting;
        QString agendaTitle;
        QString voteNote;
        QStringList subjects;
        Majority majority = Majority::Unknown;
        int membership = 0;
        std::optional<VoteTotals> publishedTotals;
        QStringList sources;
        QDate snapshot;

        VoteTotals totals; // computed from the votes as they are added
        quint32 firstVote = 0;
        quint32 voteCount = 0;
    };

    /// A state as the files name it; current members also carry their regional group.
    struct State
    {
        QString iso3;
        QString name;
        RegionalGroup group = RegionalGroup::None;
    };

    struct PackedVote
    {
        quint16 state;
        Vote vote;
    };

    /// Index of the state with this ISO code, added with \a name (or the member's UN name) when new.
    int addState(const QString& iso3, const QString& name = QString());
    /// Starts a resolution; votes added afterwards belong to it until the next call. Returns its index.
    qsizetype beginResolution(Resolution metadata);
    void addVote(int state, Vote vote);
    /// Adds every resolution of \a other after this one's.
    void append(const VoteDatabase& other);
    /// Drops the last resolution and its votes (a reader that finds it unusable).
    void dropLastResolution();

    qsizetype size() const { return m_resolutions.size(); }
    bool isEmpty() const { return m_resolutions.isEmpty(); }
    qsizetype voteCount() const { return m_votes.size(); }
    const Resolution& resolution(qsizetype index) const { return m_resolutions.at(index); }
    const QList<State>& states() const { return m_states; }
    const PackedVote* votesBegin(qsizetype index) const;
    const PackedVote* votesEnd(qsizetype index) const;
    /// The full record of one resolution, for the window, the charts and the checker.
    VoteRecord record(qsizetype index) const;
    /// The first resolution with this symbol (case and spaces ignored), or -1.
    qsizetype indexOf(const QString& symbol) const;
    /// Bytes held, roughly: what a user's machine pays for the loaded file.
    qsizetype memoryUsed() const;

    static VoteDatabase fromRecords(const QList<VoteRecord>& records);
    static QString normalizedSymbol(const QString& symbol);

private:
    QList<Resolution> m_resolutions;
    QList<PackedVote> m_votes;
    QList<State> m_states;
    QHash<QString, int> m_stateIndex;
    QHash<QString, qsizetype> m_symbolIndex;
};
