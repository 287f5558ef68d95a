// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/crosscheck.h"

#include "core/check/checkphrases.h"

#include <QHash>
#include <QSet>

using namespace CheckPhrases;

namespace {

bool crossChecked(const Claim& c)
{
    return !c.percent && !c.listSize && c.otherTime.isEmpty() && c.base != u"all_but"
        && (isVoteCount(c.kind) || c.kind == ClaimKind::Members || c.kind == ClaimKind::Present
            || c.kind == ClaimKind::Voting || c.kind == ClaimKind::NotInFavour
            || c.kind == ClaimKind::Sponsors);
}

bool explainsChange(const Claim& c)
{
    return c.revisionExplained || c.revisedFrom.has_value();
}

constexpr int maxRelated = 16; // per kind and side: hostile text must not make the lists quadratic
constexpr int maxNamed = 3; // statements named in one explanation
constexpr int maxApproximate = 64; // approximate mentions compared per kind
constexpr int quantityNounKey = 5; // letters of a quantity's noun that name it ("children", "child")

} // namespace

/// Against the article itself: the same figure given differently elsewhere, with no explanation of a
/// change, contradicts the article; statements about the same figures point at each other. An
/// approximate figure differs from another only when their ranges do not meet ("about 90" and 91
/// agree; "more than 95" and 91 do not).
void CrossCheck::counts(QList<Statement>& list)
{
    struct Mention
    {
        qint64 value;
        int statement;
        const Claim* claim;
    };
    QHash<int, QList<int>> statementsByKind; // ascending, unique
    QHash<int, QList<Mention>> exactByKind; // sorted by value, then statement
    QHash<int, QList<Mention>> approxByKind; // the first maxApproximate, in article order
    for (const Statement& s : list) {
        for (const Claim& c : s.claims) {
            if (!crossChecked(c))
                continue;
            QList<int>& statements = statementsByKind[int(c.kind)];
            if (statements.isEmpty() || statements.last() != s.index)
                statements.append(s.index);
            if (explainsChange(c))
                continue;
            if (c.approx == Approx::Exact)
                exactByKind[int(c.kind)].append({ c.claimed, s.index, &c });
            else if (approxByKind[int(c.kind)].size() < maxApproximate)
                approxByKind[int(c.kind)].append({ c.claimed, s.index, &c });
        }
    }
    for (QList<Mention>& mentions : exactByKind) {
        std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
            return a.value != b.value ? a.value < b.value : a.statement < b.statement;
        });
    }
    for (Statement& a : list) {
        QSet<int> related;
        for (Claim& ca : a.claims) {
            if (!crossChecked(ca))
                continue;
            const QList<int>& statements = statementsByKind.value(int(ca.kind));
            const auto at = std::lower_bound(statements.cbegin(), statements.cend(), a.index);
            for (auto it = std::max(statements.cbegin(), at - maxRelated);
                 it != statements.cend() && it <= at + maxRelated; ++it) {
                if (*it != a.index)
                    related.insert(*it);
            }
            // A changed figure is checked against the record, where there is one; co-sponsors have none,
            // so a change the article explains is "revised" against the figure it gave before.
            const bool explained = explainsChange(ca);
            if (explained && ca.kind != ClaimKind::Sponsors)
                continue;
            const auto [lo, hi] = claimRange(ca);
            // Exact values outside this claim's range; the values inside it are one run to skip.
            const QList<Mention>& mentions = exactByKind[int(ca.kind)];
            const auto runStart = std::lower_bound(mentions.cbegin(), mentions.cend(), lo,
                [](const Mention& m, double v) { return double(m.value) < v; });
            const auto runEnd = std::upper_bound(runStart, mentions.cend(), hi,
                [](double v, const Mention& m) { return v < double(m.value); });
            QStringList others;
            auto name = [&](const Mention& m) {
                others << QStringLiteral("statement %1 gives %2")
                              .arg(m.statement + 1)
                              .arg(claimPhrase(*m.claim));
            };
            // A figure less than half of the other is taken for another count (of another vote, a region,
            // a misread phrase), not for the same count given twice: "12 against" and "39 co-authors".
            const auto sameCount = [&](qint64 value) {
                const qint64 small = std::min(value, ca.claimed);
                const qint64 large = std::max(value, ca.claimed);
                return 2 * small >= large;
            };
            auto collect = [&](auto from, auto to) {
                for (auto it = from; it != to && others.size() < maxNamed; ++it) {
                    if (it->statement != a.index && sameCount(it->value))
                        name(*it);
                }
            };
            collect(runEnd, mentions.cend());
            collect(mentions.cbegin(), runStart);
            for (const Mention& m : approxByKind.value(int(ca.kind))) {
                if (others.size() >= maxNamed)
                    break;
                const auto [mlo, mhi] = claimRange(*m.claim);
                if (m.statement != a.index && (mhi < lo || mlo > hi) && sameCount(m.value))
                    name(m);
            }
            if (others.isEmpty())
                continue;
            if (explained) {
                ca.verdict = moreSevere(ca.verdict, Verdict::Revised);
                ca.explanation
                    += QStringLiteral(" Elsewhere in this article %1; this statement reports a change.")
                           .arg(others.join(QStringLiteral("; ")));
                continue;
            }
            ca.verdict = moreSevere(ca.verdict, Verdict::ContradictsArticle);
            ca.explanation += QStringLiteral(" Elsewhere in this article %1 instead.")
                                  .arg(others.join(QStringLiteral("; ")));
        }
        a.related = QList<int>(related.cbegin(), related.cend());
    }
}

