// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/voterecord.h"

#include <QSet>

QString majorityKey(Majority majority)
{
    switch (majority) {
    case Majority::Simple:
        return QStringLiteral("simple");
    case Majority::TwoThirds:
        return QStringLiteral("two-thirds");
    case Majority::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Majority> majorityFromKey(QStringView key)
{
    for (Majority m : { Majority::Simple, Majority::TwoThirds, Majority::Unknown }) {
        if (key.compare(majorityKey(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QString majorityDescription(Majority majority)
{
    switch (majority) {
    case Majority::Simple:
        return QStringLiteral("simple majority of members present and voting");
    case Majority::TwoThirds:
        return QStringLiteral("two-thirds majority of members present and voting");
    case Majority::Unknown:
        break;
    }
    return QStringLiteral("required majority not recorded");
}

int VoteTotals::count(Vote vote) const
{
    switch (vote) {
    case Vote::Yes:
        return yes;
    case Vote::No:
        return no;
    case Vote::Abstain:
        return abstain;
    case Vote::NonVoting:
        return nonVoting;
    }
    return 0;
}

void VoteTotals::add(Vote vote, int n)
{
    switch (vote) {
    case Vote::Yes:
        yes += n;
        break;
    case Vote::No:
        no += n;
        break;
    case Vote::Abstain:
        abstain += n;
        break;
    case Vote::NonVoting:
        nonVoting += n;
        break;
    }
}

VoteTotals VoteRecord::totals() const
{
    VoteTotals t;
    for (const StateVote& v : votes)
        t.add(v.vote);
    return t;
}

std::optional<int> VoteRecord::requiredYes() const
{
    const int voting = totals().presentAndVoting();
    switch (majority) {
    case Majority::Simple:
        return voting / 2 + 1;
    case Majority::TwoThirds:
        return (2 * voting + 2) / 3; // ceil(2/3 of yes + no)
    case Majority::Unknown:
        break;
    }
    return std::nullopt;
}

std::optional<bool> VoteRecord::adopted() const
{
    const auto needed = requiredYes();
    if (!needed)
        return std::nullopt;
    return totals().yes >= *needed && totals().yes > 0;
}

const StateVote* VoteRecord::voteOf(QStringView iso3) const
{
    for (const StateVote& v : votes) {
        if (iso3.compare(v.iso3, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

QStringList VoteRecord::warnings() const
{
    QStringList out;
    const VoteTotals t = totals();
    if (publishedTotals && *publishedTotals != t) {
        const VoteTotals& p = *publishedTotals;
        out << QStringLiteral("%1: the published totals (%2 yes, %3 no, %4 abstain, %5 non-voting) disagree "
                              "with the per-state votes (%6 yes, %7 no, %8 abstain, %9 non-voting); "
                              "Plenary shows the per-state counts.")
                   .arg(symbol)
                   .arg(p.yes)
                   .arg(p.no)
                   .arg(p.abstain)
                   .arg(p.nonVoting)
                   .arg(t.yes)
                   .arg(t.no)
                   .arg(t.abstain)
                   .arg(t.nonVoting);
    }
    if (membership > 0 && votes.size() != membership) {
        out << QStringLiteral("%1: the record lists %2 states but gives the membership as %3.")
                   .arg(symbol)
                   .arg(votes.size())
                   .arg(membership);
    }
    QSet<QString> seen;
    for (const StateVote& v : votes) {
        if (seen.contains(v.iso3))
            out << QStringLiteral("%1: %2 (%3) is listed more than once.").arg(symbol, v.name, v.iso3);
        seen.insert(v.iso3);
    }
    return out;
}

QString VoteRecord::sourceLine() const
{
    if (!undlRecord.isEmpty())
        return QStringLiteral("Source: UN Digital Library, record %1").arg(undlRecord);
    if (!sources.isEmpty())
        return QStringLiteral("Source: %1").arg(sources.first());
    return QStringLiteral("Source: not recorded");
}

QString VoteRecord::undlLink() const
{
    if (undlRecord.isEmpty())
        return {};
    return QStringLiteral("https://digitallibrary.un.org/record/%1").arg(undlRecord);
}

bool operator==(const VoteRecord& a, const VoteRecord& b)
{
    return a.symbol == b.symbol && a.title == b.title && a.date == b.date && a.body == b.body
        && a.session == b.session && a.draft == b.draft && a.undlRecord == b.undlRecord
        && a.majority == b.majority && a.membership == b.membership && a.votes == b.votes
        && a.publishedTotals == b.publishedTotals && a.sponsors == b.sponsors && a.sources == b.sources
        && a.snapshot == b.snapshot;
}
