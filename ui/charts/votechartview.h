// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"
#include "ui/charts/chartkind.h"

#include <QList>
#include <QWidget>

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
    ChartKind m_kind = ChartKind::Donut;
    QList<Vote> m_emphasis;
};
