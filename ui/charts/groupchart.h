// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/paintedchart.h"

/// \brief One stacked bar per UN regional group, its length the group's members, each vote's count on it.
class GroupChart : public PaintedChart
{
public:
    GroupChart(const VoteRecord& record, const ChartStyle& style);

    void paint(QPainter& painter, const QRectF& rect) const override;
    /// "African Group: 23 of 54 abstained" over a segment.
    QString toolTipAt(const QRectF& rect, const QPointF& pos) const override;

    /// The groups drawn, top to bottom (the five UN groups, then states outside them if any).
    QList<RegionalGroup> groups() const;
    /// Where the segment of \a vote in the bar of \a group is drawn; empty when it has no states.
    QRectF segmentRect(const QRectF& rect, RegionalGroup group, Vote vote) const;

private:
    struct Layout
    {
        QRectF labels; // the column of group names
        QRectF bars; // where bars run, from zero to the largest group
        qreal rowHeight = 0;
        qreal barHeight = 0;
    };
    Layout layout(const QRectF& rect) const;
    QString groupLabel(RegionalGroup group) const;

    VoteRecord m_record;
    std::array<VoteTotals, 6> m_totals {}; // per RegionalGroup
    int m_largest = 0;
};
