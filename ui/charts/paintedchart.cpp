// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/paintedchart.h"

#include "core/record/votecomparison.h"
#include "ui/charts/flowchart.h"
#include "ui/charts/groupchart.h"
#include "ui/charts/seatchart.h"

#include <QFontMetricsF>
#include <QPainter>

PaintedChart::PaintedChart(const ChartStyle& style)
    : m_style(style)
{
}

PaintedChart::~PaintedChart() = default;

std::unique_ptr<PaintedChart> PaintedChart::create(ChartKind kind, const VoteRecord& record,
    const std::optional<VoteRecord>& compare, const ChartStyle& style)
{
    switch (kind) {
    case ChartKind::Seats:
        return std::make_unique<SeatChart>(record, style);
    case ChartKind::Groups:
        return std::make_unique<GroupChart>(record, style);
    case ChartKind::Compare: {
        if (!compare)
            return nullptr;
        const bool compareFirst
            = compare->date.isValid() && record.date.isValid() && compare->date < record.date;
        return std::make_unique<FlowChart>(
            compareFirst ? VoteComparison(*compare, record) : VoteComparison(record, *compare), style);
    }
    case ChartKind::Donut:
    case ChartKind::Bar:
        break;
    }
    return nullptr;
}

QString PaintedChart::toolTipAt(const QRectF& rect, const QPointF& pos) const
{
    Q_UNUSED(rect);
    Q_UNUSED(pos);
    return {};
}

qreal PaintedChart::legendHeight() const
{
    return QFontMetricsF(m_style.font(16)).height() + m_style.px(16);
}

void PaintedChart::paintLegend(
    QPainter& painter, const QRectF& rect, const QString& lead, const QList<LegendEntry>& entries) const
{
    const QFont font = m_style.font(16);
    const QFontMetricsF metrics(font);
    const qreal box = metrics.height() * 0.8;
    const qreal gap = m_style.px(8);
    const qreal spacing = m_style.px(24);
    qreal width = lead.isEmpty() ? 0 : metrics.horizontalAdvance(lead) + gap;
    for (const LegendEntry& e : entries)
        width += box + gap + metrics.horizontalAdvance(e.text) + spacing;
    width -= entries.isEmpty() ? 0 : spacing;

    const qreal y = rect.bottom() - metrics.height();
    qreal x = rect.left() + std::max(0.0, (rect.width() - width) / 2);
    painter.save();
    painter.setFont(font);
    if (!lead.isEmpty()) {
        painter.setPen(style().secondaryTextColor());
        painter.drawText(QRectF(x, y, metrics.horizontalAdvance(lead) + 1, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, lead);
        x += metrics.horizontalAdvance(lead) + gap;
    }
    for (const LegendEntry& e : entries) {
        painter.setPen(outlineFor(e.vote, 0));
        painter.setBrush(fillFor(e.vote));
        painter.drawRect(QRectF(x, y + (metrics.height() - box) / 2, box, box));
        x += box + gap;
        painter.setPen(isFaded(e.vote) ? style().secondaryTextColor() : style().textColor());
        const qreal w = metrics.horizontalAdvance(e.text);
        painter.drawText(QRectF(x, y, w + 1, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, e.text);
        x += w + spacing;
    }
    painter.restore();
}

QColor PaintedChart::fillFor(Vote vote) const
{
    return isFaded(vote) ? style().fadedColor(vote) : ChartStyle::voteColor(vote);
}

QPen PaintedChart::outlineFor(Vote vote, qreal thin) const
{
    if (isEmphasised(vote))
        return QPen(m_style.outlineColor(), m_style.px(2.5));
    return thin > 0 ? QPen(m_style.gapColor(), thin) : QPen(Qt::NoPen);
}
