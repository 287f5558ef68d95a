// SPDX-License-Identifier: GPL-3.0-or-later
// What CountReader reads around a number before it decides what the number counts.
#include "core/check/countclues.h"

#include "core/check/countreader.h"
#include "core/check/lexicon.h"
#include "core/check/statephrases.h"
#include "core/record/memberstates.h"

namespace {

constexpr int ratioReach = 3; // words between a ratio's first number and "in every" ("delegation")
constexpr qint64 minYear = 1900; // "141 in 2022" is no ratio
constexpr int describedWords = 3; // words between a number and the states it counts ("drei Sahelstaaten")
constexpr int differenceReach = 4; // words from "more" to "than" ("28 more votes in favour than")
constexpr int neededReach = 4; // words from a count to "needed" ("69 yes votes were required")
constexpr int baseNounWords = 3; // words of the noun after a base ("delegations", "Estados miembros")
constexpr int baseVerbReach = 4; // words of its relative clause before "took part"
constexpr int scopeReach = 2; // words around a count that may restrict it to a region or group
constexpr int scopeClauseReach = 10; // words back to a region in the count's clause
constexpr int ofReach = 4; // tokens from "of" to the membership ("of the UN's 193")
constexpr int besidesReach = 12; // tokens from "besides Russia" to the count of the others
constexpr int relativeReach = 12; // words of a relative clause that describes a share's base
constexpr qint64 minShareMembership = 180; // "of the 193 states" after a share; "of the 141 states" is a part
constexpr int companionWords = 3; // words between "Neben Russland" and "elf weitere Staaten"

/// The first token of the run of states (with "and", commas, articles and, with \a fillers, fillers)
/// that ends at token \a last.
int runStart(const SentenceContext& ctx, int last, bool fillers)
{
    const Tokens& tokens = ctx.tokens;
    int first = last;
    while (first > 0
        && (tokens.at(first - 1).type == TokenType::Country
            || ctx.lex.isWord(tokens, first - 1, QStringLiteral("and")) || tokens.at(first - 1).text == u","
            || ctx.lex.isWord(tokens, first - 1, QStringLiteral("articles"))
            || (fillers && ctx.lex.isWord(tokens, first - 1, QStringLiteral("fillers")))))
        --first;
    return first;
}

/// The state tokens from \a first to \a last.
QList<int> statesIn(const Tokens& tokens, int first, int last)
{
    QList<int> states;
    for (int n = first; n <= last; ++n) {
        if (tokens.at(n).type == TokenType::Country)
            states.append(n);
    }
    return states;
}

/// "Проти, окрім Росії, проголосували одинадцять держав", "Apart from Russia, only four states voted
/// against": the states named after "besides" before the count, in its sentence, with no other number or
/// state between; the count is of the others.
QList<int> besidesBefore(const SentenceContext& ctx, int i)
{
    const Tokens& tokens = ctx.tokens;
    for (int k = i - 1; k >= 0 && k >= i - besidesReach; --k) {
        if (tokens.at(k).type == TokenType::Number || tokens.at(k).text == u";")
            return {};
        if (tokens.at(k).type != TokenType::Country)
            continue;
        int first = runStart(ctx, k, true);
        while (first < k && tokens.at(first).type != TokenType::Country
            && !ctx.lex.isWord(tokens, first, QStringLiteral("articles"))
            && !ctx.lex.isWord(tokens, first, QStringLiteral("fillers")))
            ++first;
        if (!ctx.lex.before(tokens, first, QStringLiteral("besides")))
            return {};
        return statesIn(tokens, first, k);
    }
    return {};
}

} // namespace

