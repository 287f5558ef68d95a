// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/claimextractor.h"

#include "core/check/statephrases.h"

#include "core/check/countreader.h"
#include "core/check/lexicon.h"
#include "core/check/othervote.h"
#include "core/check/procedurereader.h"
#include "core/check/relativereader.h"
#include "core/check/sentencetokens.h"
#include "core/check/statelistreader.h"

#include <QRegularExpression>

namespace {

constexpr int maxTallies = 16;
constexpr int maxMembershipGap = 12; // characters between "15" and "Security Council" ("-member ")

/// "91-12-57" and "91-12" vote tallies, read as yes-no(-abstain).
void readTallies(const QString& sentence, const SentenceContext& ctx, QList<Claim>& claims)
{
    static const QRegularExpression tally(
        QStringLiteral("(?<![\\d/"
                       "\\-.])(\\d{1,3})\\s*[-\\x{2013}]\\s*(\\d{1,3})(?:\\s*[-\\x{2013}]\\s*(\\d{1,3}))?"
                       "(?![\\d/\\-]|\\.\\d)"));
    int n = 0;
    for (auto it = tally.globalMatch(sentence); it.hasNext() && n < maxTallies; ++n) {
        const auto m = it.next();
        const ClaimKind kinds[] = { ClaimKind::Yes, ClaimKind::No, ClaimKind::Abstain };
        for (int g = 1; g <= 3 && !m.captured(g).isEmpty(); ++g) {
            Claim c;
            c.kind = kinds[g - 1];
            c.claimed = m.captured(g).toLongLong();
            c.rule
                = QStringLiteral("tally %1 read as yes-no%2")
                      .arg(m.captured(0), m.captured(3).isEmpty() ? QString() : QStringLiteral("-abstain"));
            c.start = ctx.offset + int(m.capturedStart(g));
            c.end = ctx.offset + int(m.capturedEnd(g));
            c.revisionExplained = ctx.explained;
            claims.append(c);
        }
    }
}

/// "the 15-member Security Council": a membership written right before the other body's name.
bool membershipOf(const OtherVote& other, int end)
{
    return other.start >= end && other.start - end <= maxMembershipGap;
}

} // namespace

ClaimExtractor::ClaimExtractor(const QString& lang)
    : m_lang(lang)
    , m_lex(Lexicon::forLanguage(lang))
    , m_numbers(lang)
    , m_countries(lang)
{
}

QList<Claim> ClaimExtractor::extract(const QString& sentence, int offset, bool headline) const
{
    QList<Claim> claims;
    const QList<NumberMention> numbers = m_numbers.find(sentence);
    const QList<CountryMention> countries = m_countries.find(sentence);
    Tokens tokens = SentenceTokens::tokenize(sentence, numbers, countries);
    StateListReader::keepDelegations(m_lex, tokens);
    StateListReader::keepVotingCapitals(m_lex, tokens);

    SentenceContext ctx { m_lex, tokens, offset };
    ctx.taken.resize(tokens.size());
    ctx.explained = m_lex.find(tokens, QStringLiteral("revision_markers")).has_value();
    ctx.voteSentence = m_lex.find(tokens, QStringLiteral("vote_context")).has_value();

    if (ctx.voteSentence)
        readTallies(sentence, ctx, claims);
    RelativeReader::read(ctx, claims);
    if (!numbers.isEmpty())
        CountReader::read(ctx, claims);
    if (!countries.isEmpty()) {
        StateListReader::read(m_lex, tokens, offset, claims);
        // "Costa Rica later said it had meant to vote yes": a state's change of vote, reported. In a sentence
        // that reports something after the vote, a state that did not vote has declared its vote since.
        const auto change = m_lex.find(tokens, QStringLiteral("vote_change"));
        // "In einer früheren Fassung war Serbien irrtümlich bei den Enthaltungen aufgeführt": a correction of
        // the article's own earlier listing reports the vote as changed.
        const bool erratum = m_lex.find(tokens, QStringLiteral("erratum")).has_value();
        // "Le Cameroun, qui n'a pas voté, a fait savoir qu'il entendait appuyer le texte": the vote a state
        // that did not vote said afterwards it had meant to cast.
        const auto intended = change ? m_lex.find(tokens, QStringLiteral("intended"), change->start) : std::nullopt;
        for (Claim& c : claims) {
            if (c.kind != ClaimKind::StateVote)
                continue;
            c.revisionExplained = c.revisionExplained || change.has_value() || erratum;
            c.laterIfAbsent = ctx.explained;
            // Only a state named before the phrase: "...; Venezuela did not vote either" keeps its vote.
            if (const auto vote = intended ? StatePhrases::voteOfTag(intended->tag) : std::nullopt; vote
                && c.stateVote == Vote::NonVoting && !c.notVote && c.sameAs.isEmpty()
                && c.end <= offset + tokens.at(change->start).start) {
                c.stateVote = *vote;
                c.laterIfAbsent = true;
                c.rule = QStringLiteral("not voting, it said afterwards it had meant to vote %1").arg(votePhrase(*vote));
            }
        }
    }
    ProcedureReader::read(sentence, tokens, m_lang, offset, claims, headline);
    // A count of part of the membership ("sechs afrikanische Staaten") is a statement of its own only
    // where the sentence claims nothing else: beside other claims it is a detail, not a claim.
    const bool others = std::any_of(claims.cbegin(), claims.cend(),
        [](const Claim& c) { return !(c.kind == ClaimKind::Quantity && c.base == u"scope"); });
    if (others)
        claims.removeIf([](const Claim& c) { return c.kind == ClaimKind::Quantity && c.base == u"scope"; });
    // "In the Security Council, a US text was adopted with ten votes": counts, state votes and the
    // outcome of another vote.
    if (!claims.isEmpty()) {
        if (OtherVote other = OtherVote::find(sentence, m_lang); other.found()) {
            // "Рівно чотири роки тому, у середу, 2 березня 2022 року, Генеральна Асамблея ...": a time
            // without a year, in a sentence that dates its vote, is that date's.
            bool dated = false;
            if (other.time && other.year == 0) {
                for (const Claim& c : claims) {
                    if (c.kind == ClaimKind::Date && c.date.isValid()) {
                        other.year = c.date.year();
                        dated = true;
                    }
                }
            }
            for (Claim& c : claims) {
                if ((isVoteCount(c.kind) || c.kind == ClaimKind::Present || c.kind == ClaimKind::Voting
                        || c.kind == ClaimKind::NotInFavour || c.kind == ClaimKind::StateVote
                        || c.kind == ClaimKind::Comparison || c.kind == ClaimKind::Outcome
                        || c.kind == ClaimKind::Date || c.kind == ClaimKind::Symbol || c.kind == ClaimKind::Title
                        || (c.kind == ClaimKind::Members
                            && (other.mainDocument || membershipOf(other, c.end - offset))))
                    && other.covers(sentence, c.start - offset)) {
                    c.otherTime = other.phrase;
                    c.otherYear = other.year;
                    c.otherDated = dated;
                }
            }
        }
    }
    std::stable_sort(
        claims.begin(), claims.end(), [](const Claim& a, const Claim& b) { return a.start < b.start; });
    return claims;
}
