// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/statelistreader.h"

#include "core/check/lexicon.h"
#include "core/check/statephrases.h"
#include "core/record/memberstates.h"

#include <QSet>

using namespace StatePhrases;

namespace {

constexpr int groupWindow = 8; // words before a list's trigger in which the group is named
constexpr int companionReach = 6; // tokens from companions named first to the list they join

struct Group
{
    Vote vote = Vote::Yes;
    std::optional<qint64> count; // "the 12 against, namely:"
    bool exhaustive = false; // "namely" or a colon: the list is the whole group
};

/// The group a list starting at token \a first is introduced as, or nullopt.
std::optional<Group> groupBefore(const Lexicon& lex, const Tokens& tokens, int first)
{
    // Past articles, quotes and fillers: "Unter den Enthaltungen fanden sich erwartungsgemäß China".
    int j = first;
    while (j > 0
        && (lex.isWord(tokens, j - 1, QStringLiteral("articles"))
            || lex.isWord(tokens, j - 1, QStringLiteral("fillers"))
            || SentenceTokens::isQuote(tokens.at(j - 1))))
        --j;
    if (j <= 0)
        return std::nullopt;
    bool exhaustive = false;
    // "Five states voted against (Russia, ...)": a bracket opens the group like a colon, when nothing but
    // words stands between it and the vote phrase (no other state, no other bracket or clause).
    const bool bracket = tokens.at(j - 1).text == u"(";
    // "the 12 against, namely: ...", "the eight states that voted against \u2013 Russia, ... \u2013": a colon
    // or a dash opens the whole group.
    if (tokens.at(j - 1).text == u":" || SentenceTokens::isDash(tokens.at(j - 1)) || bracket) {
        exhaustive = true;
        --j;
        if (const auto n = lex.before(tokens, j, QStringLiteral("list_exhaustive")))
            j = n->start;
    } else if (const auto n = lex.before(tokens, j, QStringLiteral("list_exhaustive"))) {
        exhaustive = true;
        j = n->start;
    } else if (const auto t = lex.before(tokens, j, QStringLiteral("list_triggers"))) {
        j = t->start;
    } else if (const auto d = lex.before(tokens, stateListStart(lex, tokens, describedStart(lex, tokens, first)),
                   QStringLiteral("list_triggers"));
               d && describedStart(lex, tokens, first) < first) {
        // "Bei den Enthaltungen finden sich die großen Schwellenländer China, ...".
        j = d->start;
    } else {
        return std::nullopt;
    }
    for (int k = j - 1; k >= 0 && k >= j - groupWindow; --k) {
        if (bracket && k < j - 1 && (tokens.at(k).type == TokenType::Country || tokens.at(k).type == TokenType::Punct))
            return std::nullopt;
        // "voted against, among them ...", or a count's vote phrase: "Twelve countries voted it down,
        // including Russia".
        auto m = lex.at(tokens, k, QStringLiteral("group_before"));
        if (!m || m->end > j) {
            m = lex.at(tokens, k, QStringLiteral("count_after"));
            if (m && !voteOfTag(m->tag))
                continue; // "took part": a part of a count, not a vote
        }
        // "Plus surprenant pour la diaspora : Haïti ...": a preposition before an article is no vote
        // ("Против проголосовали" is).
        if (!m || m->end > j
            || (isPreposition(lex, tokens, *m) && lex.isWord(tokens, m->end, QStringLiteral("articles"))))
            continue;
        // "voted against" rather than its last word "against"; "Zugestimmt haben dagegen" (yes) rather
        // than "dagegen".
        std::optional<Vote> vote = voteOfTag(m->tag);
        for (const QString role : { QStringLiteral("group_before"), QStringLiteral("count_after") }) {
            if (const auto longer = lex.before(tokens, m->end, role);
                longer && longer->start < k && longer->end == m->end) {
                k = longer->start;
                vote = voteOfTag(longer->tag);
            }
        }
        if (!vote)
            return std::nullopt;
        Group g;
        g.vote = *vote;
        g.exhaustive = exhaustive;
        int n = k - 1;
        while (n >= 0
            && (lex.isWord(tokens, n, QStringLiteral("state_nouns"))
                || lex.isWord(tokens, n, QStringLiteral("relatives"))))
            --n;
        // "Против проголосовали 12 стран: ...": the number after the group's words, which is the list's
        // own when a number also comes before them ("Из 35 воздержавшихся государств четыре входят в
        // ОДКБ: ..."); not a changed figure ("зросла до 92: Коста-Рика приєдналася ...").
        for (int a = m->end; a < j; ++a) {
            if (tokens.at(a).type == TokenType::Number && !lex.before(tokens, a, QStringLiteral("revision_markers")))
                g.count = tokens.at(a).value;
            // "Из шестидесяти пяти воздержавшихся заметную часть составили ... —": a part of the group.
            if (lex.isWord(tokens, a, QStringLiteral("partitive")))
                g.exhaustive = false;
        }
        if (!g.count && n >= 0 && tokens.at(n).type == TokenType::Number)
            g.count = tokens.at(n).value;
        return g;
    }
    return std::nullopt;
}

/// A state-vote claim for the state at token \a t; the caller sets what it claims.
Claim stateClaim(const Tokens& tokens, int t, int offset)
{
    Claim c;
    c.kind = ClaimKind::StateVote;
    c.state = tokens.at(t).iso3;
    c.start = offset + tokens.at(t).start;
    c.end = offset + tokens.at(t).end;
    return c;
}

/// How a list with no vote phrase of its own refers to a vote told before it.
struct Reference
{
    enum Kind { None, GroupBefore, VoteBefore, EarlierClause } kind = None;
    Vote vote = Vote::Yes; // EarlierClause: the vote of the clause before
    bool notVote = false; // EarlierClause: "China did not support the text, nor did India"
    QList<int> companions; // "So did China itself, along with India": states after the list that share it
};

/// "Among them were China and India", "Среди них — Азербайджан, ...": the group the sentence before counted
/// (GroupBefore); "So did China", "L'Inde et le Brésil aussi.", "Türkiye, a NATO member, did the same.":
/// the vote the sentence before gave (VoteBefore; the checker gives the states that vote); "Утрималися Китай
/// та Індія; так само вчинили Бразилія та Парагвай": the vote of the clause before (EarlierClause).
Reference referenceOf(const Lexicon& lex, const Tokens& tokens, const QList<int>& list,
    const QList<Claim>& claims, int offset, bool sentenceVotes)
{
    int start = stateListStart(lex, tokens, list.first());
    // "Dazu kamen die Pazifikstaaten Palau und die Marshallinseln": a word that describes the states.
    if (start > 1 && tokens.at(start - 1).type == TokenType::Word
        && lex.isWord(tokens, start - 2, QStringLiteral("articles"))
        && !lex.before(tokens, start, QStringLiteral("likewise_before"))
        && !lex.before(tokens, start, QStringLiteral("group_anaphora")))
        start = stateListStart(lex, tokens, start - 1);
    auto them = lex.before(tokens, start, QStringLiteral("group_anaphora"));
    // "Venezuela (which had lost its vote) was among them, alongside Azerbaijan": after a list that opens
    // the sentence, past a bracket.
    int anaphoraEnd = -1;
    if (!them && start <= 1) {
        int k = list.last() + 1;
        if (k < tokens.size() && tokens.at(k).text == u"(") {
            int close = k;
            while (close < tokens.size() && close <= list.last() + 20 && tokens.at(close).text != u")")
                ++close;
            k = close < tokens.size() && tokens.at(close).text == u")" ? close + 1 : tokens.size();
        }
        if (const auto after = lex.at(tokens, pastFillers(lex, tokens, k), QStringLiteral("group_anaphora"))) {
            them = LexMatch { 0, 0, after->tag };
            anaphoraEnd = after->end;
        }
    }
    // At the sentence's start, or anywhere in a sentence without a vote phrase of its own ("Neben
    // Russland selbst waren dies Belarus und Syrien").
    const bool count = them && (them->start <= 1 || !sentenceVotes);
    bool same = false;
    const auto so = lex.before(tokens, start, QStringLiteral("likewise_before"));
    // Not when states come before: "Deutschland ... stellten sich hinter die Ukraine, ebenso Serbien"
    // is likewise them, not the sentence before.
    const bool voteless = !sentenceVotes
        && std::none_of(tokens.cbegin(), tokens.cbegin() + start,
            [](const Token& t) { return t.type == TokenType::Country; });
    if (so && (so->start <= 1 || voteless))
        same = endsWithList(lex, tokens, list.last() + 1);
    // "Uzbekistan did not vote, and neither did Azerbaijan": past "and" to the comma.
    const int joint = so && so->start > 1 && lex.isWord(tokens, so->start - 1, QStringLiteral("and"))
        ? so->start - 2
        : (so ? so->start - 1 : 0);
    if (so && joint > 0 && (tokens.at(joint).text == u";" || tokens.at(joint).text == u",")
        && endsWithList(lex, tokens, list.last() + 1)) {
        const auto earlier = std::find_if(claims.crbegin(), claims.crend(), [&](const Claim& c) {
            return c.kind == ClaimKind::StateVote && !c.voteBefore && !c.groupBefore && c.sameAs.isEmpty()
                && c.end <= offset + tokens.at(so->start).start;
        });
        if (earlier != claims.crend())
            return { Reference::EarlierClause, earlier->stateVote, earlier->notVote, {} };
    }
    if (!count && !same && (start <= 1 || (voteless && startsClause(lex, tokens, start))))
        same = likewiseEnds(lex, tokens, list.last() + 1);
    if (!count && !same)
        return {};
    Reference ref { count ? Reference::GroupBefore : Reference::VoteBefore, Vote::Yes, false, {} };
    // "So did China itself, along with India and Saudi Arabia": companions share it.
    const int k = separatorEnd(lex, tokens, anaphoraEnd > 0 ? anaphoraEnd : list.last() + 1); // past "itself,"
    if (const auto like = lex.at(tokens, k, QStringLiteral("likewise"))) {
        for (int n = separatorEnd(lex, tokens, like->end);
             n < tokens.size() && tokens.at(n).type == TokenType::Country;
             n = separatorEnd(lex, tokens, n + 1))
            ref.companions.append(n);
    }
    return ref;
}

} // namespace

