// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// \brief A sentence's sign that it tells of a vote at another time: "In March 2022, 141 states
/// voted ...", "Three years ago, five countries opposed ...", "the previous resolution".
struct OtherTime
{
    QString phrase; // as written; empty when the sentence has none
    int year = 0; // the year named, 0 for a phrase without one ("last year")

    bool found() const { return !phrase.isEmpty(); }

    /// The first such sign in \a sentence, read in language \a lang.
    static OtherTime find(const QString& sentence, const QString& lang);
};
