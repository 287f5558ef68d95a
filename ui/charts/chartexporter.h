// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"
#include "ui/charts/chartkind.h"
#include "ui/charts/chartstyle.h"

#include <QByteArray>
#include <QLocale>
#include <QSize>
#include <QString>
#include <optional>

/// \brief What to export: which chart, at what size (in points) and scale (2 or 3 for sharp PNGs).
struct ExportSettings
{
    ChartKind kind = ChartKind::Donut;
    QSize size { 1200, 800 };
    qreal scale = 1.0;
    std::optional<VoteRecord> compare; // the second vote, for ChartKind::Compare
    ChartTheme theme = ChartTheme::Light; // exports stay light unless asked for dark
    QLocale locale = QLocale(QLocale::English); // numbers and dates in the chart
};

/// \brief Renders a record's chart to PNG, SVG or PDF. The Export dialog and `plenary --export` both use it.
class ChartExporter
{
public:
    /// Format from the suffix (.png, .svg, .pdf). Writes atomically; on failure returns false and sets \a
    /// error.
    static bool exportTo(
        const QString& path, const VoteRecord& record, const ExportSettings& settings, QString* error);
    /// The chart as SVG, from the same code path as exportTo(); empty when it cannot be rendered.
    static QByteArray svgBytes(const VoteRecord& record, const ExportSettings& settings);
    /// A text description of the vote for people who cannot see the image (SVG <desc>, alt text).
    static QString altText(const VoteRecord& record);
};
