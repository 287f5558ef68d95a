// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"
#include "ui/charts/chartkind.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

class VoteChart;

/// \brief The chart area: a donut or a 100% bar of one record, with a switcher between them.
class VoteChartView : public QWidget
{
    Q_OBJECT

public:
    explicit VoteChartView(QWidget* parent = nullptr);
    ~VoteChartView() override;

    void setRecord(const VoteRecord& record);
    void setKind(ChartKind kind);
    ChartKind kind() const;
    /// Emphasises the parts of the chart for these votes; an empty list emphasises none.
    void setEmphasis(const QList<Vote>& votes);
    QList<Vote> emphasis() const;

signals:
    void kindChanged(ChartKind kind);

private:
    void rebuildChart();

    ChartKind m_kind = ChartKind::Donut;
    QList<Vote> m_emphasis;
    VoteRecord m_record;
    QToolButton* m_donutButton = nullptr;
    QToolButton* m_barButton = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_source = nullptr;
    QChartView* m_chartView = nullptr;
    VoteChart* m_chart = nullptr; // owned by this view, shown by m_chartView
};
