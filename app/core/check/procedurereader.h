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
    static void read(
        const QString& sentence, const Tokens& tokens, const QString& lang, int offset, QList<Claim>& claims);
};
