// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/voteshares.h"

#include <algorithm>
#include <numeric>

VoteShares VoteShares::ofMembership(const VoteRecord& record)
{
    const VoteTotals totals = record.totals();
    // A record whose state list is incomplete still adds up to 100%: never divide by less than the votes
    // shown.
    const int base = std::max(record.membership, totals.all());
    VoteTotals shown = totals;
    shown.nonVoting += base - totals.all();
    return VoteShares({ Vote::Yes, Vote::No, Vote::Abstain, Vote::NonVoting }, shown, base);
}

VoteShares VoteShares::ofVotesCast(const VoteRecord& record)
{
    const VoteTotals totals = record.totals();
    return VoteShares(
        { Vote::Yes, Vote::No, Vote::Abstain }, totals, totals.yes + totals.no + totals.abstain);
}

VoteShares::VoteShares(const QList<Vote>& votes, const VoteTotals& totals, int base)
    : m_base(base)
{
    // Largest remainder: floor every share, then give the missing points to the largest fractions.
    QList<qint64> remainders;
    int assigned = 0;
    for (Vote vote : votes) {
        const int count = totals.count(vote);
        const qint64 scaled = base > 0 ? qint64(count) * 100 : 0;
        const int percent = base > 0 ? int(scaled / base) : 0;
        m_parts.append({ vote, count, percent });
        remainders.append(base > 0 ? scaled % base : 0);
        assigned += percent;
    }
    if (base <= 0)
        return;
    QList<int> order(m_parts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return remainders[a] > remainders[b]; });
    for (int i = 0; i < order.size() && assigned < 100; ++i) {
        if (remainders[order[i]] == 0)
            break;
        ++m_parts[order[i]].percent;
        ++assigned;
    }
}

const VoteShares::Part* VoteShares::part(Vote vote) const
{
    for (const Part& p : m_parts) {
        if (p.vote == vote)
            return &p;
    }
    return nullptr;
}
