// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/countreader.h"

#include "core/check/lexicon.h"
#include "core/record/memberstates.h"

#include <QtMath>

namespace {

constexpr int negationReach = 2; // words between "not" and the vote phrase ("nicht eben zugestimmt")
constexpr int nearWindow = 3; // words looked at before it for a count_near phrase
constexpr int shareSubjectReach = 8; // words back from a share to the vote noun of its subject

bool isClauseEnd(const Token& t, bool clauseOnly)
{
    if (t.type == TokenType::Number)
        return true;
    if (t.type != TokenType::Punct)
        return false;
    if (t.text == u";" || t.text == u"(" || t.text == u")")
        return true;
    return clauseOnly && (t.text == u"," || t.text == u"." || t.text == u"!" || t.text == u"?");
}

/// The index of the ")" closing a "(" at \a j within a few words, or -1.
int closingBracket(const Tokens& tokens, int j)
{
    if (tokens.at(j).text != u"(")
        return -1;
    for (int k = j + 1; k < tokens.size() && k <= j + 40; ++k) {
        if (tokens.at(k).text == u")")
            return k;
        if (tokens.at(k).text == u"(")
            return -1;
    }
    return -1;
}

} // namespace

// The kinds, approximations and membership a count's phrases give: CountReader's lookups, shared with
// the relative and share readers.

int CountReader::memberNounEnd(const SentenceContext& ctx, int from)
{
    for (int j = from; j < ctx.tokens.size() && j < from + 3; ++j) {
        if (ctx.tokens.at(j).type != TokenType::Word)
            return -1;
        if (const auto m = ctx.lex.at(ctx.tokens, j, QStringLiteral("members"))) {
            int end = m->end;
            while (end < ctx.tokens.size() && end < m->end + 2
                && ctx.lex.isWord(ctx.tokens, end, QStringLiteral("member_modifiers")))
                ++end;
            return end;
        }
        if (!ctx.lex.isWord(ctx.tokens, j, QStringLiteral("member_modifiers")))
            return -1;
    }
    return -1;
}

std::optional<ClaimKind> CountReader::kindOfTag(const QString& tag)
{
    if (tag == u"yes" || tag == u"yes_count")
        return ClaimKind::Yes;
    if (tag == u"no")
        return ClaimKind::No;
    if (tag == u"abstain")
        return ClaimKind::Abstain;
    if (tag == u"non_voting")
        return ClaimKind::NonVoting;
    if (tag == u"not_in_favour")
        return ClaimKind::NotInFavour;
    if (tag == u"present")
        return ClaimKind::Present;
    if (tag == u"voting")
        return ClaimKind::Voting;
    return std::nullopt;
}

std::optional<ClaimKind> CountReader::kindOfMatch(const SentenceContext& ctx, const LexMatch& m, int* end)
{
    const Lexicon& lex = ctx.lex;
    const Tokens& tokens = ctx.tokens;
    const std::optional<ClaimKind> first = kindOfTag(m.tag);
    if (!first || !isVoteCount(*first))
        return first;
    const auto pastMarks = [&](int j) { // "«за» або «проти»", "Ja- und Nein-Stimmen"
        while (j < tokens.size() && (SentenceTokens::isQuote(tokens.at(j)) || tokens.at(j).text == u"-"))
            ++j;
        return j;
    };
    const auto bit = [](ClaimKind k) { return 1u << unsigned(k); };
    unsigned kinds = bit(*first);
    for (int j = pastMarks(m.end); j < tokens.size();) {
        // "либо голосовали против, либо воздержались": a comma before the next "either"; "voted against,
        // abstained or stayed away": a comma alone.
        if (tokens.at(j).text == u"," && lex.at(tokens, j + 1, QStringLiteral("either")))
            ++j;
        auto join = lex.at(tokens, j, QStringLiteral("or"));
        if (!join)
            join = lex.at(tokens, j, QStringLiteral("either"));
        if (!join && tokens.at(j).text == u",")
            join = LexMatch { j, j + 1, QString() };
        if (!join)
            join = lex.at(tokens, j, QStringLiteral("and"));
        if (!join)
            break;
        const int k = pastMarks(join->end);
        auto next = lex.at(tokens, k, QStringLiteral("count_after"));
        if (!next)
            next = lex.at(tokens, k, QStringLiteral("count_before"));
        const std::optional<ClaimKind> kind = next ? kindOfTag(next->tag) : std::nullopt;
        if (!kind || !isVoteCount(*kind))
            break;
        kinds |= bit(*kind);
        j = pastMarks(next->end);
        if (end)
            *end = next->end;
    }
    const unsigned voting = bit(ClaimKind::Yes) | bit(ClaimKind::No);
    if (kinds == voting)
        return ClaimKind::Voting;
    if (kinds == (voting | bit(ClaimKind::Abstain)))
        return ClaimKind::Present;
    if (kinds == (bit(ClaimKind::No) | bit(ClaimKind::Abstain) | bit(ClaimKind::NonVoting)))
        return ClaimKind::NotInFavour; // "either voted against, abstained or stayed away"
    if (kinds != bit(*first))
        return std::nullopt; // "abstained or stayed away": no kind the record counts
    // "einhundert Länder haben eben nicht zugestimmt": a negated yes is not in favour.
    if (*first == ClaimKind::Yes) {
        for (int k = m.start - 1;
             k >= 0 && k >= m.start - negationReach && tokens.at(k).type == TokenType::Word; --k) {
            if (lex.isWord(tokens, k, QStringLiteral("negations")))
                return ClaimKind::NotInFavour;
        }
    }
    return first;
}

