// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/hemicycle.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr qreal pi = 3.14159265358979323846;
constexpr qreal seatShare = 0.4; // seat radius as a share of the row width: a gap of a fifth between seats

struct Row
{
    qreal radius = 0;
    qreal firstAngle = 0; // the seats at each end stay above the base line
    int capacity = 0;
};

std::vector<Row> rowsFor(int rowCount, qreal innerRadius)
{
    const qreal width = (1.0 - innerRadius) / rowCount;
    const qreal seat = width * seatShare;
    std::vector<Row> rows;
    for (int i = 0; i < rowCount; ++i) {
        Row row;
        row.radius = innerRadius + width * (i + 0.5);
        row.firstAngle = std::asin(std::min(1.0, seat / row.radius));
        const qreal arc = (pi - 2 * row.firstAngle) * row.radius;
        row.capacity = int(std::floor(arc / width)) + 1;
        rows.push_back(row);
    }
    return rows;
}

int capacityOf(const std::vector<Row>& rows)
{
    int total = 0;
    for (const Row& row : rows)
        total += row.capacity;
    return total;
}

} // namespace

Hemicycle::Hemicycle(int seatCount, qreal innerRadius)
{
    if (seatCount <= 0)
        return;
    innerRadius = std::clamp(innerRadius, 0.0, 0.8);

    // The fewest rows that hold every seat: the seats are as large as they can be.
    int rowCount = 1;
    std::vector<Row> rows = rowsFor(rowCount, innerRadius);
    while (capacityOf(rows) < seatCount)
        rows = rowsFor(++rowCount, innerRadius);
    m_rowCount = rowCount;
    m_seatRadius = (1.0 - innerRadius) / rowCount * seatShare;

    // Seats per row in proportion to capacity (largest remainder); a share never exceeds its row's capacity.
    const int capacity = capacityOf(rows);
    std::vector<int> counts(rows.size());
    std::vector<std::pair<qreal, int>> remainders;
    int given = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const qreal share = qreal(seatCount) * rows[i].capacity / capacity;
        counts[i] = int(std::floor(share));
        given += counts[i];
        remainders.emplace_back(share - counts[i], int(i));
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t k = 0; given < seatCount && k < remainders.size(); ++k, ++given)
        ++counts[remainders[k].second];

    for (size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        const int n = counts[i];
        for (int j = 0; j < n; ++j) {
            const qreal angle
                = n == 1 ? pi / 2 : pi - row.firstAngle - (pi - 2 * row.firstAngle) * j / (n - 1);
            m_seats.append(QPointF(row.radius * std::cos(angle), row.radius * std::sin(angle)));
        }
    }
    std::stable_sort(m_seats.begin(), m_seats.end(), [](const QPointF& a, const QPointF& b) {
        const qreal angleA = angleOf(a);
        const qreal angleB = angleOf(b);
        if (std::abs(angleA - angleB) > 1e-9)
            return angleA > angleB;
        return std::hypot(a.x(), a.y()) < std::hypot(b.x(), b.y());
    });
}

qreal Hemicycle::angleOf(const QPointF& seat)
{
    return std::atan2(seat.y(), seat.x());
}
