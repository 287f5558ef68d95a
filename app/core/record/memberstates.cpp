// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/memberstates.h"

#include <QHash>

namespace {

struct Row
{
    const char16_t* iso3;
    const char16_t* name;
    RegionalGroup group;
};

// UN member states and regional groups as of 2025 (193 rows; facts from the UN regional group lists).
constexpr Row rows[] = {
    { u"AFG", u"Afghanistan", RegionalGroup::AsiaPacific },
    { u"AGO", u"Angola", RegionalGroup::African },
    { u"ALB", u"Albania", RegionalGroup::EasternEuropean },
    { u"AND", u"Andorra", RegionalGroup::WesternEuropeanOthers },
    { u"ARE", u"United Arab Emirates", RegionalGroup::AsiaPacific },
    { u"ARG", u"Argentina", RegionalGroup::LatinAmericanCaribbean },
    { u"ARM", u"Armenia", RegionalGroup::EasternEuropean },
    { u"ATG", u"Antigua and Barbuda", RegionalGroup::LatinAmericanCaribbean },
    { u"AUS", u"Australia", RegionalGroup::WesternEuropeanOthers },
    { u"AUT", u"Austria", RegionalGroup::WesternEuropeanOthers },
    { u"AZE", u"Azerbaijan", RegionalGroup::EasternEuropean },
    { u"BDI", u"Burundi", RegionalGroup::African },
    { u"BEL", u"Belgium", RegionalGroup::WesternEuropeanOthers },
    { u"BEN", u"Benin", RegionalGroup::African },
    { u"BFA", u"Burkina Faso", RegionalGroup::African },
    { u"BGD", u"Bangladesh", RegionalGroup::AsiaPacific },
    { u"BGR", u"Bulgaria", RegionalGroup::EasternEuropean },
    { u"BHR", u"Bahrain", RegionalGroup::AsiaPacific },
    { u"BHS", u"Bahamas", RegionalGroup::LatinAmericanCaribbean },
    { u"BIH", u"Bosnia and Herzegovina", RegionalGroup::EasternEuropean },
    { u"BLR", u"Belarus", RegionalGroup::EasternEuropean },
    { u"BLZ", u"Belize", RegionalGroup::LatinAmericanCaribbean },
    { u"BOL", u"Bolivia (Plurinational State of)", RegionalGroup::LatinAmericanCaribbean },
    { u"BRA", u"Brazil", RegionalGroup::LatinAmericanCaribbean },
    { u"BRB", u"Barbados", RegionalGroup::LatinAmericanCaribbean },
    { u"BRN", u"Brunei Darussalam", RegionalGroup::AsiaPacific },
    { u"BTN", u"Bhutan", RegionalGroup::AsiaPacific },
    { u"BWA", u"Botswana", RegionalGroup::African },
    { u"CAF", u"Central African Republic", RegionalGroup::African },
    { u"CAN", u"Canada", RegionalGroup::WesternEuropeanOthers },
    { u"CHE", u"Switzerland", RegionalGroup::WesternEuropeanOthers },
    { u"CHL", u"Chile", RegionalGroup::LatinAmericanCaribbean },
    { u"CHN", u"China", RegionalGroup::AsiaPacific },
    { u"CIV", u"Côte d'Ivoire", RegionalGroup::African },
    { u"CMR", u"Cameroon", RegionalGroup::African },
    { u"COD", u"Democratic Republic of the Congo", RegionalGroup::African },
    { u"COG", u"Congo", RegionalGroup::African },
    { u"COL", u"Colombia", RegionalGroup::LatinAmericanCaribbean },
    { u"COM", u"Comoros", RegionalGroup::African },
    { u"CPV", u"Cabo Verde", RegionalGroup::African },
    { u"CRI", u"Costa Rica", RegionalGroup::LatinAmericanCaribbean },
    { u"CUB", u"Cuba", RegionalGroup::LatinAmericanCaribbean },
    { u"CYP", u"Cyprus", RegionalGroup::AsiaPacific },
    { u"CZE", u"Czechia", RegionalGroup::EasternEuropean },
    { u"DEU", u"Germany", RegionalGroup::WesternEuropeanOthers },
    { u"DJI", u"Djibouti", RegionalGroup::African },
    { u"DMA", u"Dominica", RegionalGroup::LatinAmericanCaribbean },
    { u"DNK", u"Denmark", RegionalGroup::WesternEuropeanOthers },
    { u"DOM", u"Dominican Republic", RegionalGroup::LatinAmericanCaribbean },
    { u"DZA", u"Algeria", RegionalGroup::African },
    { u"ECU", u"Ecuador", RegionalGroup::LatinAmericanCaribbean },
    { u"EGY", u"Egypt", RegionalGroup::African },
    { u"ERI", u"Eritrea", RegionalGroup::African },
    { u"ESP", u"Spain", RegionalGroup::WesternEuropeanOthers },
    { u"EST", u"Estonia", RegionalGroup::EasternEuropean },
    { u"ETH", u"Ethiopia", RegionalGroup::African },
    { u"FIN", u"Finland", RegionalGroup::WesternEuropeanOthers },
    { u"FJI", u"Fiji", RegionalGroup::AsiaPacific },
    { u"FRA", u"France", RegionalGroup::WesternEuropeanOthers },
    { u"FSM", u"Micronesia (Federated States of)", RegionalGroup::AsiaPacific },
    { u"GAB", u"Gabon", RegionalGroup::African },
    { u"GBR", u"United Kingdom", RegionalGroup::WesternEuropeanOthers },
    { u"GEO", u"Georgia", RegionalGroup::EasternEuropean },
    { u"GHA", u"Ghana", RegionalGroup::African },
    { u"GIN", u"Guinea", RegionalGroup::African },
    { u"GMB", u"Gambia", RegionalGroup::African },
    { u"GNB", u"Guinea-Bissau", RegionalGroup::African },
    { u"GNQ", u"Equatorial Guinea", RegionalGroup::African },
    { u"GRC", u"Greece", RegionalGroup::WesternEuropeanOthers },
    { u"GRD", u"Grenada", RegionalGroup::LatinAmericanCaribbean },
    { u"GTM", u"Guatemala", RegionalGroup::LatinAmericanCaribbean },
    { u"GUY", u"Guyana", RegionalGroup::LatinAmericanCaribbean },
    { u"HND", u"Honduras", RegionalGroup::LatinAmericanCaribbean },
    { u"HRV", u"Croatia", RegionalGroup::EasternEuropean },
    { u"HTI", u"Haiti", RegionalGroup::LatinAmericanCaribbean },
    { u"HUN", u"Hungary", RegionalGroup::EasternEuropean },
    { u"IDN", u"Indonesia", RegionalGroup::AsiaPacific },
    { u"IND", u"India", RegionalGroup::AsiaPacific },
    { u"IRL", u"Ireland", RegionalGroup::WesternEuropeanOthers },
    { u"IRN", u"Iran (Islamic Republic of)", RegionalGroup::AsiaPacific },
    { u"IRQ", u"Iraq", RegionalGroup::AsiaPacific },
    { u"ISL", u"Iceland", RegionalGroup::WesternEuropeanOthers },
    { u"ISR", u"Israel", RegionalGroup::WesternEuropeanOthers },
    { u"ITA", u"Italy", RegionalGroup::WesternEuropeanOthers },
    { u"JAM", u"Jamaica", RegionalGroup::LatinAmericanCaribbean },
    { u"JOR", u"Jordan", RegionalGroup::AsiaPacific },
    { u"JPN", u"Japan", RegionalGroup::AsiaPacific },
    { u"KAZ", u"Kazakhstan", RegionalGroup::AsiaPacific },
    { u"KEN", u"Kenya", RegionalGroup::African },
    { u"KGZ", u"Kyrgyzstan", RegionalGroup::AsiaPacific },
    { u"KHM", u"Cambodia", RegionalGroup::AsiaPacific },
    { u"KIR", u"Kiribati", RegionalGroup::AsiaPacific },
    { u"KNA", u"Saint Kitts and Nevis", RegionalGroup::LatinAmericanCaribbean },
    { u"KOR", u"Republic of Korea", RegionalGroup::AsiaPacific },
    { u"KWT", u"Kuwait", RegionalGroup::AsiaPacific },
    { u"LAO", u"Lao People's Democratic Republic", RegionalGroup::AsiaPacific },
    { u"LBN", u"Lebanon", RegionalGroup::AsiaPacific },
    { u"LBR", u"Liberia", RegionalGroup::African },
    { u"LBY", u"Libya", RegionalGroup::African },
    { u"LCA", u"Saint Lucia", RegionalGroup::LatinAmericanCaribbean },
    { u"LIE", u"Liechtenstein", RegionalGroup::WesternEuropeanOthers },
    { u"LKA", u"Sri Lanka", RegionalGroup::AsiaPacific },
    { u"LSO", u"Lesotho", RegionalGroup::African },
    { u"LTU", u"Lithuania", RegionalGroup::EasternEuropean },
    { u"LUX", u"Luxembourg", RegionalGroup::WesternEuropeanOthers },
    { u"LVA", u"Latvia", RegionalGroup::EasternEuropean },
    { u"MAR", u"Morocco", RegionalGroup::African },
    { u"MCO", u"Monaco", RegionalGroup::WesternEuropeanOthers },
    { u"MDA", u"Republic of Moldova", RegionalGroup::EasternEuropean },
    { u"MDG", u"Madagascar", RegionalGroup::African },
    { u"MDV", u"Maldives", RegionalGroup::AsiaPacific },
    { u"MEX", u"Mexico", RegionalGroup::LatinAmericanCaribbean },
    { u"MHL", u"Marshall Islands", RegionalGroup::AsiaPacific },
    { u"MKD", u"North Macedonia", RegionalGroup::EasternEuropean },
    { u"MLI", u"Mali", RegionalGroup::African },
    { u"MLT", u"Malta", RegionalGroup::WesternEuropeanOthers },
    { u"MMR", u"Myanmar", RegionalGroup::AsiaPacific },
    { u"MNE", u"Montenegro", RegionalGroup::EasternEuropean },
    { u"MNG", u"Mongolia", RegionalGroup::AsiaPacific },
    { u"MOZ", u"Mozambique", RegionalGroup::African },
    { u"MRT", u"Mauritania", RegionalGroup::African },
    { u"MUS", u"Mauritius", RegionalGroup::African },
    { u"MWI", u"Malawi", RegionalGroup::African },
    { u"MYS", u"Malaysia", RegionalGroup::AsiaPacific },
    { u"NAM", u"Namibia", RegionalGroup::African },
    { u"NER", u"Niger", RegionalGroup::African },
    { u"NGA", u"Nigeria", RegionalGroup::African },
    { u"NIC", u"Nicaragua", RegionalGroup::LatinAmericanCaribbean },
    { u"NLD", u"Netherlands", RegionalGroup::WesternEuropeanOthers },
    { u"NOR", u"Norway", RegionalGroup::WesternEuropeanOthers },
    { u"NPL", u"Nepal", RegionalGroup::AsiaPacific },
    { u"NRU", u"Nauru", RegionalGroup::AsiaPacific },
    { u"NZL", u"New Zealand", RegionalGroup::WesternEuropeanOthers },
    { u"OMN", u"Oman", RegionalGroup::AsiaPacific },
    { u"PAK", u"Pakistan", RegionalGroup::AsiaPacific },
    { u"PAN", u"Panama", RegionalGroup::LatinAmericanCaribbean },
    { u"PER", u"Peru", RegionalGroup::LatinAmericanCaribbean },
    { u"PHL", u"Philippines", RegionalGroup::AsiaPacific },
    { u"PLW", u"Palau", RegionalGroup::AsiaPacific },
    { u"PNG", u"Papua New Guinea", RegionalGroup::AsiaPacific },
    { u"POL", u"Poland", RegionalGroup::EasternEuropean },
    { u"PRK", u"Democratic People's Republic of Korea", RegionalGroup::AsiaPacific },
    { u"PRT", u"Portugal", RegionalGroup::WesternEuropeanOthers },
    { u"PRY", u"Paraguay", RegionalGroup::LatinAmericanCaribbean },
    { u"QAT", u"Qatar", RegionalGroup::AsiaPacific },
    { u"ROU", u"Romania", RegionalGroup::EasternEuropean },
    { u"RUS", u"Russian Federation", RegionalGroup::EasternEuropean },
    { u"RWA", u"Rwanda", RegionalGroup::African },
    { u"SAU", u"Saudi Arabia", RegionalGroup::AsiaPacific },
    { u"SDN", u"Sudan", RegionalGroup::African },
    { u"SEN", u"Senegal", RegionalGroup::African },
    { u"SGP", u"Singapore", RegionalGroup::AsiaPacific },
    { u"SLB", u"Solomon Islands", RegionalGroup::AsiaPacific },
    { u"SLE", u"Sierra Leone", RegionalGroup::African },
    { u"SLV", u"El Salvador", RegionalGroup::LatinAmericanCaribbean },
    { u"SMR", u"San Marino", RegionalGroup::WesternEuropeanOthers },
    { u"SOM", u"Somalia", RegionalGroup::African },
    { u"SRB", u"Serbia", RegionalGroup::EasternEuropean },
    { u"SSD", u"South Sudan", RegionalGroup::African },
    { u"STP", u"Sao Tome and Principe", RegionalGroup::African },
    { u"SUR", u"Suriname", RegionalGroup::LatinAmericanCaribbean },
    { u"SVK", u"Slovakia", RegionalGroup::EasternEuropean },
    { u"SVN", u"Slovenia", RegionalGroup::EasternEuropean },
    { u"SWE", u"Sweden", RegionalGroup::WesternEuropeanOthers },
    { u"SWZ", u"Eswatini", RegionalGroup::African },
    { u"SYC", u"Seychelles", RegionalGroup::African },
    { u"SYR", u"Syrian Arab Republic", RegionalGroup::AsiaPacific },
    { u"TCD", u"Chad", RegionalGroup::African },
    { u"TGO", u"Togo", RegionalGroup::African },
    { u"THA", u"Thailand", RegionalGroup::AsiaPacific },
    { u"TJK", u"Tajikistan", RegionalGroup::AsiaPacific },
    { u"TKM", u"Turkmenistan", RegionalGroup::AsiaPacific },
    { u"TLS", u"Timor-Leste", RegionalGroup::AsiaPacific },
    { u"TON", u"Tonga", RegionalGroup::AsiaPacific },
    { u"TTO", u"Trinidad and Tobago", RegionalGroup::LatinAmericanCaribbean },
    { u"TUN", u"Tunisia", RegionalGroup::African },
    { u"TUR", u"Türkiye", RegionalGroup::WesternEuropeanOthers },
    { u"TUV", u"Tuvalu", RegionalGroup::AsiaPacific },
    { u"TZA", u"United Republic of Tanzania", RegionalGroup::African },
    { u"UGA", u"Uganda", RegionalGroup::African },
    { u"UKR", u"Ukraine", RegionalGroup::EasternEuropean },
    { u"URY", u"Uruguay", RegionalGroup::LatinAmericanCaribbean },
    { u"USA", u"United States of America", RegionalGroup::WesternEuropeanOthers },
    { u"UZB", u"Uzbekistan", RegionalGroup::AsiaPacific },
    { u"VCT", u"Saint Vincent and the Grenadines", RegionalGroup::LatinAmericanCaribbean },
    { u"VEN", u"Venezuela (Bolivarian Republic of)", RegionalGroup::LatinAmericanCaribbean },
    { u"VNM", u"Viet Nam", RegionalGroup::AsiaPacific },
    { u"VUT", u"Vanuatu", RegionalGroup::AsiaPacific },
    { u"WSM", u"Samoa", RegionalGroup::AsiaPacific },
    { u"YEM", u"Yemen", RegionalGroup::AsiaPacific },
    { u"ZAF", u"South Africa", RegionalGroup::African },
    { u"ZMB", u"Zambia", RegionalGroup::African },
    { u"ZWE", u"Zimbabwe", RegionalGroup::African },
};

QList<MemberState> buildStates()
{
    QList<MemberState> states;
    states.reserve(std::size(rows));
    for (const Row& row : rows)
        states.append({ QString::fromUtf16(row.iso3), QString::fromUtf16(row.name), row.group });
    return states;
}

} // namespace

