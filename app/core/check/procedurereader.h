// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/claim.h"
#include "core/check/sentencetokens.h"

/// \brief Reads procedure and identity claims from a sentence: adopted or rejected, the majority
/// required and whether it was reached, the date and weekday, the session, the symbol and the title.
class ProcedureReader
{
public:
    /// Appends the claims \a sentence (at \a offset in the article, tokenised as \a tokens) makes, in
    /// language \a lang ("en", "uk", "ru", "de", "fr", "es").
    ///
    /// What the fields hold: Outcome `adopted`; Majority `text` ("two-thirds" or "simple") and `adopted`
    /// (reached, not reached, or unset when only the requirement is stated); Date `date` (with the year)
    /// or `text` "--MM-DD" (without), `weekday`; Session `text` ("ES-11", or "80" for a regular session);
    /// Symbol `text` ("A/RES/ES-11/9", "A/ES-11/L.16/Rev.1"); Title `text` and `noun` = \a lang. For
    /// Session and Symbol, `adopted` is true when the sentence says the vote in question took place
    /// there or on that text (an outcome or vote word, no sign of history).
    /// In a \a headline, present-tense outcome verbs are claims too ("UN adopts resolution").
    static void read(const QString& sentence, const Tokens& tokens, const QString& lang, int offset,
        QList<Claim>& claims, bool headline = false);
};
