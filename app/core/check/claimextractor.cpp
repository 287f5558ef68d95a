// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/claimextractor.h"

#include "core/check/procedurereader.h"
#include "core/check/sentencetokens.h"
#include "core/check/statelistreader.h"
#include "core/record/memberstates.h"

#include <QRegularExpression>

namespace {

constexpr qsizetype maxClaims = 64; // per sentence; a sentence with more is no news report

struct Keyword
{
    const char* phrase;
    ClaimKind kind;
};

// After the number: "91 states voted for", "12 voted against", "57 abstained".
constexpr Keyword keywordsAfter[] = {
    { "in favour", ClaimKind::Yes },
    { "in favor", ClaimKind::Yes },
    { "voted for", ClaimKind::Yes },
    { "vote for", ClaimKind::Yes },
    { "votes for", ClaimKind::Yes },
    { "voting for", ClaimKind::Yes },
    { "voted yes", ClaimKind::Yes },
    { "supported", ClaimKind::Yes },
    { "support", ClaimKind::Yes },
    { "supporting", ClaimKind::Yes },
    { "backed", ClaimKind::Yes },
    { "yes", ClaimKind::Yes },
    { "did not vote", ClaimKind::NonVoting },
    { "didn't vote", ClaimKind::NonVoting },
    { "did not take part", ClaimKind::NonVoting },
    { "did not participate", ClaimKind::NonVoting },
    { "not voting", ClaimKind::NonVoting },
    { "non voting", ClaimKind::NonVoting },
    { "absent", ClaimKind::NonVoting },
    { "against", ClaimKind::No },
    { "opposed", ClaimKind::No },
    { "opposing", ClaimKind::No },
    { "oppose", ClaimKind::No },
    { "voted no", ClaimKind::No },
    { "rejected", ClaimKind::No },
    { "abstained", ClaimKind::Abstain },
    { "abstain", ClaimKind::Abstain },
    { "abstaining", ClaimKind::Abstain },
    { "abstention", ClaimKind::Abstain },
    { "abstentions", ClaimKind::Abstain },
};

// Just before the number: "backed by 91 states", "in favour: 91", "abstentions: 57".
constexpr Keyword keywordsBefore[] = {
    { "backed by", ClaimKind::Yes },
    { "supported by", ClaimKind::Yes },
    { "in favour", ClaimKind::Yes },
    { "in favor", ClaimKind::Yes },
    { "yes", ClaimKind::Yes },
    { "opposed by", ClaimKind::No },
    { "against", ClaimKind::No },
    { "no", ClaimKind::No },
    { "abstentions", ClaimKind::Abstain },
    { "abstained", ClaimKind::Abstain },
};

constexpr const char* sponsorBefore[]
    = { "co authored by", "coauthored by", "co sponsored by", "cosponsored by", "sponsored by",
          "submitted by", "tabled by", "put forward by", "introduced by", "drafted by" };
constexpr const char* sponsorNouns[]
    = { "co authors", "coauthors", "co sponsors", "cosponsors", "sponsors", "co authored", "co sponsored" };
// Just before the figure a change started from: "initially 91", "up from an initial 91".
constexpr const char* revisionBase[] = { "initially", "originally", "at first", "previously", "first",
    "an initial", "the initial", "up from", "down from", "instead of", "rather than" };
// Words that say a figure changed after the vote. A bare "later" is not one: "later in the report".
constexpr const char* revisionMarkers[] = { "initially", "originally", "subsequently", "afterwards",
    "after the vote", "later joined", "joined later", "later changed", "later said", "later added",
    "later corrected", "eventually", "changed its vote", "changed their vote", "intended to vote",
    "meant to vote", "had intended", "corrected", "revised", "updated", "put the number at",
    "raised the number", "since joined", "has since" };
constexpr const char* voteContext[]
    = { "vote", "voted", "votes", "voting", "adopted", "passed", "approved", "tally", "recorded" };

bool hasAnyPhrase(const Tokens& tokens, const char* const* phrases, size_t n)
{
    for (size_t k = 0; k < n; ++k) {
        const QString phrase = QString::fromLatin1(phrases[k]); // once per phrase, not per token
        for (int i = 0; i < tokens.size(); ++i) {
            if (SentenceTokens::phraseAt(tokens, i, phrase) >= 0)
                return true;
        }
    }
    return false;
}

std::optional<ClaimKind> keywordAt(const Tokens& tokens, int j, int* after)
{
    for (const Keyword& k : keywordsAfter) {
        const int e = SentenceTokens::phraseAt(tokens, j, QString::fromLatin1(k.phrase));
        if (e >= 0) {
            if (after)
                *after = e;
            return k.kind;
        }
    }
    return std::nullopt;
}

bool isMemberNoun(const Tokens& tokens, int from)
{
    for (int j = from; j < tokens.size() && j < from + 3; ++j) {
        const Token& t = tokens.at(j);
        if (t.type != TokenType::Word)
            return false;
        if (t.text == u"members" || t.text == u"member")
            return true;
        if (t.text != u"un" && t.text != u"united" && t.text != u"nations")
            return false;
    }
    return false;
}

} // namespace

