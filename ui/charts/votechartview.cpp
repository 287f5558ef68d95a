// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/votechartview.h"

VoteChartView::VoteChartView(QWidget* parent)
    : QWidget(parent)
{
}

VoteChartView::~VoteChartView() = default;

void VoteChartView::setRecord(const VoteRecord&) { }

void VoteChartView::setKind(ChartKind kind)
{
    m_kind = kind;
}

ChartKind VoteChartView::kind() const
{
    return m_kind;
}

void VoteChartView::setEmphasis(const QList<Vote>& votes)
{
    m_emphasis = votes;
}

QList<Vote> VoteChartView::emphasis() const
{
    return m_emphasis;
}
