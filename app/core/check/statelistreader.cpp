// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/statelistreader.h"

#include "core/record/memberstates.h"

#include <QSet>

namespace {

struct VotePhrase
{
    const char* phrase;
    Vote vote;
};

// After a list of states: "China, India and Brazil abstained".
constexpr VotePhrase votedPhrases[] = {
    { "voted against", Vote::No },
    { "in voting against", Vote::No },
    { "in opposing", Vote::No },
    { "in voting for", Vote::Yes },
    { "in voting in favour", Vote::Yes },
    { "in supporting", Vote::Yes },
    { "in backing", Vote::Yes },
    { "in abstaining", Vote::Abstain },
    { "voted no", Vote::No },
    { "opposed", Vote::No },
    { "rejected", Vote::No },
    { "voted in favour", Vote::Yes },
    { "voted in favor", Vote::Yes },
    { "voted for", Vote::Yes },
    { "voted yes", Vote::Yes },
    { "supported", Vote::Yes },
    { "backed", Vote::Yes },
    { "abstained", Vote::Abstain },
    { "chose to abstain", Vote::Abstain },
    { "did not vote", Vote::NonVoting },
    { "didn't vote", Vote::NonVoting },
    { "did not take part", Vote::NonVoting },
    { "were absent", Vote::NonVoting },
    { "was absent", Vote::NonVoting },
};

// Before a list, naming the group: "among those voting against were", "the 12 against, namely:".
constexpr VotePhrase groupPhrases[] = {
    { "against", Vote::No },
    { "voting no", Vote::No },
    { "in favour", Vote::Yes },
    { "in favor", Vote::Yes },
    { "voting for", Vote::Yes },
    { "voted for", Vote::Yes },
    { "abstaining", Vote::Abstain },
    { "abstained", Vote::Abstain },
    { "abstentions", Vote::Abstain },
    { "not voting", Vote::NonVoting },
    { "did not vote", Vote::NonVoting },
};

constexpr const char* fillers[] = { "also", "all", "both", "likewise", "too", "have", "has", "had", "each" };

bool isFiller(const Token& t)
{
    for (const char* f : fillers) {
        if (t.type == TokenType::Word && t.text == QLatin1String(f))
            return true;
    }
    return false;
}

bool isSeparator(const Token& t)
{
    // "Eritrea joined Russia, Belarus and Syria in voting against": the joiner is one of the group.
    return t.text == u"," || t.text == u"and" || t.text == u"the" || t.text == u"as" || t.text == u"well"
        || t.text == u"joined";
}

/// The vote a phrase after the list gives, or nullopt. A passive "backed by" is not a vote.
std::optional<Vote> voteAfter(const Tokens& tokens, int j)
{
    while (j < tokens.size() && isFiller(tokens.at(j)))
        ++j;
    for (const VotePhrase& p : votedPhrases) {
        const int end = SentenceTokens::phraseAt(tokens, j, QString::fromLatin1(p.phrase));
        if (end >= 0 && !(end < tokens.size() && tokens.at(end).text == u"by"))
            return p.vote;
    }
    return std::nullopt;
}

struct Group
{
    Vote vote = Vote::Yes;
    std::optional<qint64> count; // "the 12 against, namely:"
    bool exhaustive = false; // "namely" or a colon: the list is the whole group
};

/// The group a list starting at token \a first is introduced as, or nullopt.
std::optional<Group> groupBefore(const Tokens& tokens, int first)
{
    int j = first - 1;
    while (j >= 0 && (tokens.at(j).text == u"the" || SentenceTokens::isQuote(tokens.at(j))))
        --j;
    if (j < 0)
        return std::nullopt;
    const QString trigger = tokens.at(j).text;
    const bool exhaustive = trigger == u"namely" || trigger == u":";
    if (!exhaustive && trigger != u"were" && trigger != u"was" && trigger != u"included"
        && trigger != u"include" && trigger != u"including")
        return std::nullopt;
    if (trigger == u":" && j >= 1 && tokens.at(j - 1).text == u"namely")
        --j;
    for (int k = j - 1; k >= 0 && k >= j - 6; --k) {
        for (const VotePhrase& p : groupPhrases) {
            if (SentenceTokens::phraseAt(tokens, k, QString::fromLatin1(p.phrase)) < 0)
                continue;
            Group g;
            g.vote = p.vote;
            g.exhaustive = exhaustive;
            int n = k - 1;
            while (n >= 0 && tokens.at(n).type == TokenType::Word && tokens.at(n).text == u"states")
                --n;
            if (n >= 0 && tokens.at(n).type == TokenType::Number)
                g.count = tokens.at(n).value;
            return g;
        }
    }
    return std::nullopt;
}

} // namespace

void StateListReader::read(const Tokens& tokens, int offset, QList<Claim>& claims)
{
    QSet<QString> claimed;
    for (const Claim& c : claims) {
        if (c.kind == ClaimKind::StateVote)
            claimed.insert(c.state);
    }
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).type != TokenType::Country)
            continue;
        // The list: states joined by commas, "and", "as well as", with "the" where names need it.
        QList<int> list { i };
        int j = i + 1;
        while (j < tokens.size()) {
            int k = j;
            while (k < tokens.size() && isSeparator(tokens.at(k)))
                ++k;
            if (k == j || k >= tokens.size() || tokens.at(k).type != TokenType::Country)
                break;
            list.append(k);
            j = k + 1;
        }
        i = list.last();
        std::optional<Group> group;
        if (const auto vote = voteAfter(tokens, list.last() + 1))
            group = Group { *vote, std::nullopt, false };
        else
            group = groupBefore(tokens, list.first());
        if (!group)
            continue; // a state named outside a vote claim is not a vote claim
        QStringList names;
        for (int t : list) {
            const MemberState* m = MemberStates::find(tokens.at(t).iso3);
            names << (m ? m->name : tokens.at(t).iso3);
        }
        for (int t : list) {
            const QString iso3 = tokens.at(t).iso3;
            if (claimed.contains(iso3))
                continue;
            claimed.insert(iso3);
            Claim c;
            c.kind = ClaimKind::StateVote;
            c.state = iso3;
            c.stateVote = group->vote;
            c.start = offset + tokens.at(t).start;
            c.end = offset + tokens.at(t).end;
            c.rule = list.size() > 1 ? QStringLiteral("named among %1").arg(names.join(QStringLiteral(", ")))
                                     : QStringLiteral("named alone");
            claims.append(c);
        }
        if (group->exhaustive && group->count && *group->count != list.size()) {
            Claim c;
            c.kind = kindOfVote(group->vote);
            c.claimed = list.size();
            c.start = offset + tokens.at(list.first()).start;
            c.end = offset + tokens.at(list.last()).end;
            c.rule = QStringLiteral("%1 states named as the %2 %3")
                         .arg(list.size())
                         .arg(*group->count)
                         .arg(votePhrase(group->vote));
            claims.append(c);
        }
    }
}
