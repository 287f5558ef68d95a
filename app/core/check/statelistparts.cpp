// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of a list of states that StateListReader reads beside the vote phrase: described groups,
// companions, likewise phrases, lists set off by dashes or brackets, asides, table rows and the vote phrase
// before a list.
#include "core/check/statephrases.h"

namespace StatePhrases {

namespace {

constexpr int continuationReach = 12; // tokens between a list and one that continues it
constexpr int clauseReach = 16; // tokens from a list that opens its clause to a vote phrase later in it
constexpr int listAsideWords = 5; // words of an aside between commas inside a list ("which had wavered")
constexpr int describedWindow = 5; // words describing a group whose members a list names

} // namespace

/// "..., Burundi and the Sahel trio (Mali, Niger and Burkina Faso)", "... и три государства Сахеля \u2014
/// Мали, Буркина-Фасо и Нигер", "along with the Gulf monarchies of Saudi Arabia, the UAE and Qatar": a
/// group described in a few words, inside a list, whose members follow in brackets, after a dash or a
/// colon, or after "of". The first member's token, or -1; \a bracket is set when a bracket opened.
int describedMembers(const Lexicon& lex, const Tokens& tokens, int k, bool& bracket)
{
    for (int w = k; w < tokens.size() && w < k + describedWindow; ++w) {
        const Token& t = tokens.at(w);
        int f = -1;
        if (t.text == u"(" || t.text == u":" || SentenceTokens::isDash(t)) {
            f = w + 1;
        } else if (const auto of = lex.at(tokens, w, QStringLiteral("of"));
                   of && !lex.isWord(tokens, w, QStringLiteral("articles"))) {
            f = of->end;
        } else if (const auto such = lex.at(tokens, w, QStringLiteral("list_triggers"))) {
            f = such->end; // "Gulf states such as Saudi Arabia"
        } else if ((t.type != TokenType::Word && t.type != TokenType::Number)
            || lex.at(tokens, w, QStringLiteral("state_after"))
            || lex.at(tokens, w, QStringLiteral("count_after"))
            || lex.at(tokens, w, QStringLiteral("state_before"))) {
            return -1; // "Проти, окрім Росії, проголосували 11 держав: ...": a vote, not a description
        }
        if (f < 0)
            continue;
        if (w == k)
            return -1;
        while (f < tokens.size() && lex.isWord(tokens, f, QStringLiteral("articles")))
            ++f;
        if (f >= tokens.size() || tokens.at(f).type != TokenType::Country)
            return -1;
        bracket = t.text == u"(";
        return f;
    }
    return -1;
}

/// The named state in "votes with Russia", "se alinea con Rusia", "проголосували разом із Росією" after
/// token \a j (past fillers), or -1.
int sameVoteAfter(const Lexicon& lex, const Tokens& tokens, int j)
{
    j = pastFillers(lex, tokens, j);
    const auto m = lex.at(tokens, j, QStringLiteral("same_vote"));
    if (!m)
        return -1;
    int k = m->end;
    while (k < tokens.size() && lex.isWord(tokens, k, QStringLiteral("articles")))
        ++k;
    if (k >= tokens.size() || tokens.at(k).type != TokenType::Country)
        return -1;
    // "stimmten gemeinsam mit Russland gegen die Resolution": the vote is written out; the list is read so.
    int end = k + 1;
    while (end < tokens.size()) {
        const int n = separatorEnd(lex, tokens, end);
        if (n == end || n >= tokens.size() || tokens.at(n).type != TokenType::Country)
            break;
        end = n + 1;
    }
    return votePhraseAt(lex, tokens, end) ? -1 : k;
}

/// "The United States, together with Russia, voted against", "Die Vereinigten Staaten stimmten gemeinsam
/// mit Russland gegen": states named with a likewise phrase before the vote (or, where the verb comes
/// second, inside it) join \a list. Matched only when a vote phrase follows.
After companionsAfter(const Lexicon& lex, const Tokens& tokens, QList<int>& list)
{
    const int from = list.last() + 1;
    for (int gap = 0; gap < 2; ++gap) {
        int c = from + gap;
        if (gap == 0 && c < tokens.size() && tokens.at(c).text == u",")
            ++c;
        if (gap == 1 && (from >= tokens.size() || tokens.at(from).type != TokenType::Word))
            break;
        const auto like = lex.at(tokens, c, QStringLiteral("likewise"));
        if (!like)
            continue;
        int k = like->end;
        while (k < tokens.size() && lex.isWord(tokens, k, QStringLiteral("articles")))
            ++k; // "votent avec la Russie contre"
        if (k >= tokens.size() || tokens.at(k).type != TokenType::Country)
            continue;
        QList<int> companions;
        while (k < tokens.size() && tokens.at(k).type == TokenType::Country && companions.size() < 200) {
            companions.append(k);
            k = separatorEnd(lex, tokens, k + 1);
        }
        k = companions.last() + 1;
        After after;
        if (gap == 0) {
            after = voteAfter(lex, tokens, k);
        } else {
            // The verb before the companions and the rest of the vote phrase after them.
            Tokens probe { tokens.at(from) };
            probe.append(tokens.mid(k, 8));
            if (const auto m = lex.at(probe, 0, QStringLiteral("state_after")); m && m->end > 1)
                after = { true, voteOfTag(m->tag), k + m->end - 1 };
        }
        if (after.matched) {
            list.append(companions);
            return after;
        }
    }
    return {};
}

/// Appends to \a list the states a likewise phrase at token \a k (after an optional comma) names; the
/// last one's index, or -1 when there is none.
int likewiseAfter(const Lexicon& lex, const Tokens& tokens, int k, QList<int>& list)
{
    // "backed the resolution, and so did Israel", "voted against the measure \u2014 along with Russia":
    // past the vote's object (a few plain words) and a comma or a dash.
    const auto pause = [&](int i) {
        return i < tokens.size() && (tokens.at(i).text == u"," || SentenceTokens::isDash(tokens.at(i)));
    };
    for (int w = k; w < tokens.size() && w < k + 4 && tokens.at(w).type == TokenType::Word; ++w) {
        if (pause(w + 1)) {
            k = w + 1;
            break;
        }
    }
    if (pause(k))
        ++k;
    const auto like = lex.at(tokens, k, QStringLiteral("likewise"));
    if (!like)
        return -1;
    int last = -1;
    k = separatorEnd(lex, tokens, like->end);
    // "as did its neighbour Azerbaijan": a word or two before the state.
    for (int w = k; w < tokens.size() && w < k + 2 && tokens.at(w).type == TokenType::Word; ++w) {
        if (w + 1 < tokens.size() && tokens.at(w + 1).type == TokenType::Country) {
            k = w + 1;
            break;
        }
    }
    while (k < tokens.size()) {
        if (tokens.at(k).type != TokenType::Country) {
            // "and so did Sudan and the Sahel juntas of Mali, Burkina Faso and Niger", "along with the Gulf
            // monarchies of Saudi Arabia, the UAE and Qatar"
            bool bracket = false;
            const int f = describedMembers(lex, tokens, k, bracket);
            if (f < 0)
                break;
            k = f;
        }
        // "голосует против вместе с Москвой, Тбилиси не голосует вовсе": a state after a comma with a vote
        // phrase of its own opens a clause.
        if (last >= 0 && opensOwnClause(lex, tokens, last + 1, k))
            break;
        list.append(k);
        last = k;
        k = separatorEnd(lex, tokens, k + 1);
        if (k < tokens.size() && tokens.at(k).text == u")")
            k = separatorEnd(lex, tokens, k + 1);
    }
    return last;
}

/// "Only five states \u2014 Russia, Belarus, North Korea, Eritrea and Syria \u2014 voted against", "five
/// states (Russia, ...) voted against": a list set off by dashes or brackets. The token after the closing
/// dash or bracket, or -1; \a count is set to the number naming the group before the opening one.
int appositionEnd(const Lexicon& lex, const Tokens& tokens, const QList<int>& list, std::optional<qint64>& count)
{
    int o = list.first() - 1;
    while (o >= 0 && lex.isWord(tokens, o, QStringLiteral("articles")))
        --o;
    int c = list.last() + 1;
    // "(including Russia and Belarus)", "(Russia and Belarus among them)": a part of the group.
    bool part = false;
    if (const auto t = lex.before(tokens, o + 1, QStringLiteral("list_triggers"))) {
        o = t->start - 1;
        part = true;
    } else if (const auto t = lex.at(tokens, c, QStringLiteral("list_triggers"))) {
        c = t->end;
        part = true;
    }
    if (o < 0 || c >= tokens.size())
        return -1;
    const Token& open = tokens.at(o);
    const Token& close = tokens.at(c);
    const bool dashes = SentenceTokens::isDash(open) && SentenceTokens::isDash(close);
    const bool brackets = open.text == u"(" && close.text == u")";
    if (!dashes && !brackets)
        return -1;
    int n = o - 1;
    while (n >= 0 && lex.isWord(tokens, n, QStringLiteral("state_nouns")))
        --n;
    if (!part && n >= 0 && n < o - 1 && tokens.at(n).type == TokenType::Number)
        count = tokens.at(n).value;
    return c + 1;
}

bool isPreposition(const Lexicon& lex, const Tokens& tokens, const LexMatch& m)
{
    return m.end - m.start < 2 && lex.isWord(tokens, m.start, QStringLiteral("vote_prepositions"));
}

/// The fallback for a list that opens its clause when no phrase next to it gives its vote: the first vote
/// phrase later in the clause, a few words on ("Britain, France and Germany lined up behind the beefed-up
/// version and voted yes"). Nothing when another state, a number, a negation or a passive comes first.
std::optional<Vote> clauseVote(const Lexicon& lex, const Tokens& tokens, const QList<int>& list)
{
    // "Dass auch Israel zustimmte", "while China abstained": a conjunction may open the clause.
    const int start = stateListStart(lex, tokens, list.first());
    const auto opener = lex.before(tokens, start, QStringLiteral("clause_openers"));
    if (!startsClause(lex, tokens, start) && !(opener && startsClause(lex, tokens, opener->start)))
        return std::nullopt;
    // "проголосували \u00ABза\u00BB": a vote word alone between quotes.
    const auto quotedVote = [&](int k) {
        if (!SentenceTokens::isQuote(tokens.at(k)) || k + 1 >= tokens.size())
            return false;
        auto m = lex.at(tokens, k + 1, QStringLiteral("state_after"));
        if (!m)
            m = lex.at(tokens, k + 1, QStringLiteral("count_after"));
        return m && m->end < tokens.size() && SentenceTokens::isQuote(tokens.at(m->end));
    };
    for (int k = list.last() + 1; k < tokens.size() && k <= list.last() + clauseReach; ++k) {
        const Token& t = tokens.at(k);
        if (quotedVote(k))
            continue;
        // Nor into a quotation: "Kyiv's envoy called it \u201Ca vote for peace\u201D". Nor past a negation,
        // unless it opens the vote phrase: "Ecuador, que no votó, ...".
        const bool negation = lex.isWord(tokens, k, QStringLiteral("negations"))
            || lex.isWord(tokens, k, QStringLiteral("list_negations"));
        if (t.type == TokenType::Country || t.type == TokenType::Number || t.text == u";" || t.text == u":"
            || SentenceTokens::isQuote(t)
            || (negation && !lex.at(tokens, k, QStringLiteral("state_after"))))
            return std::nullopt;
        // "Qatar was expected to vote in favour but abstained": a vote foreseen, then the one cast (if any);
        // "decided to vote in favour" is the vote.
        if (k > 0 && lex.isWord(tokens, k, QStringLiteral("infinitive"))
            && lex.before(tokens, k, QStringLiteral("unreal"))) {
            auto meant = lex.at(tokens, k + 1, QStringLiteral("intended"));
            if (!meant)
                meant = votePhraseAt(lex, tokens, k + 1);
            if (!meant)
                return std::nullopt;
            const auto cast = voteInstead(lex, tokens, meant->end, voteOfTag(meant->tag));
            return cast ? voteOfTag(cast->tag) : std::nullopt;
        }
        for (const QString role : { QStringLiteral("state_after"), QStringLiteral("count_after") }) {
            const auto m = lex.at(tokens, k, role);
            if (!m)
                continue;
            const auto vote = voteOfTag(m->tag);
            // Later in the clause, a preposition alone must end it: "pour protéger les enfants" is no vote.
            if (isPreposition(lex, tokens, *m) && m->end < tokens.size()
                && tokens.at(m->end).type != TokenType::Punct)
                continue;
            // "Russia was supported only by Belarus": a passive, whose subject did not vote so.
            if (!vote || lex.at(tokens, pastFillers(lex, tokens, m->end), QStringLiteral("passive")))
                return std::nullopt;
            return vote;
        }
    }
    return std::nullopt;
}

/// Whether \a list only continues the list that ends at token \a end and ends its clause: within a few
/// tokens, past nothing but separators, descriptions and numbers ("..., alongside a group of Pacific partners
/// including", "... dazu die Militärregierungen in"), and no vote phrase, negation, new clause or semicolon.
bool continuesList(const Lexicon& lex, const Tokens& tokens, int end, const QList<int>& list)
{
    const int first = list.first();
    if (first - end > continuationReach)
        return false;
    // It ends its clause: "..., y EE. UU. vota junto a Rusia" has a verb of its own.
    const int after = pastFillers(lex, tokens, list.last() + 1);
    if (after < tokens.size() && tokens.at(after).type != TokenType::Punct
        && !lex.isWord(tokens, after, QStringLiteral("and"))
        && !lex.at(tokens, after, QStringLiteral("likewise")))
        return false;
    for (int k = end + 1; k < first; ++k) {
        const Token& t = tokens.at(k);
        if (t.type == TokenType::Country || t.text == u";" || t.text == u"."
            || lex.isWord(tokens, k, QStringLiteral("negations"))
            || lex.isWord(tokens, k, QStringLiteral("list_negations"))
            || lex.at(tokens, k, QStringLiteral("clause_openers")))
            return false;
        for (const QString role : { QStringLiteral("state_after"), QStringLiteral("count_after"),
                 QStringLiteral("state_before"), QStringLiteral("same_vote") }) {
            if (const auto m = lex.at(tokens, k, role); m && m->end <= first)
                return false;
        }
        // ", die die Ukraine und die EU vorgelegt hatten": a relative clause (its pronoun not the list's
        // own article).
        if (t.text == u"," && lex.isWord(tokens, k + 1, QStringLiteral("relatives"))
            && !(k + 2 < tokens.size() && tokens.at(k + 2).type == TokenType::Country))
            return false;
    }
    // The list opens after a separator: not "ties with the United States".
    const int start = stateListStart(lex, tokens, first);
    if (start == 0)
        return false;
    const Token& before = tokens.at(start - 1);
    return before.type == TokenType::Punct || lex.isWord(tokens, start - 1, QStringLiteral("and"))
        || lex.before(tokens, start, QStringLiteral("list_separators"))
        || lex.before(tokens, start, QStringLiteral("likewise"))
        || lex.before(tokens, start, QStringLiteral("list_triggers"))
        || lex.before(tokens, start, QStringLiteral("list_exhaustive"));
}

/// A table row: "Österreich – dafür", "Russia: against", "Китай — утримався": the states open the line, a
/// colon or a dash follows them, and a vote word ends it.
After tableRow(const Lexicon& lex, const Tokens& tokens, const QList<int>& list)
{
    int first = list.first();
    while (first > 0 && lex.isWord(tokens, first - 1, QStringLiteral("articles")))
        --first;
    int sep = list.last() + 1;
    // "USA (253): Enthaltung": a figure in brackets may follow the state.
    if (sep + 2 < tokens.size() && tokens.at(sep).text == u"(" && tokens.at(sep + 1).type == TokenType::Number
        && tokens.at(sep + 2).text == u")")
        sep += 3;
    if (first != 0 || sep + 1 >= tokens.size()
        || !(tokens.at(sep).text == u":" || SentenceTokens::isDash(tokens.at(sep))))
        return {};
    for (const QString role : { QStringLiteral("group_before"), QStringLiteral("count_after") }) {
        const auto m = lex.at(tokens, sep + 1, role);
        if (!m)
            continue;
        int end = m->end;
        while (end < tokens.size() && tokens.at(end).type == TokenType::Punct)
            ++end;
        const auto vote = voteOfTag(m->tag);
        if (end == tokens.size() && vote)
            return { true, vote, m->end };
    }
    return {};
}


/// Whether \a list is the object of a word in a clause between commas after another state: "Монголія,
/// затиснута між Росією та Китаєм, ...", "ЮАР, в отличие от Бразилии, ...". The vote after it is that
/// state's.
bool inAside(const Lexicon& lex, const Tokens& tokens, const QList<int>& list)
{
    const int after = list.last() + 1;
    if (after >= tokens.size() || tokens.at(after).text != u"," || !isObject(lex, tokens, list.first())
        || !votePhraseAt(lex, tokens, pastFillers(lex, tokens, after + 1)))
        return false; // not "..., mais pas par le Mexique, qui s'est abstenu"
    for (int k = stateListStart(lex, tokens, list.first()) - 1; k > 0 && k >= list.first() - parentheticalWindow; --k) {
        const Token& t = tokens.at(k);
        if (t.text == u",")
            return tokens.at(k - 1).type == TokenType::Country;
        if (t.type != TokenType::Word)
            return false;
    }
    return false;
}

/// The token after a verb of backing at \a k and the words of its subject before a number or a state
/// ("підтримали лише | чотири"), or \a k.
int pastBacking(const Lexicon& lex, const Tokens& tokens, int k)
{
    const auto backed = lex.at(tokens, k, QStringLiteral("backed_after"));
    if (!backed)
        return k;
    int j = backed->end;
    while (j < tokens.size()
        && (lex.isWord(tokens, j, QStringLiteral("only")) || lex.isWord(tokens, j, QStringLiteral("fillers"))
            || lex.isWord(tokens, j, QStringLiteral("other_before"))))
        ++j;
    return j < tokens.size() && (tokens.at(j).type == TokenType::Number || tokens.at(j).type == TokenType::Country)
        ? j
        : k;
}

/// The state the list at \a first backs: right after the verb ("Росію підтримали лише Білорусь"), or after
/// the count and a colon ("Росію підтримали лише чотири держави: Білорусь, ..."); or -1.
int backedFrom(const Lexicon& lex, const Tokens& tokens, int first)
{
    int k = stateListStart(lex, tokens, first);
    if (const int s = backedState(lex, tokens, k); s >= 0)
        return s;
    if (k < 2 || (tokens.at(k - 1).text != u":" && !SentenceTokens::isDash(tokens.at(k - 1))))
        return -1;
    k -= 2;
    while (k > 0 && lex.isWord(tokens, k, QStringLiteral("state_nouns")))
        --k;
    return k >= 0 && tokens.at(k).type == TokenType::Number ? backedState(lex, tokens, k) : -1;
}

/// Whether the sentence ends at token \a j with "too", "did the same", "aussi" (past a clause between
/// commas: "Türkiye, a NATO member that has hosted talks, did the same.").
bool likewiseEnds(const Lexicon& lex, const Tokens& tokens, int j)
{
    if (j < tokens.size() && tokens.at(j).text == u",") {
        int k = j + 1;
        while (k < tokens.size() && k <= j + 2 * parentheticalWindow && tokens.at(k).text != u","
            && tokens.at(k).type != TokenType::Country && tokens.at(k).type != TokenType::Number)
            ++k;
        if (k < tokens.size() && tokens.at(k).text == u",")
            j = k + 1;
    }
    const auto too = lex.at(tokens, j, QStringLiteral("likewise_after"));
    return too && (too->end >= tokens.size() || tokens.at(too->end).type == TokenType::Punct);
}

/// Whether nothing but companions ("along with India and Brazil") and the full stop follows token \a j:
/// "So did China itself, along with India." and no more.
bool endsWithList(const Lexicon& lex, const Tokens& tokens, int j)
{
    j = separatorEnd(lex, tokens, j);
    if (const auto like = lex.at(tokens, j, QStringLiteral("likewise"))) {
        for (j = separatorEnd(lex, tokens, like->end); j < tokens.size() && tokens.at(j).type == TokenType::Country;
             j = separatorEnd(lex, tokens, j + 1)) {
        }
    }
    return j >= tokens.size() || (tokens.at(j).type == TokenType::Punct && tokens.at(j).text != u",");
}

int describedStart(const Lexicon& lex, const Tokens& tokens, int first)
{
    const auto plain = [&](int k) {
        return k >= 0 && tokens.at(k).type == TokenType::Word && !SentenceTokens::isQuote(tokens.at(k))
            && !lex.isWord(tokens, k, QStringLiteral("articles")) && !lex.isWord(tokens, k, QStringLiteral("of"))
            && !lex.isWord(tokens, k, QStringLiteral("and")) && !lex.isWord(tokens, k, QStringLiteral("relatives"))
            && !lex.isWord(tokens, k, QStringLiteral("negations"));
    };
    int a = first - 1;
    while (a >= first - 3 && plain(a))
        --a;
    return a < first - 1 && a > 0 && lex.isWord(tokens, a, QStringLiteral("articles")) ? a : first;
}

/// The vote phrase before a list: "Против голосовали Россия, ...", "Mit Nein stimmten unter anderem
/// Russland, ..." (a trigger such as "among others" may stand between).
std::optional<LexMatch> stateBefore(const Lexicon& lex, const Tokens& tokens, int first)
{
    // "Se sont prononcés contre la Russie, ...", "Серед тих, хто утримався, – також Вірменія".
    while (first > 0
        && (lex.isWord(tokens, first - 1, QStringLiteral("articles"))
            || lex.isWord(tokens, first - 1, QStringLiteral("fillers"))))
        --first;
    if (const auto lead = lex.before(tokens, first, QStringLiteral("state_before")))
        return lead;
    if (const int d = describedStart(lex, tokens, first); d < first) {
        if (const auto lead = lex.before(tokens, stateListStart(lex, tokens, d), QStringLiteral("state_before")))
            return lead;
    }
    // "Gegen den Text votierten neben Russland nur Belarus, ...", "Против высказались, помимо самой России,
    // лишь Белоруссия": companions named between the vote phrase and the list.
    {
        int k = first;
        if (k > 0 && tokens.at(k - 1).text == u",")
            --k;
        int c = k;
        while (c > 0 && (tokens.at(c - 1).type == TokenType::Country || lex.isWord(tokens, c - 1, QStringLiteral("articles"))
                            || lex.isWord(tokens, c - 1, QStringLiteral("fillers")) || lex.isWord(tokens, c - 1, QStringLiteral("and"))))
            --c;
        if (c < k && tokens.at(c).type != TokenType::Punct) {
            bool named = false;
            for (int n = c; n < k; ++n)
                named = named || tokens.at(n).type == TokenType::Country;
            if (const auto like = lex.before(tokens, c, QStringLiteral("likewise")); like && named) {
                int v = like->start;
                if (v > 0 && tokens.at(v - 1).text == u",")
                    --v;
                if (const auto lead = lex.before(tokens, v, QStringLiteral("state_before")))
                    return lead;
            }
        }
    }
    // "Против вместе с Соединёнными Штатами голосовали также Израиль": companions inside the vote phrase;
    // read the phrase without them.
    for (int b = first - 2; b >= 1 && b >= first - 10; --b) {
        const auto like = lex.at(tokens, b, QStringLiteral("likewise"));
        int named = like ? like->end : first;
        while (named < first && lex.isWord(tokens, named, QStringLiteral("articles")))
            ++named;
        if (named >= first || tokens.at(named).type != TokenType::Country)
            continue;
        const int run = stateRunEnd(lex, tokens, named);
        if (run + 1 >= first)
            continue;
        Tokens probe = tokens.mid(0, b);
        probe.append(tokens.mid(run + 1, first - run - 1));
        if (const auto lead = lex.before(probe, int(probe.size()), QStringLiteral("state_before"));
            lead && lead->end == probe.size() && lead->start < b)
            return LexMatch { lead->start, first, lead->tag };
    }
    // "Проти, окрім самої Росії, проголосували лише Білорусь": a companion clause between commas inside
    // the vote phrase; read the phrase without it.
    for (int e = first - 1; e > 0 && e >= first - maxFillers; --e) {
        if (tokens.at(e).text != u",")
            continue;
        for (int b = e - 1; b > 0 && b >= e - parentheticalWindow; --b) {
            if (tokens.at(b).text != u",")
                continue;
            // "Утрималася, на подив багатьох, і Грузія": or an aside that names no state and no number.
            const bool aside = std::none_of(tokens.cbegin() + b + 1, tokens.cbegin() + e, [](const Token& t) {
                return t.type == TokenType::Country || t.type == TokenType::Number || SentenceTokens::isQuote(t);
            });
            if (aside || lex.at(tokens, b + 1, QStringLiteral("likewise"))) {
                Tokens probe = tokens.mid(0, b);
                probe.append(tokens.mid(e + 1, first - e - 1));
                if (const auto lead = lex.before(probe, int(probe.size()), QStringLiteral("state_before"))) {
                    if (lead->end == probe.size())
                        return LexMatch { lead->start, first, lead->tag };
                }
            }
            break;
        }
        break;
    }
    // "Против выступили, в частности, Россия, ...": the trigger may stand between commas.
    const auto comma = [&](int i) { return i > 0 && tokens.at(i - 1).text == u"," ? i - 1 : i; };
    if (const auto t = lex.before(tokens, comma(first), QStringLiteral("list_triggers")))
        return lex.before(tokens, comma(t->start), QStringLiteral("state_before"));
    return std::nullopt;
}

/// The state after an aside that starts at token \a k inside a list and ends with a comma followed by the
/// list's separators ("and, surprisingly, North Korea"); -1 when there is none or the aside has a vote.
int listAsideEnd(const Lexicon& lex, const Tokens& tokens, int k)
{
    for (int c = k; c < tokens.size() && c <= k + listAsideWords; ++c) {
        const Token& t = tokens.at(c);
        if (t.text == u",") {
            const int m = separatorEnd(lex, tokens, c);
            return c > k && m > c && m < tokens.size() && tokens.at(m).type == TokenType::Country ? m : -1;
        }
        if (t.type != TokenType::Word || votePhraseAt(lex, tokens, c))
            return -1;
    }
    return -1;
}

/// Whether any vote phrase stands in the sentence.
bool hasVotePhrase(const Lexicon& lex, const Tokens& tokens)
{
    for (int k = 0; k < tokens.size(); ++k) {
        for (const QString role : { QStringLiteral("state_after"), QStringLiteral("state_before"),
                 QStringLiteral("count_after"), QStringLiteral("group_before") }) {
            if (const auto m = lex.at(tokens, k, role); m && voteOfTag(m->tag))
                return true;
        }
    }
    return false;
}

qint64 amongCount(const Lexicon& lex, const Tokens& tokens, const QList<int>& list)
{
    const auto count = [&](int n) {
        const bool plain = n >= 0 && n < tokens.size() && tokens.at(n).type == TokenType::Number
            && !tokens.at(n).percent && !tokens.at(n).roughly;
        return plain ? tokens.at(n).value : 0;
    };
    // After the list, the count ending its clause: "... were both among the 91."
    if (const auto m = lex.at(tokens, pastFillers(lex, tokens, list.last() + 1), QStringLiteral("among"))) {
        const int n = m->end;
        if (n + 1 >= tokens.size() || tokens.at(n + 1).type == TokenType::Punct)
            return count(n);
    }
    // Before it, at the sentence's start: "Among the 91 were Washington and Budapest."
    const int start = stateListStart(lex, tokens, list.first());
    for (int n = start - 1; n >= 1 && n >= start - 2; --n) {
        if (const auto m = lex.before(tokens, n, QStringLiteral("among")); m && m->start == 0)
            return count(n);
    }
    return 0;
}

} // namespace StatePhrases
