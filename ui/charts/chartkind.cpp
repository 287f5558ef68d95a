// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartkind.h"

#include <array>

namespace {

constexpr std::array<ChartKind, 5> allKinds
    = { ChartKind::Donut, ChartKind::Bar, ChartKind::Seats, ChartKind::Groups, ChartKind::Compare };

} // namespace

QString chartKindKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Donut:
        return QStringLiteral("donut");
    case ChartKind::Bar:
        return QStringLiteral("bar");
    case ChartKind::Seats:
        return QStringLiteral("seats");
    case ChartKind::Groups:
        return QStringLiteral("groups");
    case ChartKind::Compare:
        break;
    }
    return QStringLiteral("compare");
}

std::optional<ChartKind> chartKindFromKey(QStringView key)
{
    for (ChartKind kind : allKinds) {
        if (key.compare(chartKindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QStringList chartKindKeys()
{
    QStringList keys;
    for (ChartKind kind : allKinds)
        keys << chartKindKey(kind);
    return keys;
}
