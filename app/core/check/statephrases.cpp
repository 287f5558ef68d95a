// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/statephrases.h"

#include "core/check/countreader.h"

namespace {

constexpr int relativeWindow = 14; // tokens of a relative clause between a state and its vote
constexpr int amongWords = 5; // words between "among the" and its vote phrase ("Pacific nations that")
constexpr int maxPhraseTokens = 10; // tokens after an aside in which a vote phrase ends

} // namespace

namespace StatePhrases {

std::optional<Vote> voteOfTag(const QString& tag)
{
    // "did not vote for it" (not_in_favour) says no single vote; "demand" (yes_count) is said of counts
    // only: "91 nations demand", not "Russia demands".
    if (tag.endsWith(QStringLiteral("_count")))
        return std::nullopt;
    const auto kind = CountReader::kindOfTag(tag);
    return kind ? voteOfKind(*kind) : std::nullopt;
}

std::optional<Vote> deniedVote(const QString& tag)
{
    if (tag == u"not_in_favour")
        return Vote::Yes;
    if (tag == u"not_against")
        return Vote::No;
    return std::nullopt;
}

/// The token after the fillers ("also", "traditionnellement", "на этот раз") that start at token \a j.
int pastFillers(const Lexicon& lex, const Tokens& tokens, int j)
{
    for (int n = 0; n < maxFillers; ++n) {
        const auto f = lex.at(tokens, j, QStringLiteral("fillers"));
        if (!f)
            break;
        j = f->end;
    }
    return j;
}

/// The vote phrase after a list of states at token \a j: "voted against", or a count's plural vote
/// phrase of more than one word ("Le Mali et le Niger se sont prononcés contre"; "against" alone may be
/// a war's).
std::optional<LexMatch> votePhraseAt(const Lexicon& lex, const Tokens& tokens, int j)
{
    if (const auto m = lex.at(tokens, j, QStringLiteral("state_after")))
        return m;
    if (const auto c = lex.at(tokens, j, QStringLiteral("count_after")); c && c->end - c->start > 1)
        return c;
    return std::nullopt;
}

/// "Auch Ägypten hat sich, wie es Diplomaten erwartet hatten, enthalten", "Russia has, as expected, voted
/// against": a vote phrase at token \a j with an aside between commas inside it (no state, no number).
std::optional<LexMatch> votePhraseAround(const Lexicon& lex, const Tokens& tokens, int j)
{
    for (int open = j + 1; open < tokens.size() && open <= j + 2; ++open) {
        // "stimmten \u2013 wie Deutschland und der Großteil Europas \u2013 für die Resolution": between dashes,
        // an aside that opens with a likewise phrase may name states.
        const bool dash = SentenceTokens::isDash(tokens.at(open));
        if (tokens.at(open).text != u"," && !dash)
            continue;
        const bool likewise = dash && lex.at(tokens, open + 1, QStringLiteral("likewise"));
        for (int close = open + 2; close < tokens.size() && close <= open + parentheticalWindow; ++close) {
            const Token& t = tokens.at(close);
            const bool closes = dash ? SentenceTokens::isDash(t) : t.text == u",";
            if ((t.type == TokenType::Country && !likewise) || t.type == TokenType::Number
                || (t.type == TokenType::Punct && !closes && !(likewise && t.text == u",")))
                return std::nullopt;
            if (!closes)
                continue;
            Tokens probe = tokens.mid(j, open - j);
            probe.append(tokens.mid(close + 1, maxPhraseTokens));
            const auto m = votePhraseAt(lex, probe, 0);
            if (!m || m->end <= open - j)
                return std::nullopt; // the phrase must go on past the aside
            return LexMatch { j, close + 1 + m->end - (open - j), m->tag };
        }
        return std::nullopt;
    }
    return std::nullopt;
}

/// The vote phrase ending just before token \a j ("votó en contra | junto a Rusia"), or nullopt.
std::optional<LexMatch> votePhraseBefore(const Lexicon& lex, const Tokens& tokens, int j)
{
    if (const auto m = lex.before(tokens, j, QStringLiteral("state_after")))
        return m;
    // "Gegen den Text votierten | neben Russland ...": a vote phrase that opens a list.
    if (const auto m = lex.before(tokens, j, QStringLiteral("state_before")))
        return m;
    if (const auto c = lex.before(tokens, j, QStringLiteral("count_after")); c && c->end - c->start > 1)
        return c;
    return std::nullopt;
}

/// "Росію підтримали лише чотири держави", "Россию поддержали ещё семнадцать государств": the state that
/// opens the clause as the object of a verb of backing, before the states or the count that start at token
/// \a k (past "only", "more" and fillers); its token, or -1.
int backedState(const Lexicon& lex, const Tokens& tokens, int k)
{
    while (k > 0
        && (lex.isWord(tokens, k - 1, QStringLiteral("only")) || lex.isWord(tokens, k - 1, QStringLiteral("fillers"))
            || lex.isWord(tokens, k - 1, QStringLiteral("articles"))
            || lex.isWord(tokens, k - 1, QStringLiteral("other_before"))))
        --k;
    const auto backed = lex.before(tokens, k, QStringLiteral("backed_after"));
    if (!backed || backed->start == 0)
        return -1;
    const int state = backed->start - 1;
    if (tokens.at(state).type != TokenType::Country)
        return -1;
    const int start = stateListStart(lex, tokens, state);
    return start == 0 || tokens.at(start - 1).type == TokenType::Punct ? state : -1;
}

/// Whether the state at token \a k stands after a plain word, as its object: "між Росією", "unlike
/// Poland", not after "and", a separator, a likewise phrase, a list trigger or a relative pronoun.
bool isObject(const Lexicon& lex, const Tokens& tokens, int k)
{
    const int start = stateListStart(lex, tokens, k);
    if (start == 0 || tokens.at(start - 1).type != TokenType::Word)
        return false;
    for (const char* role : { "and", "list_separators", "likewise", "list_triggers", "list_exhaustive",
             "relatives", "clause_openers", "state_before", "count_before", "group_before", "same_vote" }) {
        if (lex.before(tokens, start, QString::fromLatin1(role)))
            return false;
    }
    return true;
}

/// "Serbia, reportedly, voted in favour", "Угорщина, попри напружені відносини з Києвом, голосувала
/// проти": the token after a parenthetical clause between commas starting at the comma \a j, when a
/// vote phrase follows it; else -1. The clause names no state and no number.
int parentheticalEnd(const Lexicon& lex, const Tokens& tokens, int j)
{
    // "..., обычно солидарные с Москвой, на этот раз воздержались", "... – les trois membres de
    // l'Alliance des Etats du Sahel – se sont prononcés contre": commas or dashes around it.
    const bool dash = SentenceTokens::isDash(tokens.at(j));
    bool described = false; // the last state named describes the list ("затиснута між Росією та Китаєм")
    int previous = -1; // the last state named
    for (int k = j + 1; k < tokens.size() && k <= j + (dash ? 2 * parentheticalWindow : parentheticalWindow);
         ++k) {
        const Token& t = tokens.at(k);
        if (dash ? SentenceTokens::isDash(t) : t.text == u",") {
            const int v = pastFillers(lex, tokens, k + 1);
            return k > j + 1 && votePhraseAt(lex, tokens, v) ? k + 1 : -1;
        }
        // A number may describe the list: "\u2013 the three members of the alliance \u2013", ", the three
        // Sahel juntas,".
        const bool count = t.type == TokenType::Number
            && (dash || (k > j + 1 && lex.isWord(tokens, k - 1, QStringLiteral("articles"))));
        // "— партнёры России по БРИКС —": a state after a noun describes the list, in dashes.
        // ", long regarded as Russia's closest friend in the Balkans,": a possessive, between commas too.
        // The tokenizer drops the "'s" of "Russia's": more than a space lies between the name and the next
        // token.
        const bool possessive = (k + 1 < tokens.size() && tokens.at(k + 1).type == TokenType::Word
                                    && tokens.at(k + 1).start > t.end + 1)
            || lex.isWord(tokens, k - 1, QStringLiteral("of"));
        // ", затиснута між Росією та Китаєм,", ", unlike Poland,": a state after a plain word is its
        // object, and so are the states joined to it.
        const bool joined = described && separatorEnd(lex, tokens, previous + 1) == k;
        const bool modifier = t.type == TokenType::Country && k > j + 1
            && ((tokens.at(k - 1).type == TokenType::Word && !lex.isWord(tokens, k - 1, QStringLiteral("and"))
                    && !lex.at(tokens, k - 1, QStringLiteral("list_separators"))
                    && (dash || isObject(lex, tokens, k)))
                || possessive || joined);
        if (t.type == TokenType::Country) {
            described = modifier;
            previous = k;
        }
        if ((t.type == TokenType::Country && !modifier) || (t.type == TokenType::Number && !count)
            || (t.type == TokenType::Punct && !SentenceTokens::isQuote(t) && t.text != u"'"
                && t.text != u"\u2019"))
            return -1;
    }
    return -1;
}

std::optional<LexMatch> voteAfterPause(const Lexicon& lex, const Tokens& tokens, int j)
{
    const int k = j < tokens.size() && tokens.at(j).type == TokenType::Word ? j + 1 : j; // past a particle: "ab:"
    if (k >= tokens.size() || (tokens.at(k).text != u":" && !SentenceTokens::isDash(tokens.at(k))))
        return std::nullopt;
    // A subject first ("Sie", "обидві держави", "its delegation"), not the text: "від Росії: резолюцію
    // підтримала 141 країна" is no vote of Russia's.
    for (int w = k + 2; w < tokens.size() && w <= k + 4; ++w) {
        if (tokens.at(w - 1).type != TokenType::Word || lex.isWord(tokens, w - 1, QStringLiteral("vote_context")))
            return std::nullopt;
        if (const auto m = votePhraseAt(lex, tokens, pastFillers(lex, tokens, w)))
            return m;
    }
    return std::nullopt;
}

/// "did not vote for the text but abstained", "sondern enthielt sich": after token \a from (past up to three
/// words of an object and a comma), "but" and a vote phrase whose vote is not \a other; that phrase.
std::optional<LexMatch> voteInstead(const Lexicon& lex, const Tokens& tokens, int from, std::optional<Vote> other)
{
    int k = from;
    while (k < tokens.size() && k < from + 3 && tokens.at(k).type == TokenType::Word
        && !lex.at(tokens, k, QStringLiteral("rather")))
        ++k;
    if (k < tokens.size() && tokens.at(k).text == u",")
        ++k;
    const auto rather = lex.at(tokens, k, QStringLiteral("rather"));
    // "Не підтримали документ і Іран із Кубою: обидві держави голосували «проти»": past a colon or a dash.
    const auto instead = rather ? votePhraseAt(lex, tokens, pastFillers(lex, tokens, rather->end)) : voteAfterPause(lex, tokens, k);
    if (!instead || !voteOfTag(instead->tag) || voteOfTag(instead->tag) == other)
        return std::nullopt;
    return instead;
}

/// The vote a phrase after the list gives. A passive "backed by" is not a vote.
After voteAfter(const Lexicon& lex, const Tokens& tokens, int j)
{
    // "The United States, which wrote the resolution, also abstained": past a relative clause;
    // "Ще 12 держав, серед них Венесуела та Азербайджан, не голосували": past the closing comma.
    // "(Cuba and Nicaragua) voted no": past the bracket that closes the list.
    if (j < tokens.size() && (tokens.at(j).text == u")" || tokens.at(j).text == u"]"))
        ++j;
    // "Вірменія ж, член ОДКБ, утрималася": past a particle before the clause.
    if (const int f = pastFillers(lex, tokens, j); f > j && f < tokens.size() && tokens.at(f).text == u",")
        j = f;
    if (j < tokens.size() && SentenceTokens::isDash(tokens.at(j))) {
        if (const int k = parentheticalEnd(lex, tokens, j); k > 0)
            j = k;
    } else if (j < tokens.size() && tokens.at(j).text == u",") {
        if (lex.isWord(tokens, j + 1, QStringLiteral("relatives"))) {
            int k = j + 2;
            // "Syria, which sided with Moscow on Ukraine in 2022, also opposed the text"; "Argentina, whose
            // president, Javier Milei, counts himself among ..., opposed the resolution": the comma the vote
            // follows, else the first.
            int first = -1;
            for (int c = j + 2; c < tokens.size() && c < j + 2 * relativeWindow; ++c) {
                if (tokens.at(c).text != u",")
                    continue;
                if (first < 0)
                    first = c;
                int v = c + 1;
                v = pastFillers(lex, tokens, v);
                if (votePhraseAt(lex, tokens, v)) {
                    first = c;
                    break;
                }
            }
            while (k < tokens.size() && k < j + 14 && tokens.at(k).text != u",")
                ++k;
            if (first >= 0 && first != k && first < j + 2 * relativeWindow)
                k = first;
            if (k < tokens.size() && tokens.at(k).text == u",") {
                j = k + 1;
            } else if (const auto m = lex.at(tokens, j + 2, QStringLiteral("state_after"));
                       m && (m->end >= tokens.size() || tokens.at(m->end).type == TokenType::Punct)) {
                // "..., mais pas par le Mexique, qui s'est abstenu.": the vote is the relative clause
                // that ends the sentence.
                return { true, voteOfTag(m->tag), m->end };
            }
        } else if (const int k = parentheticalEnd(lex, tokens, j); k > 0) {
            j = k;
        } else {
            ++j;
        }
    }
    j = pastFillers(lex, tokens, j);
    // "Benin and the Bahamas were among the 19 states that did not vote".
    if (const auto among = lex.at(tokens, j, QStringLiteral("among_after"))) {
        int k = among->end;
        if (k < tokens.size() && tokens.at(k).type == TokenType::Number)
            ++k;
        // "were among the 19 states that did not vote", "were among the opponents", "were among the Pacific
        // nations that voted in favour", "were among those abstaining", "оказались среди 19 стран, не
        // принявших участия" (a comma before a participle): the vote phrase a few words on.
        for (const int from = k; k < tokens.size() && k <= from + amongWords; ++k) {
            for (const char* role : { "state_after", "count_after" }) {
                if (const auto m = lex.at(tokens, k, QString::fromLatin1(role)))
                    return { true, voteOfTag(m->tag), m->end };
            }
            if (tokens.at(k).type != TokenType::Word && tokens.at(k).text != u",")
                break;
        }
    }
    // "urged Qatar to vote against", "was expected to vote in favour but abstained": a vote not cast, unless
    // the one cast follows.
    if (lex.isWord(tokens, j, QStringLiteral("infinitive"))) {
        auto meant = lex.at(tokens, j + 1, QStringLiteral("intended"));
        if (!meant)
            meant = votePhraseAt(lex, tokens, j + 1);
        if (!meant)
            return {};
        if (const auto cast = voteInstead(lex, tokens, meant->end, voteOfTag(meant->tag)))
            return { true, voteOfTag(cast->tag), cast->end, cast->tag };
        return { true, std::nullopt, meant->end, QString() };
    }
    auto m = votePhraseAt(lex, tokens, j);
    if (!m)
        m = votePhraseAround(lex, tokens, j);
    if (!m)
        m = voteAfterPause(lex, tokens, j); // "..., sahen China und Indien ab: Sie enthielten sich"
    if (!m || lex.at(tokens, m->end, QStringLiteral("passive")))
        return {};
    // "Kenia stimmte diesmal nicht zu, sondern enthielt sich": a vote denied, then the one given instead (not
    // the one denied: "did not support the text but voted for a paragraph").
    if (!voteOfTag(m->tag)) {
        if (const auto instead = voteInstead(lex, tokens, m->end, deniedVote(m->tag)))
            return { true, voteOfTag(instead->tag), instead->end, instead->tag };
    }
    return { true, voteOfTag(m->tag), m->end, m->tag };
}

int separatorEnd(const Lexicon& lex, const Tokens& tokens, int j)
{
    for (int n = 0; n < 8 && j < tokens.size(); ++n) {
        const auto m = lex.at(tokens, j, QStringLiteral("list_separators"));
        if (!m)
            break;
        j = m->end;
    }
    return j;
}

int stateRunEnd(const Lexicon& lex, const Tokens& tokens, int i)
{
    int last = i;
    for (int j = i + 1; j < tokens.size();) {
        const int k = separatorEnd(lex, tokens, j);
        if (k == j || k >= tokens.size() || tokens.at(k).type != TokenType::Country)
            break;
        last = k;
        j = k + 1;
    }
    return last;
}

void makeWord(Token& t)
{
    t.type = TokenType::Word;
    t.text = t.text.toLower();
    t.iso3.clear();
    t.capital = false;
    t.demonym = false;
}

/// Whether the list at token \a first opens its sentence or clause (past articles): "Ottawa, de son côté,
/// a voté pour", not "solidaires avec Moscou, ...".
bool startsClause(const Lexicon& lex, const Tokens& tokens, int first)
{
    while (first > 0 && lex.isWord(tokens, first - 1, QStringLiteral("articles")))
        --first;
    return first == 0 || tokens.at(first - 1).type == TokenType::Punct;
}

/// Where a list starting at token \a first begins with the articles and fillers before it ("Среди них —
/// также Азербайджан": the dash is skipped by the lexicon).
int stateListStart(const Lexicon& lex, const Tokens& tokens, int first)
{
    while (first > 0
        && (lex.isWord(tokens, first - 1, QStringLiteral("articles"))
            || lex.isWord(tokens, first - 1, QStringLiteral("fillers"))))
        --first;
    return first;
}

int votedWithBefore(const Lexicon& lex, const Tokens& tokens, int first)
{
    // The vote verb: one or two words, one of them a word of voting, right before the list.
    int k = stateListStart(lex, tokens, first) - 1;
    bool voting = false;
    for (int n = 0; n < 2 && k > 0 && tokens.at(k).type == TokenType::Word; ++n, --k)
        voting = voting || lex.isWord(tokens, k, QStringLiteral("vote_context"));
    if (!voting || k < 1 || tokens.at(k).type != TokenType::Country)
        return -1;
    // The state before it, after a likewise phrase that opens the sentence.
    int s = k;
    while (s > 0 && tokens.at(s - 1).type == TokenType::Country)
        --s;
    while (s > 0 && lex.isWord(tokens, s - 1, QStringLiteral("articles")))
        --s;
    const auto like = lex.before(tokens, s, QStringLiteral("likewise"));
    return like && pastFillers(lex, tokens, 0) >= like->start ? k : -1;
}

bool opensOwnClause(const Lexicon& lex, const Tokens& tokens, int from, int k)
{
    return std::any_of(tokens.cbegin() + from, tokens.cbegin() + k, [](const Token& t) { return t.text == u","; })
        && votePhraseAt(lex, tokens, pastFillers(lex, tokens, stateRunEnd(lex, tokens, k) + 1)).has_value();
}

} // namespace StatePhrases
