// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/hemicycle.h"
#include "ui/charts/paintedchart.h"

/// \brief A hemicycle with one seat per member state, in wedges of yes, abstain, non-voting and no from the
/// left.
class SeatChart : public PaintedChart
{
public:
    SeatChart(const VoteRecord& record, const ChartStyle& style);

    void paint(QPainter& painter, const QRectF& rect) const override;
    /// "Brazil (BRA): Abstain" over a seat.
    QString toolTipAt(const QRectF& rect, const QPointF& pos) const override;

    int seatCount() const { return int(m_states.size()); }
    /// The state in seat \a index, counted from the left.
    const StateVote& stateAt(int index) const { return m_states.at(index); }
    /// Where seat \a index is drawn when the chart fills \a rect.
    QPointF seatCentre(const QRectF& rect, int index) const;
    qreal seatRadius(const QRectF& rect) const;
    /// The seat under \a pos, or -1.
    int seatAt(const QRectF& rect, const QPointF& pos) const;

private:
    /// The square of the unit hemicycle: its centre and outer radius in \a rect.
    void frame(const QRectF& rect, QPointF* centre, qreal* radius) const;

    VoteRecord m_record;
    QList<StateVote> m_states; // in seat order
    Hemicycle m_hemicycle;
};
