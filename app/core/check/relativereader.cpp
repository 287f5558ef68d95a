// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/relativereader.h"

#include "core/check/factorcheck.h"
#include "core/check/lexicon.h"

namespace {

constexpr qsizetype maxClaims = 16; // relative claims per sentence
constexpr int thanWindow = 10; // words between "more" and "than"
constexpr int sideWindow = 8; // words after "than" for the smaller side
constexpr int neededReach = 4; // words from "needed" to the fraction ("needed the support of two thirds")
constexpr int ratioToOneReach = 4; // tokens after the smaller side to a ratio ("by nearly five to one")
constexpr double fractionTolerance = 2.5; // points, for a plain fraction ("two thirds")
constexpr double approxShareTolerance = 5.0; // points, for "nearly half", "about a third"

/// The vote kind a phrase in tokens [from, to) names: "abstained", "voted against", "in favour".
std::optional<ClaimKind> voteKindIn(const SentenceContext& ctx, int from, int to)
{
    for (int k = from; k < to && k < ctx.tokens.size(); ++k) {
        if (ctx.tokens.at(k).type == TokenType::Number)
            return std::nullopt;
        for (const char* role : { "count_after", "state_after", "count_before", "group_before" }) {
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
    // "the text only needed two-thirds of those voting", "needed the support of two thirds": the rule,
    // not a count.
    for (int k = f.start; k > 0 && k >= f.start - neededReach; --k) {
        if (ctx.lex.before(tokens, k, QStringLiteral("needed")))
            return;
        if (tokens.at(k - 1).type != TokenType::Word)
            break;
    }
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
    // "Half of the nays, in other words, were African", "half of the African Union's members": a share of
    // a region's states, which the record's totals cannot settle.
    for (int k = f.end;
         k < tokens.size() && tokens.at(k).text != u";" && tokens.at(k).type != TokenType::Number; ++k) {
        if (ctx.lex.isWord(tokens, k, QStringLiteral("scope"))) {
            c.kind = ClaimKind::Quantity;
            c.base = QStringLiteral("scope");
            c.noun = tokens.at(k).text;
            break;
        }
    }
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

/// The rule of a comparison by a factor: "nearly 5 times = 4 to 5 times: abstain / no".
QString factorRule(const Claim& c)
{
    return QStringLiteral("%1: %2 / %3")
        .arg(FactorCheck::rule(c.factor.value_or(0), c.approx), claimKindKey(c.comparedKind),
            claimKindKey(c.compareWith));
}

/// How many times larger a comparison says one side is: "seven times", "в сім разів", "всемеро", "plus de
/// trois fois", in tokens [from, to).
struct Factor
{
    double value = 0;
    Approx approx = Approx::Exact;
    int start = 0;
    int end = 0; // the token after it
};

std::optional<Factor> factorIn(const SentenceContext& ctx, int from, int to)
{
    const Tokens& tokens = ctx.tokens;
    for (int k = std::max(0, from); k < to && k < tokens.size(); ++k) {
        Factor f;
        if (const auto w = ctx.lex.at(tokens, k, QStringLiteral("multiplier_words"))) {
            f.value = w->tag.toDouble();
            f.end = w->end;
        } else if (tokens.at(k).type == TokenType::Number && !tokens.at(k).percent) {
            if (const auto m = ctx.lex.at(tokens, k + 1, QStringLiteral("multipliers"))) {
                f.value = double(tokens.at(k).value);
                f.end = m->end;
            }
        }
        if (f.value < 1.5)
            continue;
        // "more than seven times", "почти впятеро", "більш ніж у сім разів" (a preposition between).
        int first = k;
        bool allBut = false;
        f.approx = CountReader::approxBefore(ctx, k, &first, &allBut);
        if (f.approx == Approx::Exact && k > 0 && tokens.at(k - 1).type == TokenType::Word
            && tokens.at(k - 1).text.size() <= 2)
            f.approx = CountReader::approxBefore(ctx, k - 1, &first, &allBut);
        if (allBut)
            f.approx = Approx::Exact;
        f.start = first;
        return f;
    }
    return std::nullopt;
}

/// "outnumbered votes against by nearly five to one", "more than nine to one": a factor written as a ratio to
/// one within a few tokens from \a from.
std::optional<Factor> factorToOne(const SentenceContext& ctx, int from)
{
    const Tokens& tokens = ctx.tokens;
    for (int k = from; k < tokens.size() && k < from + ratioToOneReach; ++k) {
        const Token& t = tokens.at(k);
        if (t.type == TokenType::Punct)
            return std::nullopt;
        if (t.type != TokenType::Number || t.percent || t.value < 2)
            continue;
        const auto to = ctx.lex.at(tokens, k + 1, QStringLiteral("to"));
        if (!to || to->end >= tokens.size())
            return std::nullopt;
        const Token& one = tokens.at(to->end);
        if (!(one.text == u"one" || ctx.lex.isWord(tokens, to->end, QStringLiteral("one"))))
            return std::nullopt;
        Factor f { double(t.value), Approx::Exact, k, to->end + 1 };
        int first = k;
        bool allBut = false;
        f.approx = CountReader::approxBefore(ctx, k, &first, &allBut);
        if (allBut)
            f.approx = Approx::Exact;
        f.start = first;
        return f;
    }
    return std::nullopt;
}

/// The vote kind named in the clause before token \a at (the larger side: "Les abstentions ont été cinq
/// fois plus nombreuses"); with \a commas, past a clause between commas ("Тих, хто утримався, виявилося").
std::optional<ClaimKind> kindBefore(const SentenceContext& ctx, int at, bool over, bool commas)
{
    const Tokens& tokens = ctx.tokens;
    const auto stops = [&](const Token& t) {
        return t.type == TokenType::Punct && !SentenceTokens::isQuote(t) && !((over || commas) && t.text == u",");
    };
    int from = at;
    const int reach = over || commas ? 2 * sideWindow : sideWindow;
    // "..., while abstentions outnumbered no votes": not past the word that opens the clause.
    while (from > 0 && !stops(tokens.at(from - 1)) && from > at - reach
        && !ctx.lex.isWord(tokens, from - 1, QStringLiteral("clause_openers")))
        --from;
    return voteKindIn(ctx, from, at);
}

/// The vote kind after "than" (the smaller side) and the token after it; with \a commas, past a comma
/// ("ніж тих, хто голосував «проти»").
std::optional<ClaimKind> kindAfter(const SentenceContext& ctx, int from, bool over, bool commas, int* to)
{
    const Tokens& tokens = ctx.tokens;
    int k = from;
    while (k < tokens.size() && k < from + sideWindow && tokens.at(k).type != TokenType::Number
        && !(tokens.at(k).type == TokenType::Punct && !SentenceTokens::isQuote(tokens.at(k))
            && !((over || commas) && tokens.at(k).text == u",")))
        ++k;
    *to = k;
    return voteKindIn(ctx, from, k);
}

/// The difference a comparison gives, the token of its number, or -1: "28 more", "на 28 менше" (before the
/// comparison word), "outnumbered votes against by 45", "por apenas 28 votos" (after its smaller side, whose
/// end is \a to).
int marginNear(const SentenceContext& ctx, int moreStart, int to)
{
    const Tokens& tokens = ctx.tokens;
    const auto isCount = [&](int k) {
        return k >= 0 && k < tokens.size() && tokens.at(k).type == TokenType::Number && !tokens.at(k).percent;
    };
    if (isCount(moreStart - 1) && (moreStart < 2 || tokens.at(moreStart - 2).type != TokenType::Number))
        return moreStart - 1;
    for (int j = std::max(0, to - 3); j < tokens.size() && j <= to + 2; ++j) {
        const auto by = ctx.lex.at(tokens, j, QStringLiteral("margin"));
        if (!by)
            continue;
        int n = by->end;
        while (n < tokens.size() && ctx.lex.isWord(tokens, n, QStringLiteral("only")))
            ++n;
        if (isCount(n))
            return n;
    }
    return -1;
}

/// How a comparison by a margin is checked: "28 more in favour than abstaining: yes - abstain".
QString marginRule(const Claim& c, ClaimKind larger, ClaimKind smaller, bool fewer)
{
    return QStringLiteral("%1 %2 %3 than %4: %5 - %6")
        .arg(QString::number(*c.margin), fewer ? QStringLiteral("fewer") : QStringLiteral("more"),
            votePhrase(*voteOfKind(larger)), votePhrase(*voteOfKind(smaller)), claimKindKey(c.comparedKind),
            claimKindKey(c.compareWith));
}

/// "Der Vorsprung der Befürworter vor den Gegnern betrug 79 Stimmen", "la ventaja del «sí» sobre las
/// abstenciones fue de solo 28 votos": a comparison by a margin that a noun names, the larger side before
/// the word "over", the smaller after it, then the margin. The token after it, or -1.
int readLead(SentenceContext& ctx, const LexMatch& lead, QList<Claim>& claims)
{
    const Tokens& tokens = ctx.tokens;
    std::optional<LexMatch> over;
    for (int k = lead.end; k < tokens.size() && k < lead.end + sideWindow && !over; ++k) {
        if (const auto m = ctx.lex.at(tokens, k, QStringLiteral("comparison")); m && m->tag == u"lead_over")
            over = m;
    }
    if (!over)
        return -1;
    const auto larger = voteKindIn(ctx, lead.end, over->start);
    int to = over->end;
    const auto smaller = kindAfter(ctx, over->end, false, false, &to);
    if (!larger || !smaller || *larger == *smaller)
        return -1;
    int n = to;
    while (n < tokens.size() && n < to + sideWindow && tokens.at(n).type != TokenType::Number
        && !(tokens.at(n).type == TokenType::Punct && !SentenceTokens::isQuote(tokens.at(n))))
        ++n;
    if (n >= tokens.size() || tokens.at(n).type != TokenType::Number || tokens.at(n).percent)
        return -1;
    ctx.taken[n] = true;
    Claim c;
    c.kind = ClaimKind::Comparison;
    c.comparedKind = *larger;
    c.compareWith = *smaller;
    c.margin = tokens.at(n).value;
    c.rule = marginRule(c, *larger, *smaller, false);
    c.start = ctx.offset + tokens.at(lead.start).start;
    c.end = ctx.offset + tokens.at(n).end;
    c.revisionExplained = ctx.explained;
    claims.append(c);
    return n + 1;
}

/// Reads a comparison at \a more; the token after it, or -1 when there is none.
int readComparison(SentenceContext& ctx, const LexMatch& more, QList<Claim>& claims)
{
    const Tokens& tokens = ctx.tokens;
    // "Abstentions outnumbered votes against": the verb stands between the larger and the smaller side.
    // "multiplicaron por siete a los votos en contra": a verb of multiplying, the factor right after it.
    const bool multiplied = more.tag == u"multiplied";
    const bool over = more.tag == u"over" || multiplied;
    // "seven times as many ... as": a comparison only with its factor.
    const bool times = more.tag == u"times";
    std::optional<LexMatch> than;
    if (over) {
        than = LexMatch { more.start, more.end, QStringLiteral("than") };
    } else {
        const QString wanted = times ? QStringLiteral("times_than") : QStringLiteral("than");
        for (int k = more.end; k < tokens.size() && k < more.end + thanWindow && !than; ++k) {
            if (const auto m = ctx.lex.at(tokens, k, QStringLiteral("comparison")); m && m->tag == wanted)
                than = m;
        }
    }
    // "more than 90" is an approximation; "so hoch wie die der Gegenstimmen" a comparison.
    if (!than
        || (!over && than->start == more.end
            && (than->end >= tokens.size() || tokens.at(than->end).type == TokenType::Number)))
        return -1;
    int afterMore = more.end;
    std::optional<Factor> multiplier;
    if (multiplied) {
        if (afterMore >= tokens.size() || tokens.at(afterMore).type != TokenType::Number)
            return -1;
        multiplier = Factor { double(tokens.at(afterMore).value), Approx::Exact, more.start, afterMore + 1 };
        ++afterMore;
    }
    std::optional<ClaimKind> larger = over ? std::nullopt : voteKindIn(ctx, more.end, than->start);
    // "Les abstentions ont été cinq fois plus nombreuses que les votes contre": the larger side is the
    // subject, before "more" in its clause. With a verb between the sides, the subject may hold a relative
    // clause: "Кількість країн, що утрималися, більш ніж утричі перевищила ...".
    if (!larger)
        larger = kindBefore(ctx, more.start, over, false);
    if (!larger)
        larger = kindBefore(ctx, more.start, over, true);
    if (!larger)
        return -1;
    int to = than->end;
    // "superaron en más de nueve veces a los votos en contra": a factor right after the verb, the smaller
    // side after it.
    std::optional<Factor> factorAfter;
    if (over && !multiplied) {
        factorAfter = factorIn(ctx, more.end, more.end + 5);
        if (factorAfter)
            afterMore = factorAfter->end;
    }
    const int thanEnd = multiplied || factorAfter ? afterMore : than->end;
    std::optional<ClaimKind> smaller = kindAfter(ctx, thanEnd, over, false, &to);
    if (!smaller)
        smaller = kindAfter(ctx, thanEnd, over, true, &to);
    if (!smaller || *smaller == *larger)
        return -1;
    auto factor = multiplier ? multiplier : factorAfter ? factorAfter : factorIn(ctx, more.start - 4, over ? more.start : than->start);
    if (times && !factor)
        return -1; // "as many abstained as voted against": no more, no fewer
    if (!factor) {
        factor = factorToOne(ctx, to);
        if (factor) {
            ctx.taken[factor->end - 1] = true;
            to = factor->end;
        }
    }
    const int margin = factor ? -1 : marginNear(ctx, more.start, to);
    if (multiplier)
        ctx.taken[more.end] = true;
    if (margin >= 0)
        ctx.taken[margin] = true;
    Claim c;
    c.kind = ClaimKind::Comparison;
    const bool fewer = more.tag == u"fewer";
    c.comparedKind = fewer ? *smaller : *larger;
    c.compareWith = fewer ? *larger : *smaller;
    if (factor) {
        c.factor = factor->value;
        c.approx = factor->approx;
        c.rule = factorRule(c);
    } else if (margin >= 0) {
        c.margin = tokens.at(margin).value;
        c.rule = marginRule(c, *larger, *smaller, fewer);
    } else {
        c.rule = QStringLiteral("%1 %2 than %3: %4 > %5")
                     .arg(fewer ? QStringLiteral("fewer") : QStringLiteral("more"),
                         votePhrase(*voteOfKind(*larger)), votePhrase(*voteOfKind(*smaller)),
                         claimKindKey(c.comparedKind), claimKindKey(c.compareWith));
    }
    const int first = std::min({ factor ? factor->start : more.start, margin >= 0 ? margin : more.start, more.start });
    const int last = std::max(to - 1, margin);
    c.start = ctx.offset + tokens.at(first).start;
    c.end = ctx.offset + tokens.at(last).end;
    c.revisionExplained = ctx.explained;
    claims.append(c);
    return to;
}

/// "auf jede Gegenstimme kamen fast fünf Enthaltungen", "for every vote against there were more than five
/// in favour": a comparison by a factor, the smaller side after the phrase at \a each. The token after it,
/// or -1.
int readPerEach(SentenceContext& ctx, const LexMatch& each, QList<Claim>& claims)
{
    const Tokens& tokens = ctx.tokens;
    int k = each.end;
    while (k < tokens.size() && k < each.end + 3 && !voteKindIn(ctx, k, k + 1))
        ++k;
    const auto smaller = voteKindIn(ctx, k, k + 1);
    if (!smaller)
        return -1;
    int n = k + 1;
    while (n < tokens.size() && n < k + 8 && tokens.at(n).type != TokenType::Number)
        ++n;
    if (n >= tokens.size() || tokens.at(n).type != TokenType::Number || tokens.at(n).percent)
        return -1;
    int after = n + 1;
    const auto larger = voteKindIn(ctx, after, std::min<int>(int(tokens.size()), after + 3));
    if (!larger || *larger == *smaller)
        return -1;
    int first = n;
    bool allBut = false;
    Claim c;
    c.kind = ClaimKind::Comparison;
    c.comparedKind = *larger;
    c.compareWith = *smaller;
    c.factor = double(tokens.at(n).value);
    c.approx = CountReader::approxBefore(ctx, n, &first, &allBut);
    if (allBut)
        c.approx = Approx::Exact;
    c.rule = factorRule(c);
    ctx.taken[n] = true;
    c.start = ctx.offset + tokens.at(each.start).start;
    c.end = ctx.offset + tokens.at(std::min<int>(int(tokens.size()) - 1, after)).end;
    c.revisionExplained = ctx.explained;
    claims.append(c);
    return after + 1;
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
        if (const auto each = ctx.lex.at(tokens, i, QStringLiteral("per_each"))) {
            const qsizetype before = claims.size();
            const int end = readPerEach(ctx, *each, claims);
            found += claims.size() - before;
            if (end > i) {
                i = end - 1;
                continue;
            }
        }
        if (const auto m = ctx.lex.at(tokens, i, QStringLiteral("comparison"));
            m && m->tag != u"than" && m->tag != u"times_than" && m->tag != u"lead_over") {
            const qsizetype before = claims.size();
            const int end = m->tag == u"lead" ? readLead(ctx, *m, claims) : readComparison(ctx, *m, claims);
            found += claims.size() - before;
            if (end > i)
                i = end - 1; // "plus de trois fois plus nombreuses que": one comparison
        }
    }
}
