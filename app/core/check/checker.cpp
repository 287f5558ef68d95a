// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/checker.h"

#include "core/check/language.h"
#include "core/check/procedurecheck.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace {

QString number(qint64 n)
{
    static const QLocale english(QLocale::English);
    return english.toString(n);
}

QString countPhrase(ClaimKind kind, qint64 n)
{
    if (kind == ClaimKind::Members)
        return QStringLiteral("%1 members").arg(number(n));
    if (kind == ClaimKind::Sponsors)
        return QStringLiteral("%1 sponsors").arg(number(n));
    if (const auto vote = voteOfKind(kind))
        return QStringLiteral("%1 %2").arg(number(n)).arg(votePhrase(*vote));
    return number(n);
}

QString stateVotePhrase(Vote vote)
{
    switch (vote) {
    case Vote::Yes:
        return QStringLiteral("voted in favour");
    case Vote::No:
        return QStringLiteral("voted against");
    case Vote::Abstain:
        return QStringLiteral("abstained");
    case Vote::NonVoting:
        return QStringLiteral("did not vote");
    }
    return {};
}

void checkClaim(Claim& c, const VoteRecord& r, const QString& statementText, int statementStart)
{
    if (isProcedure(c.kind)) {
        ProcedureCheck::check(c, r);
        return;
    }
    const QString rule = c.rule.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.rule);
    const VoteTotals totals = r.totals();
    switch (c.kind) {
    case ClaimKind::Yes:
    case ClaimKind::No:
    case ClaimKind::Abstain:
    case ClaimKind::NonVoting:
    case ClaimKind::Members: {
        const qint64 recorded
            = c.kind == ClaimKind::Members ? r.membership : totals.count(*voteOfKind(c.kind));
        if (c.kind == ClaimKind::Members && r.membership <= 0) {
            c.verdict = Verdict::Unverifiable;
            c.explanation = QStringLiteral("Claimed %1: the record %2 does not give the membership.")
                                .arg(countPhrase(c.kind, c.claimed), r.symbol);
            return;
        }
        c.recorded = recorded;
        if (c.claimed == recorded) {
            c.verdict = Verdict::Consistent;
            c.explanation
                = QStringLiteral("Claimed %1%2; the record %3 shows %4.")
                      .arg(countPhrase(c.kind, c.claimed), rule, r.symbol, countPhrase(c.kind, recorded));
        } else if (c.revisionExplained || c.revisedFrom) {
            c.verdict = Verdict::Revised;
            const QString before = c.revisedFrom
                ? QStringLiteral(" (initially %1, the article says)").arg(number(*c.revisedFrom))
                : QString();
            c.explanation = QStringLiteral(
                "Claimed %1%2, a figure reported as changed after the vote%3. The record %4 "
                "shows %5: a recorded vote is never changed afterwards; a delegation can only "
                "put on record how it meant to vote.")
                                .arg(countPhrase(c.kind, c.claimed), rule, before, r.symbol,
                                    countPhrase(c.kind, recorded));
        } else {
            c.verdict = Verdict::ContradictsRecord;
            c.explanation
                = QStringLiteral("Claimed %1%2, but the record %3 shows %4.")
                      .arg(countPhrase(c.kind, c.claimed), rule, r.symbol, countPhrase(c.kind, recorded));
        }
        return;
    }
    case ClaimKind::StateVote: {
        const StateVote* v = r.voteOf(c.state);
        const MemberState* m = MemberStates::find(c.state);
        c.stateName = v ? v->name : (m ? m->name : c.state);
        if (!v) {
            c.verdict = Verdict::ContradictsRecord;
            c.explanation
                = QStringLiteral("%1 is named among those %2, but the record %3 does not list it at all.")
                      .arg(c.stateName, votePhrase(c.stateVote), r.symbol);
            return;
        }
        c.recordedStateVote = v->vote;
        c.verdict = v->vote == c.stateVote ? Verdict::Consistent : Verdict::ContradictsRecord;
        c.explanation = QStringLiteral("%1 is named among those %2; the record %3 shows it %4.")
                            .arg(c.stateName, votePhrase(c.stateVote), r.symbol, stateVotePhrase(v->vote));
        return;
    }
    case ClaimKind::Sponsors:
        if (r.sponsors) {
            c.recorded = r.sponsors->size();
            c.verdict = c.claimed == *c.recorded ? Verdict::Consistent : Verdict::ContradictsRecord;
            c.explanation
                = QStringLiteral("Claimed %1; the record %2 lists %3.")
                      .arg(countPhrase(c.kind, c.claimed), r.symbol, countPhrase(c.kind, *c.recorded));
        } else {
            c.verdict = Verdict::Unverifiable;
            c.explanation = QStringLiteral(
                "Claimed %1 (sponsors or co-authors): the record %2 holds no list of sponsors, "
                "so this cannot be checked against it.")
                                .arg(number(c.claimed), r.symbol);
        }
        return;
    case ClaimKind::Quantity: {
        const QString what = statementText.mid(c.start - statementStart, c.end - c.start);
        c.verdict = Verdict::Unverifiable;
        c.explanation = QStringLiteral(
            "\u201C%1 %2\u201D is not about the vote: the record %3 holds only how each member "
            "state voted.")
                            .arg(what, c.noun, r.symbol);
        return;
    }
    default:
        return; // procedure claims are checked above
    }
}

bool crossChecked(ClaimKind kind)
{
    return isVoteCount(kind) || kind == ClaimKind::Members;
}

