// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/claim.h"
#include "core/check/countrynames.h"
#include "core/check/numberfinder.h"

#include <QList>
#include <QString>

class Lexicon;

/// \brief Reads the claims a sentence makes about a vote, in one of the supported languages, with the
/// words of that language's lexicon (resources/lexicons/<lang>.json): counts in favour, against,
/// abstaining, not voting, the membership, sponsors, "Russia and 11 other countries", tallies,
/// approximate counts, shares, complements, turnout, comparisons, how named states voted, a revision
/// the sentence explains ("initially 91"), and numbers that are not about the vote.
///
/// Claims carry spans in the coordinates of the text passed in, shifted by \a offset.
class ClaimExtractor
{
public:
    /// Reads sentences in \a lang, a Language::supported() code.
    explicit ClaimExtractor(const QString& lang = QStringLiteral("en"));

    /// The claims of \a sentence; a \a headline (the article's first line, without a full stop) also
    /// states an outcome in the present tense ("UN adopts resolution on ...").
    QList<Claim> extract(const QString& sentence, int offset = 0, bool headline = false) const;

private:
    QString m_lang;
    const Lexicon& m_lex; // owned by Lexicon::forLanguage, lives as long as the program
    NumberFinder m_numbers;
    CountryNames m_countries;
};
