// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/groupchart.h"
#include "ui/shownlabels.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QCoreApplication>

GroupChart::GroupChart(const VoteRecord& record, const ChartStyle& style)
    : PaintedChart(style)
    , m_record(record)
{
    for (const StateVote& v : record.votes)
        m_totals[int(v.group)].add(v.vote);
    for (const VoteTotals& t : m_totals)
        m_largest = std::max(m_largest, t.all());
}

QList<RegionalGroup> GroupChart::groups() const
{
    QList<RegionalGroup> list
        = { RegionalGroup::African, RegionalGroup::AsiaPacific, RegionalGroup::EasternEuropean,
              RegionalGroup::LatinAmericanCaribbean, RegionalGroup::WesternEuropeanOthers };
    if (m_totals[int(RegionalGroup::None)].all() > 0)
        list.append(RegionalGroup::None);
    return list;
}

QString GroupChart::groupLabel(RegionalGroup group) const
{
    const QString name
        = group == RegionalGroup::None ? QCoreApplication::translate("GroupChart", "No regional group") : shownGroupName(group);
    return QStringLiteral("%1 (%2)").arg(name).arg(m_totals[int(group)].all());
}

GroupChart::Layout GroupChart::layout(const QRectF& rect) const
{
    Layout l;
    const QFontMetricsF metrics(style().font(17));
    qreal labelWidth = 0;
    for (RegionalGroup g : groups())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(groupLabel(g)));
    labelWidth = std::min(labelWidth + style().px(16), rect.width() * 0.45);
    const QRectF area = rect.adjusted(0, 0, 0, -legendHeight() - style().px(8));
    const qreal rows = qreal(groups().size());
    l.rowHeight = area.height() / rows;
    l.barHeight = std::min(l.rowHeight * 0.62, style().px(72));
    l.labels = QRectF(area.left(), area.top(), labelWidth, area.height());
    l.bars = QRectF(
        area.left() + labelWidth, area.top(), area.width() - labelWidth - style().px(8), area.height());
    return l;
}

QRectF GroupChart::segmentRect(const QRectF& rect, RegionalGroup group, Vote vote) const
{
    const QList<RegionalGroup> list = groups();
    const qsizetype row = list.indexOf(group);
    if (row < 0 || m_largest <= 0)
        return {};
    const Layout l = layout(rect);
    const VoteTotals& totals = m_totals[int(group)];
    const qreal perState = l.bars.width() / m_largest;
    const qreal top = l.bars.top() + l.rowHeight * row + (l.rowHeight - l.barHeight) / 2;
    qreal x = l.bars.left();
    for (Vote v : voteOrder) {
        const qreal w = totals.count(v) * perState;
        if (v == vote)
            return w > 0 ? QRectF(x, top, w, l.barHeight) : QRectF();
        x += w;
    }
    return {};
}

QString GroupChart::toolTipAt(const QRectF& rect, const QPointF& pos) const
{
    for (RegionalGroup g : groups()) {
        for (Vote v : voteOrder) {
            if (segmentRect(rect, g, v).contains(pos))
                return QCoreApplication::translate("GroupChart", "%1: %2 of %3 %4")
                    .arg(shownGroupName(g))
                    .arg(m_totals[int(g)].count(v))
                    .arg(m_totals[int(g)].all())
                    .arg(shownVotePhrase(v));
        }
    }
    return {};
}

void GroupChart::paint(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout l = layout(rect);
    const QFont labelFont = style().font(17);
    const QFont countFont = style().font(16, true);
    const QFontMetricsF countMetrics(countFont);
    const QList<RegionalGroup> list = groups();
    for (qsizetype row = 0; row < list.size(); ++row) {
        const RegionalGroup g = list[row];
        const QRectF labelRect(l.labels.left(), l.labels.top() + l.rowHeight * row,
            l.labels.width() - style().px(12), l.rowHeight);
        painter.setFont(labelFont);
        painter.setPen(style().textColor());
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, groupLabel(g));
        for (Vote v : voteOrder) {
            const QRectF segment = segmentRect(rect, g, v);
            if (segment.isEmpty())
                continue;
            painter.setPen(outlineFor(v, style().px(1.5)));
            painter.setBrush(fillFor(v));
            painter.drawRect(segment);
            const QString count = style().number(m_totals[int(g)].count(v));
            if (countMetrics.horizontalAdvance(count) + style().px(8) <= segment.width()
                && countMetrics.height() <= segment.height()) {
                painter.setFont(countFont);
                painter.setPen(isFaded(v) ? style().textColorOnFaded(v) : ChartStyle::textColorOn(v));
                painter.drawText(segment, Qt::AlignCenter, count);
            }
        }
    }
    painter.setPen(QPen(style().axisColor(), style().px(1)));
    painter.drawLine(l.bars.topLeft(), QPointF(l.bars.left(), l.bars.bottom()));

    const VoteTotals totals = m_record.totals();
    QList<LegendEntry> entries;
    for (Vote vote : voteOrder)
        entries.append({ vote, QStringLiteral("%1 %2").arg(shownVoteLabel(vote)).arg(totals.count(vote)) });
    paintLegend(painter, rect, QCoreApplication::translate("GroupChart", "Member states per group:"), entries);
    painter.restore();
}
