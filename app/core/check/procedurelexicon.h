// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// A phrase: lowercase words; a word ending in '*' matches any word it starts.
using Phrase = QStringList;

enum class WordType : quint8 { Word, Digits, Punct };

/// \brief A word, a run of digits or a punctuation mark of a sentence, as ProcedureReader reads it.
struct ProcedureWord
{
    WordType type = WordType::Word;
    int start = 0; // UTF-16 offsets in the sentence
    int end = 0;
    QString text; // lowercase, apostrophes as '
    bool caps = false; // written in capitals ("KYIV")
    bool initialCap = false; // starts with a capital letter
};
using Words = QList<ProcedureWord>;

/// \brief The words ProcedureReader looks for in one language: phrases from
/// :/lexicons/procedure.json, month and weekday names from QLocale, ordinal words from ICU's
/// %spellout-ordinal rule sets (and stems from the lexicon where ICU has none, as for Ukrainian).
struct ProcedureLexicon
{
    QString lang;
    QList<Phrase> voteWords;
    QList<Phrase> assembly; // the Assembly as a verb's subject
    QList<Phrase> assemblyActs; // "condemned", "demanded": a vote word after the Assembly
    QList<Phrase> adopted;
    QList<Phrase> rejected;
    QList<Phrase> adoptedHeadline; // present tense, read in a headline only: "UN adopts resolution"
    QList<Phrase> rejectedHeadline;
    QList<QPair<QString, QString>> adoptedSplit; // German "nahm ... an"
    QList<QPair<QString, QString>> rejectedSplit; // "lehnte ... ab"
    QList<Phrase> negations;
    QList<Phrase> blockers; // a word just before an outcome verb that makes it no outcome claim
    QList<Phrase> objectBlockers; // a word just after one: "не приняли участия" (took no part)
    QList<Phrase> countPrepositions; // "with 91 votes": a count after one is no subject
    QList<Phrase> objectBefore; // "in der Ukraine angenommen": a state after one is no subject
    QList<Phrase> stateArticles; // "the Central African Republic": an article that belongs to the name
    QList<Phrase> agentPrepositions; // "rejected by Russia": the states that voted so, not the outcome
    QList<Phrase> otherDocuments;
    QList<Phrase> timeSubordinators; // "after", "Tras", "Після того як": a clause of time opens
    QList<Phrase> timeClauses; // "when" after "in 2014,": the clause tells of that time
    QList<Phrase> history;
    QList<Phrase> yearPrepositions;
    QList<Phrase> otherTime; // "years ago", "last year": a vote at another time than the record's
    QList<Phrase> otherTimePrepositions; // "in" of "in March 2022"
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

    /// Splits \a s into words (hyphenated compounds and "d'urgence" stay whole), digits and marks;
    /// at most 800.
    static Words split(QStringView s);
    /// Index after \a p when it starts at word \a i, else -1.
    static int matchAt(const Words& w, int i, const Phrase& p);
    /// End of the first (longest) phrase of \a list starting at \a i, else -1.
    static int matchAny(const Words& w, int i, const QList<Phrase>& list);
    /// Start of the first phrase of \a list found in words [from, to), else -1.
    static int findAny(const Words& w, int from, int to, const QList<Phrase>& list);

    /// The ordinal \a word (lowercase) spells, or 0.
    int ordinal(const QString& word) const;

    /// The lexicon of \a lang, built once and kept (thread-safe); English for an unknown code.
    static const ProcedureLexicon& forLanguage(const QString& lang);
};
