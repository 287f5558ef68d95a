// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

/// \brief The five UN regional groups (None for states outside them, such as former members).
enum class RegionalGroup : quint8 {
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanCaribbean,
    WesternEuropeanOthers,
    None
};

/// \brief One UN member state: ISO 3166-1 alpha-3 code, UN short name and regional group.
struct MemberState
{
    QString iso3;
    QString name;
    RegionalGroup group = RegionalGroup::None;
};

/// \brief The 193 UN member states with their regional groups, compiled in.
class MemberStates
{
public:
    static const QList<MemberState>& all();
    static const MemberState* find(QStringView iso3);

    /// Short name as used in the record format: "African", "Asia-Pacific", "Eastern European",
    /// "GRULAC", "WEOG", or "" for None.
    static QString groupKey(RegionalGroup group);
    /// Full name for people: "Latin American and Caribbean Group" etc.
    static QString groupName(RegionalGroup group);
    /// Accepts the short key or the full name.
    static std::optional<RegionalGroup> groupFromName(QStringView name);
};
