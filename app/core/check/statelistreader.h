// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/claim.h"
#include "core/check/sentencetokens.h"

class Lexicon;

/// \brief Reads how named states voted: "China, India and Brazil abstained", "the United States voted
/// in favour", "among those voting against were Russia, Belarus and North Korea", and "the 12 against,
/// namely: ..." (where the number of states named is a claim of its own).
class StateListReader
{
public:
    /// Appends claims for the states named in \a tokens (a sentence at \a offset in the article).
    /// States that \a claims already hold a vote for are not claimed again.
    static void read(const Lexicon& lex, const Tokens& tokens, int offset, QList<Claim>& claims);
    /// A capital city stands for its state only where it votes: "Washington abstained", "Pékin et New
    /// Delhi ont choisi l'abstention", "Against it voted Moscow and Minsk", "Washington sides with
    /// Moscow". Elsewhere ("close ties with Moscow", "talks in Paris") its tokens become plain words.
    static void keepVotingCapitals(const Lexicon& lex, Tokens& tokens);
    /// A nationality adjective stands for its state beside a delegation word: "the Chinese delegation",
    /// "The Ugandan, Tanzanian and Ethiopian delegations", "la délégation chinoise", "китайська делегація".
    /// The delegation word is folded into the state's token, so "The Chinese delegation abstained" reads
    /// as "China abstained"; elsewhere ("Chinese investment") the adjective becomes a plain word.
    static void keepDelegations(const Lexicon& lex, Tokens& tokens);
};
