// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// \brief A sentence's sign that it tells of a vote at another time: "In March 2022, 141 states
/// voted ...", "Three years ago, five countries opposed ...", "the previous resolution".
struct OtherTime
{
    QString phrase; // as written; empty when the sentence has none
    int year = 0; // the year named, 0 for a phrase without one ("last year")
    int start = 0; // UTF-16 offsets of the phrase in the sentence
    int end = 0;

    bool found() const { return !phrase.isEmpty(); }

    /// The first such sign in \a sentence, read in language \a lang.
    static OtherTime find(const QString& sentence, const QString& lang);
    /// Does the sign tell of the claim at \a pos (an offset in \a sentence)? It does when it opens the
    /// sentence before a comma ("In March 2022, ..."), or stands in the claim's own clause: no comma,
    /// semicolon or dash between them ("141 states voted in favour in 2022"), so that "China abstained,
    /// as it did in 2022" and "Kazakhstan, which abstained in 2022, voted in favour" stay claims.
    bool covers(const QString& sentence, int pos) const;
};
