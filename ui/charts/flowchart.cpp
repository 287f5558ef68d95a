// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/flowchart.h"
#include "ui/shownlabels.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QCoreApplication>

FlowChart::FlowChart(const VoteComparison& comparison, const ChartStyle& style)
    : PaintedChart(style)
    , m_comparison(comparison)
{
}

QString FlowChart::recordLabel(const VoteRecord& record, const ChartStyle& style)
{
    if (!record.date.isValid())
        return record.symbol;
    return QStringLiteral("%1 · %2").arg(record.symbol, style.longDate(record.date));
}

FlowChart::Layout FlowChart::layout(const QRectF& rect) const
{
    Layout l;
    const QFontMetricsF labelMetrics(style().font(17, true));
    for (Vote v : voteOrder) {
        for (const QString& text : { QStringLiteral("%1 %2").arg(shownVoteLabel(v)).arg(m_comparison.fromTotal(v)),
                 QStringLiteral("%1 %2").arg(shownVoteLabel(v)).arg(m_comparison.toTotal(v)) })
            l.labelWidth = std::max(l.labelWidth, labelMetrics.horizontalAdvance(text));
    }
    l.labelWidth += style().px(10);
    l.headerHeight = QFontMetricsF(style().font(17, true)).height() + style().px(12);
    l.nodeWidth = style().px(18);
    l.gap = style().px(14);
    const QRectF area = rect.adjusted(0, l.headerHeight, 0, -legendHeight() - style().px(8));
    l.flows = QRectF(area.left() + l.labelWidth + l.nodeWidth, area.top(),
        area.width() - 2 * (l.labelWidth + l.nodeWidth), area.height());
    const int states = m_comparison.commonCount();
    l.perState = states > 0 ? std::max(0.0, (area.height() - 3 * l.gap) / states) : 0;
    return l;
}

QRectF FlowChart::nodeRect(const QRectF& rect, bool left, Vote vote) const
{
    const Layout l = layout(rect);
    qreal y = l.flows.top();
    for (Vote v : voteOrder) {
        const int n = left ? m_comparison.fromTotal(v) : m_comparison.toTotal(v);
        if (v == vote) {
            if (n == 0)
                return {};
            const qreal x = left ? l.flows.left() - l.nodeWidth : l.flows.right();
            return QRectF(x, y, l.nodeWidth, n * l.perState);
        }
        y += n * l.perState + (n > 0 ? l.gap : 0);
    }
    return {};
}

std::pair<qreal, qreal> FlowChart::bandSpan(const Layout& l, Vote from, Vote to, bool atLeft) const
{
    // Nodes stack in vote order; inside a node the bands stack in the order of their other end.
    qreal y = l.flows.top();
    const Vote node = atLeft ? from : to;
    for (Vote v : voteOrder) {
        if (v == node)
            break;
        const int n = atLeft ? m_comparison.fromTotal(v) : m_comparison.toTotal(v);
        y += n * l.perState + (n > 0 ? l.gap : 0);
    }
    for (Vote other : voteOrder) {
        const int n = atLeft ? m_comparison.count(from, other) : m_comparison.count(other, to);
        if ((atLeft && other == to) || (!atLeft && other == from))
            return { y, y + n * l.perState };
        y += n * l.perState;
    }
    return { y, y };
}

QPainterPath FlowChart::bandPath(const Layout& l, Vote from, Vote to) const
{
    const auto [top0, bottom0] = bandSpan(l, from, to, true);
    const auto [top1, bottom1] = bandSpan(l, from, to, false);
    const qreal x0 = l.flows.left();
    const qreal x1 = l.flows.right();
    const qreal mid = (x0 + x1) / 2;
    QPainterPath path(QPointF(x0, top0));
    path.cubicTo(QPointF(mid, top0), QPointF(mid, top1), QPointF(x1, top1));
    path.lineTo(x1, bottom1);
    path.cubicTo(QPointF(mid, bottom1), QPointF(mid, bottom0), QPointF(x0, bottom0));
    path.closeSubpath();
    return path;
}