std::optional<ClaimKind> CountReader::kindAfter(const SentenceContext& ctx, int from, bool clauseOnly)
{
    int end = from + afterWindow;
    for (int j = from; j < ctx.tokens.size() && j < end; ++j) {
        // "Five countries (Russia, Belarus, ...) opposed the text": past a closed bracket.
        if (const int close = closingBracket(ctx.tokens, j); close > 0) {
            end += close - j;
            j = close;
            continue;
        }
        // "Серед 19 країн, що не голосували": a comma before a relative clause ends no clause; after
        // another number ("47 per cent of the UN's 193 members, which means ...") it tells of that one.
        if (ctx.tokens.at(j).text == u"," && ctx.lex.isWord(ctx.tokens, j + 1, QStringLiteral("relatives"))) {
            bool describes = false; // "що не голосували", "die mit Ja oder Nein stimmten": a vote phrase soon
            for (int k = j + 2; k < ctx.tokens.size() && k <= j + 4 && !describes; ++k)
                describes = ctx.lex.at(ctx.tokens, k, QStringLiteral("count_after")).has_value()
                    || ctx.tokens.at(k).type == TokenType::Country; // "Quinze Etats, dont le Maroc, ..."
            if (!describes)
                break;
            continue;
        }
        if (isClauseEnd(ctx.tokens.at(j), clauseOnly))
            break;
        // "якщо рахувати разом противників, утриманих і відсутніх": what the count takes in, not its kind.
        if (const auto c = ctx.lex.at(ctx.tokens, j, QStringLiteral("counting"))) {
            int k = c->end; // "including Belarus and Syria" names states of the count
            while (k < ctx.tokens.size() && ctx.lex.isWord(ctx.tokens, k, QStringLiteral("articles")))
                ++k;
            if (k >= ctx.tokens.size() || ctx.tokens.at(k).type != TokenType::Country)
                return std::nullopt;
        }
        if (const auto m = ctx.lex.at(ctx.tokens, j, QStringLiteral("count_after"))) {
            // "die weder Ja noch Nein sagten": not one vote of the two; which, the words do not say.
            if (ctx.lex.before(ctx.tokens, m->start, QStringLiteral("list_negations")))
                return std::nullopt;
            // "abstentions comprises": what the count takes in.
            if (ctx.lex.at(ctx.tokens, m->end, QStringLiteral("counting")))
                return std::nullopt;
            // "45 countries imposed sanctions against Russia": a lone preposition with a state after it is no
            // vote.
            int k = m->end;
            while (k < ctx.tokens.size() && ctx.lex.isWord(ctx.tokens, k, QStringLiteral("articles")))
                ++k;
            if (m->end - m->start == 1 && kindOfTag(m->tag) == ClaimKind::No && k < ctx.tokens.size()
                && ctx.tokens.at(k).type == TokenType::Country) {
                j = k;
                continue;
            }
            return kindOfMatch(ctx, *m);
        }
    }
    return std::nullopt;
}

std::optional<ClaimKind> CountReader::kindNear(const SentenceContext& ctx, int i)
{
    for (int k = i; k > 0 && k > i - nearWindow; --k) {
        const Token& prev = ctx.tokens.at(k - 1);
        if (prev.type == TokenType::Number
            || (prev.type == TokenType::Punct && !SentenceTokens::isQuote(prev)))
            break;
        if (const auto m = ctx.lex.before(ctx.tokens, k, QStringLiteral("count_near")))
            return kindOfTag(m->tag);
    }
    return std::nullopt;
}

Approx CountReader::approxBefore(const SentenceContext& ctx, int i, int* start, bool* allBut)
{
    *start = i;
    *allBut = false;
    const bool roughly = i < ctx.tokens.size() && ctx.tokens.at(i).roughly; // "une quarantaine de pays"
    const auto m = ctx.lex.before(ctx.tokens, i, QStringLiteral("approx"));
    if (!m)
        return roughly ? Approx::About : Approx::Exact;
    if (roughly && (m->tag == u"about" || m->tag == u"all_but"))
        return Approx::About; // "environ une quarantaine"; "all but a dozen" is left to the exact reading
    *start = m->start;
    if (m->tag == u"about")
        return Approx::About;
    if (m->tag == u"nearly")
        return Approx::Nearly;
    if (m->tag == u"more_than")
        return Approx::MoreThan;
    if (m->tag == u"less_than")
        return Approx::LessThan;
    if (m->tag == u"at_least")
        return Approx::AtLeast;
    if (m->tag == u"at_most")
        return Approx::AtMost;
    *allBut = true;
    return Approx::Exact;
}

