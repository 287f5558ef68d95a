// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"
#include "ui/charts/chartkind.h"
#include "ui/charts/chartstyle.h"

#include <QRectF>
#include <QSizeF>
#include <optional>

class QPainter;

/// \brief One exported chart: title, subtitle, chart, legend and source line laid out on a page of the style's background colour.
class ChartPage
{
public:
    /// \a size is the page in logical pixels (points for PDF); fonts scale with it.
    /// \a compare is the second record of ChartKind::Compare; that kind paints no chart without it.
    ChartPage(const VoteRecord& record, ChartKind kind, const QSizeF& size,
        const std::optional<VoteRecord>& compare = std::nullopt, ChartTheme theme = ChartTheme::Light,
        const QLocale& locale = QLocale(QLocale::English));

    /// Paints the page at (0, 0) in logical coordinates; the caller scales the painter to the device.
    void paint(QPainter& painter) const;

    /// Where the chart (with its legend) is painted, in page coordinates.
    QRectF chartArea() const;
    /// The sizes the page draws with; a chart built with them lays out as on the page.
    const ChartStyle& style() const { return m_style; }
    QString title() const;
    QString pageSubtitle() const;
    QString sourceLine() const;

    /// "A/RES/ES-11/9 · 3 December 2025 · recorded vote", the date as \a style writes it.
    static QString subtitle(const VoteRecord& record, const ChartStyle& style = ChartStyle());

private:
    struct Frame
    {
        QRectF title;
        QRectF subtitle;
        QRectF chart;
        QRectF source;
    };
    Frame frame() const;
    /// The two records of a comparison, earlier one first.
    std::pair<VoteRecord, VoteRecord> comparedPair() const;

    VoteRecord m_record;
    std::optional<VoteRecord> m_compare;
    ChartKind m_kind;
    QSizeF m_size;
    ChartStyle m_style;
};
