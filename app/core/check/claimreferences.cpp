// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/claimreferences.h"

#include "core/record/memberstates.h"

namespace ClaimReferences {

/// The record's value of a count, with how it was found ("193 members - 91 in favour"); nullopt
/// when the record does not give it.
std::optional<qint64> recordedCount(ClaimKind kind, const VoteRecord& r, QString* how)
{
    const VoteTotals t = r.totals();
    switch (kind) {
    case ClaimKind::Yes:
    case ClaimKind::No:
    case ClaimKind::Abstain:
    case ClaimKind::NonVoting:
        return t.count(*voteOfKind(kind));
    case ClaimKind::Members:
        return r.membership > 0 ? std::optional<qint64>(r.membership) : std::nullopt;
    case ClaimKind::Present: {
        const qint64 n = t.count(Vote::Yes) + t.count(Vote::No) + t.count(Vote::Abstain);
        *how = QStringLiteral(" (%1 + %2 + %3, yes + no + abstain)")
                   .arg(t.count(Vote::Yes))
                   .arg(t.count(Vote::No))
                   .arg(t.count(Vote::Abstain));
        return n;
    }
    case ClaimKind::Voting:
        *how = QStringLiteral(" (%1 + %2, yes + no)").arg(t.count(Vote::Yes)).arg(t.count(Vote::No));
        return t.count(Vote::Yes) + t.count(Vote::No);
    case ClaimKind::NotInFavour:
        if (r.membership <= 0)
            return std::nullopt;
        *how = QStringLiteral(" (%1 members - %2 in favour)").arg(r.membership).arg(t.count(Vote::Yes));
        return r.membership - t.count(Vote::Yes);
    default:
        return std::nullopt;
    }
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

/// "Росію підтримали лише чотири держави": those that voted as Russia, Russia with them; "141 countries voted
/// against Russia": the opposite of its vote. The kind of the count is read from the state's recorded vote.
void resolveBackedCount(Claim& c, const VoteRecord& record)
{
    const StateVote* with = record.voteOf(c.sameAs);
    const MemberState* wm = MemberStates::find(c.sameAs);
    const QString name = with ? with->name : (wm ? wm->name : c.sameAs);
    if (!with) {
        c.kind = ClaimKind::Quantity;
        c.rule += QStringLiteral(": the record %1 does not list %2").arg(record.symbol, name);
        return;
    }
    c.rule += QStringLiteral(", which the record shows %1").arg(stateVotePhrase(with->vote));
    if (c.opposite) {
        if (with->vote != Vote::Yes && with->vote != Vote::No) {
            c.kind = ClaimKind::Quantity;
            c.rule += QStringLiteral(": no side to be against");
            return;
        }
        c.kind = with->vote == Vote::Yes ? ClaimKind::No : ClaimKind::Yes;
        c.rule += QStringLiteral("; against it is %1").arg(votePhrase(*voteOfKind(c.kind)));
        return;
    }
    c.kind = kindOfVote(with->vote);
    // "141 countries sided with Ukraine": the count may take in the state itself.
    QString how;
    if (!c.others && recordedCount(c.kind, record, &how) == c.claimed - 1) {
        c.claimed -= 1;
        c.rule += QStringLiteral("; %1 counting %2 among them").arg(c.claimed).arg(name);
    }
}

/// "Washington and Budapest were both among the 91": the vote of the count the article gave as 91 before;
/// no claim where it gave none. "91 Stimmen": the kind of that count, else a quantity.
void namedAmongCounts(QList<Claim>& claims, const QHash<int, qint64>& lastValues)
{
    // The kind of the count given as \a value; none when none was, or when two kinds were (a tie).
    const auto kindOf = [&](qint64 value) -> std::optional<ClaimKind> {
        std::optional<ClaimKind> kind;
        for (auto it = lastValues.cbegin(); it != lastValues.cend(); ++it) {
            if (it.value() != value || !voteOfKind(ClaimKind(it.key())))
                continue;
            if (kind)
                return std::nullopt;
            kind = ClaimKind(it.key());
        }
        return kind;
    };
    for (qsizetype k = claims.size() - 1; k >= 0; --k) {
        Claim& c = claims[k];
        if (c.echo) {
            if (const auto kind = kindOf(c.claimed)) {
                c.kind = *kind;
                c.rule = QStringLiteral("%1 %2: the %3 count the article gave before")
                             .arg(c.claimed)
                             .arg(c.noun, votePhrase(*voteOfKind(c.kind)));
            }
            continue;
        }
        if (!c.groupOf)
            continue;
        const auto kind = kindOf(c.groupOf);
        if (!kind) {
            claims.removeAt(k);
            continue;
        }
        c.stateVote = *voteOfKind(*kind);
        c.rule = QStringLiteral("named among the %1 %2 the article counted before")
                     .arg(c.groupOf)
                     .arg(votePhrase(c.stateVote));
    }
}

} // namespace ClaimReferences
