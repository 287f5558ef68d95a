// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/verdict.h"
#include "core/record/vote.h"

#include <QDate>
#include <QString>
#include <optional>

/// \brief What a claim is about.
enum class ClaimKind : quint8 {
    Yes, // a count of states in favour
    No,
    Abstain,
    NonVoting,
    Members, // the membership of the body
    Sponsors, // the number of sponsors or co-authors
    Quantity, // a number that is not about the vote ("1,850 children")
    StateVote, // how one named state voted
    Present, // states that took part: yes + no + abstain ("160 took part")
    NotInFavour, // the complement of the yes votes: members - yes ("102 did not vote for it")
    Voting, // states present and voting, yes + no ("103 states voted either yes or no")
    Comparison, // one count against another ("more abstained than opposed"): kind vs compareWith
    // Procedure and identity (ProcedureReader reads them, ProcedureCheck checks them):
    Outcome, // adopted or rejected
    Majority, // the majority required, and whether it was reached
    Date, // the day of the vote (and its weekday, where the article gives one)
    Session, // the session the vote took place in
    Symbol, // the symbol of the resolution or draft
    Title, // the title of the resolution
};

/// "yes", "no", "abstain", "non_voting", "members", "sponsors", "quantity", "state_vote", "present",
/// "not_in_favour", "voting", "comparison", "outcome",
/// "majority", "date", "session", "symbol", "title".
QString claimKindKey(ClaimKind kind);
/// The vote a count claim is about, if it is one.
std::optional<Vote> voteOfKind(ClaimKind kind);
ClaimKind kindOfVote(Vote vote);
bool isVoteCount(ClaimKind kind);
/// Outcome, Majority, Date, Session, Symbol or Title.
bool isProcedure(ClaimKind kind);

/// \brief How exactly a count is claimed: "about 40", "more than 90", "nearly half".
enum class Approx : quint8 { Exact, About, MoreThan, LessThan, AtLeast, AtMost, Nearly };
/// "exact", "about", "more_than", "less_than", "at_least", "at_most", "nearly".
QString approxKey(Approx approx);
/// "", "about ", "nearly ", "more than ", "fewer than ", "at least ", "at most ": before a count.
QString approxWords(Approx approx);
/// Whether \a actual lies on the claimed side of \a claimed for a one-sided approximation ("more than",
/// "at least", "fewer than", "at most"); nullopt for the others.
std::optional<bool> boundHolds(Approx approx, double actual, double claimed);

/// \brief One checkable claim read from a sentence, and what the checker found.
struct Claim
{
    ClaimKind kind = ClaimKind::Quantity;
    qint64 claimed = 0; // the count the article gives
    std::optional<qint64> recorded; // the record's count, where the record holds one
    QString state; // ISO alpha-3, for StateVote
    bool notVote = false; // StateVote: "Belarus did not support the text": any vote but stateVote
    bool opposite = false; // a count with sameAs: "141 countries voted against Russia": the opposite of its vote
    bool others = false; // a count with sameAs: "ещё двенадцать", "twelve other": the state is not among them
    QString sameAs; // StateVote: "voted with Russia": the state whose recorded vote it claims (ISO alpha-3)
    bool aside = false; // unverifiable by its nature (a translated title): it sets the statement's
                        // verdict only when the statement claims nothing checkable beside it
    QString stateName;
    Vote stateVote = Vote::NonVoting; // claimed vote, for StateVote
    std::optional<Vote> recordedStateVote;
    std::optional<qint64> revisedFrom; // "initially 91"
    bool revisionExplained = false; // the sentence explains a change after the vote
    // StateVote in a sentence that reports something after the vote: a state the record shows as not
    // voting is said to have declared its vote later ("Costa Rica ... later declared its support").
    bool laterIfAbsent = false;
    bool anaphoric = false; // "put the number at 92": the figure the article gave before; the checker
                            // gives it the kind of the last count in earlier sentences
    bool groupBefore = false; // StateVote: "Among them, China and India": named among the group the
                              // sentence before counted; the checker gives it that group's vote
    bool echo = false; // "91 Stimmen" with no vote word: the count of that value the article gave before, if
                       // any; the checker gives it that count's kind
    qint64 groupOf = 0; // StateVote: "Washington and Budapest were among the 91": named among a count the
                        // article gave before; the checker gives it that count's vote
    bool voteBefore = false; // StateVote: "So did China", "L'Inde aussi.": the vote the sentence before gave
                             // its states; the checker gives it that vote
    bool listSize = false; // the number of states a list names ("3 states named as the 5 against"):
                           // checked against the record, not against the article's figures
    qint64 listOf = 0; // listSize: the number the list was named as ("the 5 against")
    QString otherTime; // "In March 2022", "three years ago": the sentence tells of a vote at another time
    int otherYear = 0; // the year it names, 0 when none
    bool otherDated = false; // otherYear is the year of the sentence's own date ("four years ago, on 2 March
                             // 2022"): in the record's year the sentence tells of the record's vote
    QString noun; // what a Quantity counts ("children")

    // Approximate, relative and compared counts.
    Approx approx = Approx::Exact;
    double tolerance = 0; // how far the record may be from an approximate claim and still match it
    std::optional<double> percent; // a share claimed in per cent ("47 per cent"; "two thirds" = 66.67)
    QString base; // what a share is of: "members", "voting" (yes + no), "present" (yes + no + abstain)
    ClaimKind compareWith = ClaimKind::Quantity; // Comparison: the smaller side ("than opposed")
    ClaimKind comparedKind = ClaimKind::Quantity; // Comparison: the side said to be larger ("more abstained")
    std::optional<double> factor; // Comparison: how many times larger ("seven times as many"), with approx
    std::optional<qint64> margin; // Comparison: by how many larger ("28 more", "outnumbered them by 45")

    // Procedure and identity claims.
    QString text; // Symbol, Title, Session, Majority: the claimed value as written or normalised
    QDate date; // Date
    int weekday = 0; // Date: 1 = Monday .. 7 = Sunday, 0 = not given
    std::optional<bool> adopted; // Outcome: adopted (true) or rejected (false); Majority: reached?

    QString rule; // how the count was read, e.g. "12 = Russia + 11 others"
    int start = 0; // span of the claim in the article, UTF-16 units
    int end = 0;

    Verdict verdict = Verdict::Consistent;
    QString explanation;
};