double CountReader::countTolerance(qint64 claimed)
{
    return std::max(3.0, std::floor(0.05 * double(claimed)));
}

QString CountReader::approxRule(Approx approx, qint64 claimed, double tolerance)
{
    switch (approx) {
    case Approx::About:
        return QStringLiteral(
            "about %1 = %2 to %3: within \u00B1%4, 5% of the count or 3 states, whichever is larger")
            .arg(claimed)
            .arg(claimed - qint64(tolerance))
            .arg(claimed + qint64(tolerance))
            .arg(qint64(tolerance));
    case Approx::Nearly:
        return QStringLiteral("nearly %1 = %2 to %1: up to %3 under it (5% of the count or 3 states, "
                              "whichever is larger), not over it")
            .arg(claimed)
            .arg(claimed - qint64(tolerance))
            .arg(qint64(tolerance));
    case Approx::MoreThan:
        return QStringLiteral("more than %1 = at least %2").arg(claimed).arg(claimed + 1);
    case Approx::LessThan:
        return QStringLiteral("fewer than %1 = at most %2").arg(claimed).arg(claimed - 1);
    case Approx::AtLeast:
        return QStringLiteral("at least %1").arg(claimed);
    case Approx::AtMost:
        return QStringLiteral("at most %1").arg(claimed);
    case Approx::Exact:
        break;
    }
    return {};
}

Claim CountReader::membersClaim(const SentenceContext& ctx, int k)
{
    Claim m;
    m.kind = ClaimKind::Members;
    m.claimed = ctx.tokens.at(k).value;
    m.start = ctx.offset + ctx.tokens.at(k).start;
    m.end = ctx.offset + ctx.tokens.at(k).end;
    return m;
}

int CountReader::membershipAfterOf(const SentenceContext& ctx, int j)
{
    const auto of = ctx.lex.at(ctx.tokens, j, QStringLiteral("of"));
    if (!of)
        return -1;
    for (int k = of->end; k < ctx.tokens.size() && k <= of->end + 4; ++k) {
        const Token& t = ctx.tokens.at(k);
        if (t.type == TokenType::Number) {
            // "of the 193-member body", "зі 193 держав – членів ООН"
            int noun = k + 1;
            if (noun < ctx.tokens.size() && ctx.lex.isWord(ctx.tokens, noun, QStringLiteral("state_nouns")))
                ++noun;
            if (noun < ctx.tokens.size()
                && (ctx.tokens.at(noun).text == u"-" || SentenceTokens::isDash(ctx.tokens.at(noun))))
                ++noun;
            // "of the world's 193 nations": after a possessive, states are the whole body.
            const Token& before = ctx.tokens.at(k - 1);
            const bool whole = k > of->end && before.type == TokenType::Word
                && (before.text.endsWith(QStringLiteral("'s")) || t.start > before.end + 1)
                && ctx.lex.isWord(ctx.tokens, k + 1, QStringLiteral("state_nouns"));
            return !t.percent && (whole || CountReader::memberNounEnd(ctx, noun) > 0) ? k : -1;
        }
        if (t.type == TokenType::Punct && t.text != u"'" && t.text != u"’")
            return -1;
    }
    return -1;
}

std::optional<ClaimKind> CountReader::kindOfShare(const SentenceContext& ctx, int start, int after)
{
    int leadEnd = start; // "резолюцію підтримали лише 48%": past "only"
    while (leadEnd > 0 && ctx.lex.isWord(ctx.tokens, leadEnd - 1, QStringLiteral("fillers")))
        --leadEnd;
    if (const auto m = ctx.lex.before(ctx.tokens, leadEnd, QStringLiteral("count_before")))
        return kindOfTag(m->tag);
    if (const auto kind = kindAfter(ctx, after, true))
        return kind;
    if (const auto kind = kindNear(ctx, start))
        return kind;
    // "The 93 yes votes amounted to 48 per cent", "Die Ja-Stimmen entsprachen rund 48 Prozent": the
    // clause's subject names what the share counts, before anything later in the sentence ("..., which
    // means that more countries did not back the text").
    for (int k = start - 1; k >= 0 && k >= start - shareSubjectReach; --k) {
        const Token& t = ctx.tokens.at(k);
        if (t.type == TokenType::Punct && t.text != u"-" && !SentenceTokens::isQuote(t))
            break;
        if (const auto m = ctx.lex.at(ctx.tokens, k, QStringLiteral("count_after")); m && m->end <= start) {
            if (const auto kind = kindOfTag(m->tag); kind && isVoteCount(*kind))
                return kind;
        }
    }
    return kindAfter(ctx, after, false);
}
