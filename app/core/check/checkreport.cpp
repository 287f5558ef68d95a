// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/checkreport.h"

#include "core/check/language.h"

#include <QJsonArray>

namespace {

QJsonValue stateVoteValue(const QString& iso3, std::optional<Vote> vote)
{
    if (!vote)
        return QJsonValue::Null;
    return QStringLiteral("%1 %2").arg(iso3, voteCode(*vote));
}

QJsonObject claimJson(const Claim& c)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), claimKindKey(c.kind));
    if (c.kind == ClaimKind::StateVote) {
        o.insert(QStringLiteral("state"), c.state);
        o.insert(QStringLiteral("claimed"),
            c.notVote ? QJsonValue(QStringLiteral("%1 not %2").arg(c.state, voteCode(c.stateVote)))
                      : stateVoteValue(c.state, c.stateVote));
        o.insert(QStringLiteral("recorded"), stateVoteValue(c.state, c.recordedStateVote));
    } else {
        o.insert(QStringLiteral("claimed"), double(c.claimed));
        o.insert(QStringLiteral("recorded"), c.recorded ? QJsonValue(double(*c.recorded)) : QJsonValue::Null);
    }
    if (c.factor)
        o.insert(QStringLiteral("factor"), *c.factor);
    if (c.margin)
        o.insert(QStringLiteral("margin"), double(*c.margin));
    if (c.approx != Approx::Exact)
        o.insert(QStringLiteral("approx"), approxKey(c.approx));
    if (c.revisedFrom)
        o.insert(QStringLiteral("revised_from"), double(*c.revisedFrom));
    if (!c.rule.isEmpty())
        o.insert(QStringLiteral("rule"), c.rule);
    o.insert(QStringLiteral("verdict"), verdictKey(c.verdict));
    return o;
}

} // namespace

QJsonObject CheckReport::toJson(const Article& article, const VoteRecord& record, const CheckResult& result)
{
    const VoteTotals t = record.totals();
    QJsonObject rec {
        { QStringLiteral("symbol"), record.symbol },
        { QStringLiteral("title"), record.title },
        { QStringLiteral("date"), record.date.toString(Qt::ISODate) },
        { QStringLiteral("yes"), t.yes },
        { QStringLiteral("no"), t.no },
        { QStringLiteral("abstain"), t.abstain },
        { QStringLiteral("non_voting"), t.nonVoting },
        { QStringLiteral("members"), record.membership },
    };
    QJsonArray statements;
    for (const Statement& s : result.statements) {
        QJsonArray claims;
        for (const Claim& c : s.claims)
            claims.append(claimJson(c));
        QJsonArray related;
        for (int r : s.related)
            related.append(r);
        statements.append(QJsonObject {
            { QStringLiteral("index"), s.index },
            { QStringLiteral("text"), s.text },
            { QStringLiteral("start"), article.codePointOffset(s.start) },
            { QStringLiteral("end"), article.codePointOffset(s.end) },
            { QStringLiteral("verdict"), verdictKey(s.verdict) },
            { QStringLiteral("explanation"), s.explanation },
            { QStringLiteral("claims"), claims },
            { QStringLiteral("related"), related },
        });
    }
    QJsonArray warnings;
    for (const QString& w : record.warnings())
        warnings.append(w);
    return QJsonObject {
        { QStringLiteral("article"), article.name },
        { QStringLiteral("lang"), result.lang },
        { QStringLiteral("record"), rec },
        { QStringLiteral("statements"), statements },
        { QStringLiteral("warnings"), warnings },
    };
}

QString CheckReport::toText(const Article& article, const VoteRecord& record, const CheckResult& result)
{
    const VoteTotals t = record.totals();
    QString out
        = QStringLiteral("%1 checked against %2 \"%3\" (%4): %5 yes, %6 no, %7 abstain, %8 non-voting\n")
              .arg(article.name, record.symbol, record.title, record.date.toString(Qt::ISODate))
              .arg(t.yes)
              .arg(t.no)
              .arg(t.abstain)
              .arg(t.nonVoting);
    out += QStringLiteral("language: %1 (%2)\n").arg(Language::name(result.lang), result.lang);
    for (const QString& w : record.warnings())
        out += QStringLiteral("warning: %1\n").arg(w);
    for (const Statement& s : result.statements) {
        out += QStringLiteral("\n[%1] %2\n    %3\n    %4\n")
                   .arg(s.index + 1)
                   .arg(verdictKey(s.verdict), s.text, s.explanation);
        if (!s.related.isEmpty()) {
            QStringList r;
            for (int i : s.related)
                r << QString::number(i + 1);
            out += QStringLiteral("    related: %1\n").arg(r.join(QStringLiteral(", ")));
        }
    }
    QStringList counts;
    for (Verdict v : allVerdicts)
        counts << QStringLiteral("%1 %2").arg(result.count(v)).arg(verdictKey(v));
    out += QStringLiteral("\n%1 statements: %2\n")
               .arg(result.statements.size())
               .arg(counts.join(QStringLiteral(", ")));
    return out;
}