const QList<MemberState>& MemberStates::all()
{
    static const QList<MemberState> states = buildStates();
    return states;
}

const MemberState* MemberStates::find(QStringView iso3)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> h;
        for (qsizetype i = 0; i < all().size(); ++i)
            h.insert(all().at(i).iso3, i);
        return h;
    }();
    const auto it = index.constFind(iso3.toString().toUpper());
    return it == index.cend() ? nullptr : &all().at(*it);
}

QString MemberStates::groupKey(RegionalGroup group)
{
    switch (group) {
    case RegionalGroup::African:
        return QStringLiteral("African");
    case RegionalGroup::AsiaPacific:
        return QStringLiteral("Asia-Pacific");
    case RegionalGroup::EasternEuropean:
        return QStringLiteral("Eastern European");
    case RegionalGroup::LatinAmericanCaribbean:
        return QStringLiteral("GRULAC");
    case RegionalGroup::WesternEuropeanOthers:
        return QStringLiteral("WEOG");
    case RegionalGroup::None:
        break;
    }
    return {};
}

QString MemberStates::groupName(RegionalGroup group)
{
    switch (group) {
    case RegionalGroup::African:
        return QStringLiteral("African Group");
    case RegionalGroup::AsiaPacific:
        return QStringLiteral("Asia and the Pacific Group");
    case RegionalGroup::EasternEuropean:
        return QStringLiteral("Eastern European Group");
    case RegionalGroup::LatinAmericanCaribbean:
        return QStringLiteral("Latin American and Caribbean Group");
    case RegionalGroup::WesternEuropeanOthers:
        return QStringLiteral("Western European and Others Group");
    case RegionalGroup::None:
        break;
    }
    return QStringLiteral("No group");
}

std::optional<RegionalGroup> MemberStates::groupFromName(QStringView name)
{
    const QString n = name.trimmed().toString();
    for (RegionalGroup g :
        { RegionalGroup::African, RegionalGroup::AsiaPacific, RegionalGroup::EasternEuropean,
            RegionalGroup::LatinAmericanCaribbean, RegionalGroup::WesternEuropeanOthers }) {
        if (n.compare(groupKey(g), Qt::CaseInsensitive) == 0
            || n.compare(groupName(g), Qt::CaseInsensitive) == 0)
            return g;
    }
    if (n.isEmpty() || n.compare(u"none", Qt::CaseInsensitive) == 0)
        return RegionalGroup::None;
    return std::nullopt;
}
