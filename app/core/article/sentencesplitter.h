// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"

/// \brief Splits text into sentences with ICU's sentence BreakIterator (abbreviation-aware, e.g. "U.S.").
///
/// Line breaks end a sentence, so headlines and captions stand alone. Spans are trimmed of white space.
class SentenceSplitter
{
public:
    static QList<Sentence> split(const QString& text);
};
