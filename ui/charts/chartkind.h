// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

/// \brief The charts Plenary draws of a vote.
enum class ChartKind { Donut, Bar, Seats, Groups, Compare };

QString chartKindKey(ChartKind kind); // "donut", "bar", "seats", "groups", "compare"
std::optional<ChartKind> chartKindFromKey(QStringView key);
/// Every key, in the order the switcher shows them.
QStringList chartKindKeys();
