// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// \brief The case forms of one word of a country name: a per-language set of case endings put on the
/// word's stem ("Росія" -> "Росії", "Росію"; "Russland" -> "Russlands").
///
/// Only the endings of the cases are generated, never the suffixes that make adjectives or demonyms
/// ("російські", "Russians"), so those stay unmatched. English, French and Spanish names do not
/// decline; Ukrainian and Russian decline, German adds -s and -n.
class WordForms
{
public:
    /// The forms of \a word (lowercase, as CountryIndex::fold() gives it) besides \a word itself.
    /// \a last is true for the last word of a name (adjectives precede the noun they agree with).
    static QStringList of(const QString& word, const QString& lang, bool last);
};