void StateListReader::read(const Lexicon& lex, const Tokens& tokens, int offset, QList<Claim>& claims)
{
    QSet<QString> claimed;
    for (const Claim& c : claims) {
        if (c.kind == ClaimKind::StateVote)
            claimed.insert(c.state);
    }
    QList<int> waiting; // states named before a list, sharing its vote
    struct Carried
    {
        Vote vote;
        int end; // the last token of the list that gave it, or of its vote phrase
    };
    std::optional<Carried> carried; // the vote of the last list read, for a list that continues it
    std::optional<bool> sentenceVotes; // whether the sentence has a vote phrase: looked up once, when needed
    // A claim for each state of \a states not claimed yet, completed by \a complete.
    const auto claimEach = [&](const QList<int>& states, const auto& complete) {
        for (int t : states) {
            const QString iso3 = tokens.at(t).iso3;
            if (claimed.contains(iso3))
                continue;
            claimed.insert(iso3);
            Claim c = stateClaim(tokens, t, offset);
            complete(c);
            claims.append(c);
        }
    };
    int i = 0;
    // Claims that each state of \a states did not vote so, the phrase ending before token \a end.
    const auto claimDenied = [&](const QList<int>& states, Vote vote, int end) {
        claimEach(states, [&](Claim& c) {
            c.stateVote = vote;
            c.notVote = true;
            c.rule = QStringLiteral("said not to have voted %1").arg(votePhrase(vote));
        });
        i = std::max(i, end - 1);
    };
    for (; i < tokens.size(); ++i) {
        if (tokens.at(i).type != TokenType::Country)
            continue;
        // The list: states joined by commas, "and", "as well as", with "the" where names need it.
        QList<int> list { i };
        int j = i + 1;
        bool bracket = false; // inside "the Sahel trio (Mali, ...)"
        while (j < tokens.size()) {
            if (bracket && tokens.at(j).text == u")") {
                bracket = false;
                ++j;
            }
            const int k = separatorEnd(lex, tokens, j);
            if (k == j || k >= tokens.size())
                break;
            // "Russia, Belarus and, surprisingly, North Korea", "The United States, which had wavered, and
            // Israel": an aside between commas inside the list, with no vote of its own.
            if (const int c = listAsideEnd(lex, tokens, k); c > 0) {
                list.append(c);
                j = c + 1;
                continue;
            }
            if (tokens.at(k).type != TokenType::Country) {
                // The last item of the list ("and the Sahel trio (...)"), after a word such as "and".
                bool joined = false;
                for (int n = j; n < k && !joined; ++n)
                    joined = tokens.at(n).type == TokenType::Word;
                const int f = bracket || !joined ? -1 : describedMembers(lex, tokens, k, bracket);
                if (f < 0)
                    break;
                list.append(f);
                j = f + 1;
                continue;
            }
            // "enthielten sich Senegal und Südafrika, und Kamerun, Togo und Guinea nahmen nicht teil": after a
            // comma and "and", states with a vote phrase of their own open a clause.
            bool joined = false;
            for (int n = j; n < k && !joined; ++n)
                joined = lex.isWord(tokens, n, QStringLiteral("and"));
            if (joined && opensOwnClause(lex, tokens, j, k))
                break;
            list.append(k);
            j = k + 1;
        }
        i = list.last();
        // "Neither China nor India supported the text", "Ни Китай, ни Индия не поддержали": no state of it
        // voted so; what they did instead the sentence does not say.
        if (lex.before(tokens, list.first(), QStringLiteral("list_negations"))
            || lex.at(tokens, list.last() + 1, QStringLiteral("list_negations"))) {
            // "neither China nor India": the states after "nor" belong to the list.
            // "Ни Китай, ни Индия": past a comma.
            const auto norAfter = [&] {
                const int k = list.last() + 1;
                return lex.at(tokens, k < tokens.size() && tokens.at(k).text == u"," ? k + 1 : k,
                    QStringLiteral("list_negations"));
            };
            for (auto nor = norAfter(); nor; nor = norAfter()) {
                int k = nor->end;
                while (k < tokens.size() && lex.isWord(tokens, k, QStringLiteral("articles")))
                    ++k;
                if (k >= tokens.size() || tokens.at(k).type != TokenType::Country)
                    break;
                for (int n = k; n <= stateRunEnd(lex, tokens, k); ++n) {
                    if (tokens.at(n).type == TokenType::Country)
                        list.append(n);
                }
            }
            const After denied = voteAfter(lex, tokens, list.last() + 1);
            if (const auto vote = denied.vote ? denied.vote : deniedVote(denied.tag); vote && *vote != Vote::NonVoting)
                claimDenied(list, *vote, denied.end);
            continue;
        }
        if (inAside(lex, tokens, list))
            continue;
        // "alle EU-Staaten außer Ungarn", "todos salvo Hungría", "в отличие от воздержавшейся Бразилии": the
        // states left out of a vote; "Unlike Russia, the United States backed it": up to the comma only.
        if (const int start = stateListStart(lex, tokens, list.first());
            lex.before(tokens, start, QStringLiteral("except"))
            || (start > 1 && tokens.at(start - 1).type == TokenType::Word
                && !lex.isWord(tokens, start - 1, QStringLiteral("relatives"))
                && !lex.before(tokens, start, QStringLiteral("clause_openers"))
                && lex.before(tokens, start - 1, QStringLiteral("except")))) {
            // "Unlike Russia, Belarus and Syria, Serbia voted in favour": the states after the last comma.
            int cut = -1;
            for (qsizetype n = 1; n < list.size(); ++n) {
                if (std::any_of(tokens.cbegin() + list.at(n - 1) + 1, tokens.cbegin() + list.at(n),
                        [](const Token& t) { return t.text == u","; })
                    && !std::any_of(tokens.cbegin() + list.at(n - 1) + 1, tokens.cbegin() + list.at(n),
                        [&](const Token& t) {
                            return t.type == TokenType::Word && !lex.isWord(tokens, int(&t - tokens.data()), QStringLiteral("articles"));
                        }))
                    cut = int(n);
            }
            if (cut < 0)
                continue;
            list = list.mid(cut);
        }
        // "Росію підтримали лише Білорусь і КНДР": the state backed is no list; those backing it voted as it.
        if (list.size() == 1 && backedState(lex, tokens, pastBacking(lex, tokens, list.last() + 1)) == list.first())
            continue;
        if (const int backed = backedFrom(lex, tokens, list.first()); backed >= 0) {
            claimEach(list, [&](Claim& c) { c.sameAs = tokens.at(backed).iso3; });
            continue;
        } // "Монголія, затиснута між Росією та Китаєм, також обрала утримання": Mongolia's vote
        // "The United States votes with Russia", "USA stimmen in der UN mit Russland": the list voted as the
        // state after the phrase did, which the checker reads from the record.
        if (const int with = sameVoteAfter(lex, tokens, list.last() + 1); with >= 0) {
            for (int t : list) {
                const QString iso3 = tokens.at(t).iso3;
                if (claimed.contains(iso3) || iso3 == tokens.at(with).iso3)
                    continue;
                claimed.insert(iso3);
                Claim c = stateClaim(tokens, t, offset);
                c.sameAs = tokens.at(with).iso3;
                claims.append(c);
            }
            // "... voted with Russia, Belarus and North Korea": those it voted with voted alike.
            i = with;
            claimed.insert(tokens.at(with).iso3); // "voted with Russia": no claim that Russia voted as the list
            const auto joins = [&](int k) {
                return tokens.at(k).text == u"," || lex.isWord(tokens, k, QStringLiteral("and"))
                    || lex.isWord(tokens, k, QStringLiteral("articles")) || lex.isWord(tokens, k, QStringLiteral("of"));
            };
            for (int n = with; n < tokens.size() && tokens.at(n).type == TokenType::Country;) {
                i = n;
                const QString iso3 = tokens.at(n).iso3;
                if (!claimed.contains(iso3) && iso3 != tokens.at(list.first()).iso3) {
                    claimed.insert(iso3);
                    Claim c = stateClaim(tokens, n, offset);
                    c.sameAs = tokens.at(list.first()).iso3;
                    claims.append(c);
                }
                for (++n; n < tokens.size() && joins(n);)
                    ++n;
            }
            continue;
        }
        std::optional<Group> group;
        std::optional<qint64> named;
        After after;
        if (const int k = appositionEnd(lex, tokens, list, named); k > 0)
            after = voteAfter(lex, tokens, k);
        if (!after.matched)
            named.reset();
        if (!after.matched)
            after = companionsAfter(lex, tokens, list);
        if (!after.matched)
            after = voteAfter(lex, tokens, list.last() + 1);
        else
            i = list.last();
        // "China did not vote for it", "Белоруссия не поддержала резолюцию": which vote instead, the
        // words do not say; any but a vote in favour.
        if (after.matched && !after.vote) {
            if (const auto vote = deniedVote(after.tag))
                claimDenied(list, *vote, after.end);
            continue;
        }
        // "Aus Afrika votierten Mali, Niger und Sudan dagegen": the verb before the list, its particle after.
        // "lehnten auch Kuba und Iran die Resolution ab": past fillers, and past the object in the gap.
        if (const int verb = stateListStart(lex, tokens, list.first()) - 1;
            !after.matched && verb >= 0 && tokens.at(verb).type == TokenType::Word) {
            Tokens probe { tokens.at(verb) };
            probe.append(tokens.mid(list.last() + 1, 8));
            if (const auto m = lex.at(probe, 0, QStringLiteral("state_after"));
                m && m->end > 1 && (m->end >= probe.size() || probe.at(m->end).type == TokenType::Punct))
                after = { true, voteOfTag(m->tag), list.last() + m->end };
        }
        if (!after.matched)
            after = tableRow(lex, tokens, list);
        if (after.vote) {
            group = Group { *after.vote, named, named.has_value() };
        } else if (const auto lead = stateBefore(lex, tokens, list.first())) {
            // "Против голосовали Россия, Белоруссия, КНДР": the vote before the list. "Russia was supported
            // only by Belarus, ...": a state the phrase is said of stands with them, whatever its vote.
            const bool passive = lex.isWord(tokens, lead->end - 1, QStringLiteral("passive"));
            int subject = passive && pastFillers(lex, tokens, 0) < lead->start ? lead->start - 1 : -1;
            while (subject > 0 && lex.isWord(tokens, subject, QStringLiteral("fillers")))
                --subject;
            if (subject >= 0 && tokens.at(subject).type == TokenType::Country
                && tokens.at(subject).iso3 != tokens.at(list.first()).iso3) {
                claimEach(list, [&](Claim& c) { c.sameAs = tokens.at(subject).iso3; });
                continue;
            }
            if (const auto vote = voteOfTag(lead->tag)) {
                group = Group { *vote, std::nullopt, false };
            } else if (const auto denied = deniedVote(lead->tag)) {
                // "Не підтримали документ і Іран із Кубою: обидві держави голосували «проти»": the vote
                // given instead, else the vote denied.
                if (const auto instead = voteInstead(lex, tokens, list.last() + 1, denied)) {
                    group = Group { *voteOfTag(instead->tag), std::nullopt, false };
                } else {
                    claimDenied(list, *denied, list.last() + 1);
                    continue;
                }
            }
        } else if (const int with = votedWithBefore(lex, tokens, list.first()); with >= 0) {
            // "Junto a Moscú votaron Washington, Minsk y Pionyang": the list voted as the state before.
            claimEach(list, [&](Claim& c) { c.sameAs = tokens.at(with).iso3; });
            continue;
        } else if (const auto like = lex.before(tokens, stateListStart(lex, tokens, list.first()), QStringLiteral("likewise"))) {
            // "Washington votó en contra junto a Rusia, Israel y Hungría": the vote before the likewise
            // phrase is the list's too.
            if (const auto vote = votePhraseBefore(lex, tokens, like->start); vote && voteOfTag(vote->tag))
                group = Group { *voteOfTag(vote->tag), std::nullopt, false };
            // "Вместе с Россией против голосовали Белоруссия, Иран и КНДР": companions of the list that
            // follows share its vote.
            int k = list.last() + 1;
            if (k < tokens.size() && tokens.at(k).text == u",")
                ++k;
            if (const auto lead = lex.at(tokens, k, QStringLiteral("state_before"));
                !group && lead && lead->end < tokens.size() && tokens.at(lead->end).type == TokenType::Country) {
                if (const auto vote = voteOfTag(lead->tag))
                    group = Group { *vote, std::nullopt, false };
            }
        }
        if (!group)
            group = groupBefore(lex, tokens, list.first());
        if (!group) {
            if (const auto vote = clauseVote(lex, tokens, list))
                group = Group { *vote, std::nullopt, false };
        }
        // "Die Türkei votierte mit Ja, Serbien ebenfalls", "Russia voted no, and Belarus too": the vote
        // before the comma, for a list that ends its clause with "too".
        if (!group && lex.at(tokens, list.last() + 1, QStringLiteral("likewise_after"))) {
            const auto too = lex.at(tokens, list.last() + 1, QStringLiteral("likewise_after"));
            if (too->end >= tokens.size() || tokens.at(too->end).type == TokenType::Punct) {
                int k = list.first();
                while (k > 0 && (lex.isWord(tokens, k - 1, QStringLiteral("articles"))
                                    || lex.isWord(tokens, k - 1, QStringLiteral("and"))))
                    --k;
                if (k > 0 && tokens.at(k - 1).text == u",") {
                    if (const auto vote = votePhraseBefore(lex, tokens, k - 1); vote && voteOfTag(vote->tag))
                        group = Group { *voteOfTag(vote->tag), std::nullopt, false };
                }
            }
        }
        // "A further 35 nations abstained, China and India among them": the count before in the sentence.
        if (!group && lex.at(tokens, list.last() + 1, QStringLiteral("group_anaphora"))) {
            for (auto c = claims.crbegin(); c != claims.crend(); ++c) {
                if (c->start < offset + tokens.at(list.first()).start && isVoteCount(c->kind) && voteOfKind(c->kind)) {
                    group = Group { *voteOfKind(c->kind), std::nullopt, false };
                    break;
                }
            }
        }
        // "Canada voted in favour too, alongside a group of Pacific partners including Australia and Japan":
        // a list that only continues the one before in its clause shares its vote.
        if (!group && carried && continuesList(lex, tokens, carried->end, list))
            group = Group { carried->vote, std::nullopt, false };
        if (!group) {
            if (!sentenceVotes)
                sentenceVotes = hasVotePhrase(lex, tokens);
            if (const qint64 among = amongCount(lex, tokens, list)) {
                claimEach(list, [&](Claim& c) { c.groupOf = among; });
                i = list.last();
                continue;
            }
            const Reference ref = referenceOf(lex, tokens, list, claims, offset, *sentenceVotes);
            if (ref.kind == Reference::EarlierClause) {
                claimEach(list, [&](Claim& c) {
                    c.stateVote = ref.vote;
                    c.notVote = ref.notVote;
                });
                i = list.last();
                continue;
            }
            if (ref.kind != Reference::None) {
                list += ref.companions;
                i = list.last();
                claimEach(list, [&](Claim& c) {
                    c.groupBefore = ref.kind == Reference::GroupBefore;
                    c.voteBefore = ref.kind == Reference::VoteBefore;
                });
                continue;
            }
            // "Outre la Russie, seuls le Bélarus ... ont voté contre", "Neben Russland und den USA
            // stimmten unter anderem Israel ... gegen den Text": companions named before the list that
            // votes share its vote.
            waiting.clear();
            // "Помимо самой России": past articles and fillers.
            if (lex.before(tokens, stateListStart(lex, tokens, list.first()), QStringLiteral("likewise"))) {
                for (int k = list.last() + 1; k < tokens.size() && k <= list.last() + companionReach; ++k) {
                    if (tokens.at(k).type == TokenType::Country) {
                        waiting = list;
                        break;
                    }
                    if (tokens.at(k).type == TokenType::Number)
                        break;
                }
            }
            continue; // a state named outside a vote claim is not a vote claim
        }
        list = waiting + list;
        waiting.clear();
        // Companions after the vote phrase or the list share its vote: "China abstained, as did India",
        // "Cuba a voté contre, comme le Nicaragua", "soutenue par la France, de même que par l'Afrique du Sud".
        if (const int k = likewiseAfter(lex, tokens, after.vote ? after.end : list.last() + 1, list); k >= 0)
            i = k;
        QStringList names;
        for (int t : list) {
            const MemberState* m = MemberStates::find(tokens.at(t).iso3);
            names << (m ? m->name : tokens.at(t).iso3);
        }
        claimEach(list, [&](Claim& c) {
            c.stateVote = group->vote;
            c.rule = list.size() > 1 ? QStringLiteral("named among %1").arg(names.join(QStringLiteral(", ")))
                                     : QStringLiteral("named alone");
        });
        carried = Carried { group->vote, std::max(list.last(), after.vote ? after.end - 1 : 0) };
        // The whole group only when the list runs to the end of its sentence or its brackets: "The 73
        // abstainers spanned the map: China, India and Brazil; Gulf states such as ..." names some.
        const int end = list.last() + 1;
        const bool whole = end >= tokens.size() || tokens.at(end).text == u")" || SentenceTokens::isDash(tokens.at(end))
            || (tokens.at(end).type == TokenType::Punct && tokens.at(end).text != u";" && tokens.at(end).text != u",");
        if (group->exhaustive && group->count && *group->count != list.size() && whole) {
            Claim c;
            c.kind = kindOfVote(group->vote);
            c.claimed = list.size();
            c.listSize = true;
            c.listOf = *group->count;
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
