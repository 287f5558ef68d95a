// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/countreader.h"

#include "core/check/countclues.h"
#include "core/check/lexicon.h"
#include "core/check/statephrases.h"

#include <QtMath>

using namespace CountClues;

namespace {

constexpr qint64 minMembership = 97; // fewer members than half of the 193 are no membership

constexpr qint64 maxStates = 1000; // a vote count above this names people or money, not states
constexpr qsizetype maxClaims = 64; // per sentence; a sentence with more is no news report
constexpr int openingWindow = 8; // words between a clause-opening count_near phrase and the count
constexpr double percentTolerance = 0.5; // points, for a written percentage ("47 per cent")
constexpr double approxShareTolerance = 5.0; // points, for "about 40 per cent", "nearly half"

/// "За резолюцію про повернення дітей проголосували 93 держави": a count_near phrase that opens the
/// clause of the count, a few words before it, gives its kind.
std::optional<ClaimKind> kindOfOpening(const SentenceContext& ctx, int i)
{
    int k = i;
    while (k > 0 && k > i - openingWindow) {
        const Token& prev = ctx.tokens.at(k - 1);
        if (prev.type == TokenType::Number
            || (prev.type == TokenType::Punct && !SentenceTokens::isQuote(prev)))
            break;
        --k;
    }
    if (k > 0 && ctx.tokens.at(k - 1).type == TokenType::Number)
        return std::nullopt;
    if (k > 0 && ctx.tokens.at(k - 1).type != TokenType::Punct)
        return std::nullopt; // the clause starts further back
    const auto m = ctx.lex.at(ctx.tokens, k, QStringLiteral("count_near"));
    if (!m || m->end >= i)
        return std::nullopt;
    // "Проти — 12", "За резолюцію ... проголосували 93": punctuation or a vote word between; "За даними ООН, за
    // тиждень ... 870" is no count.
    bool vote = true;
    for (int j = m->end; j < i; ++j)
        vote = vote && ctx.tokens.at(j).type == TokenType::Punct;
    for (int j = m->end; j < i && !vote; ++j)
        vote = ctx.lex.at(ctx.tokens, j, QStringLiteral("vote_context")).has_value();
    return vote ? CountReader::kindOfTag(m->tag) : std::nullopt;
}

/// The kind of a count at token \a i, trying the readings from the most to the least specific.
std::optional<ClaimKind> kindOfCount(const SentenceContext& ctx, int i, int kindStart, int scanFrom)
{
    const Lexicon& lex = ctx.lex;
    const Tokens& tokens = ctx.tokens;
    int leadEnd = kindStart; // "Der Abstimmung fern blieben lediglich 23 Staaten": past "only"
    while (leadEnd > 0 && lex.isWord(tokens, leadEnd - 1, QStringLiteral("only")))
        --leadEnd;
    if (const auto m = lex.before(tokens, leadEnd, QStringLiteral("count_before")))
        return CountReader::kindOfTag(m->tag);
    // A table line: "Не голосували: 19", "Abstentions: 57", "In favour ........ 93" (dot leaders).
    int label = leadEnd > 1 && (tokens.at(leadEnd - 1).text == u":" || SentenceTokens::isDash(tokens.at(leadEnd - 1)))
        ? leadEnd - 1
        : -1;
    // "nicht abgestimmt | 19", "Summe | 193": a cell after a label that opens the line (the bar is no token).
    if (label < 0 && leadEnd > 0 && tokens.at(leadEnd - 1).type == TokenType::Word) {
        for (const QString role : { QStringLiteral("count_after"), QStringLiteral("total_labels") }) {
            if (const auto m = lex.before(tokens, leadEnd, role); m && m->start == 0)
                label = leadEnd;
        }
    }
    if (label < 0) {
        int d = leadEnd;
        while (d > 0 && (tokens.at(d - 1).text == u"." || tokens.at(d - 1).text == u"\u2026"))
            --d;
        if (d > 0 && leadEnd - d >= 2)
            label = d;
        else if (d > 0 && leadEnd - d == 1 && tokens.at(d).text == u"\u2026")
            label = d;
    }
    if (label > 0) {
        // The label opens the line, or follows the figure of the cell before ("Sí: 93 | No: 18").
        const auto opensCell = [&](int start) {
            return start == 0 || tokens.at(start - 1).type == TokenType::Number;
        };
        if (const auto m = lex.before(tokens, label, QStringLiteral("count_before")); m && opensCell(m->start))
            return CountReader::kindOfTag(m->tag);
        // "Total: 193", "Summe | 193", "Разом ......... 193": the membership.
        if (const auto m = lex.before(tokens, label, QStringLiteral("total_labels"));
            m && opensCell(m->start))
            return ClaimKind::Members;
        if (const auto m = lex.before(tokens, label, QStringLiteral("count_after")); m && opensCell(m->start))
            return CountReader::kindOfTag(m->tag);
    }
    // "by 91 votes to 12", "par 91 voix contre 12": the first is in favour, the second against.
    if (ctx.voteSentence) {
        int j = i + 1;
        if (const auto v = lex.at(tokens, j, QStringLiteral("votes")))
            j = v->end;
        if (const auto to = lex.at(tokens, j, QStringLiteral("to"));
            to && to->end < tokens.size() && tokens.at(to->end).type == TokenType::Number)
            return ClaimKind::Yes;
        if (const auto to = lex.before(tokens, i, QStringLiteral("to"))) {
            const int k = to->start - 1;
            // Not a range: "the number of co-sponsors rose from 39 to 48".
            if (k >= 0
                && (tokens.at(k).type == TokenType::Number || lex.isWord(tokens, k, QStringLiteral("votes")))
                && !lex.isWord(tokens, k - 1, QStringLiteral("range_from"))
                && !(k >= 2 && tokens.at(k).type != TokenType::Number
                    && lex.isWord(tokens, k - 2, QStringLiteral("range_from"))))
                return ClaimKind::No;
        }
        if (lex.at(tokens, i + 1, QStringLiteral("for_short")))
            return ClaimKind::Yes; // "91 for, 12 against"
    }
    // "Las abstenciones, sesenta y siete en total, cuadruplicaron ...": the count stands beside the noun
    // that names it, the subject of the sentence.
    // "Abstentions, at 73, outnumbered ...": one word may stand between.
    int comma = kindStart - 1;
    if (comma > 1 && tokens.at(comma).type == TokenType::Word)
        --comma;
    if (comma > 0 && tokens.at(comma).text == u",") {
        if (const auto noun = lex.before(tokens, comma, QStringLiteral("count_after"));
            noun && (noun->start == 0 || lex.isWord(tokens, noun->start - 1, QStringLiteral("articles")))) {
            if (const auto k = CountReader::kindOfTag(noun->tag); k && isVoteCount(*k))
                return k;
        }
    }
    // "adoptée par 93 voix, Washington vote contre": the votes a text received are in favour, whatever
    // the clause after them says.
    if (lex.at(tokens, i + 1, QStringLiteral("votes")) && lex.before(tokens, kindStart, QStringLiteral("received"))
        && (i + 2 >= tokens.size() || tokens.at(i + 2).type == TokenType::Punct))
        return ClaimKind::Yes;
    if (const auto k = CountReader::kindAfter(ctx, scanFrom, true))
        return k;
    if (const auto k = CountReader::kindNear(ctx, kindStart))
        return k;
    if (const auto k = CountReader::kindAfter(ctx, scanFrom, false))
        return k;
    if (const auto k = kindOfOpening(ctx, kindStart))
        return k;
    // "passed with 93 votes", "received 141 votes": the votes a text received are votes in favour.
    if (lex.at(tokens, i + 1, QStringLiteral("votes"))
        && lex.before(tokens, kindStart, QStringLiteral("received")))
        return ClaimKind::Yes;
    // "Не підтримали резолюцію, якщо рахувати разом противників, утриманих і відсутніх, рівно 100 держав":
    // the vote phrase that opens the sentence, for its only number.
    const bool only = std::count_if(tokens.cbegin(), tokens.cend(), [](const Token& t) {
        return t.type == TokenType::Number;
    }) == 1;
    for (const QString role :
        { QStringLiteral("count_near"), QStringLiteral("count_before"), QStringLiteral("count_after") }) {
        const auto m = only ? lex.at(tokens, 0, role) : std::nullopt;
        if (m && m->end <= kindStart)
            return CountReader::kindOfMatch(ctx, *m); // "Mit Ja, Nein oder Enthaltung beteiligt waren 174"
    }
    // "blieben siebzehn Staaten dem Votum fern", "unterstützten 52 Staaten die Resolution nicht": a verb in
    // two parts around the count, read as if the count were not there.
    if (kindStart > 0 && tokens.at(kindStart - 1).type == TokenType::Word) {
        Tokens probe { tokens.at(kindStart - 1) };
        probe.append(tokens.mid(i + 1, CountReader::afterWindow));
        if (const auto m = lex.at(probe, 0, QStringLiteral("count_after")); m && m->end > 1 && probe.at(m->end - 1).type == TokenType::Word)
            return CountReader::kindOfTag(m->tag);
    }
    return std::nullopt;
}

/// The claim that the base at token \a k counts those of \a kind: "the 176 delegations that took part".
Claim baseClaim(const SentenceContext& ctx, int k, ClaimKind kind, const QString& rule)
{
    const Token& t = ctx.tokens.at(k);
    Claim b;
    b.kind = kind;
    b.claimed = t.value;
    b.start = ctx.offset + t.start;
    b.end = ctx.offset + t.end;
    b.revisionExplained = ctx.explained;
    b.rule = rule;
    return b;
}

void readShare(SentenceContext& ctx, int i, QList<Claim>& claims)
{
    const Tokens& tokens = ctx.tokens;
    const Token& t = tokens.at(i);
    int j = i + 1;
    if (const auto w = ctx.lex.at(tokens, j, QStringLiteral("percent_words")))
        j = w->end;
    Claim c;
    if (const auto b = ctx.lex.at(tokens, j, QStringLiteral("percent_bases"))) {
        c.base = b->tag;
        j = b->end;
    } else if (const int m = std::max(CountReader::membershipAfterOf(ctx, j), statesAfterOf(ctx, j)); m >= 0) {
        // "47% of the UN's 193 member states", "48 Prozent der 193 Mitglieder": of the membership, and
        // the membership is a claim of its own.
        c.base = QStringLiteral("members");
        claims.append(CountReader::membersClaim(ctx, m));
        ctx.taken[m] = true;
        j = m + 1;
    }
    // "Von den 181 Staaten, die abstimmten oder sich enthielten, sagten fast 78 Prozent Ja": the share of
    // the base the sentence opened with.
    if (c.base.isEmpty()) {
        for (const Claim& b : std::as_const(claims)) {
            if (b.end <= ctx.offset + t.start && (b.kind == ClaimKind::Present || b.kind == ClaimKind::Voting))
                c.base = claimKindKey(b.kind);
        }
    }
    // "Rund 88 Prozent der Staaten, die sich für Ja oder Nein entschieden, stimmten zu": a relative clause
    // describes the base, and the share's vote comes after it.
    if (c.base.isEmpty()) {
        if (const auto [base, after] = describedBase(ctx, j); base) {
            c.base = claimKindKey(*base);
            j = after;
        }
    }
    int kindStart = i;
    bool allBut = false;
    c.approx = CountReader::approxBefore(ctx, i, &kindStart, &allBut);
    if (allBut)
        return;
    const std::optional<ClaimKind> kind = CountReader::kindOfShare(ctx, kindStart, j);
    if (!kind)
        return; // a share of something else
    c.kind = *kind;
    c.percent = t.percentValue;
    c.claimed = qRound64(t.percentValue);
    c.tolerance = c.approx == Approx::About || c.approx == Approx::Nearly ? approxShareTolerance
        : c.approx == Approx::Exact                                       ? percentTolerance
                                                                          : 0;
    c.start = ctx.offset + tokens.at(kindStart).start;
    c.end = ctx.offset + tokens.at(j - 1).end;
    c.revisionExplained = ctx.explained;
    claims.append(c);
}

} // namespace

