// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

/// \brief A member state named in a text.
struct CountryMention
{
    int start = 0; // UTF-16 offsets in the text searched
    int end = 0;
    QString iso3;
};

/// \brief Finds member states named in English text: UN short names, and the names the press uses
/// ("Russia", "North Korea", "DR Congo", "Turkey").
class CountryNames
{
public:
    CountryNames();
    QList<CountryMention> find(const QString& text) const;
    /// The ISO alpha-3 code of an exact name or alias, or an empty string.
    QString lookup(const QString& name) const;

private:
    QHash<QString, QString> m_byName; // lowercase name -> iso3
    QSet<QString> m_capitalsOnly;
    QRegularExpression m_pattern;
};
