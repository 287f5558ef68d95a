// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/lexicon.h"
#include "core/check/statelistreader.h"
#include "core/check/statephrases.h"

using namespace StatePhrases;

namespace {

/// "Australia's", "Kyiv’s": a state in the English possessive.
bool possessive(const Token& t)
{
    return t.type == TokenType::Country && !t.demonym && t.possessive;
}

/// Folds tokens [from, to) (a delegation word) into the state's token at \a into: the readers then see
/// "China abstained".
void foldInto(Tokens& tokens, int into, int from, int to)
{
    Token& state = tokens[into];
    state.start = std::min(state.start, tokens.at(from).start);
    state.end = std::max(state.end, tokens.at(to - 1).end);
    tokens.remove(from, to - from);
}

} // namespace

void StateListReader::keepDelegations(const Lexicon& lex, Tokens& tokens)
{
    // "Australia's delegation also voted in favour": the delegation word joins the state's token.
    for (int i = 0; i + 1 < tokens.size(); ++i) {
        if (!possessive(tokens.at(i)))
            continue;
        if (const auto after = lex.at(tokens, i + 1, QStringLiteral("delegation_after")))
            foldInto(tokens, i, after->start, after->end);
    }
    if (std::none_of(tokens.cbegin(), tokens.cend(), [](const Token& t) { return t.demonym; }))
        return;
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).type != TokenType::Country)
            continue;
        // The run of adjectives: "the Ugandan, Tanzanian and Ethiopian delegations".
        const int last = stateRunEnd(lex, tokens, i);
        bool demonyms = false;
        for (int k = i; k <= last; ++k)
            demonyms = demonyms || tokens.at(k).demonym;
        if (!demonyms) {
            i = last;
            continue;
        }
        // "the Chinese delegation", "китайська делегація"; "la délégation chinoise", "los diplomáticos chinos".
        int from = -1;
        int to = -1;
        int into = -1;
        if (const auto after = lex.at(tokens, last + 1, QStringLiteral("delegation_after"))) {
            from = after->start;
            to = after->end;
            into = last;
        } else if (const auto before = lex.before(tokens, i, QStringLiteral("delegation_before"))) {
            from = before->start;
            to = before->end;
            into = i;
        }
        if (into < 0) {
            for (int k = i; k <= last; ++k) {
                if (tokens.at(k).demonym)
                    makeWord(tokens[k]);
            }
            i = last;
            continue;
        }
        for (int k = i; k <= last; ++k)
            tokens[k].demonym = false;
        foldInto(tokens, into, from, to);
        i = into < from ? last : last - (to - from);
    }
}
