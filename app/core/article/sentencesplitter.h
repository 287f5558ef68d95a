// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"

/// \brief Splits text into sentences with ICU's sentence BreakIterator (abbreviation-aware, e.g. "U.S.").
///
/// Line breaks end a sentence, so headlines and captions stand alone. Spans are trimmed of white space.
/// A break ICU makes after a day number before a month name ("am 3. Dezember", German ordinal dates) or
/// after an ordinal a German article or preposition announces ("der 11. Notstandssondertagung") is undone.
class SentenceSplitter
{
public:
    /// \a lang: a Language::supported() code; its abbreviations and month names are used.
    static QList<Sentence> split(const QString& text, const QString& lang = QStringLiteral("en"));
};
