// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"

#include <QList>

/// \brief The parts a chart shows of one vote, with counts and whole-number percentages that add up to 100.
class VoteShares
{
public:
    struct Part
    {
        Vote vote = Vote::Yes;
        int count = 0;
        int percent = 0;
    };

    /// Yes, no, abstain and non-voting as shares of the membership (the donut).
    static VoteShares ofMembership(const VoteRecord& record);
    /// Yes, no and abstain as shares of the members who voted or abstained (the bar).
    static VoteShares ofVotesCast(const VoteRecord& record);

    const QList<Part>& parts() const { return m_parts; }
    const Part* part(Vote vote) const;
    /// What the percentages are of: the membership, or yes + no + abstain.
    int base() const { return m_base; }

private:
    VoteShares(const QList<Vote>& votes, const VoteTotals& totals, int base);

    QList<Part> m_parts;
    int m_base = 0;
};
