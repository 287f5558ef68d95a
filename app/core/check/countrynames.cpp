// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/countrynames.h"

#include "core/record/memberstates.h"

namespace {

struct Alias
{
    const char16_t* name;
    const char16_t* iso3;
};

// Names the press uses where they differ from the UN short name.
constexpr Alias aliases[] = {
    { u"Russia", u"RUS" },
    { u"North Korea", u"PRK" },
    { u"DPRK", u"PRK" },
    { u"South Korea", u"KOR" },
    { u"Korea", u"KOR" },
    { u"United States", u"USA" },
    { u"US", u"USA" },
    { u"U.S.", u"USA" },
    { u"USA", u"USA" },
    { u"America", u"USA" },
    { u"United Kingdom", u"GBR" },
    { u"UK", u"GBR" },
    { u"U.K.", u"GBR" },
    { u"Britain", u"GBR" },
    { u"Great Britain", u"GBR" },
    { u"Iran", u"IRN" },
    { u"Syria", u"SYR" },
    { u"Venezuela", u"VEN" },
    { u"Bolivia", u"BOL" },
    { u"Vietnam", u"VNM" },
    { u"Laos", u"LAO" },
    { u"Lao PDR", u"LAO" },
    { u"Moldova", u"MDA" },
    { u"Tanzania", u"TZA" },
    { u"Turkey", u"TUR" },
    { u"Turkiye", u"TUR" },
    { u"DR Congo", u"COD" },
    { u"DRC", u"COD" },
    { u"Congo-Kinshasa", u"COD" },
    { u"Republic of the Congo", u"COG" },
    { u"Congo-Brazzaville", u"COG" },
    { u"Czech Republic", u"CZE" },
    { u"Ivory Coast", u"CIV" },
    { u"Cote d'Ivoire", u"CIV" },
    { u"Micronesia", u"FSM" },
    { u"Brunei", u"BRN" },
    { u"Cape Verde", u"CPV" },
    { u"Swaziland", u"SWZ" },
    { u"Macedonia", u"MKD" },
    { u"East Timor", u"TLS" },
    { u"Burma", u"MMR" },
    { u"Holland", u"NLD" },
    { u"The Gambia", u"GMB" },
    { u"Sao Tome", u"STP" },
    { u"São Tomé and Príncipe", u"STP" },
    { u"Belorussia", u"BLR" },
    { u"Kyrgyz Republic", u"KGZ" },
    { u"St Kitts and Nevis", u"KNA" },
    { u"St Lucia", u"LCA" },
    { u"St Vincent and the Grenadines", u"VCT" },
    { u"UAE", u"ARE" },
    { u"Emirates", u"ARE" },
    { u"Saudi", u"SAU" },
};

} // namespace

CountryNames::CountryNames()
{
    for (const MemberState& s : MemberStates::all()) {
        m_byName.insert(s.name.toLower(), s.iso3);
        // "Bolivia (Plurinational State of)" is also written "Plurinational State of Bolivia" or "Bolivia".
        const qsizetype paren = s.name.indexOf(QStringLiteral(" ("));
        if (paren > 0)
            m_byName.insert(s.name.left(paren).toLower(), s.iso3);
    }
    for (const Alias& a : aliases) {
        const QString name = QString::fromUtf16(a.name);
        m_byName.insert(name.toLower(), QString::fromUtf16(a.iso3));
        if (name == name.toUpper())
            m_capitalsOnly.insert(name.toLower());
    }

    QStringList names = m_byName.keys();
    std::sort(
        names.begin(), names.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList parts;
    for (const QString& n : names)
        parts << QRegularExpression::escape(n);
    // Names must start with a capital in the text; that is checked after matching.
    m_pattern = QRegularExpression(
        QStringLiteral("(?<![\\p{L}\\p{N}])(?:the\\s+)?(%1)(?![\\p{L}\\p{N}])").arg(parts.join(u'|')),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    m_pattern.optimize();
}

QList<CountryMention> CountryNames::find(const QString& text) const
{
    QList<CountryMention> out;
    for (auto it = m_pattern.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (name.isEmpty() || !name.at(0).isUpper())
            continue;
        const QString key = name.toLower();
        const QString iso3 = m_byName.value(key);
        // Aliases written in capitals ("US", "UK") only count in capitals: "us" is a pronoun.
        if (iso3.isEmpty() || (m_capitalsOnly.contains(key) && name != name.toUpper()))
            continue;
        out.append({ int(m.capturedStart(1)), int(m.capturedEnd(1)), iso3 });
    }
    return out;
}

QString CountryNames::lookup(const QString& name) const
{
    return m_byName.value(name.trimmed().toLower());
}
