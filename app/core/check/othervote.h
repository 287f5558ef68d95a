// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// \brief A sentence's sign that it tells of another vote than the record's: one at another time ("In
/// March 2022, 141 states voted ...", "Three years ago, five countries opposed ...", "the previous
/// resolution") or on another document ("The amendment was rejected by 60 votes to 30").
struct OtherVote
{
    QString phrase; // as written; empty when the sentence has none
    int year = 0; // the year named, 0 for a phrase without one ("last year")
    int start = 0; // UTF-16 offsets of the phrase in the sentence
    int end = 0;
    // Another document or body ("the Security Council"), named in a clause that is no relative clause:
    // after a short opener it tells of the rest of the sentence ("Hours later, Washington and Moscow
    // joined forces in the 15-member Security Council to pass a text, ..., by 10 votes to none").
    bool mainDocument = false;
    bool time = false; // a time ("three years ago", "in 2022"), not a document
    // Named in a clause of time before the main clause ("After the amendments were adopted, ..."): it
    // tells of its own clause only.
    bool subordinate = false;

    bool found() const { return !phrase.isEmpty(); }

    /// The first such sign in \a sentence, read in language \a lang.
    static OtherVote find(const QString& sentence, const QString& lang);
    /// Does the sign tell of the claim at \a pos (an offset in \a sentence)? In the sentence's first
    /// clause it tells of every claim after it ("In March 2022, 141 states ..."); elsewhere, of its own
    /// clause: no comma, semicolon, dash or bracket between them. So "China abstained, as it did in
    /// 2022" and "Kazakhstan, which abstained in 2022, voted in favour" stay claims.
    bool covers(const QString& sentence, int pos) const;
};
