// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartkind.h"

QString chartKindKey(ChartKind kind)
{
    return kind == ChartKind::Donut ? QStringLiteral("donut") : QStringLiteral("bar");
}

std::optional<ChartKind> chartKindFromKey(QStringView key)
{
    if (key.compare(u"donut", Qt::CaseInsensitive) == 0)
        return ChartKind::Donut;
    if (key.compare(u"bar", Qt::CaseInsensitive) == 0)
        return ChartKind::Bar;
    return std::nullopt;
}

QStringList chartKindKeys()
{
    return { chartKindKey(ChartKind::Donut), chartKindKey(ChartKind::Bar) };
}
