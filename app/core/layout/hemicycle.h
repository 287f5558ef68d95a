// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

/// \brief Seat positions of a hemicycle: rows of growing capacity, filled in proportion, seats ordered by
/// angle.
class Hemicycle
{
public:
    /// Lays out \a seatCount seats in a half ring whose inner radius is \a innerRadius (0 to 0.8) of the
    /// outer one; the inner radius is the aspect of the ring (0.4: a wide ring, 0.7: a thin arc).
    explicit Hemicycle(int seatCount, qreal innerRadius = 0.4);

    /// Seat centres in unit coordinates: the outer radius is 1, the centre is (0, 0), y grows upwards, and
    /// every seat lies inside bounds(). Sorted by angle from the left (180°) to the right (0°); seats at the
    /// same angle inner row first. Consecutive seats therefore form wedges.
    const QList<QPointF>& seats() const { return m_seats; }
    /// Radius of every seat, in the same units; seats never overlap.
    qreal seatRadius() const { return m_seatRadius; }
    int rowCount() const { return m_rowCount; }
    /// The half disc the seats lie in: (-1, 0) to (1, 1).
    static QRectF bounds() { return QRectF(-1, 0, 2, 1); }
    /// Angle of a seat in radians, π at the left end, 0 at the right.
    static qreal angleOf(const QPointF& seat);

private:
    QList<QPointF> m_seats;
    qreal m_seatRadius = 0;
    int m_rowCount = 0;
};
