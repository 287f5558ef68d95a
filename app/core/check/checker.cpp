// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/checker.h"

#include "core/check/checkphrases.h"
#include "core/check/claimreferences.h"
#include "core/check/crosscheck.h"
#include "core/check/factorcheck.h"
#include "core/check/language.h"
#include "core/check/procedurecheck.h"

#include <QHash>
#include <QLocale>
#include <QSet>

using namespace CheckPhrases;
using namespace ClaimReferences;

namespace {

bool shareMatches(const Claim& c, double share)
{
    const double p = *c.percent;
    if (const auto bound = boundHolds(c.approx, share, p))
        return *bound;
    return std::abs(share - p) <= c.tolerance + 1e-9;
}


/// A share: "47 per cent of members", "88% of those voting", "nearly half". Without a stated base
/// the claim holds when it holds of the members, of those voting or of those present.
void checkShare(Claim& c, const VoteRecord& r, const QString& rule)
{
    const VoteTotals t = r.totals();
    QString how;
    const std::optional<qint64> count = recordedCount(c.kind, r, &how);
    const qint64 voting = t.count(Vote::Yes) + t.count(Vote::No);
    const QList<std::pair<QString, qint64>> bases = {
        { QStringLiteral("members"), r.membership },
        { QStringLiteral("voting"), voting },
        { QStringLiteral("present"), voting + t.count(Vote::Abstain) },
    };
    QStringList shown;
    bool matched = false;
    for (const auto& [name, total] : bases) {
        if (!count || total <= 0 || (!c.base.isEmpty() && c.base != name))
            continue;
        const double share = 100.0 * double(*count) / double(total);
        matched = matched || shareMatches(c, share);
        shown << QStringLiteral("%1 of %2 %3 = %4%").arg(*count).arg(total).arg(name).arg(share, 0, 'f', 1);
    }
    const QString tolerance
        = c.tolerance > 0 ? QStringLiteral(" (within \u00B1%1 points)").arg(c.tolerance) : QString();
    if (shown.isEmpty()) {
        c.verdict = Verdict::Unverifiable;
        c.explanation = QStringLiteral("Claimed %1%2: the record %3 does not give the base.")
                            .arg(claimPhrase(c), rule, r.symbol);
        return;
    }
    const QString shows = shown.join(QStringLiteral("; "));
    if (matched) {
        c.verdict = Verdict::Consistent;
        c.explanation = QStringLiteral("Claimed %1%2%3; the record %4 shows %5.")
                            .arg(claimPhrase(c), tolerance, rule, r.symbol, shows);
    } else if (c.revisionExplained) {
        c.verdict = Verdict::Revised;
        c.explanation
            = QStringLiteral("Claimed %1%2%3, a figure reported as changed after the vote. The record %4 "
                             "shows %5.")
                  .arg(claimPhrase(c), tolerance, rule, r.symbol, shows);
    } else {
        c.verdict = Verdict::ContradictsRecord;
        c.explanation = QStringLiteral("Claimed %1%2%3, but the record %4 shows %5.")
                            .arg(claimPhrase(c), tolerance, rule, r.symbol, shows);
    }
}

void checkClaim(Claim& c, const VoteRecord& r, const QString& statementText, int statementStart)
{
    // "Рівно чотири роки тому, у середу, 2 березня 2022 року, Генеральна Асамблея ...", checked against the
    // vote of 2 March 2022: the time told is the record's.
    if (c.otherDated && r.date.isValid() && c.otherYear == r.date.year())
        c.otherTime.clear();
    // The outcome and the date of another vote ("Russia vetoed a draft in the Security Council on Feb. 25")
    // are no claims about this one.
    const bool otherCanTell = c.kind == ClaimKind::Outcome || c.kind == ClaimKind::Date;
    // "resolution ES-11/7, in February 2025, ..." in an article checked against the vote of 2022: the symbol
    // or title of another vote, told with its year.
    const bool otherIdentity = (c.kind == ClaimKind::Symbol || c.kind == ClaimKind::Title) && !c.otherTime.isEmpty()
        && c.otherYear != 0 && r.date.isValid() && c.otherYear != r.date.year();
    if (isProcedure(c.kind) && (!otherCanTell || c.otherTime.isEmpty())) {
        ProcedureCheck::check(c, r);
        if (!otherIdentity || c.verdict != Verdict::ContradictsRecord)
            return;
    }
    const QString rule = c.rule.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.rule);
    if (!c.otherTime.isEmpty()
        && (c.otherYear == 0 || !r.date.isValid() || c.otherYear != r.date.year() || otherCanTell || otherIdentity)) {
        QString what = claimPhrase(c);
        if (c.kind == ClaimKind::Outcome) {
            what = c.adopted ? QStringLiteral("a text adopted") : QStringLiteral("a text rejected");
        } else if (c.kind == ClaimKind::Members) {
            what = QStringLiteral("a body of %1 members").arg(number(c.claimed));
        } else if (c.kind == ClaimKind::StateVote) {
            const MemberState* m = MemberStates::find(c.state);
            what = QStringLiteral("%1 %2among those %3")
                       .arg(m ? m->name : c.state, c.notVote ? QStringLiteral("not ") : QString(), votePhrase(c.stateVote));
        } else if (c.kind == ClaimKind::Symbol || c.kind == ClaimKind::Title) {
            what = QStringLiteral("\u201C%1\u201D").arg(c.text);
        } else if (c.kind == ClaimKind::Comparison) {
            what = QStringLiteral("more %1 than %2")
                       .arg(votePhrase(*voteOfKind(c.comparedKind)), votePhrase(*voteOfKind(c.compareWith)));
        }
        c.verdict = Verdict::Unverifiable;
        // "Once the amendments had been adopted, the United States abstained": the outcome or the time of
        // another vote sets the scene for the sentence's claims about this one.
        c.aside = c.kind == ClaimKind::Outcome || c.kind == ClaimKind::Date;
        c.explanation
            = QStringLiteral("Claimed %1%2 of another vote (\u201C%3\u201D): the record %4 holds only "
                             "the vote of %5 on the resolution itself and cannot settle it.")
                  .arg(what, rule, c.otherTime, r.symbol,
                      r.date.isValid() ? r.date.toString(Qt::ISODate) : QStringLiteral("an unknown date"));
        return;
    }
    switch (c.kind) {
    case ClaimKind::Yes:
    case ClaimKind::No:
    case ClaimKind::Abstain:
    case ClaimKind::NonVoting:
    case ClaimKind::Members:
    case ClaimKind::Present:
    case ClaimKind::Voting:
    case ClaimKind::NotInFavour: {
        if (c.percent) {
            checkShare(c, r, rule);
            return;
        }
        QString how;
        std::optional<qint64> recorded = recordedCount(c.kind, r, &how);
        if (c.kind == ClaimKind::NotInFavour && c.base == u"all_but") {
            // "all but 12 backed it": the 12 may be counted among the members, those voting or those present.
            const VoteTotals t = r.totals();
            const qint64 yes = t.count(Vote::Yes);
            const qint64 voting = yes + t.count(Vote::No);
            const qint64 present = voting + t.count(Vote::Abstain);
            const QList<std::pair<qint64, QString>> readings = {
                { voting - yes,
                    QStringLiteral(" (of %1 voting yes or no, %2 in favour)").arg(voting).arg(yes) },
                { present - yes, QStringLiteral(" (of %1 present, %2 in favour)").arg(present).arg(yes) },
                { r.membership - yes,
                    QStringLiteral(" (%1 members - %2 in favour)").arg(r.membership).arg(yes) },
            };
            recorded.reset();
            for (const auto& [value, text] : readings) {
                if (value == c.claimed) {
                    recorded = value;
                    how = text;
                    break;
                }
            }
            if (!recorded) {
                const auto& fallback = r.membership > 0 ? readings.last() : readings.first();
                recorded = fallback.first;
                how = fallback.second;
            }
        }
        if (!recorded) {
            c.verdict = Verdict::Unverifiable;
            c.explanation = QStringLiteral("Claimed %1%2: the record %3 does not give the membership.")
                                .arg(claimPhrase(c), rule, r.symbol);
            return;
        }
        c.recorded = recorded;
        const auto [lo, hi] = claimRange(c);
        const QString shows = countPhrase(c.kind, *recorded) + how;
        if (double(*recorded) >= lo && double(*recorded) <= hi) {
            c.verdict = Verdict::Consistent;
            c.explanation = QStringLiteral("Claimed %1%2; the record %3 shows %4.")
                                .arg(claimPhrase(c), rule, r.symbol, shows);
        } else if (c.revisionExplained || c.revisedFrom) {
            c.verdict = Verdict::Revised;
            const QString before = c.revisedFrom
                ? QStringLiteral(" (initially %1, the article says)").arg(number(*c.revisedFrom))
                : QString();
            c.explanation = QStringLiteral(
                "Claimed %1%2, a figure reported as changed after the vote%3. The record %4 "
                "shows %5: a recorded vote is never changed afterwards; a delegation can only "
                "put on record how it meant to vote.")
                                .arg(claimPhrase(c), rule, before, r.symbol, shows);
        } else {
            c.verdict = Verdict::ContradictsRecord;
            c.explanation = QStringLiteral("Claimed %1%2, but the record %3 shows %4.")
                                .arg(claimPhrase(c), rule, r.symbol, shows);
        }
        return;
    }
    case ClaimKind::Comparison: {
        const VoteTotals t = r.totals();
        const qint64 a = t.count(*voteOfKind(c.comparedKind));
        const qint64 b = t.count(*voteOfKind(c.compareWith));
        c.recorded = a - b;
        if (c.factor && b > 0) {
            // "seven times as many abstained as opposed": the ratio of the record's counts.
            const double ratio = double(a) / double(b);
            c.verdict = FactorCheck::matches(*c.factor, c.approx, ratio) ? Verdict::Consistent : Verdict::ContradictsRecord;
            c.explanation = QStringLiteral("Claimed %1%2; the record %3 shows %4 and %5: %6 times (%7).")
                                .arg(FactorCheck::phrase(c), rule, r.symbol, countPhrase(c.comparedKind, a),
                                    countPhrase(c.compareWith, b), QLocale::c().toString(ratio, 'f', 2),
                                    FactorCheck::rule(*c.factor, c.approx));
            return;
        }
        if (c.margin) {
            // "28 more", "outnumbered them by 45": the difference of the record's counts.
            c.verdict = a - b == *c.margin ? Verdict::Consistent : Verdict::ContradictsRecord;
            c.explanation = QStringLiteral("Claimed %1 more %2 than %3%4; the record %5 shows %6 and %7: %8 more.")
                                .arg(number(*c.margin), votePhrase(*voteOfKind(c.comparedKind)),
                                    votePhrase(*voteOfKind(c.compareWith)), rule, r.symbol,
                                    countPhrase(c.comparedKind, a), countPhrase(c.compareWith, b), number(a - b));
            return;
        }
        c.verdict = a > b ? Verdict::Consistent : Verdict::ContradictsRecord;
        c.explanation
            = QStringLiteral("Claimed more %1 than %2%3; the record %4 shows %5 and %6.")
                  .arg(votePhrase(*voteOfKind(c.comparedKind)), votePhrase(*voteOfKind(c.compareWith)), rule,
                      r.symbol, countPhrase(c.comparedKind, a), countPhrase(c.compareWith, b));
        return;
    }
    case ClaimKind::StateVote: {
        if (!c.sameAs.isEmpty()) {
            // "The United States voted with Russia": the companion's recorded vote is the claim.
            const StateVote* with = r.voteOf(c.sameAs);
            const MemberState* wm = MemberStates::find(c.sameAs);
            const QString withName = with ? with->name : (wm ? wm->name : c.sameAs);
            if (!with) {
                c.verdict = Verdict::Unverifiable;
                c.explanation = QStringLiteral("Claimed a vote like %1's: the record %2 does not list %1.")
                                    .arg(withName, r.symbol);
                return;
            }
            c.stateVote = with->vote;
            c.rule = QStringLiteral("voted with %1, which the record shows %2")
                         .arg(withName, stateVotePhrase(with->vote));
        }
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
        if (c.notVote) {
            c.verdict = v->vote != c.stateVote ? Verdict::Consistent : Verdict::ContradictsRecord;
            c.explanation = QStringLiteral("%1 is said not to have voted %2; the record %3 shows it %4.")
                                .arg(c.stateName, votePhrase(c.stateVote), r.symbol, stateVotePhrase(v->vote));
            return;
        }
        if (v->vote != c.stateVote
            && (c.revisionExplained || (c.laterIfAbsent && v->vote == Vote::NonVoting))) {
            c.verdict = Verdict::Revised;
            c.explanation
                = QStringLiteral("%1 is named among those %2, a change reported after the vote; the "
                                 "record %3 shows it %4: a recorded vote is never changed afterwards.")
                      .arg(c.stateName, votePhrase(c.stateVote), r.symbol, stateVotePhrase(v->vote));
            return;
        }
        c.verdict = v->vote == c.stateVote ? Verdict::Consistent : Verdict::ContradictsRecord;
        c.explanation = QStringLiteral("%1 is named among those %2; the record %3 shows it %4.")
                            .arg(c.stateName, votePhrase(c.stateVote), r.symbol, stateVotePhrase(v->vote));
        if (!c.sameAs.isEmpty())
            c.explanation += QStringLiteral(" (Said to have %1.)").arg(c.rule);
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
        if (c.anaphoric) {
            c.explanation = QStringLiteral("Claimed %1 as \u201C%2\u201D, but the article gives no count of "
                                           "votes before it: the record %3 cannot tell what it counts.")
                                .arg(what, c.noun, r.symbol);
            return;
        }
        if (c.base == u"scope") {
            c.explanation
                = QStringLiteral("Claimed %1 of a part of the membership (\u201C%2\u201D): the record %3 "
                                 "gives totals of all members, which cannot settle it.")
                      .arg(what, c.noun, r.symbol);
            return;
        }
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

/// "Resolution ES-11/7 was adopted by 93 votes to 18" checked against ES-11/8: a sentence that names
/// another resolution, and not the record's, tells of that resolution's vote.
void markOtherResolution(QList<Claim>& claims, const VoteRecord& r)
{
    QString other;
    for (const Claim& c : claims) {
        if (c.kind != ClaimKind::Symbol)
            continue;
        if (c.text.compare(r.symbol, Qt::CaseInsensitive) == 0)
            return;
        if (!c.text.contains(QStringLiteral("/L."), Qt::CaseInsensitive) && other.isEmpty())
            other = c.text;
    }
    if (other.isEmpty())
        return;
    for (Claim& c : claims) {
        if ((isVoteCount(c.kind) || c.kind == ClaimKind::Present || c.kind == ClaimKind::Voting
                || c.kind == ClaimKind::NotInFavour || c.kind == ClaimKind::StateVote
                || c.kind == ClaimKind::Comparison)
            && c.otherTime.isEmpty())
            c.otherTime = other;
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
    qsizetype lastCountSentence = -2; // the sentence that gave it
    std::optional<Vote> lastStateVote; // the vote of the last state named with one, for "so did China"
    qsizetype lastStateVoteSentence = -2;
    std::optional<ClaimKind> lastCount; // the kind of the last count of votes, for "the number"
    QHash<int, qint64> lastValues; // the last value given of each kind of count
    for (qsizetype i = 0; i < article.sentences.size(); ++i) {
        const Sentence& s = article.sentences.at(i);
        const bool headline
            = i == 0 && !s.text.isEmpty() && !QStringLiteral(".!?\u2026").contains(s.text.back());
        // "Did it need a two-thirds majority?", "Is 91 the final number?": a question claims nothing.
        if (s.text.endsWith(u'?') || s.text.endsWith(u'\uFF1F'))
            continue;
        QList<Claim> claims = reader.extract(s.text, s.start, headline);
        // Claims that lean on the sentence before, dropped where it gave nothing to lean on: "Among them,
        // China and India" (the group it counted), "So did China", "L'Inde aussi." (the vote it gave).
        const std::optional<Vote> groupVote
            = lastCount && lastCountSentence == i - 1 ? voteOfKind(*lastCount) : std::nullopt;
        const std::optional<Vote> sameVote = lastStateVoteSentence == i - 1 ? lastStateVote : std::nullopt;
        claims.removeIf(
            [&](const Claim& c) { return (c.groupBefore && !groupVote) || (c.voteBefore && !sameVote); });
        for (Claim& c : claims) {
            if (c.groupBefore) {
                c.stateVote = *groupVote;
                c.rule = QStringLiteral("named among the %1 of the sentence before")
                             .arg(votePhrase(c.stateVote));
            } else if (c.voteBefore) {
                c.stateVote = *sameVote;
                c.rule = QStringLiteral("named as doing the same as the states of the sentence before (%1)")
                             .arg(votePhrase(c.stateVote));
            }
        }
        namedAmongCounts(claims, lastValues);
        if (claims.isEmpty())
            continue;
        // "... five countries: Russia, Belarus and North Korea. Eritrea and Syria made up the rest.": the
        // states that do the same as those of the sentence before complete its list.
        if (!result.statements.isEmpty() && result.statements.last().sentence == i - 1) {
            QSet<QString> named;
            for (const Claim& c : result.statements.last().claims) {
                if (c.kind == ClaimKind::StateVote)
                    named.insert(c.state);
            }
            const qsizetype more = std::count_if(claims.cbegin(), claims.cend(), [&](const Claim& c) {
                return c.kind == ClaimKind::StateVote && c.voteBefore && !named.contains(c.state);
            });
            for (Claim& c : result.statements.last().claims) {
                if (c.listSize && more > 0 && voteOfKind(c.kind) == sameVote && c.claimed < c.listOf) {
                    c.claimed += more;
                    c.rule = QStringLiteral("%1 states named as the %2 %3: %4 here, %5 in the next sentence")
                                 .arg(c.claimed)
                                 .arg(c.listOf)
                                 .arg(votePhrase(*sameVote))
                                 .arg(c.claimed - more)
                                 .arg(more);
                    checkClaim(c, record, result.statements.last().text, result.statements.last().start);
                }
            }
        }
        markOtherResolution(claims, record);
        Statement st;
        st.index = int(result.statements.size());
        st.sentence = int(i);
        st.start = s.start;
        st.end = s.end;
        st.text = s.text;
        for (Claim& c : claims) {
            if (c.anaphoric && lastCount) {
                // "put the figure at 92" after 91 in favour, 12 against and 57 abstaining: the count it
                // is nearest to, within a quarter; else the last one given.
                ClaimKind kind = *lastCount;
                double best = 0.25;
                for (auto it = lastValues.cbegin(); it != lastValues.cend(); ++it) {
                    const double off
                        = std::abs(double(c.claimed - it.value())) / double(std::max<qint64>(1, it.value()));
                    if (off < best) {
                        best = off;
                        kind = ClaimKind(it.key());
                    }
                }
                c.rule = QStringLiteral("\u201C%1\u201D read as the %2 count the article gave before")
                             .arg(c.noun, votePhrase(*voteOfKind(kind)));
                c.kind = kind;
            }
            if (c.kind != ClaimKind::StateVote && !c.sameAs.isEmpty())
                resolveBackedCount(c, record);
            if (isVoteCount(c.kind) && voteOfKind(c.kind) && !c.percent) {
                lastCount = c.kind;
                lastCountSentence = i;
                lastValues[int(c.kind)] = c.claimed;
            }
            if (c.kind == ClaimKind::StateVote && c.sameAs.isEmpty()) {
                // "China did not support the text. Nor did India.": no vote to carry on.
                lastStateVote = c.notVote ? std::nullopt : std::optional<Vote>(c.stateVote);
                lastStateVoteSentence = i;
            }
            checkClaim(c, record, s.text, s.start);
        }
        st.claims = std::move(claims);
        result.statements.append(std::move(st));
    }

    QList<Statement>& list = result.statements;
    CrossCheck::counts(list);
    CrossCheck::quantities(list);
    for (Statement& st : list) {
        std::sort(st.related.begin(), st.related.end());
        st.verdict = Verdict::Consistent;
        const bool onlyAside
            = std::all_of(st.claims.cbegin(), st.claims.cend(), [](const Claim& c) { return c.aside; });
        for (const Claim& c : st.claims) {
            if (!c.aside || onlyAside)
                st.verdict = moreSevere(st.verdict, c.verdict);
        }
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
