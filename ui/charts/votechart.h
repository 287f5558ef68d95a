// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"
#include "ui/charts/chartkind.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/voteshares.h"

#include <QChart>
#include <QList>
#include <array>
#include <optional>

QT_BEGIN_NAMESPACE
class QBarSet;
class QHorizontalPercentBarSeries;
class QPieSeries;
class QPieSlice;
QT_END_NAMESPACE

class VoteChartOverlay;

/// \brief A QChart of one record: a donut of the membership or a 100% bar of the votes cast, every part
/// labelled.
class VoteChart : public QChart
{
    Q_OBJECT

public:
    VoteChart(
        const VoteRecord& record, ChartKind kind, const ChartStyle& style, QGraphicsItem* parent = nullptr);
    ~VoteChart() override;

    const VoteRecord& record() const { return m_record; }
    ChartKind kind() const { return m_kind; }
    const ChartStyle& style() const { return m_style; }
    const VoteShares& shares() const { return m_shares; }

    void setEmphasis(const QList<Vote>& votes);
    QList<Vote> emphasis() const { return m_emphasis; }
    bool isEmphasised(Vote vote) const { return m_emphasis.contains(vote); }
    bool isFaded(Vote vote) const { return !m_emphasis.isEmpty() && !m_emphasis.contains(vote); }

    /// The text on a part: "Yes 91 (47%)".
    QString partLabel(Vote vote) const;
    /// Bar chart only, in chart coordinates once laid out: the rectangle of one segment (QChart maps
    /// non-const).
    QRectF segmentRect(Vote vote);
    /// Bar chart only: where the required number of yes votes ends, or nullopt when the majority is unknown.
    std::optional<qreal> majorityX();
    /// "two-thirds majority: 69 of 103 present and voting", or a note that the majority is not recorded.
    QString majorityText() const;

private:
    void buildDonut();
    void buildBar();
    void applyEmphasis();
    void plotAreaMoved();
    void fitDonut();

    VoteRecord m_record;
    ChartKind m_kind;
    ChartStyle m_style;
    VoteShares m_shares;
    QList<Vote> m_emphasis;
    QPieSeries* m_pie = nullptr; // owned by the chart
    QHorizontalPercentBarSeries* m_bar = nullptr; // owned by the chart
    std::array<QPieSlice*, 4> m_slices {};
    std::array<QBarSet*, 3> m_sets {};
    VoteChartOverlay* m_overlay = nullptr; // child item of the chart
};
