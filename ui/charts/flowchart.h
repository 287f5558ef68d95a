// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/votecomparison.h"
#include "ui/charts/paintedchart.h"

/// \brief A flow diagram from the vote groups of one record (left) to those of another (right), bands as wide
/// as the number of states that took that path.
class FlowChart : public PaintedChart
{
public:
    FlowChart(const VoteComparison& comparison, const ChartStyle& style);

    void paint(QPainter& painter, const QRectF& rect) const override;
    /// "30 states: Yes in A/RES/ES-11/1, Abstain in A/RES/ES-11/9" over a band or a node.
    QString toolTipAt(const QRectF& rect, const QPointF& pos) const override;

    const VoteComparison& comparison() const { return m_comparison; }
    /// The bar of \a vote in the first (left) or second (right) record; empty when no state voted so.
    QRectF nodeRect(const QRectF& rect, bool left, Vote vote) const;
    /// "A/RES/ES-11/1 · 2 March 2022"
    static QString recordLabel(const VoteRecord& record, const ChartStyle& style);

private:
    struct Layout
    {
        QRectF flows; // between the two node columns
        qreal nodeWidth = 0;
        qreal perState = 0;
        qreal gap = 0;
        qreal headerHeight = 0;
        qreal labelWidth = 0;
    };
    Layout layout(const QRectF& rect) const;
    /// The vertical span a band takes at its left (\a atLeft) or right end.
    std::pair<qreal, qreal> bandSpan(const Layout& l, Vote from, Vote to, bool atLeft) const;
    QPainterPath bandPath(const Layout& l, Vote from, Vote to) const;

    VoteComparison m_comparison;
};
