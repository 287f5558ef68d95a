// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/votechartoverlay.h"
#include "ui/shownlabels.h"

#include "ui/charts/votechart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <limits>
#include <QCoreApplication>

VoteChartOverlay::VoteChartOverlay(VoteChart* chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    setZValue(1000); // above the series, the axes and the legend
    setAcceptedMouseButtons(Qt::NoButton);
}

void VoteChartOverlay::refresh()
{
    prepareGeometryChange();
    update();
}

QRectF VoteChartOverlay::boundingRect() const
{
    return m_chart->rect();
}

void VoteChartOverlay::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_chart->shares().base() <= 0 || m_chart->plotArea().isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (m_chart->kind() == ChartKind::Bar)
        paintBar(*painter);
    else
        paintDonutCentre(*painter);
    painter->restore();
}

void VoteChartOverlay::paintBar(QPainter& painter) const
{
    const ChartStyle& style = m_chart->style();
    const QRectF plot = m_chart->plotArea();
    const qreal pad = style.px(8);
    QRectF bar;
    qreal nextFreeX = plot.left() - std::numeric_limits<qreal>::max() / 4;
    for (const VoteShares::Part& part : m_chart->shares().parts()) {
        if (part.count == 0)
            continue;
        const QRectF segment = m_chart->segmentRect(part.vote);
        bar = bar.isNull() ? segment : bar.united(segment);
        const QFont nameFont = style.font(17, true);
        const QFont numberFont = style.font(16, m_chart->isEmphasised(part.vote));
        const QFontMetricsF nameMetrics(nameFont);
        const QFontMetricsF numberMetrics(numberFont);
        const QString name = shownVoteLabel(part.vote);
        const QString numbers = QStringLiteral("%1 (%2)").arg(style.number(part.count), style.percent(part.percent));
        const qreal width
            = std::max(nameMetrics.horizontalAdvance(name), numberMetrics.horizontalAdvance(numbers));
        const qreal height = nameMetrics.height() + numberMetrics.height();

        QRectF text;
        if (width + 2 * pad <= segment.width() && height + pad <= segment.height()) {
            text = QRectF(0, 0, width, height);
            text.moveCenter(segment.center());
            painter.setPen(
                m_chart->isFaded(part.vote) ? style.textColorOnFaded(part.vote) : ChartStyle::textColorOn(part.vote));
        } else {
            // Too narrow: write the label under the bar with a short leader, never over a neighbour's label.
            const qreal left = std::clamp(std::max(segment.center().x() - width / 2, nextFreeX + 2 * pad),
                plot.left(), plot.right() - width);
            text = QRectF(left, segment.bottom() + 3 * pad, width, height);
            nextFreeX = text.right();
            painter.setPen(QPen(style.textColor(), style.px(1.5)));
            painter.drawLine(QPointF(segment.center().x(), segment.bottom() + pad / 2),
                QPointF(text.center().x(), text.top() - pad / 2));
            painter.setPen(style.textColor());
        }
        painter.setFont(nameFont);
        painter.drawText(
            QRectF(text.left(), text.top(), text.width(), nameMetrics.height()), Qt::AlignCenter, name);
        painter.setFont(numberFont);
        painter.drawText(
            QRectF(text.left(), text.top() + nameMetrics.height(), text.width(), numberMetrics.height()),
            Qt::AlignCenter, numbers);
    }
    if (!bar.isNull())
        paintMajority(painter, bar);
}

void VoteChartOverlay::paintMajority(QPainter& painter, const QRectF& bar) const
{
    const ChartStyle& style = m_chart->style();
    const QRectF plot = m_chart->plotArea();
    const std::optional<qreal> x = m_chart->majorityX();
    QFont font = style.font(16, x.has_value());
    font.setItalic(!x.has_value());
    const QFontMetricsF metrics(font);
    const QString text = m_chart->majorityText();
    const qreal gap = style.px(8);
    const qreal textWidth = metrics.horizontalAdvance(text);
    const qreal textTop = bar.top() - style.px(16) - metrics.height();

    if (!x) {
        painter.setFont(font);
        painter.setPen(style.secondaryTextColor());
        painter.drawText(QRectF(bar.left(), textTop, plot.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, text);
        return;
    }

    // Beside the line where it fits, otherwise above it (the line then starts under the text).
    QRectF label(*x + gap, textTop, std::min(textWidth, plot.width()), metrics.height());
    if (label.right() > plot.right())
        label.moveRight(*x - gap);
    if (label.left() < plot.left())
        label.moveLeft(std::clamp(*x - label.width() / 2, plot.left(), plot.right() - label.width()));
    const bool above = label.left() < *x && *x < label.right();
    const QPointF top(*x, above ? label.bottom() + style.px(2) : textTop);
    const QPointF bottom(*x, bar.bottom() + style.px(16));
    if (above)
        label.translate(0, -style.px(4));
    // A white halo keeps the dashed line visible on every colour.
    painter.setPen(QPen(style.gapColor(), style.px(6), Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(top, bottom);
    painter.setPen(QPen(style.outlineColor(), style.px(2.5), Qt::DashLine, Qt::FlatCap));
    painter.drawLine(top, bottom);

    painter.setFont(font);
    painter.setPen(style.textColor());
    painter.drawText(
        label, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(text, Qt::ElideRight, label.width()));
}

void VoteChartOverlay::paintDonutCentre(QPainter& painter) const
{
    const ChartStyle& style = m_chart->style();
    const QFont numberFont = style.font(34, true);
    const QFont wordFont = style.font(16);
    const QFontMetricsF numberMetrics(numberFont);
    const QFontMetricsF wordMetrics(wordFont);
    const QPointF centre = m_chart->plotArea().center();
    const qreal height = numberMetrics.height() + wordMetrics.height();
    const qreal width = std::max(numberMetrics.horizontalAdvance(QStringLiteral("0000")),
        wordMetrics.horizontalAdvance(QCoreApplication::translate("VoteChartOverlay", "members")));
    const QRectF number(centre.x() - width, centre.y() - height / 2, 2 * width, numberMetrics.height());
    const QRectF word(number.left(), number.bottom(), number.width(), wordMetrics.height());
    painter.setPen(style.textColor());
    painter.setFont(numberFont);
    painter.drawText(number, Qt::AlignCenter, style.number(m_chart->shares().base()));
    painter.setFont(wordFont);
    painter.setPen(style.secondaryTextColor());
    painter.drawText(word, Qt::AlignCenter, QCoreApplication::translate("VoteChartOverlay", "members"));
}
