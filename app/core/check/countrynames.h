// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <memory>

class CountryIndex;

/// \brief A member state named in a text.
struct CountryMention
{
    int start = 0; // UTF-16 offsets in the text searched
    int end = 0;
    QString iso3;
    bool capital = false; // a capital city standing for its state ("Washington abstained")
    bool demonym = false; // a nationality adjective ("the Chinese delegation", "la délégation chinoise")
};

/// \brief Finds member states named in text in English, Ukrainian, Russian, German, French or Spanish:
/// UN and iso-codes names, the names the press uses ("DR Congo", "КНДР", "Nordkorea") and their case
/// forms ("Білорусі", "Северной Кореи", "Russlands", "l'Inde").
///
/// The longest name wins ("Papua New Guinea", not "Guinea"); a name matches only when it starts with a
/// capital, and a name written all in capitals ("US", "США") only in capitals. Cheap to construct: all
/// objects share one index (CountryIndex::shared()).
class CountryNames
{
public:
    /// Searches the names of all six languages at once.
    CountryNames();
    /// Searches the names of \a lang (a Language::supported() code) and English ones, which articles in
    /// every language quote; an unknown code searches all languages.
    explicit CountryNames(const QString& lang);

    QList<CountryMention> find(const QString& text) const;
    /// The ISO alpha-3 code of a whole name, alias or case form, in any capitalisation; or "".
    QString lookup(const QString& name) const;

    /// False when Debian's iso-codes could not be read: only the UN names and the aliases are known.
    bool hasIsoCodes() const;
    /// Names of member states indexed in \a lang.
    int nameCount(const QString& lang) const;

private:
    std::shared_ptr<const CountryIndex> m_index;
    quint8 m_languages = 0;
};
