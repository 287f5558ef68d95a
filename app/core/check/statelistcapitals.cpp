// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/lexicon.h"
#include "core/check/statelistreader.h"
#include "core/check/statephrases.h"

using namespace StatePhrases;

void StateListReader::keepVotingCapitals(const Lexicon& lex, Tokens& tokens)
{
    if (std::none_of(tokens.cbegin(), tokens.cend(), [](const Token& t) { return t.capital; }))
        return;
    // The sentence with every capital as a plain word: "Позицію Москви підтримали", "an der Seite
    // Moskaus" are phrases of the lexicon, whose capital is a word of the phrase.
    Tokens plain = tokens;
    for (Token& t : plain) {
        if (t.capital) {
            t.type = TokenType::Word;
            t.text = t.text.toLower();
        }
    }
    const auto inPhrase = [&](int i) {
        for (int k = std::max(0, i - 3); k <= i; ++k) {
            for (const char* role : { "state_before", "state_after", "count_before", "count_after",
                     "same_vote", "group_before", "likewise" }) {
                if (const auto m = lex.at(plain, k, QString::fromLatin1(role)); m && m->end > i)
                    return true;
            }
        }
        return false;
    };
    // A capital after a plain word is its object or its genitive ("broke with Moscow", "ties with
    // Moscow"), not the subject that votes; after "and", "which", a comma or a vote phrase it may be.
    const auto opensClause = [&](int first) {
        int k = first;
        while (k > 0
            && (lex.isWord(tokens, k - 1, QStringLiteral("articles"))
                || lex.isWord(tokens, k - 1, QStringLiteral("fillers"))
                || lex.isWord(tokens, k - 1, QStringLiteral("only"))))
            --k;
        if (k == 0 || tokens.at(k - 1).type != TokenType::Word)
            return true;
        return lex.isWord(tokens, k - 1, QStringLiteral("and"))
            || lex.isWord(tokens, k - 1, QStringLiteral("relatives"))
            || lex.before(tokens, k, QStringLiteral("clause_openers"))
            || lex.before(tokens, k, QStringLiteral("list_separators"))
            || lex.before(tokens, k, QStringLiteral("state_before"))
            || lex.before(tokens, k, QStringLiteral("same_vote"))
            || lex.before(tokens, k, QStringLiteral("likewise"))
            || lex.before(tokens, k, QStringLiteral("likewise_before"));
    };
    QList<int> companions; // capitals kept with the run before them ("как и Ереван")
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).type != TokenType::Country || companions.contains(i))
            continue;
        // The run of states around it: "Pékin et New Delhi", "Russia, Belarus and Minsk".
        const int first = i;
        const int last = stateRunEnd(lex, tokens, i);
        bool capitals = false;
        for (int k = first; k <= last; ++k)
            capitals = capitals || tokens.at(k).capital;
        i = last;
        if (!capitals)
            continue;
        const int after = pastFillers(lex, tokens, last + 1);
        const int before = stateListStart(lex, tokens, first);
        // "Ottawa, de son côté, a voté pour", "Belgrado, cercano a Moscú, respaldó": past a clause between
        // commas; "votó a favor, igual que Washington y Ottawa": after a likewise phrase after a vote;
        // "Так само вчинили Белград і Баку": after a phrase that gives the vote of the sentence before.
        bool likewiseAfterVote = false;
        if (const auto like = lex.before(tokens, before, QStringLiteral("likewise"))) {
            int v = like->start;
            if (v > 0 && tokens.at(v - 1).text == u",")
                --v;
            likewiseAfterVote = votePhraseBefore(lex, tokens, v).has_value();
            // "Kinshasa a voté en faveur du texte, de même que Kigali": the clause before votes.
            for (int k = 0; k < v && !likewiseAfterVote && tokens.at(v).text == u","; ++k) {
                const auto m = votePhraseAt(lex, tokens, k);
                likewiseAfterVote = m && m->end <= v && voteOfTag(m->tag);
            }
        }
        // "se inclinaron por la abstención, así como Ciudad de Panamá y Lima": separators after a vote
        // phrase, the run ending the sentence; "y, para sorpresa de varios analistas, Quito": after an
        // aside inside a list.
        const auto separatorsBefore = [&](int k) {
            while (const auto m = lex.before(tokens, k, QStringLiteral("list_separators")))
                k = m->start;
            return k;
        };
        const int sep = separatorsBefore(first);
        bool continues = sep < first && votePhraseBefore(lex, tokens, sep).has_value()
            && endsWithList(lex, tokens, last + 1);
        for (int k = std::max(2, first - 7); k < first - 1 && !continues; ++k) {
            const int s = tokens.at(k - 1).text == u"," && listAsideEnd(lex, tokens, k) == first ? separatorsBefore(k) : 0;
            continues = s > 0 && tokens.at(s - 1).type == TokenType::Country;
        }
        const bool votes = continues || votePhraseAt(lex, tokens, after)
            || lex.at(tokens, after, QStringLiteral("same_vote"))
            || (startsClause(lex, tokens, first) && voteAfter(lex, tokens, last + 1).vote.has_value())
            || (startsClause(lex, tokens, first) && likewiseEnds(lex, tokens, last + 1)) // "Budapest et Belgrade ont fait de même"
            || lex.before(tokens, before, QStringLiteral("state_before"))
            || lex.before(tokens, before, QStringLiteral("same_vote")) || likewiseAfterVote
            || lex.before(tokens, before, QStringLiteral("likewise_before"))
            || clauseVote(lex, tokens, { first, last }) // "Вашингтон по собственному же проекту воздержался"
            || amongCount(lex, tokens, { first, last }) > 0; // "Washington and Budapest were among the 91"
        // "Белград, как и Ереван, предпочёл воздержаться": with companions before the vote phrase.
        QList<int> run { first, last };
        const bool withCompanions = !votes && companionsAfter(lex, tokens, run).vote.has_value();
        if (withCompanions)
            companions += run.mid(2);
        bool phrase = false;
        for (int k = first; k <= last && !phrase; ++k)
            phrase = tokens.at(k).capital && inPhrase(k);
        // "Als einziges EU-Land stimmte Budapest mit Nein": the verb before and its phrase after.
        const auto verbAround = [&] {
            if (first == 0 || tokens.at(first - 1).type != TokenType::Word
                || lex.before(plain, first, QStringLiteral("same_vote")))
                return false;
            const Tokens rest = tokens.mid(0, first) + tokens.mid(last + 1);
            const auto m = votePhraseAt(lex, rest, first - 1);
            return m && m->end > first && voteOfTag(m->tag).has_value();
        };
        // "140 nations lining up against Moscow": the state a count voted against.
        const auto opposed = [&] {
            // A vote verb (not the bare preposition) after the count and plain words, as CountClues::opposedState
            // reads it.
            const auto m = lex.before(tokens, before, QStringLiteral("count_after"));
            if (!m || voteOfTag(m->tag) != Vote::No || first != last || m->end - m->start < 2 || tokens.at(first).possessive)
                return false;
            for (int k = m->start - 1; k >= 0 && k >= m->start - 4; --k) {
                if (tokens.at(k).type == TokenType::Number)
                    return true;
                if (tokens.at(k).type != TokenType::Word)
                    return false;
            }
            return false;
        };
        // "Junto a Moscú votaron Washington, Minsk y Pionyang": the list after a vote verb that gives no vote,
        // and the state before it.
        const auto votedWith = [&] {
            if (votedWithBefore(lex, tokens, first) >= 0)
                return true;
            for (int n = last + 2; n < tokens.size() && n <= last + 3; ++n) {
                if (tokens.at(n).type == TokenType::Country)
                    return votedWithBefore(lex, tokens, n) == last;
            }
            return false;
        };
        if ((!phrase && (votes || withCompanions) && opensClause(first)) || verbAround() || opposed() || votedWith())
            continue;
        for (int k = first; k <= last; ++k) {
            if (tokens.at(k).capital)
                makeWord(tokens[k]);
        }
    }
}