/// Numbers of something else ("19,546 children" and later "20,000 children"): the record cannot settle
/// them, but the same noun given two exact figures close enough to be one figure (within half of the
/// smaller) contradicts the article. Figures far apart ("19,546 deported", "1,850 returned") are taken
/// for different things.
void CrossCheck::quantities(QList<Statement>& list)
{
    struct Mention
    {
        QString noun;
        qint64 value;
        int statement;
        Claim* claim;
    };
    QList<Mention> mentions;
    for (Statement& s : list) {
        for (Claim& c : s.claims) {
            if (c.kind == ClaimKind::Quantity && !c.anaphoric && c.approx == Approx::Exact && c.claimed > 0
                && mentions.size() < maxApproximate)
                mentions.append({ c.noun.toLower().left(quantityNounKey), c.claimed, s.index, &c });
        }
    }
    for (const Mention& a : mentions) {
        QStringList others;
        for (const Mention& b : mentions) {
            if (b.statement == a.statement || b.noun != a.noun || b.value == a.value
                || others.size() >= maxNamed)
                continue;
            const qint64 lo = std::min(a.value, b.value);
            const qint64 hi = std::max(a.value, b.value);
            if (2 * (hi - lo) > lo)
                continue;
            others << QStringLiteral("statement %1 gives %2 %3")
                          .arg(b.statement + 1)
                          .arg(number(b.value), b.claim->noun);
            list[a.statement].related.append(b.statement);
        }
        if (others.isEmpty())
            continue;
        const bool explained = explainsChange(*a.claim);
        a.claim->verdict
            = moreSevere(a.claim->verdict, explained ? Verdict::Revised : Verdict::ContradictsArticle);
        a.claim->explanation += explained
            ? QStringLiteral(" Elsewhere in this article %1; this statement reports a change.")
                  .arg(others.join(QStringLiteral("; ")))
            : QStringLiteral(" Elsewhere in this article %1 instead.").arg(others.join(QStringLiteral("; ")));
    }
    for (Statement& s : list) {
        std::sort(s.related.begin(), s.related.end());
        s.related.erase(std::unique(s.related.begin(), s.related.end()), s.related.end());
    }
}
