// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/claim.h"
#include "core/check/lexicon.h"
#include "core/check/sentencetokens.h"

#include <optional>

/// \brief The phrases around a list of named states that say how they voted: the vote phrase after or
/// before the list, the clause between commas that may stand between, the separators inside the list.
/// Shared by StateListReader and its reading of capital cities.
namespace StatePhrases {

constexpr int maxFillers = 4;
constexpr int parentheticalWindow = 12; // words of a clause between commas after a list

/// The vote a lexicon tag names ("yes", "no", "abstain", "non_voting"); nullopt for one that names no
/// single vote ("not_in_favour").
std::optional<Vote> voteOfTag(const QString& tag);

/// After token \a from, "but" and a vote phrase other than \a other ("did not vote for it but abstained").
std::optional<LexMatch> voteInstead(const Lexicon& lex, const Tokens& tokens, int from, std::optional<Vote> other);
/// The vote a tag denies: "did not vote for it" (not_in_favour) Yes, "did not vote against" (not_against) No.
std::optional<Vote> deniedVote(const QString& tag);

/// The token after the fillers ("also", "traditionnellement", "на этот раз") that start at token \a j.
int pastFillers(const Lexicon& lex, const Tokens& tokens, int j);

/// The vote phrase after a list of states at token \a j: "voted against", or a count's plural vote
/// phrase of more than one word ("Le Mali et le Niger se sont prononcés contre"; "against" alone may be
/// a war's).
std::optional<LexMatch> votePhraseAt(const Lexicon& lex, const Tokens& tokens, int j);

/// A vote phrase at token \a j with an aside between commas inside it ("hat sich, wie erwartet,
/// enthalten"), or nullopt.
std::optional<LexMatch> votePhraseAround(const Lexicon& lex, const Tokens& tokens, int j);

/// The vote phrase ending just before token \a j ("votó en contra | junto a Rusia"), or nullopt.
std::optional<LexMatch> votePhraseBefore(const Lexicon& lex, const Tokens& tokens, int j);

/// The state backed by the states or the count at token \a k ("Росію підтримали лише чотири держави"), or -1.
int backedState(const Lexicon& lex, const Tokens& tokens, int k);
/// Whether the state at token \a k stands after a plain word, as its object ("між Росією", "unlike Poland").
bool isObject(const Lexicon& lex, const Tokens& tokens, int k);

/// "Serbia, reportedly, voted in favour", "Угорщина, попри напружені відносини з Києвом, голосувала
/// проти": the token after a parenthetical clause between commas starting at the comma \a j, when a
/// vote phrase follows it; else -1. The clause names no state and no number.
int parentheticalEnd(const Lexicon& lex, const Tokens& tokens, int j);

/// What a vote phrase after a list says: whether one was found, its vote, and where it ends.
struct After
{
    bool matched = false;
    std::optional<Vote> vote;
    int end = 0; // token after the phrase
    QString tag; // the phrase's tag: "not_in_favour", "not_against" say which vote the states did not cast
};

/// The vote a phrase after the list gives. A passive "backed by" is not a vote.
After voteAfter(const Lexicon& lex, const Tokens& tokens, int j);

/// The token after the list separators (",", "and", "as well as", articles) that start at token \a j.
int separatorEnd(const Lexicon& lex, const Tokens& tokens, int j);
/// The last state of the run of states joined by list separators that starts at token \a i ("Pékin et
/// New Delhi", "the Ugandan, Tanzanian and Ethiopian").
int stateRunEnd(const Lexicon& lex, const Tokens& tokens, int i);
/// Turns a country token back into the plain word it was written as ("close ties with Moscow").
void makeWord(Token& t);

/// Whether the list at token \a first opens its sentence or clause (past articles): "Ottawa, de son côté,
/// a voté pour", not "solidaires avec Moscou, ...".
bool startsClause(const Lexicon& lex, const Tokens& tokens, int first);

/// Where a list starting at token \a first begins with the articles and fillers before it ("Среди них —
/// также Азербайджан": the dash is skipped by the lexicon).
int stateListStart(const Lexicon& lex, const Tokens& tokens, int first);

/// "..., Burundi and the Sahel trio (Mali, Niger and Burkina Faso)", "along with the Gulf monarchies of
/// Saudi Arabia, the UAE and Qatar": a group described in a few words inside a list, whose members follow.
/// The first member's token, or -1; \a bracket is set when a bracket opened.
int describedMembers(const Lexicon& lex, const Tokens& tokens, int k, bool& bracket);
/// The named state in "votes with Russia", "проголосували разом із Росією" after token \a j, or -1.
int sameVoteAfter(const Lexicon& lex, const Tokens& tokens, int j);
/// States named with a likewise phrase before the vote ("The United States, together with Russia, voted
/// against") join \a list; matched only when a vote phrase follows.
After companionsAfter(const Lexicon& lex, const Tokens& tokens, QList<int>& list);
/// Appends to \a list the states a likewise phrase at token \a k names; the last one's index, or -1.
int likewiseAfter(const Lexicon& lex, const Tokens& tokens, int k, QList<int>& list);
/// A list set off by dashes or brackets ("Only five states \u2014 Russia, ... \u2014 voted against"): the
/// token after the closing dash or bracket, or -1; \a count is the number naming the group.
int appositionEnd(const Lexicon& lex, const Tokens& tokens, const QList<int>& list, std::optional<qint64>& count);

/// Whether the vote phrase \a m is a preposition alone ("pour", "for", "за"), a vote only in some places.
bool isPreposition(const Lexicon& lex, const Tokens& tokens, const LexMatch& m);
/// The vote of a list that opens its clause from the first vote phrase later in it ("Britain, France and
/// Germany lined up behind the new version and voted yes"), or nullopt: not past another state, a number,
/// a negation or a passive.
std::optional<Vote> clauseVote(const Lexicon& lex, const Tokens& tokens, const QList<int>& list);
/// Whether \a list only continues, in the same clause, the list that ends at token \a end.
bool continuesList(const Lexicon& lex, const Tokens& tokens, int end, const QList<int>& list);

/// A table row: "Österreich – dafür", "USA (253): Enthaltung": the states open the line, a colon or a dash
/// follows them, and a vote word ends it.
After tableRow(const Lexicon& lex, const Tokens& tokens, const QList<int>& list);
/// Whether \a list is the object of a word in an aside between commas after another state ("Монголія,
/// затиснута між Росією та Китаєм, ..."): the vote after the aside is that state's.
bool inAside(const Lexicon& lex, const Tokens& tokens, const QList<int>& list);
/// The token after a verb of backing at \a k and its subject's first words ("підтримали лише | чотири"), or \a k.
int pastBacking(const Lexicon& lex, const Tokens& tokens, int k);
/// The state the list at \a first backs ("Росію підтримали лише Білорусь", "... чотири держави: Білорусь"), or -1.
int backedFrom(const Lexicon& lex, const Tokens& tokens, int first);

/// Whether the sentence ends at token \a j with "too", "did the same", "aussi".
bool likewiseEnds(const Lexicon& lex, const Tokens& tokens, int j);
/// Whether nothing but companions ("along with India") and the full stop follows token \a j.
bool endsWithList(const Lexicon& lex, const Tokens& tokens, int j);
/// The article before a noun that describes the list at \a first, with up to two words before it ("die
/// großen Schwellenländer | China"), or \a first.
int describedStart(const Lexicon& lex, const Tokens& tokens, int first);
/// The vote phrase before a list ("Против голосовали Россия, ..."), or nullopt.
std::optional<LexMatch> stateBefore(const Lexicon& lex, const Tokens& tokens, int first);
/// The state after an aside inside a list ("and, surprisingly, North Korea"), or -1.
int listAsideEnd(const Lexicon& lex, const Tokens& tokens, int k);
/// Whether any vote phrase stands in the sentence.
bool hasVotePhrase(const Lexicon& lex, const Tokens& tokens);
/// "Junto a Moscú votaron Washington, Minsk y Pionyang": the state a sentence opens with after a likewise
/// phrase, before a vote verb that gives no vote and the list at \a first; or -1.
int votedWithBefore(const Lexicon& lex, const Tokens& tokens, int first);
/// Whether the state at token \a k, after a comma somewhere in [\a from, \a k), opens a clause of its own: a
/// vote phrase follows its run ("вместе с Москвой, Тбилиси не голосует", ", und Kamerun nahm nicht teil").
bool opensOwnClause(const Lexicon& lex, const Tokens& tokens, int from, int k);
/// "..., sahen China und Indien ab: Sie enthielten sich", "...: обидві держави голосували «проти»": the
/// vote phrase after a colon or dash at token \a j (past one word, a verb's particle) and a subject of a few words that
/// names no state; or nullopt.
std::optional<LexMatch> voteAfterPause(const Lexicon& lex, const Tokens& tokens, int j);
/// The count a list is named among ("Washington and Budapest were both among the 91", "Among the 91 were
/// the United States and Hungary"), or 0.
qint64 amongCount(const Lexicon& lex, const Tokens& tokens, const QList<int>& list);

} // namespace StatePhrases
