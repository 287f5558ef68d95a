// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/countrynames.h"
#include "core/check/numberfinder.h"
#include "core/check/sentencetokens.h"

#include <QString>

#include <algorithm>

/// Rows that depend on what the number and country finders read in a language are skipped,
/// with the reason, until those finders read it.
inline QString unreadable(const QString& lang, const QString& needs, const QString& sentence, int states)
{
    if (needs == u"countries" && CountryNames(lang).find(sentence).size() < std::max(states, 1))
        return QStringLiteral("the country finder does not know these names in this language yet");
    if (needs == u"percent") {
        const Tokens tokens = SentenceTokens::tokenize(sentence, NumberFinder(lang).find(sentence), {});
        if (std::none_of(tokens.cbegin(), tokens.cend(), [](const Token& t) { return t.percent; }))
            return QStringLiteral("the number finder does not read percentages yet");
    }
    if (needs == u"dates" && !NumberFinder(lang).find(sentence).isEmpty())
        return QStringLiteral("the number finder does not know dates in this language yet");
    return {};
}
