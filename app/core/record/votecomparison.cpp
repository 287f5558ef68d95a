// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/votecomparison.h"

#include <algorithm>

VoteComparison::VoteComparison(const VoteRecord& first, const VoteRecord& second)
    : m_first(first)
    , m_second(second)
{
    for (const StateVote& a : first.votes) {
        const StateVote* b = second.voteOf(a.iso3);
        if (!b) {
            m_onlyFirst.append(a);
            continue;
        }
        ++m_matrix[int(a.vote)][int(b->vote)];
        ++m_common;
        if (a.vote != b->vote)
            m_changes.append({ a.iso3, a.name, a.group, a.vote, b->vote });
    }
    for (const StateVote& b : second.votes) {
        if (!first.voteOf(b.iso3))
            m_onlySecond.append(b);
    }
    std::sort(m_changes.begin(), m_changes.end(),
        [](const Change& x, const Change& y) { return x.name.localeAwareCompare(y.name) < 0; });
}

int VoteComparison::fromTotal(Vote from) const
{
    int total = 0;
    for (Vote to : allVotes)
        total += count(from, to);
    return total;
}

int VoteComparison::toTotal(Vote to) const
{
    int total = 0;
    for (Vote from : allVotes)
        total += count(from, to);
    return total;
}
