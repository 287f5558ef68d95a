// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/paintedchartwidget.h"

#include "ui/charts/paintedchart.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

PaintedChartWidget::PaintedChartWidget(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(320, 240);
    setMouseTracking(true);
}

PaintedChartWidget::~PaintedChartWidget() = default;

void PaintedChartWidget::setChart(std::unique_ptr<PaintedChart> chart)
{
    m_chart = std::move(chart);
    update();
}

QRectF PaintedChartWidget::chartRect() const
{
    return QRectF(rect()).adjusted(8, 8, -8, -8);
}

void PaintedChartWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.fillRect(rect(), m_chart ? m_chart->style().backgroundColor() : palette().color(QPalette::Base));
    if (m_chart)
        m_chart->paint(painter, chartRect());
}

bool PaintedChartWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = m_chart ? m_chart->toolTipAt(chartRect(), help->pos()) : QString();
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}
