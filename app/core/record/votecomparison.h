// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"

#include <QList>
#include <array>

/// \brief How the member states' votes moved between two records: the 4 × 4 flow matrix and the movers.
class VoteComparison
{
public:
    /// One state present in both records whose vote differs.
    struct Change
    {
        QString iso3;
        QString name;
        RegionalGroup group = RegionalGroup::None;
        Vote first = Vote::NonVoting;
        Vote second = Vote::NonVoting;
    };

    VoteComparison() = default;
    VoteComparison(const VoteRecord& first, const VoteRecord& second);

    const VoteRecord& first() const { return m_first; }
    const VoteRecord& second() const { return m_second; }

    /// States that voted \a from in the first record and \a to in the second, over the states in both.
    int count(Vote from, Vote to) const { return m_matrix[int(from)][int(to)]; }
    /// Row and column sums of the matrix: the votes of the common states in each record.
    int fromTotal(Vote from) const;
    int toTotal(Vote to) const;
    /// States present in both records (the sum of the matrix).
    int commonCount() const { return m_common; }

    /// Sorted by name.
    const QList<Change>& changes() const { return m_changes; }
    const QList<StateVote>& onlyInFirst() const { return m_onlyFirst; }
    const QList<StateVote>& onlyInSecond() const { return m_onlySecond; }

private:
    VoteRecord m_first;
    VoteRecord m_second;
    std::array<std::array<int, 4>, 4> m_matrix {};
    int m_common = 0;
    QList<Change> m_changes;
    QList<StateVote> m_onlyFirst;
    QList<StateVote> m_onlySecond;
};
