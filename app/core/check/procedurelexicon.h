// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// A phrase: lowercase words; a word ending in '*' matches any word it starts.
using Phrase = QStringList;

/// \brief The words ProcedureReader looks for in one language: phrases from
/// :/lexicons/procedure.json, month and weekday names from QLocale, ordinal words from ICU's
/// %spellout-ordinal rule sets (and stems from the lexicon where ICU has none, as for Ukrainian).
struct ProcedureLexicon
{
    QString lang;
    QList<Phrase> voteWords;
    QList<Phrase> adopted;
    QList<Phrase> rejected;
    QList<QPair<QString, QString>> adoptedSplit; // German "nahm ... an"
    QList<QPair<QString, QString>> rejectedSplit; // "lehnte ... ab"
    QList<Phrase> negations;
    QList<Phrase> blockers; // a word just before an outcome verb that makes it no outcome claim
    QList<Phrase> countPrepositions; // "with 91 votes": a count after one is no subject
    QList<Phrase> otherDocuments;
    QList<Phrase> history;
    QList<Phrase> yearPrepositions;
    QList<Phrase> dateBlockers;
    QList<Phrase> majorityWords; // "majority", "threshold": a bare "two thirds" needs one near
    QList<Phrase> twoThirds;
    QList<Phrase> simple;
    QList<Phrase> missed;
    QList<Phrase> required;
    QList<Phrase> reached;
    QList<Phrase> titleMarkers;
    QList<Phrase> emergencySession;
    QList<Phrase> regularSession;
    QStringList dateArticles;
    QHash<QString, int> months; // lowercase long, short, standalone and genitive names -> 1..12
    QHash<QString, int> weekdays; // lowercase names and their accusative forms -> 1..7
    QHash<QString, int> ordinals; // lowercase ordinal words -> 1..120
    QList<QPair<QString, int>> ordinalStems;
    QStringList ordinalEndings;

    /// The ordinal \a word (lowercase) spells, or 0.
    int ordinal(const QString& word) const;

    /// The lexicon of \a lang, built once and kept (thread-safe); English for an unknown code.
    static const ProcedureLexicon& forLanguage(const QString& lang);
};