ClaimExtractor::ClaimExtractor(const QString& lang)
    : m_lang(lang)
{
}

QList<Claim> ClaimExtractor::extract(const QString& sentence, int offset) const
{
    QList<Claim> claims;
    const QList<NumberMention> numbers = m_numbers.find(sentence);
    const QList<CountryMention> countries = m_countries.find(sentence);
    const Tokens tokens = SentenceTokens::tokenize(sentence, numbers, countries);
    if (numbers.isEmpty() && countries.isEmpty()
        && !sentence.contains(QRegularExpression(QStringLiteral("\\d")))) {
        ProcedureReader::read(sentence, tokens, m_lang, offset, claims);
        return claims;
    }

    auto hyphenWords = [&](int from) {
        // Joins words split by hyphens ("co-authored") into the space-separated form of the tables.
        QStringList words;
        for (int j = from; j < tokens.size() && words.size() < 4; ++j) {
            if (tokens.at(j).type != TokenType::Word)
                break;
            words << tokens.at(j).text;
        }
        return words.join(u' ');
    };
    const bool explained = hasAnyPhrase(tokens, revisionMarkers, std::size(revisionMarkers));
    const bool voteSentence = hasAnyPhrase(tokens, voteContext, std::size(voteContext));

    // "91-12-57" and "91-12" vote tallies.
    if (voteSentence) {
        static const QRegularExpression tally(
            QStringLiteral("(?<![\\d/"
                           "\\-.])(\\d{1,3})\\s*[-\\x{2013}]\\s*(\\d{1,3})(?:\\s*[-\\x{2013}]\\s*(\\d{1,3}))?"
                           "(?![\\d/\\-]|\\.\\d)"));
        for (auto it = tally.globalMatch(sentence); it.hasNext();) {
            const auto m = it.next();
            const ClaimKind kinds[] = { ClaimKind::Yes, ClaimKind::No, ClaimKind::Abstain };
            for (int g = 1; g <= 3 && !m.captured(g).isEmpty(); ++g) {
                Claim c;
                c.kind = kinds[g - 1];
                c.claimed = m.captured(g).toLongLong();
                c.rule = QStringLiteral("tally %1 read as yes-no%2")
                             .arg(m.captured(0),
                                 m.captured(3).isEmpty() ? QString() : QStringLiteral("-abstain"));
                c.start = offset + int(m.capturedStart(g));
                c.end = offset + int(m.capturedEnd(g));
                c.revisionExplained = explained;
                claims.append(c);
            }
        }
    }

    int lastCountClaim = -1;
    int skipBase = -1; // token index of "M" in "N of the M"
    for (int i = 0; i < tokens.size() && claims.size() < maxClaims; ++i) {
        const Token& t = tokens.at(i);
        if (t.type != TokenType::Number || i == skipBase)
            continue;

        // "initially 91": the figure before a change the sentence reports.
        bool isBase = false;
        for (const char* b : revisionBase)
            isBase = isBase || SentenceTokens::phraseBefore(tokens, i, QString::fromLatin1(b));
        if (isBase) {
            if (lastCountClaim >= 0 && !claims[lastCountClaim].revisedFrom)
                claims[lastCountClaim].revisedFrom = t.value;
            continue;
        }

        Claim c;
        c.claimed = t.value;
        c.start = offset + t.start;
        c.end = offset + t.end;
        c.revisionExplained = explained;

        // Sponsors: "co-authored by 48 states", "48 co-sponsors".
        bool sponsor = false;
        for (const char* p : sponsorBefore)
            sponsor = sponsor || SentenceTokens::phraseBefore(tokens, i, QString::fromLatin1(p));
        const QString nextWords = hyphenWords(i + 1);
        for (const char* p : sponsorNouns)
            sponsor = sponsor || nextWords.startsWith(QString::fromLatin1(p));
        if (sponsor) {
            c.kind = ClaimKind::Sponsors;
            claims.append(c);
            continue;
        }

        // "Russia and 11 other countries" = 12, Russia among them.
        QList<int> listed;
        int scanFrom = i + 1;
        if (SentenceTokens::phraseAt(tokens, i + 1, QStringLiteral("other")) >= 0 && i >= 2
            && tokens.at(i - 1).text == u"and") {
            int j = i - 2;
            while (j >= 0) {
                while (j >= 0 && tokens.at(j).text == u",")
                    --j;
                if (j < 0 || tokens.at(j).type != TokenType::Country)
                    break;
                listed.prepend(j);
                --j;
                if (j >= 0 && (tokens.at(j).text == u"," || tokens.at(j).text == u"and"))
                    --j;
                else
                    break;
            }
            // "The United States joined Russia and 16 other countries": the joiners count too.
            int j2 = listed.isEmpty() ? -1 : listed.first() - 1;
            if (j2 >= 1 && tokens.at(j2).text == u"joined") {
                --j2;
                while (j2 >= 0) {
                    if (tokens.at(j2).type == TokenType::Country)
                        listed.prepend(j2);
                    else if (tokens.at(j2).text != u"," && tokens.at(j2).text != u"and")
                        break;
                    --j2;
                }
            }
            scanFrom = i + 2;
        }

        // "91 of the 193 member states ...": the second number is the base.
        int ofBase = -1;
        {
            int j = i + 1;
            if (SentenceTokens::phraseAt(tokens, j, QStringLiteral("out of")) >= 0)
                j += 2;
            else if (SentenceTokens::phraseAt(tokens, j, QStringLiteral("of")) >= 0)
                j += 1;
            if (j > i + 1 && SentenceTokens::phraseAt(tokens, j, QStringLiteral("the")) >= 0)
                ++j;
            if (j > i + 1 && j < tokens.size() && tokens.at(j).type == TokenType::Number) {
                ofBase = j;
                skipBase = j;
                scanFrom = j + 1;
            }
        }

        std::optional<ClaimKind> kind;
        for (const Keyword& k : keywordsBefore) {
            if (!kind && SentenceTokens::phraseBefore(tokens, i, QString::fromLatin1(k.phrase)))
                kind = k.kind;
        }
        if (!kind && SentenceTokens::phraseAt(tokens, i + 1, QStringLiteral("for")) >= 0 && voteSentence)
            kind = ClaimKind::Yes; // "91 for, 12 against"
        for (int j = scanFrom; !kind && j < tokens.size() && j < scanFrom + 14; ++j) {
            const Token& u = tokens.at(j);
            if (u.type == TokenType::Number || u.text == u";" || u.text == u"(" || u.text == u")")
                break;
            kind = keywordAt(tokens, j, nullptr);
        }
        // "by 91 votes to 12": the first is in favour, the second against.
        if (!kind && voteSentence) {
            int j = i + 1;
            if (SentenceTokens::phraseAt(tokens, j, QStringLiteral("votes")) >= 0)
                ++j;
            if (SentenceTokens::phraseAt(tokens, j, QStringLiteral("to")) >= 0 && j + 1 < tokens.size()
                && tokens.at(j + 1).type == TokenType::Number)
                kind = ClaimKind::Yes;
            else if (i >= 2 && tokens.at(i - 1).text == u"to"
                && (tokens.at(i - 2).type == TokenType::Number || tokens.at(i - 2).text == u"votes"))
                kind = ClaimKind::No;
        }

        // "passed with 93 votes", "received 141 votes": the votes a text received are votes in favour.
        if (!kind && SentenceTokens::phraseAt(tokens, i + 1, QStringLiteral("votes")) >= 0) {
            for (const char* p : { "with", "by", "received", "receiving", "won", "winning", "garnered",
                     "secured", "obtained", "gathered" })
                kind = kind ? kind
                            : (SentenceTokens::phraseBefore(tokens, i, QString::fromLatin1(p))
                                    ? std::optional(ClaimKind::Yes)
                                    : std::nullopt);
        }

        if (kind) {
            c.kind = *kind;
            if (!listed.isEmpty()) {
                QStringList names;
                for (int j : listed) {
                    const MemberState* m = MemberStates::find(tokens.at(j).iso3);
                    names << (m ? m->name : tokens.at(j).iso3);
                }
                c.claimed = t.value + listed.size();
                c.rule = QStringLiteral("%1 = %2 + %3 others")
                             .arg(c.claimed)
                             .arg(names.join(QStringLiteral(", ")))
                             .arg(t.value);
                c.start = offset + tokens.at(listed.first()).start;
                c.end = offset + tokens.at(i + 1).end;
            }
            lastCountClaim = int(claims.size());
            claims.append(c);
            for (int j : listed) {
                Claim s;
                s.kind = ClaimKind::StateVote;
                s.state = tokens.at(j).iso3;
                s.stateVote = *voteOfKind(*kind);
                s.start = offset + tokens.at(j).start;
                s.end = offset + tokens.at(j).end;
                s.rule = QStringLiteral("named among the %1 %2").arg(c.claimed).arg(votePhrase(s.stateVote));
                claims.append(s);
            }
            if (ofBase >= 0 && isMemberNoun(tokens, ofBase + 1)) {
                Claim m;
                m.kind = ClaimKind::Members;
                m.claimed = tokens.at(ofBase).value;
                m.start = offset + tokens.at(ofBase).start;
                m.end = offset + tokens.at(ofBase).end;
                claims.append(m);
            }
            continue;
        }
        if (!listed.isEmpty())
            continue; // countries named outside a vote claim are not a vote claim

        if (isMemberNoun(tokens, i + 1) || (i + 2 < tokens.size() && tokens.at(i + 1).text == u"member")) {
            c.kind = ClaimKind::Members;
            claims.append(c);
            continue;
        }
        // A number of something else: "1,850 children". Words ("two of them") are left alone.
        if (!t.words && i + 1 < tokens.size() && tokens.at(i + 1).type == TokenType::Word) {
            c.kind = ClaimKind::Quantity;
            c.noun = tokens.at(i + 1).text;
            claims.append(c);
        }
    }
    StateListReader::read(tokens, offset, claims);
    ProcedureReader::read(sentence, tokens, m_lang, offset, claims);
    std::sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) { return a.start < b.start; });
    return claims;
}
