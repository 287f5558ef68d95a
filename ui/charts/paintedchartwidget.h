// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class PaintedChart;

/// \brief Shows a PaintedChart in the window, with a tooltip for the seat, segment or band under the mouse.
class PaintedChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaintedChartWidget(QWidget* parent = nullptr);
    ~PaintedChartWidget() override;

    /// Takes ownership of \a chart; nullptr shows an empty area.
    void setChart(std::unique_ptr<PaintedChart> chart);
    PaintedChart* chart() const { return m_chart.get(); }
    /// The rectangle the chart fills, in widget coordinates.
    QRectF chartRect() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    std::unique_ptr<PaintedChart> m_chart;
};
