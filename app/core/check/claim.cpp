// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/claim.h"

QString claimKindKey(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Yes:
        return QStringLiteral("yes");
    case ClaimKind::No:
        return QStringLiteral("no");
    case ClaimKind::Abstain:
        return QStringLiteral("abstain");
    case ClaimKind::NonVoting:
        return QStringLiteral("non_voting");
    case ClaimKind::Members:
        return QStringLiteral("members");
    case ClaimKind::Sponsors:
        return QStringLiteral("sponsors");
    case ClaimKind::Quantity:
        return QStringLiteral("quantity");
    case ClaimKind::StateVote:
        return QStringLiteral("state_vote");
    case ClaimKind::Present:
        return QStringLiteral("present");
    case ClaimKind::NotInFavour:
        return QStringLiteral("not_in_favour");
    case ClaimKind::Voting:
        return QStringLiteral("voting");
    case ClaimKind::Comparison:
        return QStringLiteral("comparison");
    case ClaimKind::Outcome:
        return QStringLiteral("outcome");
    case ClaimKind::Majority:
        return QStringLiteral("majority");
    case ClaimKind::Date:
        return QStringLiteral("date");
    case ClaimKind::Session:
        return QStringLiteral("session");
    case ClaimKind::Symbol:
        return QStringLiteral("symbol");
    case ClaimKind::Title:
        return QStringLiteral("title");
    }
    return {};
}

std::optional<Vote> voteOfKind(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Yes:
        return Vote::Yes;
    case ClaimKind::No:
        return Vote::No;
    case ClaimKind::Abstain:
        return Vote::Abstain;
    case ClaimKind::NonVoting:
        return Vote::NonVoting;
    default:
        return std::nullopt;
    }
}

ClaimKind kindOfVote(Vote vote)
{
    switch (vote) {
    case Vote::Yes:
        return ClaimKind::Yes;
    case Vote::No:
        return ClaimKind::No;
    case Vote::Abstain:
        return ClaimKind::Abstain;
    case Vote::NonVoting:
        return ClaimKind::NonVoting;
    }
    return ClaimKind::Quantity;
}

bool isVoteCount(ClaimKind kind)
{
    return voteOfKind(kind).has_value();
}

bool isProcedure(ClaimKind kind)
{
    return kind >= ClaimKind::Outcome;
}

QString approxKey(Approx approx)
{
    switch (approx) {
    case Approx::Exact:
        return QStringLiteral("exact");
    case Approx::About:
        return QStringLiteral("about");
    case Approx::MoreThan:
        return QStringLiteral("more_than");
    case Approx::LessThan:
        return QStringLiteral("less_than");
    case Approx::AtLeast:
        return QStringLiteral("at_least");
    case Approx::AtMost:
        return QStringLiteral("at_most");
    case Approx::Nearly:
        return QStringLiteral("nearly");
    }
    return {};
}

QString approxWords(Approx approx)
{
    switch (approx) {
    case Approx::Exact:
        return {};
    case Approx::About:
        return QStringLiteral("about ");
    case Approx::Nearly:
        return QStringLiteral("nearly ");
    case Approx::MoreThan:
        return QStringLiteral("more than ");
    case Approx::LessThan:
        return QStringLiteral("fewer than ");
    case Approx::AtLeast:
        return QStringLiteral("at least ");
    case Approx::AtMost:
        return QStringLiteral("at most ");
    }
    return {};
}

std::optional<bool> boundHolds(Approx approx, double actual, double claimed)
{
    switch (approx) {
    case Approx::MoreThan:
        return actual > claimed;
    case Approx::AtLeast:
        return actual >= claimed;
    case Approx::LessThan:
        return actual < claimed;
    case Approx::AtMost:
        return actual <= claimed;
    default:
        return std::nullopt;
    }
}
