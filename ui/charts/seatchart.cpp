// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/seatchart.h"
#include "ui/shownlabels.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace {

int orderOf(Vote vote)
{
    const auto& order = PaintedChart::voteOrder;
    return int(std::find(order.cbegin(), order.cend(), vote) - order.cbegin());
}

QList<StateVote> seatOrder(const VoteRecord& record)
{
    QList<StateVote> states = record.votes;
    std::stable_sort(states.begin(), states.end(), [](const StateVote& a, const StateVote& b) {
        if (a.vote != b.vote)
            return orderOf(a.vote) < orderOf(b.vote);
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return states;
}

} // namespace

SeatChart::SeatChart(const VoteRecord& record, const ChartStyle& style)
    : PaintedChart(style)
    , m_record(record)
    , m_states(seatOrder(record))
    , m_hemicycle(int(m_states.size()))
{
}

void SeatChart::frame(const QRectF& rect, QPointF* centre, qreal* radius) const
{
    // The hemicycle and the legend under it, as one block centred in the rectangle.
    const QRectF area = rect.adjusted(style().px(4), style().px(4), -style().px(4), 0);
    const qreal r = std::max(0.0, std::min(area.width() / 2, area.height() - legendHeight()));
    const qreal top = area.top() + (area.height() - r - legendHeight()) / 2;
    *radius = r;
    *centre = QPointF(area.center().x(), top + r);
}

QPointF SeatChart::seatCentre(const QRectF& rect, int index) const
{
    QPointF centre;
    qreal radius = 0;
    frame(rect, &centre, &radius);
    const QPointF& seat = m_hemicycle.seats().at(index);
    return QPointF(centre.x() + seat.x() * radius, centre.y() - seat.y() * radius);
}

qreal SeatChart::seatRadius(const QRectF& rect) const
{
    QPointF centre;
    qreal radius = 0;
    frame(rect, &centre, &radius);
    return m_hemicycle.seatRadius() * radius;
}

int SeatChart::seatAt(const QRectF& rect, const QPointF& pos) const
{
    const qreal r = seatRadius(rect);
    for (int i = 0; i < seatCount(); ++i) {
        const QPointF d = seatCentre(rect, i) - pos;
        if (QPointF::dotProduct(d, d) <= r * r)
            return i;
    }
    return -1;
}

QString SeatChart::toolTipAt(const QRectF& rect, const QPointF& pos) const
{
    const int seat = seatAt(rect, pos);
    if (seat < 0)
        return {};
    const StateVote& s = m_states.at(seat);
    return QStringLiteral("%1 (%2): %3").arg(s.name, s.iso3, shownVoteLabel(s.vote));
}

void SeatChart::paint(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal r = seatRadius(rect);
    // Codes go in the seats when a seat is at least 40 device pixels across (a 1600 px wide export, or 2×).
    const qreal deviceScale = painter.deviceTransform().m11();
    const bool codes = 2 * r * deviceScale >= 40;
    QFont codeFont = style().font(10, true);
    codeFont.setPixelSize(std::max(6, qRound(r * 0.62)));
    painter.setFont(codeFont);
    for (int i = 0; i < seatCount(); ++i) {
        const StateVote& s = m_states.at(i);
        const QPointF c = seatCentre(rect, i);
        painter.setPen(isEmphasised(s.vote) ? QPen(style().outlineColor(), style().px(1.5)) : QPen(Qt::NoPen));
        painter.setBrush(fillFor(s.vote));
        painter.drawEllipse(c, r, r);
        if (codes) {
            painter.setPen(
                isFaded(s.vote) ? style().textColorOnFaded(s.vote) : ChartStyle::textColorOn(s.vote));
            painter.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, s.iso3);
        }
    }

    // The empty middle of the ring names what the marks are.
    QPointF centre;
    qreal radius = 0;
    frame(rect, &centre, &radius);
    const QFont big = style().font(34, true);
    const QFont small = style().font(16);
    const qreal bigHeight = QFontMetricsF(big).height();
    const qreal smallHeight = QFontMetricsF(small).height();
    const qreal inner = radius * 0.3;
    painter.setPen(style().textColor());
    painter.setFont(big);
    painter.drawText(
        QRectF(centre.x() - inner * 1.5, centre.y() - bigHeight - smallHeight, inner * 3, bigHeight),
        Qt::AlignCenter, style().number(seatCount()));
    painter.setFont(small);
    painter.setPen(style().secondaryTextColor());
    painter.drawText(QRectF(centre.x() - inner * 1.5, centre.y() - smallHeight, inner * 3, smallHeight),
        Qt::AlignCenter, QCoreApplication::translate("SeatChart", "member states"));

    const VoteTotals totals = m_record.totals();
    QList<LegendEntry> entries;
    for (Vote vote : voteOrder)
        entries.append({ vote, QStringLiteral("%1 %2").arg(shownVoteLabel(vote)).arg(totals.count(vote)) });
    paintLegend(painter, QRectF(rect.left(), centre.y(), rect.width(), legendHeight()),
        QCoreApplication::translate("SeatChart", "Seats from the left:"), entries);
    painter.restore();
}