namespace CountClues {

QString stateName(const QString& iso3)
{
    const MemberState* m = MemberStates::find(iso3);
    return m ? m->name : iso3;
}

/// "Russia and 11 other countries", "Rusia y otros 11 países", "Росія та ще 11 країн": the states
/// named before the number, or none. Sets \a scanFrom past "other" when it follows the number.
QList<int> namedWithOthers(const SentenceContext& ctx, int i, int* scanFrom, std::optional<ClaimKind>* kind)
{
    const Tokens& tokens = ctx.tokens;
    int conj = -1;
    if (const auto after = ctx.lex.at(tokens, i + 1, QStringLiteral("other_after"))) {
        conj = i;
        *scanFrom = after->end;
    } else if (const auto before = ctx.lex.before(tokens, i, QStringLiteral("other_before"))) {
        conj = before->start;
    }
    if (conj < 0)
        return besidesBefore(ctx, i);
    int j = -1;
    if (const auto andPhrase = ctx.lex.before(tokens, conj, QStringLiteral("and"))) {
        j = andPhrase->start - 1;
    } else if (const auto like = ctx.lex.before(tokens, conj, QStringLiteral("likewise"));
               like && like->start > 0 && tokens.at(like->start - 1).type == TokenType::Country) {
        // "США та Росія разом із шістнадцятьма іншими державами виступили проти": the list right before.
        j = like->start - 1;
    } else if (like) {
        // "China, India and Brazil abstained, along with 70 others": the list before the vote phrase.
        int k = like->start;
        if (k > 0 && tokens.at(k - 1).text == u",")
            --k;
        const auto vote = ctx.lex.before(tokens, k, QStringLiteral("state_after"));
        if (!vote || vote->end != k)
            return {};
        *kind = CountReader::kindOfTag(vote->tag);
        if (!*kind || !isVoteCount(**kind))
            return {};
        j = vote->start - 1;
    } else {
        // "Neben Russland stimmten elf weitere Staaten mit Nein", "Besides Russia, 11 other countries
        // voted no": the states named after a likewise word a few words before the count.
        // "Крім Росії, «проти» висловилися ще 11 країн": quotes around a vote word count for nothing.
        int k = conj - 1;
        for (int words = 0; k >= 0 && words < companionWords
             && (tokens.at(k).type == TokenType::Word || SentenceTokens::isQuote(tokens.at(k)));
             --k)
            words += tokens.at(k).type == TokenType::Word ? 1 : 0;
        if (k >= 0 && tokens.at(k).text == u",")
            --k;
        if (k < 0 || tokens.at(k).type != TokenType::Country)
            return {};
        const int first = runStart(ctx, k, false);
        if (!ctx.lex.before(tokens, first, QStringLiteral("likewise")))
            return {};
        return statesIn(tokens, first, k);
    }
    QList<int> listed;
    while (j >= 0 && listed.size() < 200) {
        while (j >= 0 && tokens.at(j).text == u",")
            --j;
        if (j < 0 || tokens.at(j).type != TokenType::Country)
            break;
        listed.prepend(j);
        --j;
        if (j >= 0 && tokens.at(j).text == u",")
            --j;
        else if (const auto a = ctx.lex.before(tokens, j + 1, QStringLiteral("and")))
            j = a->start - 1;
        else
            break;
    }
    // "The United States joined Russia and 16 other countries", "die Vereinigten Staaten gemeinsam mit
    // Russland und sechzehn weiteren Staaten": the joiners count too.
    if (!listed.isEmpty()) {
        int first = listed.first();
        while (first > 0 && ctx.lex.isWord(tokens, first - 1, QStringLiteral("articles")))
            --first;
        auto joined = ctx.lex.before(tokens, first, QStringLiteral("joined"));
        if (!joined)
            joined = ctx.lex.before(tokens, first, QStringLiteral("likewise"));
        if (joined) {
            int from = joined->start - 1;
            // "Die Vereinigten Staaten stimmten gemeinsam mit ...": the verb may stand between.
            if (from > 0 && tokens.at(from).type == TokenType::Word && tokens.at(from - 1).type == TokenType::Country
                && !ctx.lex.isWord(tokens, from, QStringLiteral("and")))
                --from;
            for (int k = from; k >= 0; --k) {
                if (tokens.at(k).type == TokenType::Country)
                    listed.prepend(k);
                else if (tokens.at(k).text != u"," && !ctx.lex.isWord(tokens, k, QStringLiteral("and"))
                    && !ctx.lex.isWord(tokens, k, QStringLiteral("articles")))
                    break;
            }
        }
    }
    return listed;
}

bool isMemberNoun(const SentenceContext& ctx, int from)
{
    return CountReader::memberNounEnd(ctx, from) >= 0;
}

/// "co-authored by 48 states", "48 co-sponsors", "Соавторами резолюции выступили 48 государств",
/// "Quarante-huit États figuraient parmi les coauteurs": a sponsor word near the number, in its clause.
bool nearSponsorWord(const SentenceContext& ctx, int i, int kindStart)
{
    if (ctx.lex.before(ctx.tokens, kindStart, QStringLiteral("sponsors_before")))
        return true;
    // "the sponsors had 22 votes": votes are no sponsors.
    if (!ctx.lex.at(ctx.tokens, i + 1, QStringLiteral("votes"))) {
        for (int k = kindStart; k > 0 && k > kindStart - 3; --k) {
            const Token& prev = ctx.tokens.at(k - 1);
            if (prev.type == TokenType::Number
                || (prev.type == TokenType::Punct && !SentenceTokens::isQuote(prev)))
                break;
            if (ctx.lex.at(ctx.tokens, k - 1, QStringLiteral("sponsor_nouns")))
                return true;
        }
    }
    for (int k = i + 1; k < ctx.tokens.size() && k <= i + 4; ++k) {
        const Token& t = ctx.tokens.at(k);
        if (t.type == TokenType::Number || (t.type == TokenType::Punct && !SentenceTokens::isQuote(t)))
            break;
        if (ctx.lex.at(ctx.tokens, k, QStringLiteral("sponsor_nouns")))
            return true;
    }
    return false;
}

/// "Of the 103 states that voted yes or no, all but 12 ...": a number that opens the sentence as the
/// base of what follows is not itself a count of the vote it names.
bool opensWithBase(const SentenceContext& ctx, int i)
{
    int k = i;
    // "Of the remaining 90 member states, 57 abstained": a part of the membership, not the membership.
    const auto remaining = ctx.lex.before(ctx.tokens, k, QStringLiteral("other_before"));
    if (remaining)
        k = remaining->start;
    else if (isMemberNoun(ctx, i + 1))
        return false;
    if (const auto a = ctx.lex.before(ctx.tokens, k, QStringLiteral("articles")))
        k = a->start;
    const auto of = ctx.lex.before(ctx.tokens, k, QStringLiteral("of"));
    return of && of->start == 0;
}

/// "between 55 and 60 abstentions", "entre 55 et 60": the token of the range's second number when one
/// starts at token \a i, or -1.
int rangeEnd(const SentenceContext& ctx, int i)
{
    const Tokens& tokens = ctx.tokens;
    if (!ctx.lex.before(tokens, i, QStringLiteral("between")))
        return -1;
    auto join = ctx.lex.at(tokens, i + 1, QStringLiteral("and"));
    if (!join)
        join = ctx.lex.at(tokens, i + 1, QStringLiteral("to"));
    if (!join || join->end >= tokens.size() || tokens.at(join->end).type != TokenType::Number)
        return -1;
    return join->end;
}

/// The token of a region's word from token \a from up to the first comma, number or state, or -1: "De los
/// 33 países del Grupo de Estados de América Latina y el Caribe (Grulac), ...".
int regionWordAfter(const SentenceContext& ctx, int from)
{
    for (int k = from; k < ctx.tokens.size(); ++k) {
        const Token& t = ctx.tokens.at(k);
        if (t.text == u"," || t.type == TokenType::Number || t.type == TokenType::Country)
            return -1;
        if (ctx.lex.isWord(ctx.tokens, k, QStringLiteral("scope")))
            return k;
    }
    return -1;
}

/// Whether the number at token \a i is the membership after an "of" a few tokens before it ("of the UN's
/// 193 members"), with no relative clause after it ("of the 141 members that voted yes" is a count).
bool isMembershipAfterOf(const SentenceContext& ctx, int i)
{
    const Tokens& tokens = ctx.tokens;
    // "plus de cent États membres": "de" of an approximation is no "of".
    const auto approx = ctx.lex.before(tokens, i, QStringLiteral("approx"));
    for (int k = i - 1; k >= 0 && k >= i - ofReach; --k) {
        if (!ctx.lex.at(tokens, k, QStringLiteral("of")) || CountReader::membershipAfterOf(ctx, k) != i
            || (approx && approx->start <= k))
            continue;
        int end = CountReader::memberNounEnd(ctx, i + 1);
        if (end < 0)
            end = i + 2;
        if (end < tokens.size() && tokens.at(end).text == u",")
            ++end;
        return !ctx.lex.isWord(tokens, end, QStringLiteral("relatives"));
    }
    return false;
}

/// Whether the number at token \a i is the difference of a comparison: "28 more than", "на двадцять
/// більше, ніж тих, хто утримався" ("more" or "fewer" right after it, "than" a few words on).
bool isDifference(const SentenceContext& ctx, int i)
{
    const auto more = ctx.lex.at(ctx.tokens, i + 1, QStringLiteral("comparison"));
    if (!more || (more->tag != u"more" && more->tag != u"fewer"))
        return false;
    for (int k = more->end; k < ctx.tokens.size() && k <= more->end + differenceReach; ++k) {
        if (const auto than = ctx.lex.at(ctx.tokens, k, QStringLiteral("comparison"));
            than && than->tag == u"than")
            return true;
    }
    return false;
}

/// Whether the number at token \a i is the votes a majority needed: "69 yes votes were required",
/// "mindestens 69 Ja-Stimmen nötig", "вистачало 69 голосів", "69 of 103 needed".
int pastOf(const SentenceContext& ctx, int j)
{
    const auto of = ctx.lex.at(ctx.tokens, j, QStringLiteral("of"));
    if (!of)
        return -1;
    int k = of->end;
    if (const auto a = ctx.lex.at(ctx.tokens, k, QStringLiteral("articles")))
        k = a->end;
    return k;
}

bool neededVotes(const SentenceContext& ctx, int i)
{
    const Tokens& tokens = ctx.tokens;
    if (ctx.lex.before(tokens, i, QStringLiteral("needed")))
        return true;
    // "Nötig waren 69 der 103 abgegebenen Stimmen", "needed a two-thirds majority ..., namely 69 of the 103
    // votes cast": a part of the votes cast in a sentence about what was needed is the threshold.
    int of = i + 1;
    if (ctx.lex.isWord(tokens, of, QStringLiteral("state_nouns")) || ctx.lex.isWord(tokens, of, QStringLiteral("votes")))
        ++of;
    if (const int j = pastOf(ctx, of); j >= 0) {
        // The base is the votes cast: "of the 103 votes cast", "der 103 abgegebenen Ja- und Nein-Stimmen".
        const auto cast = j + 1 < tokens.size() ? ctx.lex.at(tokens, j + 1, QStringLiteral("count_after")) : std::nullopt;
        const auto castKind = cast ? CountReader::kindOfTag(cast->tag) : std::nullopt;
        if (j < tokens.size() && tokens.at(j).type == TokenType::Number && tokens.at(j).value > tokens.at(i).value
            && (castKind == ClaimKind::Voting || castKind == ClaimKind::Present)) {
            for (int k = 0; k < i; ++k) {
                if (ctx.lex.at(tokens, k, QStringLiteral("needed")))
                    return true;
            }
        }
    }
    for (int j = i + 1; j < tokens.size() && j <= i + neededReach; ++j) {
        const Token& t = tokens.at(j);
        if (t.type == TokenType::Punct && t.text != u"-")
            return false;
        if (t.type == TokenType::Country)
            return false;
        if (ctx.lex.at(tokens, j, QStringLiteral("needed")))
            return true;
    }
    return false;
}

/// "three in every four countries", "one delegation in six", "quatre pays sur dix", "tres de cada cuatro":
/// the token of the second number of a ratio that starts at token \a i, or -1.
int ratioSecond(const SentenceContext& ctx, int i)
{
    const Tokens& tokens = ctx.tokens;
    for (int k = i + 1; k < tokens.size() && k <= i + ratioReach; ++k) {
        if (tokens.at(k).type != TokenType::Word)
            return -1;
        if (const auto r = ctx.lex.at(tokens, k, QStringLiteral("ratio"));
            r && r->end < tokens.size() && tokens.at(r->end).type == TokenType::Number
            && tokens.at(r->end).value > tokens.at(i).value && tokens.at(r->end).value < minYear)
            return r->end;
    }
    return -1;
}

/// What the base at token \a i counts, when a relative clause says it: "Of the 176 delegations that took
/// part", "из 181 страны, принявшей участие в голосовании" (those present), "Of the 12 states that voted
/// against", or when joined vote words follow it ("141 von 146 Ja- und Nein-Stimmen"); nullopt otherwise.
/// \a end, when given, is set to the token after the description. With \a relative, only a relative
/// clause or joined vote words describe the base ("91 of the 103 states voted yes": the 91 voted).
std::optional<ClaimKind> baseKind(const SentenceContext& ctx, int i, int* end, bool relative)
{
    const Tokens& tokens = ctx.tokens;
    const auto described = [&](int k) -> std::optional<ClaimKind> {
        const auto m = ctx.lex.at(tokens, k, QStringLiteral("count_after"));
        if (!m)
            return std::nullopt;
        int to = m->end;
        const auto kind = CountReader::kindOfMatch(ctx, *m, &to);
        if (end)
            *end = to;
        return kind;
    };
    // "Из 35 воздержавшихся государств четыре ...": vote words right after the base describe it; after "91
    // of 193" only joined ones do ("voted yes" is the 91's vote).
    if (const auto kind = described(i + 1);
        kind == ClaimKind::Present || kind == ClaimKind::Voting || (kind && !relative && isVoteCount(*kind)))
        return kind;
    int k = i + 1;
    for (int n = 0; n < baseNounWords && k < tokens.size() && tokens.at(k).type == TokenType::Word
         && !ctx.lex.isWord(tokens, k, QStringLiteral("relatives"));
         ++n)
        ++k;
    if (k == i + 1)
        return std::nullopt; // "Of the 193, ...": no noun to describe
    if (k < tokens.size() && tokens.at(k).text == u",")
        ++k;
    if (ctx.lex.isWord(tokens, k, QStringLiteral("relatives")))
        ++k;
    else if (relative)
        return std::nullopt;
    for (int n = 0; n < baseVerbReach && k < tokens.size() && tokens.at(k).type == TokenType::Word; ++n, ++k) {
        if (ctx.lex.at(tokens, k, QStringLiteral("count_after"))) {
            // "Of the 12 states that voted against", "Entre los 33 países sin voto registrado": the group.
            const auto kind = described(k);
            if (kind && (isVoteCount(*kind) || kind == ClaimKind::Present || kind == ClaimKind::Voting))
                return kind;
            return std::nullopt;
        }
    }
    return std::nullopt;
}

/// "Mali, Burkina Faso and Niger \u2013 the three members of the Sahel alliance \u2013 voted against",
/// "Mali, Niger and Burkina Faso, the three Sahel juntas, ...": a number in an apposition right after
/// a list of states counts the states named, not the vote.
bool describesListBefore(const SentenceContext& ctx, int kindStart)
{
    // After a comma only with an article ("Mali and Niger, the two ..."): "China and India, 57 in all,
    // abstained" is a count.
    int k = kindStart - 1;
    bool article = false; // or "all": "\u2014 all three courted by Moscow \u2014"
    while (k >= 0
        && (ctx.lex.isWord(ctx.tokens, k, QStringLiteral("articles"))
            || ctx.lex.isWord(ctx.tokens, k, QStringLiteral("all")))) {
        --k;
        article = true;
    }
    if (k < 1 || !(SentenceTokens::isDash(ctx.tokens.at(k)) || (article && ctx.tokens.at(k).text == u",")))
        return false;
    return ctx.tokens.at(k - 1).type == TokenType::Country;
}

/// "die drei Sahelstaaten Mali, Niger und Burkina Faso", "трьох сахельських хунт (Малі, Нігеру й
/// Буркіна-Фасо)": a number that counts the states named right after it (a few words, then perhaps a
/// bracket, a dash or a colon between).
bool describesListAfter(const SentenceContext& ctx, int i)
{
    const Tokens& tokens = ctx.tokens;
    int k = i + 1;
    for (int n = 0; n < describedWords && k < tokens.size() && tokens.at(k).type == TokenType::Word; ++n)
        ++k;
    if (k < tokens.size()
        && (tokens.at(k).text == u"(" || tokens.at(k).text == u":" || SentenceTokens::isDash(tokens.at(k))))
        ++k;
    while (k < tokens.size() && ctx.lex.isWord(tokens, k, QStringLiteral("articles")))
        ++k;
    if (k >= tokens.size() || tokens.at(k).type != TokenType::Country)
        return false;
    return statesIn(tokens, k, StatePhrases::stateRunEnd(ctx.lex, tokens, k)).size() == tokens.at(i).value;
}

/// "Only four African states voted against", "Africa's 54 nations", "12 countries in the region": a
/// count of a part of the membership, which the record's totals cannot settle and no other count of the
/// article contradicts. The token of the word that restricts it, or -1.
int scoped(const SentenceContext& ctx, int kindStart, int i)
{
    const auto stop = [&](int k) {
        const Token& t = ctx.tokens.at(k);
        return t.type == TokenType::Number || t.type == TokenType::Country
            || (t.type == TokenType::Punct && t.text != u"'" && t.text != u"\u2019" && t.text != u"-");
    };
    // Anywhere before it in its clause: "Aus Afrika kamen nach einer Zählung des Vereins nur rund ein
    // Dutzend Ja-Stimmen"; not a compound ("Western-backed").
    // Not past the agent of a passive: "Der Entwurf der Europäer wurde von 93 Staaten unterstützt".
    const bool agent = kindStart > 0 && ctx.lex.isWord(ctx.tokens, kindStart - 1, QStringLiteral("passive"));
    for (int k = kindStart - 1; !agent && k >= 0 && k >= kindStart - scopeClauseReach && !stop(k); --k) {
        if (ctx.lex.isWord(ctx.tokens, k, QStringLiteral("scope"))
            && (k + 1 >= ctx.tokens.size() || ctx.tokens.at(k + 1).text != u"-"))
            return k;
    }
    for (int k = i + 1; k < ctx.tokens.size() && k <= i + scopeReach + 2 && !stop(k); ++k) {
        if (ctx.lex.at(ctx.tokens, k, QStringLiteral("count_after")) || ctx.lex.at(ctx.tokens, k, QStringLiteral("state_after")))
            break; // the vote phrase: what follows it is no part of the counted noun
        if (ctx.lex.isWord(ctx.tokens, k, QStringLiteral("scope")))
            return k;
    }
    return -1;
}

/// Per token: inside a quotation ("..." or «...»)?
QList<bool> quoted(const Tokens& tokens)
{
    QList<bool> inside(tokens.size());
    int depth = 0;
    bool straight = false;
    for (int k = 0; k < tokens.size(); ++k) {
        const QString& t = tokens.at(k).text;
        if (tokens.at(k).type == TokenType::Punct) {
            if (t == u"\u201C" || t == u"\u00AB")
                ++depth;
            else if ((t == u"\u201D" || t == u"\u00BB") && depth > 0)
                --depth;
            else if (t == u"\"")
                straight = !straight;
        }
        inside[k] = depth > 0 || straight;
    }
    return inside;
}

/// "apenas el 48 % de los 193 Estados.": after a share, "of the N states" with nothing describing them
/// is the membership; the number's token, or -1.
int statesAfterOf(const SentenceContext& ctx, int j)
{
    const int k = pastOf(ctx, j);
    if (k < 0 || k + 1 >= ctx.tokens.size() || ctx.tokens.at(k).type != TokenType::Number || ctx.tokens.at(k).percent
        || ctx.tokens.at(k).value < minShareMembership || !ctx.lex.isWord(ctx.tokens, k + 1, QStringLiteral("state_nouns")))
        return -1;
    return k + 2 >= ctx.tokens.size() || ctx.tokens.at(k + 2).type == TokenType::Punct ? k : -1;
}

/// "der Staaten, die mit Ja oder Nein stimmten, ...": after a share at token \a j, states described by a
/// relative clause as those voting or present; that kind and the token after the clause.
std::pair<std::optional<ClaimKind>, int> describedBase(const SentenceContext& ctx, int j)
{
    const Tokens& tokens = ctx.tokens;
    // "der Staaten" after "of"; an article alone will do too.
    int k = pastOf(ctx, j);
    if (k < 0) {
        k = j;
        if (const auto a = ctx.lex.at(tokens, k, QStringLiteral("articles")))
            k = a->end;
    }
    if (k + 2 >= tokens.size() || !ctx.lex.isWord(tokens, k, QStringLiteral("state_nouns"))
        || tokens.at(k + 1).text != u"," || !ctx.lex.isWord(tokens, k + 2, QStringLiteral("relatives")))
        return { std::nullopt, j };
    std::optional<ClaimKind> base;
    for (int e = k + 3; e < tokens.size() && e <= k + 3 + relativeReach; ++e) {
        const Token& t = tokens.at(e);
        if (t.text == u",")
            return { base, base ? e + 1 : j };
        if (t.type == TokenType::Punct || t.type == TokenType::Number)
            break;
        if (const auto m = ctx.lex.at(tokens, e, QStringLiteral("count_after")); m && !base) {
            const auto kind = CountReader::kindOfMatch(ctx, *m);
            if (kind == ClaimKind::Voting || kind == ClaimKind::Present)
                base = kind;
        }
    }
    return { std::nullopt, j };
}

int opposedState(const SentenceContext& ctx, int i)
{
    const Tokens& tokens = ctx.tokens;
    for (int n = i + 1; n < tokens.size() && n <= i + 4; ++n) {
        if (tokens.at(n).type != TokenType::Word)
            return -1;
        // A vote verb, not the bare preposition: "imposed sanctions against Russia" is no vote.
        const auto m = ctx.lex.at(tokens, n, QStringLiteral("count_after"));
        if (!m || StatePhrases::voteOfTag(m->tag) != Vote::No || m->end - m->start < 2)
            continue;
        int k = m->end;
        while (k < tokens.size() && ctx.lex.isWord(tokens, k, QStringLiteral("articles")))
            ++k;
        if (k >= tokens.size() || tokens.at(k).type != TokenType::Country || tokens.at(k).possessive)
            return -1;
        // Not a state that qualifies a noun: "voted against the US text".
        const int after = k + 1;
        const bool ends = after >= tokens.size() || tokens.at(after).type != TokenType::Word
            || ctx.lex.isWord(tokens, after, QStringLiteral("and"))
            || ctx.lex.isWord(tokens, after, QStringLiteral("relatives"))
            || ctx.lex.isWord(tokens, after, QStringLiteral("fillers"))
            || ctx.lex.before(tokens, after + 1, QStringLiteral("clause_openers"));
        return ends ? k : -1;
    }
    return -1;
}

bool readOpposed(const SentenceContext& ctx, int i, Claim& c)
{
    const int against = opposedState(ctx, i);
    if (against < 0)
        return false;
    c.kind = ClaimKind::No; // until the checker reads the vote of the state opposed
    c.sameAs = ctx.tokens.at(against).iso3;
    c.opposite = true;
    c.rule = QStringLiteral("%1 against %2").arg(c.claimed).arg(stateName(c.sameAs));
    if (c.approx != Approx::Exact) {
        c.tolerance = c.approx == Approx::About || c.approx == Approx::Nearly ? CountReader::countTolerance(c.claimed) : 0;
        c.rule = CountReader::approxRule(c.approx, c.claimed, c.tolerance) + QStringLiteral(", against ")
            + stateName(c.sameAs);
    }
    c.end = ctx.offset + ctx.tokens.at(against).end;
    return true;
}

} // namespace CountClues
