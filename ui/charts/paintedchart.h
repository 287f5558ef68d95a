// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"
#include "ui/charts/chartkind.h"
#include "ui/charts/chartstyle.h"

#include <QList>
#include <QRectF>
#include <array>
#include <memory>
#include <optional>

class QPainter;
class QPainterPath;

/// \brief A chart drawn with QPainter (seats, groups, flows): paints into a rectangle, legend included.
class PaintedChart
{
public:
    /// The order of the votes in these charts, left to right and top to bottom; the legend states it.
    static constexpr std::array<Vote, 4> voteOrder = { Vote::Yes, Vote::Abstain, Vote::NonVoting, Vote::No };

    explicit PaintedChart(const ChartStyle& style);
    virtual ~PaintedChart();
    PaintedChart(const PaintedChart&) = delete;
    PaintedChart& operator=(const PaintedChart&) = delete;

    /// The chart for \a kind (Seats, Groups or Compare), or nullptr for the Qt Charts kinds and for Compare
    /// without a second record. For Compare the earlier record is drawn on the left.
    static std::unique_ptr<PaintedChart> create(ChartKind kind, const VoteRecord& record,
        const std::optional<VoteRecord>& compare, const ChartStyle& style);

    /// Paints the chart and its legend into \a rect (logical coordinates).
    virtual void paint(QPainter& painter, const QRectF& rect) const = 0;
    /// What a tooltip shows at \a pos when the chart fills \a rect; empty where there is nothing.
    virtual QString toolTipAt(const QRectF& rect, const QPointF& pos) const;

    void setEmphasis(const QList<Vote>& votes) { m_emphasis = votes; }
    const QList<Vote>& emphasis() const { return m_emphasis; }
    bool isEmphasised(Vote vote) const { return m_emphasis.contains(vote); }
    bool isFaded(Vote vote) const { return !m_emphasis.isEmpty() && !m_emphasis.contains(vote); }
    const ChartStyle& style() const { return m_style; }

protected:
    struct LegendEntry
    {
        Vote vote = Vote::Yes;
        QString text;
    };
    /// Height of a one-line legend at the bottom of a chart.
    qreal legendHeight() const;
    /// Draws \a entries centred on one line at the bottom of \a rect, after an optional \a lead text.
    void paintLegend(
        QPainter& painter, const QRectF& rect, const QString& lead, const QList<LegendEntry>& entries) const;
    /// The fill of a part: its colour, or a light tint when another vote is emphasised.
    QColor fillFor(Vote vote) const;
    /// The outline of a part: thick and dark when emphasised, thin and white otherwise.
    QPen outlineFor(Vote vote, qreal thin) const;

private:
    ChartStyle m_style;
    QList<Vote> m_emphasis;
};
