// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/memberstates.h"
#include "core/record/vote.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/// \brief The majority a resolution needed: simple, or two thirds of members present and voting.
enum class Majority : quint8 { Simple, TwoThirds, Unknown };

QString majorityKey(Majority majority); // "simple", "two-thirds", "unknown"
std::optional<Majority> majorityFromKey(QStringView key);
QString majorityDescription(Majority majority);

/// \brief One member state's vote in a record.
struct StateVote
{
    QString iso3;
    QString name;
    RegionalGroup group = RegionalGroup::None;
    Vote vote = Vote::NonVoting;

    friend bool operator==(const StateVote& a, const StateVote& b)
    {
        return a.iso3 == b.iso3 && a.name == b.name && a.group == b.group && a.vote == b.vote;
    }
};

/// \brief Counts of yes, no, abstain and non-voting.
struct VoteTotals
{
    int yes = 0;
    int no = 0;
    int abstain = 0;
    int nonVoting = 0;

    int count(Vote vote) const;
    void add(Vote vote, int n = 1);
    int presentAndVoting() const { return yes + no; }
    int all() const { return yes + no + abstain + nonVoting; }

    friend bool operator==(const VoteTotals& a, const VoteTotals& b)
    {
        return a.yes == b.yes && a.no == b.no && a.abstain == b.abstain && a.nonVoting == b.nonVoting;
    }
    friend bool operator!=(const VoteTotals& a, const VoteTotals& b) { return !(a == b); }
};

/// \brief One recorded vote: what was voted on, when, and how every member state voted.
struct VoteRecord
{
    QString symbol;
    QString title;
    QDate date;
    QString body = QStringLiteral("plenary"); // "plenary" or "committee"
    QString session;
    QString draft;
    QString undlRecord; // UN Digital Library record id
    Majority majority = Majority::Unknown;
    int membership = 0;
    QList<StateVote> votes;
    std::optional<VoteTotals> publishedTotals;
    std::optional<QStringList> sponsors; // absent: the record holds no sponsor list
    QStringList sources;
    QDate snapshot;

    /// Totals computed from the per-state votes; these are what Plenary shows and checks against.
    VoteTotals totals() const;
    /// Yes votes needed for adoption, or nullopt when the required majority is not recorded.
    std::optional<int> requiredYes() const;
    std::optional<bool> adopted() const;
    const StateVote* voteOf(QStringView iso3) const;
    /// Problems a user must see: published totals that disagree with the per-state votes, a vote count
    /// that differs from the membership, duplicated states.
    QStringList warnings() const;
    /// "Source: UN Digital Library, record 4094643" (or the first source when no record id is known).
    QString sourceLine() const;
    QString undlLink() const;

    friend bool operator==(const VoteRecord& a, const VoteRecord& b);
};