bool explainsChange(const Claim& c)
{
    return c.revisionExplained || c.revisedFrom.has_value();
}

constexpr int maxRelated = 16; // per kind and side: hostile text must not make the lists quadratic
constexpr int maxNamed = 3; // statements named in one explanation

/// Against the article itself: the same figure given differently elsewhere, with no explanation of a
/// change, contradicts the article; statements about the same figures point at each other.
void crossCheck(QList<Statement>& list)
{
    struct Mention
    {
        qint64 value;
        int statement;
    };
    QHash<int, QList<int>> statementsByKind; // ascending, unique
    QHash<int, QList<Mention>> unexplainedByKind; // sorted by value, then statement
    for (const Statement& s : list) {
        for (const Claim& c : s.claims) {
            if (!crossChecked(c.kind))
                continue;
            QList<int>& statements = statementsByKind[int(c.kind)];
            if (statements.isEmpty() || statements.last() != s.index)
                statements.append(s.index);
            if (!explainsChange(c))
                unexplainedByKind[int(c.kind)].append({ c.claimed, s.index });
        }
    }
    for (QList<Mention>& mentions : unexplainedByKind) {
        std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
            return a.value != b.value ? a.value < b.value : a.statement < b.statement;
        });
    }
    for (Statement& a : list) {
        QSet<int> related;
        for (Claim& ca : a.claims) {
            if (!crossChecked(ca.kind))
                continue;
            const QList<int>& statements = statementsByKind.value(int(ca.kind));
            const auto at = std::lower_bound(statements.cbegin(), statements.cend(), a.index);
            for (auto it = std::max(statements.cbegin(), at - maxRelated);
                 it != statements.cend() && it <= at + maxRelated; ++it) {
                if (*it != a.index)
                    related.insert(*it);
            }
            if (explainsChange(ca))
                continue;
            // Other values of the same figure; the mentions of the claimed value are one run to skip.
            const QList<Mention>& mentions = unexplainedByKind[int(ca.kind)];
            const auto byValue = [](const Mention& m, qint64 v) { return m.value < v; };
            const auto runStart = std::lower_bound(mentions.cbegin(), mentions.cend(), ca.claimed, byValue);
            const auto runEnd = std::upper_bound(runStart, mentions.cend(), ca.claimed,
                [](qint64 v, const Mention& m) { return v < m.value; });
            QStringList others;
            auto collect = [&](auto from, auto to) {
                for (auto it = from; it != to && others.size() < maxNamed; ++it) {
                    if (it->statement != a.index)
                        others << QStringLiteral("statement %1 gives %2")
                                      .arg(it->statement + 1)
                                      .arg(countPhrase(ca.kind, it->value));
                }
            };
            collect(runEnd, mentions.cend());
            collect(mentions.cbegin(), runStart);
            if (others.isEmpty())
                continue;
            ca.verdict = moreSevere(ca.verdict, Verdict::ContradictsArticle);
            ca.explanation += QStringLiteral(" Elsewhere in this article %1 instead.")
                                  .arg(others.join(QStringLiteral("; ")));
        }
        a.related = QList<int>(related.cbegin(), related.cend());
    }
}

} // namespace

int CheckResult::count(Verdict verdict) const
{
    return int(std::count_if(statements.cbegin(), statements.cend(),
        [verdict](const Statement& s) { return s.verdict == verdict; }));
}

bool CheckResult::contradicts() const
{
    return count(Verdict::ContradictsRecord) > 0 || count(Verdict::ContradictsArticle) > 0;
}

const ClaimExtractor& Checker::extractor(const QString& lang) const
{
    std::unique_ptr<ClaimExtractor>& e = m_extractors[lang];
    if (!e)
        e = std::make_unique<ClaimExtractor>(lang);
    return *e;
}

CheckResult Checker::check(const Article& article, const VoteRecord& record, const QString& lang) const
{
    CheckResult result;
    result.recordSymbol = record.symbol;
    if (Language::isSupported(lang))
        result.lang = lang;
    else
        result.lang = Language::isSupported(article.lang) ? article.lang : Language::detect(article.text);
    const ClaimExtractor& reader = extractor(result.lang);
    for (qsizetype i = 0; i < article.sentences.size(); ++i) {
        const Sentence& s = article.sentences.at(i);
        QList<Claim> claims = reader.extract(s.text, s.start);
        if (claims.isEmpty())
            continue;
        Statement st;
        st.index = int(result.statements.size());
        st.sentence = int(i);
        st.start = s.start;
        st.end = s.end;
        st.text = s.text;
        for (Claim& c : claims)
            checkClaim(c, record, s.text, s.start);
        st.claims = std::move(claims);
        result.statements.append(std::move(st));
    }

    QList<Statement>& list = result.statements;
    crossCheck(list);
    for (Statement& st : list) {
        std::sort(st.related.begin(), st.related.end());
        st.verdict = Verdict::Consistent;
        for (const Claim& c : st.claims)
            st.verdict = moreSevere(st.verdict, c.verdict);
        QStringList parts;
        QSet<QString> seen;
        for (Verdict v : allVerdicts) {
            for (const Claim& c : st.claims) {
                if (c.verdict == v && !seen.contains(c.explanation)) {
                    seen.insert(c.explanation);
                    parts << c.explanation;
                }
            }
        }
        st.explanation = parts.join(u' ');
    }
    return result;
}
