// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

#include <unicode/rbnf.h>

/// \brief ICU spell-out rules of one language, rewritten to match normalised article text.
///
/// The rules are ICU's own (URBNF_SPELLOUT), with hyphens written as spaces, soft hyphens dropped and
/// lower case, so "quatre-vingt-onze", "ein­und­neunzig" and "Ninety-one" read the same as ICU's
/// spelling. Ordinal and year rule sets are made private so that parsing only reads cardinals. ICU 72
/// has no case forms for Ukrainian; genitive, dative, accusative, instrumental and locative rule sets
/// are added in ICU's own rule syntax.
class SpelloutRules
{
public:
    /// A formatter for \a lang, or null when ICU has no spell-out rules for it.
    /// \a cardinalSets receives the public rule set names (the ones parse() reads).
    static std::unique_ptr<icu::RuleBasedNumberFormat> create(const QString& lang, QStringList* cardinalSets);

    /// \a text in the form the rewritten rules use: lower case, hyphens and runs of white space as one
    /// space, soft hyphens dropped, apostrophes as U+02BC, "ё" as "е". \a origin (if given) receives for
    /// each character of the result the offset of the character it came from in \a text.
    static QString normalize(QStringView text, QList<int>* origin = nullptr);

    /// The rules ICU ships for \a lang, rewritten as described; exposed for tests.
    static QString rewrite(const QString& icuRules);

    /// The added Ukrainian case rule sets.
    static QString ukrainianCases();

    /// The words ICU writes for numbers in one language.
    struct Vocabulary
    {
        QSet<QString> cardinal; // every word ICU writes in the cardinal numbers it spells out
        QSet<QString> ordinal; // words of ordinals that are no cardinal words: "first", "первого"
    };
    /// \a value spelled out with rule set \a set of \a format and normalised; empty when ICU fails.
    static QString spellOut(const icu::RuleBasedNumberFormat& format, const icu::UnicodeString& set, qint64 value);
    /// The words of the numbers up to 199, the hundreds, thousands and larger powers of ten, in every rule
    /// set of \a sets, and of the ordinals up to 199 in ICU's own rules for \a lang; computed once per
    /// language.
    static Vocabulary vocabulary(
        const QString& lang, const icu::RuleBasedNumberFormat& format, const QList<icu::UnicodeString>& sets);
};