QString FlowChart::toolTipAt(const QRectF& rect, const QPointF& pos) const
{
    const Layout l = layout(rect);
    const QString first = m_comparison.first().symbol;
    const QString second = m_comparison.second().symbol;
    for (Vote v : voteOrder) {
        if (nodeRect(rect, true, v).contains(pos))
            return QCoreApplication::translate("FlowChart", "%1 states: %2 in %3")
                .arg(m_comparison.fromTotal(v))
                .arg(shownVoteLabel(v), first);
        if (nodeRect(rect, false, v).contains(pos))
            return QCoreApplication::translate("FlowChart", "%1 states: %2 in %3")
                .arg(m_comparison.toTotal(v))
                .arg(shownVoteLabel(v), second);
    }
    for (Vote from : voteOrder) {
        for (Vote to : voteOrder) {
            if (m_comparison.count(from, to) > 0 && bandPath(l, from, to).contains(pos))
                return QCoreApplication::translate("FlowChart", "%1 states: %2 in %3, %4 in %5")
                    .arg(m_comparison.count(from, to))
                    .arg(shownVoteLabel(from), first, shownVoteLabel(to), second);
        }
    }
    return {};
}

void FlowChart::paint(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout l = layout(rect);
    const QFont headerFont = style().font(17, true);
    const QFont labelFont = style().font(17, true);
    const QFont countFont = style().font(14);
    const QFontMetricsF countMetrics(countFont);

    // Column headers: which record is on which side.
    painter.setFont(headerFont);
    painter.setPen(style().textColor());
    const QRectF header(rect.left(), rect.top(), rect.width(), l.headerHeight - style().px(12));
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, recordLabel(m_comparison.first(), style()));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, recordLabel(m_comparison.second(), style()));

    // Bands, coloured by the first vote; stayers fainter than movers.
    for (Vote from : voteOrder) {
        for (Vote to : voteOrder) {
            if (m_comparison.count(from, to) == 0)
                continue;
            QColor fill = fillFor(from);
            fill.setAlphaF(from == to ? 0.30 : 0.55);
            painter.setPen(
                isEmphasised(from) || isEmphasised(to) ? QPen(style().outlineColor(), style().px(1.2)) : QPen(Qt::NoPen));
            painter.setBrush(fill);
            painter.drawPath(bandPath(l, from, to));
        }
    }
    // Counts at both ends of each band that is tall enough to hold one.
    painter.setFont(countFont);
    painter.setPen(style().textColor());
    for (Vote from : voteOrder) {
        for (Vote to : voteOrder) {
            const int n = m_comparison.count(from, to);
            if (n == 0)
                continue;
            const auto [top0, bottom0] = bandSpan(l, from, to, true);
            const auto [top1, bottom1] = bandSpan(l, from, to, false);
            const QString text = style().number(n);
            const qreal w = countMetrics.horizontalAdvance(text) + style().px(12);
            if (bottom0 - top0 >= countMetrics.height() * 0.9)
                painter.drawText(QRectF(l.flows.left() + style().px(4), top0, w, bottom0 - top0),
                    Qt::AlignLeft | Qt::AlignVCenter, text);
            if (bottom1 - top1 >= countMetrics.height() * 0.9)
                painter.drawText(QRectF(l.flows.right() - w - style().px(4), top1, w, bottom1 - top1),
                    Qt::AlignRight | Qt::AlignVCenter, text);
        }
    }
    // Nodes with their labels outside.
    painter.setFont(labelFont);
    for (bool left : { true, false }) {
        for (Vote v : voteOrder) {
            const QRectF node = nodeRect(rect, left, v);
            if (node.isEmpty())
                continue;
            painter.setPen(outlineFor(v, 0));
            painter.setBrush(fillFor(v));
            painter.drawRect(node);
            const int n = left ? m_comparison.fromTotal(v) : m_comparison.toTotal(v);
            painter.setPen(isFaded(v) ? style().secondaryTextColor() : style().textColor());
            const QRectF label = left
                ? QRectF(rect.left(), node.center().y() - 50, l.labelWidth - style().px(8), 100)
                : QRectF(
                    node.right() + style().px(8), node.center().y() - 50, l.labelWidth - style().px(8), 100);
            painter.drawText(label, (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                QStringLiteral("%1 %2").arg(shownVoteLabel(v)).arg(n));
        }
    }

    QList<LegendEntry> entries;
    for (Vote vote : voteOrder)
        entries.append({ vote, shownVoteLabel(vote) });
    paintLegend(painter, rect,
        QCoreApplication::translate("FlowChart", "%1 of %2 states changed their vote; bands coloured by the first vote:")
            .arg(m_comparison.changes().size())
            .arg(m_comparison.commonCount()),
        entries);
    painter.restore();
}
