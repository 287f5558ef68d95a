// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/relativereader.h"

#include "core/check/lexicon.h"

namespace {

constexpr qsizetype maxClaims = 16; // relative claims per sentence
constexpr int thanWindow = 10; // words between "more" and "than"
constexpr int sideWindow = 8; // words after "than" for the smaller side
constexpr double fractionTolerance = 2.5; // points, for a plain fraction ("two thirds")
constexpr double approxShareTolerance = 5.0; // points, for "nearly half", "about a third"

/// The vote kind a phrase in tokens [from, to) names: "abstained", "voted against", "in favour".
std::optional<ClaimKind> voteKindIn(const SentenceContext& ctx, int from, int to)
{
    for (int k = from; k < to && k < ctx.tokens.size(); ++k) {
        if (ctx.tokens.at(k).type == TokenType::Number)
            return std::nullopt;
        for (const char* role : { "count_after", "state_after", "count_before" }) {
            if (const auto m = ctx.lex.at(ctx.tokens, k, QString::fromLatin1(role))) {
                const auto kind = CountReader::kindOfTag(m->tag);
                if (kind && isVoteCount(*kind))
                    return kind;
            }
        }
    }
    return std::nullopt;
}

void readFraction(SentenceContext& ctx, const LexMatch& f, QList<Claim>& claims)
{
    const Tokens& tokens = ctx.tokens;
    if (ctx.lex.before(tokens, f.start, QStringLiteral("needed")))
        return; // "the text only needed two-thirds of those voting": the rule, not a count
    for (int k = f.end; k < tokens.size() && k < f.end + 2; ++k) {
        if (ctx.lex.isWord(tokens, k, QStringLiteral("share_blockers"))
            || ctx.lex.at(tokens, k, QStringLiteral("share_blockers")))
            return; // "a two-thirds majority" is the rule, not a count
    }
    // "la majorité des deux tiers", "большинство в две трети": the rule, named before the fraction.
    for (int k = f.start - 1; k >= 0 && k >= f.start - 2; --k) {
        if (ctx.lex.isWord(tokens, k, QStringLiteral("share_blockers")))
            return;
    }
    Claim c;
    int j = f.end;
    std::optional<Claim> members;
    if (const auto b = ctx.lex.at(tokens, j, QStringLiteral("percent_bases"))) {
        c.base = b->tag;
        j = b->end;
    } else {
        // "nearly half of the 193 member states": the base is the membership, itself a claim.
        int k = j;
        for (int n = 0; n < 2 && k < tokens.size(); ++n) {
            if (const auto m = ctx.lex.at(tokens, k, QStringLiteral("of")))
                k = m->end;
            else if (const auto a = ctx.lex.at(tokens, k, QStringLiteral("articles")))
                k = a->end;
        }
        if (k > j && k < tokens.size() && tokens.at(k).type == TokenType::Number && !tokens.at(k).percent) {
            const int end = CountReader::memberNounEnd(ctx, k + 1);
            if (end > 0) {
                c.base = QStringLiteral("members");
                members = CountReader::membersClaim(ctx, k);
                ctx.taken[k] = true;
                j = end;
            }
        }
        // "just under half of the UN's 193 members"
        if (!members) {
            if (const int m = CountReader::membershipAfterOf(ctx, j); m >= 0) {
                c.base = QStringLiteral("members");
                members = CountReader::membersClaim(ctx, m);
                ctx.taken[m] = true;
                j = m + 1;
            }
        }
    }
    int kindStart = f.start;
    bool allBut = false;
    c.approx = CountReader::approxBefore(ctx, f.start, &kindStart, &allBut);
    if (allBut)
        return;
    const std::optional<ClaimKind> kind = CountReader::kindOfShare(ctx, kindStart, j);
    if (!kind)
        return;
    c.kind = *kind;
    c.percent = f.tag.toDouble();
    c.claimed = qRound64(*c.percent);
    c.tolerance = c.approx == Approx::About || c.approx == Approx::Nearly ? approxShareTolerance
        : c.approx == Approx::Exact                                       ? fractionTolerance
                                                                          : 0;
    c.rule = QStringLiteral("\u201C%1\u201D read as %2%")
                 .arg(QStringList([&] {
                     QStringList w;
                     for (int k = f.start; k < f.end; ++k)
                         w << tokens.at(k).text.toLower();
                     return w;
                 }())
                          .join(u' '))
                 .arg(*c.percent);
    c.start = ctx.offset + tokens.at(kindStart).start;
    c.end = ctx.offset + tokens.at(j - 1).end;
    c.revisionExplained = ctx.explained;
    claims.append(c);
    if (members)
        claims.append(*members);
}

void readComparison(const SentenceContext& ctx, const LexMatch& more, QList<Claim>& claims)
{
    const Tokens& tokens = ctx.tokens;
    // "Abstentions outnumbered votes against": the verb stands between the larger and the smaller side.
    const bool over = more.tag == u"over";
    const auto than = over ? std::optional<LexMatch>(LexMatch { more.start, more.end, QStringLiteral("than") })
                           : ctx.lex.find(tokens, QStringLiteral("comparison"), more.end, more.end + thanWindow);
    // "more than 90" is an approximation; "so hoch wie die der Gegenstimmen" a comparison.
    if (!than || than->tag != u"than"
        || (!over && than->start == more.end
            && (than->end >= tokens.size() || tokens.at(than->end).type == TokenType::Number)))
        return;
    std::optional<ClaimKind> larger = over ? std::nullopt : voteKindIn(ctx, more.end, than->start);
    if (!larger) {
        // "Les abstentions ont été cinq fois plus nombreuses que les votes contre": the larger side is
        // the subject, before "more" in its clause.
        // With a verb between the sides, the subject may hold a relative clause: "Кількість країн, що
        // утрималися, більш ніж утричі перевищила ...".
        const auto stops = [&](const Token& t) {
            return t.type == TokenType::Punct && !SentenceTokens::isQuote(t) && !(over && t.text == u",");
        };
        int from = more.start;
        while (from > 0 && !stops(tokens.at(from - 1)) && from > more.start - (over ? 2 * sideWindow : sideWindow))
            --from;
        larger = voteKindIn(ctx, from, more.start);
    }
    if (!larger)
        return;
    int to = than->end;
    while (to < tokens.size() && to < than->end + sideWindow && tokens.at(to).type != TokenType::Number
        && !(tokens.at(to).type == TokenType::Punct && !SentenceTokens::isQuote(tokens.at(to))
            && !(over && tokens.at(to).text == u",")))
        ++to;
    const auto smaller = voteKindIn(ctx, than->end, to);
    if (!smaller || *smaller == *larger)
        return;
    Claim c;
    c.kind = ClaimKind::Comparison;
    const bool fewer = more.tag == u"fewer";
    c.comparedKind = fewer ? *smaller : *larger;
    c.compareWith = fewer ? *larger : *smaller;
    c.rule = QStringLiteral("%1 %2 than %3: %4 > %5")
                 .arg(fewer ? QStringLiteral("fewer") : QStringLiteral("more"),
                     votePhrase(*voteOfKind(*larger)), votePhrase(*voteOfKind(*smaller)),
                     claimKindKey(c.comparedKind), claimKindKey(c.compareWith));
    c.start = ctx.offset + tokens.at(more.start).start;
    c.end = ctx.offset + tokens.at(to - 1).end;
    c.revisionExplained = ctx.explained;
    claims.append(c);
}

} // namespace

void RelativeReader::read(SentenceContext& ctx, QList<Claim>& claims)
{
    const Tokens& tokens = ctx.tokens;
    qsizetype found = 0;
    for (int i = 0; i < tokens.size() && found < maxClaims; ++i) {
        if (const auto f = ctx.lex.at(tokens, i, QStringLiteral("fractions"))) {
            for (int k = f->start; k < f->end; ++k)
                ctx.taken[k] = true;
            const qsizetype before = claims.size();
            readFraction(ctx, *f, claims);
            found += claims.size() - before;
            i = f->end - 1;
            continue;
        }
        if (const auto m = ctx.lex.at(tokens, i, QStringLiteral("comparison")); m && m->tag != u"than") {
            const qsizetype before = claims.size();
            readComparison(ctx, *m, claims);
            found += claims.size() - before;
        }
    }
}
