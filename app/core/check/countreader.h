// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/claim.h"
#include "core/check/sentencetokens.h"

#include <optional>

class Lexicon;
struct LexMatch;

/// \brief What the claim readers share about one sentence.
struct SentenceContext
{
    const Lexicon& lex;
    const Tokens& tokens;
    int offset = 0; // of the sentence in the article
    bool explained = false; // the sentence reports a change after the vote
    bool voteSentence = false; // the sentence is about a vote
    QList<bool> taken; // tokens another reader has read (a fraction's "two" is no count)
};

/// \brief Reads the counts a sentence gives, in any language its lexicon describes: "91 states voted
/// for", "against: 12", "by 91 votes to 12", "Russia and 11 other countries" (= 12), "91 of the 193
/// members", approximate counts ("about 40", "more than 90", "all but 12"), percentages ("47 per
/// cent of members"), complements ("102 did not vote for it") and turnout ("160 took part").
class CountReader
{
public:
    static constexpr int afterWindow = 14; // words looked at after a number for its vote phrase

    static void read(SentenceContext& ctx, QList<Claim>& claims);

    /// The claim kind a count_after / count_before tag names ("yes" .. "present").
    static std::optional<ClaimKind> kindOfTag(const QString& tag);
    /// The kind a vote phrase match \a m (count_after, count_before or count_near) names, with the vote words
    /// joined to it: "said yes or no", "Ja- und Nein-Stimmen", "«за» або «проти»" are those voting; with
    /// abstentions, those present. \a end, when given, is moved past the joined words.
    static std::optional<ClaimKind> kindOfMatch(
        const SentenceContext& ctx, const LexMatch& m, int* end = nullptr);
    /// The kind a vote phrase after token \a from gives, looking up to the next number (and, when
    /// \a clauseOnly, the next comma).
    static std::optional<ClaimKind> kindAfter(const SentenceContext& ctx, int from, bool clauseOnly);
    /// The kind a count_near phrase up to three words before token \a i gives ("за резолюцію
    /// проголосували 91").
    static std::optional<ClaimKind> kindNear(const SentenceContext& ctx, int i);
    /// The kind of a share or fraction that starts at token \a start and ends before token \a after: a
    /// count_before phrase, a vote phrase in the clause after it, a count_near phrase, then any vote
    /// phrase after it.
    static std::optional<ClaimKind> kindOfShare(const SentenceContext& ctx, int start, int after);
    /// Reads the approximation just before token \a i; sets \a start to its first token.
    static Approx approxBefore(const SentenceContext& ctx, int i, int* start, bool* allBut);
    /// The token after a members noun starting within three words of \a from ("member states",
    /// "членів ООН"), or -1.
    static int memberNounEnd(const SentenceContext& ctx, int from);
    /// The token of "193" in "of the UN's 193 member states" starting at token \a j ("of"), or -1: a
    /// number of members after "of" and at most four other words.
    static int membershipAfterOf(const SentenceContext& ctx, int j);
    /// The membership claim of the number at token \a k ("of the 193 member states").
    static Claim membersClaim(const SentenceContext& ctx, int k);
    /// The tolerance of an approximate count: 5% of the claimed count, at least 3 states.
    static double countTolerance(qint64 claimed);
    /// "about 40 (37 to 43: within ±3, 5% of the count or 3 states, whichever is larger)" and the like.
    static QString approxRule(Approx approx, qint64 claimed, double tolerance);
};