void CountReader::read(SentenceContext& ctx, QList<Claim>& claims)
{
    const Lexicon& lex = ctx.lex;
    const Tokens& tokens = ctx.tokens;
    const QList<bool> inQuotation = quoted(tokens);
    int lastCountClaim = -1;
    int skipBase = -1; // token index of "M" in "N of the M"
    std::optional<ClaimKind> openingBase; // "Of the 35 that abstained, ...": what the base counts
    int baseScope = -1; // "Of Africa's 54 states, ...": the region's word; every count after is a part of it
    for (int i = 0; i < tokens.size() && claims.size() < maxClaims; ++i) {
        const Token& t = tokens.at(i);
        if (t.type != TokenType::Number || i == skipBase || ctx.taken.value(i))
            continue;
        if (lex.at(tokens, i + 1, QStringLiteral("clock")))
            continue; // "at 10 o'clock", "um 10 Uhr", "within 90 days", "1 200 kilomètres": no count of states
        if (lex.at(tokens, i + 1, QStringLiteral("multipliers")))
            continue; // "five times as many", "cinq fois plus": a ratio, not a count
        // "between 55 and 60 abstentions", "von 39 bis 48": a range, not one figure.
        if (const int k = rangeEnd(ctx, i); k >= 0) {
            ctx.taken[k] = true;
            continue;
        }
        if (isDifference(ctx, i))
            continue; // "на двадцять більше, ніж тих, хто утримався", "28 more than": a difference, no count
        if (neededVotes(ctx, i))
            continue; // "69 yes votes were required", "вистачало 69 голосів": what a majority needed
        if (const int k = ratioSecond(ctx, i); k >= 0) {
            ctx.taken[k] = true; // "three in every four countries", "quatre pays sur dix": a ratio
            continue;
        }
        // "one in six members", "one delegation in six": "one" is a word the number finder leaves alone.
        if (const auto r = lex.before(tokens, i, QStringLiteral("ratio"));
            r && r->start > 0
            && (lex.isWord(tokens, r->start - 1, QStringLiteral("one"))
                || (r->start > 1 && tokens.at(r->start - 1).type == TokenType::Word
                    && lex.isWord(tokens, r->start - 2, QStringLiteral("one")))))
            continue;
        // "outnumbered opponents by more than 28 to one", "roughly nine to one": a ratio to one, in words.
        if (const auto to = lex.at(tokens, i + 1, QStringLiteral("to"));
            to && to->end < tokens.size()
            && (tokens.at(to->end).text == u"one" || lex.isWord(tokens, to->end, QStringLiteral("one")))) {
            if (tokens.at(to->end).type == TokenType::Number)
                ctx.taken[to->end] = true;
            continue;
        }

        // "initially 91": the figure before a change the sentence reports.
        if (lex.before(tokens, i, QStringLiteral("revision_bases"))) {
            if (lastCountClaim >= 0 && !claims[lastCountClaim].revisedFrom)
                claims[lastCountClaim].revisedFrom = t.value;
            continue;
        }
        if (t.percent) {
            readShare(ctx, i, claims);
            continue;
        }

        // "Fewer than half of the UN's 193 members", "Gemessen an den 193 Mitgliedern", "moins de la moitié
        // des 193 États membres": the membership after "of", whatever the sentence says of a part of it.
        if (t.value >= minMembership && isMembershipAfterOf(ctx, i)) {
            claims.append(membersClaim(ctx, i));
            continue;
        }
        if (opensWithBase(ctx, i)) {
            // "Із 54 африканських держав «за» проголосували менше двох десятків": a region's states, and
            // every count after is a part of them.
            if (const int region = std::max(scoped(ctx, i, i), regionWordAfter(ctx, i + 1)); region >= 0) {
                baseScope = region;
                continue;
            }
            // "Of the 176 delegations that took part, 65 abstained", "Sur les 174 délégations qui ont pris
            // part au scrutin, ...": the base is those present (or voting), a count of its own.
            if (const auto kind = baseKind(ctx, i)) {
                openingBase = kind;
                claims.append(baseClaim(ctx, i, *kind,
                    QStringLiteral("the %1 the sentence opens with, as its relative clause describes them")
                        .arg(t.value)));
            }
            continue;
        }

        Claim c;
        c.claimed = t.value;
        c.start = ctx.offset + t.start;
        c.end = ctx.offset + t.end;
        c.revisionExplained = ctx.explained;
        int kindStart = i;
        bool allBut = false;
        c.approx = approxBefore(ctx, i, &kindStart, &allBut);
        if (c.approx == Approx::Exact && describesListBefore(ctx, kindStart))
            continue;
        if (const int scope = baseScope >= 0 ? baseScope : scoped(ctx, kindStart, i); scope >= 0) {
            if ((!t.words || c.claimed > 1) && !describesListAfter(ctx, i)) {
                c.kind = ClaimKind::Quantity;
                c.base = QStringLiteral("scope");
                c.noun = tokens.at(scope).text;
                claims.append(c);
            }
            continue;
        }

        // Sponsors: "co-authored by 48 states", "48 co-sponsors".
        if (nearSponsorWord(ctx, i, kindStart)) {
            c.kind = ClaimKind::Sponsors;
            claims.append(c);
            continue;
        }

        // "Russia and 11 other countries" = 12, Russia among them.
        int scanFrom = i + 1;
        std::optional<ClaimKind> listedKind;
        const QList<int> listed = c.approx == Approx::Exact && !allBut
            ? namedWithOthers(ctx, i, &scanFrom, &listedKind)
            : QList<int>();
        const int otherEnd = std::max(i + 1, scanFrom);
        // "Росію підтримали лише чотири держави", "Россию поддержали ещё семнадцать государств": the states
        // voted as the state they backed, and with it they are one more; the checker reads its vote.
        // "Seuls cinq États ont fait bloc avec la Russie", "only four countries side with Moscow": the same.
        int sided = -1;
        if (listed.isEmpty() && c.approx == Approx::Exact) {
            int n = i + 1;
            while (n < tokens.size() && n <= i + 2
                && (lex.isWord(tokens, n, QStringLiteral("state_nouns")) || lex.isWord(tokens, n, QStringLiteral("other_after"))))
                ++n;
            sided = StatePhrases::sameVoteAfter(lex, tokens, n);
        }
        if (const int backed = sided >= 0 ? sided
                : listed.isEmpty() && c.approx == Approx::Exact
                ? StatePhrases::backedState(lex, tokens, kindStart)
                : -1;
            backed >= 0) {
            c.kind = ClaimKind::Yes; // until the checker reads the vote of the state backed
            c.sameAs = tokens.at(backed).iso3;
            c.others = lex.before(tokens, i, QStringLiteral("other_before")).has_value()
                || lex.at(tokens, i + 1, QStringLiteral("other_after")).has_value();
            c.claimed = t.value + 1;
            c.rule = QStringLiteral("%1 = %2 + %3 that %4 it")
                         .arg(c.claimed)
                         .arg(stateName(c.sameAs))
                         .arg(t.value)
                         .arg(sided >= 0 ? QStringLiteral("sided with") : QStringLiteral("backed"));
            c.start = ctx.offset + tokens.at(std::min(backed, i)).start;
            c.end = ctx.offset + tokens.at(std::max(backed, i)).end;
            lastCountClaim = int(claims.size());
            claims.append(c);
            continue;
        }

        // "141 countries voted against Russia": against a state is the opposite of its vote.
        if (listed.isEmpty() && readOpposed(ctx, i, c)) {
            lastCountClaim = int(claims.size());
            claims.append(c);
            continue;
        }

        // "91 of the 193 member states ...": the second number is the base.
        int ofBase = -1;
        int ofAt = i + 1; // "100 стран из 193": past the noun
        if (lex.isWord(tokens, ofAt, QStringLiteral("state_nouns")))
            ++ofAt;
        if (const auto of = lex.at(tokens, ofAt, QStringLiteral("of"))) {
            int j = of->end;
            if (const auto a = lex.at(tokens, j, QStringLiteral("articles")))
                j = a->end;
            if (j < tokens.size() && tokens.at(j).type == TokenType::Number && !tokens.at(j).percent) {
                ofBase = j;
                skipBase = j;
                scanFrom = j + 1;
            } else if (const int m = membershipAfterOf(ctx, i + 1); m >= 0) {
                // "100 of the UN's 193 members declined to endorse it"
                ofBase = m;
                skipBase = m;
                scanFrom = m + 1;
            }
        }

        // "91 of the 103 states that said yes or no backed it", "141 von 146 Ja- und Nein-Stimmen": the
        // base is those voting, a count of its own; the count's vote comes after the description.
        if (ofBase >= 0 && tokens.at(ofBase).type == TokenType::Number && !isMemberNoun(ctx, ofBase + 1)) {
            int described = -1;
            if (const auto kind = baseKind(ctx, ofBase, &described, true)) {
                claims.append(baseClaim(ctx, ofBase, *kind,
                    QStringLiteral("the %1 of which %2 are a part, as the words after it describe them")
                        .arg(tokens.at(ofBase).value)
                        .arg(t.value)));
                scanFrom = described;
            }
        }

        // "із 193 членів Організації резолюцію не підтримали 52 країни", "of its 193 members": the
        // membership a later count is part of, not that count.
        if (ofBase < 0 && listed.isEmpty() && t.value >= minMembership && isMemberNoun(ctx, i + 1)) {
            // "of" ends at most two words before the number ("of its 193").
            bool afterOf = false;
            for (int k = kindStart; k > 0 && k >= kindStart - 2 && !afterOf; --k) {
                afterOf = lex.before(tokens, k, QStringLiteral("of")).has_value();
                if (tokens.at(k - 1).type != TokenType::Word)
                    break;
            }
            if (afterOf) {
                c.kind = ClaimKind::Members;
                claims.append(c);
                continue;
            }
        }
        std::optional<ClaimKind> kind = listed.isEmpty() ? std::nullopt : listedKind;
        // "Gegen die Resolution votierten Russland und elf weitere Länder", "Opposed by Russia, Belarus and
        // eight others, the resolution ...": the vote before the states.
        if (!kind && !listed.isEmpty()) {
            int first = listed.first(); // "stimmten nur Russland und ...": past "only" and fillers
            while (first > 0
                && (lex.isWord(tokens, first - 1, QStringLiteral("articles"))
                    || lex.isWord(tokens, first - 1, QStringLiteral("fillers"))
                    || lex.isWord(tokens, first - 1, QStringLiteral("only"))))
                --first;
            for (const char* role : { "count_before", "state_before" }) {
                if (const auto m = lex.before(tokens, first, QString::fromLatin1(role)); m && !kind) {
                    if (const auto k = kindOfTag(m->tag); k && isVoteCount(*k))
                        kind = k;
                }
            }
        }
        if (!kind)
            kind = kindOfCount(ctx, i, kindStart, scanFrom);
        // "Из 35 воздержавшихся государств четыре входят в ОДКБ", "18 Gegenstimmen, von denen drei ...": a
        // part of a group named before, not a count of the vote.
        if (kind && listed.isEmpty()
            && (kind == openingBase || lex.before(tokens, kindStart, QStringLiteral("of_which"))))
            continue;
        // "All 3 members of the council took part": the membership, whatever they did.
        if (c.approx == Approx::Exact && !allBut && listed.isEmpty()
            && lex.before(tokens, i, QStringLiteral("all")) && isMemberNoun(ctx, i + 1)) {
            c.kind = ClaimKind::Members;
            claims.append(c);
            if (kind != ClaimKind::Present)
                continue;
        }
        // "ein Kinderhilfsprojekt mit zwei Millionen Euro unterstützt": more than any assembly has members is
        // no count of states.
        if (kind && c.claimed > maxStates)
            kind.reset();
        if (kind) {
            c.kind = *kind;
            if (allBut) {
                // "all but 12 voted in favour": 12 not in favour, of the members, of those voting or of
                // those present (the checker accepts any of the three bases); "all but 33 took part":
                // the 33 did not vote.
                if (c.kind != ClaimKind::Yes && c.kind != ClaimKind::Present)
                    continue;
                const bool yes = c.kind == ClaimKind::Yes;
                c.kind = yes ? ClaimKind::NotInFavour : ClaimKind::NonVoting;
                if (yes)
                    c.base = QStringLiteral("all_but");
                c.rule = yes ? QStringLiteral("all but %1 in favour = %1 not in favour").arg(c.claimed)
                             : QStringLiteral("all but %1 took part = %1 not voting").arg(c.claimed);
                c.start = ctx.offset + tokens.at(kindStart).start;
            } else if (c.approx != Approx::Exact) {
                c.tolerance
                    = c.approx == Approx::About || c.approx == Approx::Nearly ? countTolerance(c.claimed) : 0;
                c.rule = approxRule(c.approx, c.claimed, c.tolerance);
                c.start = ctx.offset + tokens.at(kindStart).start;
            }
            if (!listed.isEmpty()) {
                QStringList names;
                for (int j : listed)
                    names << stateName(tokens.at(j).iso3);
                c.claimed = t.value + listed.size();
                c.rule = QStringLiteral("%1 = %2 + %3 others")
                             .arg(c.claimed)
                             .arg(names.join(QStringLiteral(", ")))
                             .arg(t.value);
                c.start = ctx.offset + tokens.at(listed.first()).start;
                c.end = ctx.offset + tokens.at(otherEnd - 1).end;
            }
            lastCountClaim = int(claims.size());
            claims.append(c);
            const std::optional<Vote> vote = voteOfKind(c.kind);
            for (int j : listed) {
                if (!vote)
                    break;
                Claim s;
                s.kind = ClaimKind::StateVote;
                s.state = tokens.at(j).iso3;
                s.stateVote = *vote;
                s.start = ctx.offset + tokens.at(j).start;
                s.end = ctx.offset + tokens.at(j).end;
                s.rule = QStringLiteral("named among the %1 %2").arg(c.claimed).arg(votePhrase(s.stateVote));
                claims.append(s);
            }
            if (ofBase >= 0 && isMemberNoun(ctx, ofBase + 1))
                claims.append(membersClaim(ctx, ofBase));
            continue;
        }
        if (!listed.isEmpty() || allBut)
            continue; // countries named outside a vote claim are not a vote claim

        // "140 Staaten hätten zugestimmt; tatsächlich waren es 141", "la cifra correcta es 65": in a sentence
        // that reports a correction, a bare figure ending its clause is the corrected one, of the kind
        // before.
        if (ctx.explained && lastCountClaim >= 0 && c.approx == Approx::Exact
            && (i + 1 >= tokens.size() || tokens.at(i + 1).type == TokenType::Punct)) {
            c.kind = claims.at(lastCountClaim).kind;
            c.rule = QStringLiteral("the corrected figure, of the kind before it");
            claims.append(c);
            continue;
        }
        // "The ministry put the number at 92": the figure the article gave before, of a kind the checker
        // reads from the earlier sentences.
        if (const auto a = lex.before(tokens, kindStart, QStringLiteral("figure_anaphora"))) {
            c.kind = ClaimKind::Quantity;
            c.anaphoric = true;
            c.noun = tokens.at(a->start).text;
            for (int k = a->start + 1; k < a->end; ++k)
                c.noun += u' ' + tokens.at(k).text;
            lastCountClaim = int(claims.size());
            claims.append(c);
            continue;
        }

        // "Gemessen an allen 193 Mitgliedstaaten entsprechen 91 Stimmen gut 47 Prozent": a number of votes
        // with no vote word repeats the count of that value the article gave before, if it gave one.
        if (c.approx == Approx::Exact && !t.words && lex.isWord(tokens, i + 1, QStringLiteral("votes"))) {
            c.kind = ClaimKind::Quantity;
            c.echo = true;
            c.noun = tokens.at(i + 1).text;
            claims.append(c);
            continue;
        }
        // "the 193 members", "— загалом в ООН на той час — 193 члени", "Total: 193 member states": the
        // membership, when it is at least half of today's 193 or follows an article ("the 15 members").
        // Fewer after a verb are members doing something ("unterstützten 52 Mitgliedstaaten ...", "57
        // members sat on the fence": a quantity, unverifiable); "the 15-member Security Council" is a
        // body's membership.
        if (isMemberNoun(ctx, i + 1)
            && (t.value >= minMembership || lex.isWord(tokens, kindStart - 1, QStringLiteral("articles")))) {
            c.kind = ClaimKind::Members;
            claims.append(c);
            continue;
        }
        // A number of something else: "1,850 children". Words ("two of them") are left alone, and so is a
        // number before a relative pronoun or an article ("sur les 193 que compte l'organisation"): it
        // names nothing.
        // Nor is a number in a name: "Canal 9 Noticias", "NewsLine 24", "Статья 18 Устава" (not in German,
        // whose nouns are all capitalised: "nach Kiewer Darstellung 48 Staaten").
        const bool named = kindStart == i && i > 1 && tokens.at(i - 1).type == TokenType::Word
            && tokens.at(i - 1).upper && lex.lang() != u"de";
        if (!t.words && !named && !inQuotation.value(i) && i + 1 < tokens.size()
            && !describesListAfter(ctx, i) && tokens.at(i + 1).type == TokenType::Word
            && !lex.isWord(tokens, i + 1, QStringLiteral("relatives"))
            && !lex.isWord(tokens, i + 1, QStringLiteral("articles"))
            && !lex.at(tokens, i + 1, QStringLiteral("of"))) {
            c.kind = ClaimKind::Quantity;
            c.noun = tokens.at(i + 1).text;
            claims.append(c);
        }
    }
}
