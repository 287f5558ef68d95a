// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/countreader.h"

/// \brief What CountReader reads around a number before it decides what the number counts: states named
/// with it, bases, ratios, scopes, the votes a majority needed. Token indices are into ctx.tokens.
namespace CountClues {

/// The name of the member state \a iso3, or the code itself.
QString stateName(const QString& iso3);
/// "Russia and 11 other countries", "Rusia y otros 11 países": the states named before the number at
/// \a i, or none; \a scanFrom is set past "other", \a kind to the vote the phrase gives, if any.
QList<int> namedWithOthers(const SentenceContext& ctx, int i, int* scanFrom, std::optional<ClaimKind>* kind);
/// Whether the words from \a from name the membership ("member states", "Mitgliedstaaten").
bool isMemberNoun(const SentenceContext& ctx, int from);
/// Whether the number at \a i counts sponsors ("co-sponsored by 48 states").
bool nearSponsorWord(const SentenceContext& ctx, int i, int kindStart);
/// Whether the number at \a i is the base the sentence opens with ("Of the 176 delegations that took part").
bool opensWithBase(const SentenceContext& ctx, int i);
/// The token of a region's word from \a from up to the first comma, number or state, or -1.
int regionWordAfter(const SentenceContext& ctx, int from);
/// Whether the number at \a i is the membership after "of" ("of the UN's 193 members").
bool isMembershipAfterOf(const SentenceContext& ctx, int i);
/// The second number of a range starting at \a i ("between 55 and 60"), or -1.
int rangeEnd(const SentenceContext& ctx, int i);
/// Whether the number at \a i is the difference of a comparison ("28 more than").
bool isDifference(const SentenceContext& ctx, int i);
/// The token after "of" and an article at token \a j ("of the", "der", "de los"), or -1 when no "of" is there.
int pastOf(const SentenceContext& ctx, int j);
/// Whether the number at \a i is the votes a majority needed ("69 yes votes were required").
bool neededVotes(const SentenceContext& ctx, int i);
/// The second number of a ratio starting at \a i ("three in every four"), or -1.
int ratioSecond(const SentenceContext& ctx, int i);
/// What the base at \a i counts, when its relative clause says so ("that took part"); nullopt otherwise.
/// \a end, when given, is set to the token after the description; with \a relative, only a relative
/// clause or joined vote words ("of 103 yes and no votes") describe it.
std::optional<ClaimKind> baseKind(
    const SentenceContext& ctx, int i, int* end = nullptr, bool relative = false);
/// Whether the number at \a i counts the states named right after it ("die drei Sahelstaaten Mali, ...").
bool describesListAfter(const SentenceContext& ctx, int i);
/// Whether the count describes a list named before it ("Russia, Belarus ... : five states").
bool describesListBefore(const SentenceContext& ctx, int kindStart);
/// The token of a word restricting the count at \a i to part of the membership ("sechs afrikanische
/// Staaten"), or -1.
int scoped(const SentenceContext& ctx, int kindStart, int i);
/// For each token, whether it stands inside a quotation.
QList<bool> quoted(const Tokens& tokens);

/// "apenas el 48 % de los 193 Estados.": after a share, "of the N states" with nothing describing them is
/// the membership; the number's token, or -1.
int statesAfterOf(const SentenceContext& ctx, int j);
/// "der Staaten, die mit Ja oder Nein stimmten, ...": after a share at token \a j, states a relative clause
/// describes as those voting or present; that kind and the token after the clause.
std::pair<std::optional<ClaimKind>, int> describedBase(const SentenceContext& ctx, int j);

/// "141 countries voted against Russia": the state a vote phrase against follows within a few words of the
/// count at \a i, or -1.
int opposedState(const SentenceContext& ctx, int i);
/// "141 countries voted against Russia", "140 nations lining up against Moscow": makes \a c, the count at
/// \a i, the opposite of the opposed state's vote (which the checker reads from the record); false when no
/// state is opposed.
bool readOpposed(const SentenceContext& ctx, int i, Claim& c);

} // namespace CountClues
