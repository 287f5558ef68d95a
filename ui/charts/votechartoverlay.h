// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

class VoteChart;

/// \brief Draws what Qt Charts cannot: segment labels and the majority line on the bar, the member count in
/// the donut.
class VoteChartOverlay : public QGraphicsItem
{
public:
    /// The overlay becomes a child item of \a chart, which owns it.
    explicit VoteChartOverlay(VoteChart* chart);

    /// Call when the chart's plot area moved or its content changed.
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void paintBar(QPainter& painter) const;
    void paintMajority(QPainter& painter, const QRectF& bar) const;
    void paintDonutCentre(QPainter& painter) const;

    VoteChart* m_chart;
};
