// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"
#include "ui/charts/chartkind.h"

#include <QList>
#include <QWidget>
#include <optional>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

class PaintedChartWidget;
class VoteChangeModel;
class VoteChart;

/// \brief The chart area: donut, bar, seats, regional groups or a comparison of one record, with a switcher.
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
    /// The second vote of the Compare chart; the Compare button is enabled only while one is set. Clearing it
    /// while Compare is shown switches to the donut.
    void setCompareRecord(const std::optional<VoteRecord>& record);
    const std::optional<VoteRecord>& compareRecord() const { return m_compare; }

signals:
    void kindChanged(ChartKind kind);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildChart();
    QToolButton* buttonFor(ChartKind kind) const;

    ChartKind m_kind = ChartKind::Donut;
    QList<Vote> m_emphasis;
    VoteRecord m_record;
    std::optional<VoteRecord> m_compare;
    QToolButton* m_donutButton = nullptr;
    QToolButton* m_barButton = nullptr;
    QToolButton* m_seatsButton = nullptr;
    QToolButton* m_groupsButton = nullptr;
    QToolButton* m_compareButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    PaintedChartWidget* m_painted = nullptr; // seats, groups and the flows of a comparison
    QTableView* m_changes = nullptr; // the states that changed, under the flows
    VoteChangeModel* m_changeModel = nullptr;
    QSortFilterProxyModel* m_changeProxy = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_source = nullptr;
    QChartView* m_chartView = nullptr;
    VoteChart* m_chart = nullptr; // owned by this view, shown by m_chartView
};
