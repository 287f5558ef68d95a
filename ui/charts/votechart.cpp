// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/votechart.h"
#include "ui/shownlabels.h"

#include "ui/charts/votechartoverlay.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetricsF>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace {

int voteIndex(Vote vote)
{
    return static_cast<int>(vote);
}

} // namespace

VoteChart::VoteChart(const VoteRecord& record, ChartKind kind, const ChartStyle& style, QGraphicsItem* parent)
    : QChart(parent)
    , m_record(record)
    , m_kind(kind)
    , m_style(style)
    , m_shares(kind == ChartKind::Donut ? VoteShares::ofMembership(record) : VoteShares::ofVotesCast(record))
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setBackgroundBrush(m_style.backgroundColor());
    setPlotAreaBackgroundVisible(false);
    setDropShadowEnabled(false);
    setMargins(QMargins(0, 0, 0, 0));
    setTitleFont(m_style.font(20, true));
    setTitleBrush(m_style.textColor());

    legend()->setFont(m_style.font(16));
    legend()->setLabelColor(m_style.textColor());
    legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    legend()->setAlignment(Qt::AlignBottom);

    if (m_shares.base() <= 0) {
        legend()->hide();
    } else if (m_kind == ChartKind::Donut) {
        buildDonut();
    } else {
        buildBar();
    }

    m_overlay = new VoteChartOverlay(this);
    connect(this, &QChart::plotAreaChanged, this, &VoteChart::plotAreaMoved);
    applyEmphasis();
}

VoteChart::~VoteChart() = default;

void VoteChart::buildDonut()
{
    m_pie = new QPieSeries(this);
    m_pie->setPieSize(0.8);
    m_pie->setHoleSize(0.48);
    for (const VoteShares::Part& part : m_shares.parts()) {
        auto* slice = m_pie->append(partLabel(part.vote), part.count);
        slice->setLabelVisible(part.count > 0);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        slice->setExplodeDistanceFactor(0.07);
        m_slices[voteIndex(part.vote)] = slice;
    }
    addSeries(m_pie);
    // The legend names the parts; the labels on the chart carry the numbers.
    const QList<QLegendMarker*> markers = legend()->markers(m_pie);
    for (qsizetype i = 0; i < markers.size() && i < m_shares.parts().size(); ++i)
        markers[i]->setLabel(shownVoteLabel(m_shares.parts()[i].vote));
}

void VoteChart::buildBar()
{
    m_bar = new QHorizontalPercentBarSeries(this);
    for (const VoteShares::Part& part : m_shares.parts()) {
        auto* set = new QBarSet(shownVoteLabel(part.vote));
        set->append(part.count);
        m_bar->append(set); // the series owns the set
        m_sets[voteIndex(part.vote)] = set;
    }
    m_bar->setLabelsVisible(false); // the overlay writes name, count and share on each segment
    addSeries(m_bar);

    auto* categories = new QBarCategoryAxis(this);
    categories->append(QStringLiteral(" "));
    categories->setVisible(false);
    addAxis(categories, Qt::AlignLeft);
    m_bar->attachAxis(categories);

    auto* values = new QValueAxis(this);
    values->setRange(0, 100);
    values->setTickCount(5);
    values->setLabelFormat(QStringLiteral("%.0f%"));
    values->setLabelsFont(m_style.font(14));
    values->setLabelsBrush(m_style.secondaryTextColor());
    values->setGridLineColor(m_style.gridColor());
    values->setLinePenColor(m_style.axisColor());
    values->setTitleFont(m_style.font(15));
    values->setTitleBrush(m_style.secondaryTextColor());
    const VoteTotals totals = m_record.totals();
    const int members = std::max(m_record.membership, totals.all());
    QString axisTitle
        = tr("Share of the %1 members who voted yes, no or abstained").arg(m_shares.base());
    if (members > m_shares.base())
        axisTitle += tr(" (%1 of %2 did not vote)").arg(members - m_shares.base()).arg(members);
    values->setTitleText(axisTitle);
    addAxis(values, Qt::AlignBottom);
    m_bar->attachAxis(values);
}

void VoteChart::setEmphasis(const QList<Vote>& votes)
{
    m_emphasis = votes;
    applyEmphasis();
}

void VoteChart::applyEmphasis()
{
    for (Vote vote : allVotes) {
        const QColor fill = isFaded(vote) ? m_style.fadedColor(vote) : ChartStyle::voteColor(vote);
        QPen pen = isEmphasised(vote) ? QPen(m_style.outlineColor(), m_style.px(3)) : QPen(m_style.gapColor(), m_style.px(1.5));
        pen.setJoinStyle(Qt::MiterJoin);
        if (QPieSlice* slice = m_slices[voteIndex(vote)]) {
            slice->setBrush(fill);
            slice->setPen(pen);
            slice->setExploded(isEmphasised(vote));
            slice->setLabelFont(m_style.font(17, isEmphasised(vote)));
            slice->setLabelColor(isFaded(vote) ? m_style.secondaryTextColor() : m_style.textColor());
            slice->setLabelArmLengthFactor(isEmphasised(vote) ? 0.08 : 0.12);
        }
        if (vote == Vote::NonVoting)
            continue;
        if (QBarSet* set = m_sets[voteIndex(vote)]) {
            set->setBrush(fill);
            set->setPen(pen);
        }
    }
    if (m_overlay)
        m_overlay->refresh();
}

void VoteChart::plotAreaMoved()
{
    if (m_bar) {
        // One thick bar, not a block that fills the plot: leave room for the majority label and outside
        // labels.
        const qreal height = plotArea().height();
        if (height > 0)
            m_bar->setBarWidth(std::min(height * 0.42, m_style.px(140)) / height);
    }
    if (m_pie)
        fitDonut();
    m_overlay->refresh();
}

void VoteChart::fitDonut()
{
    // Qt Charts elides outside labels that do not fit: shrink the ring until the widest label fits beside it.
    const QRectF plot = plotArea();
    const qreal side = std::min(plot.width(), plot.height());
    if (side <= 0)
        return;
    qreal labelWidth = 0;
    for (const VoteShares::Part& part : m_shares.parts())
        labelWidth = std::max(
            labelWidth, QFontMetricsF(m_style.font(17, true)).horizontalAdvance(partLabel(part.vote)));
    const qreal labelHeight = QFontMetricsF(m_style.font(17, true)).height();
    const qreal reach = 1.0 + 0.12 + 0.07; // ring, label arm and explosion, as multiples of the radius
    const qreal radius = std::min((plot.width() / 2 - labelWidth - m_style.px(12)) / reach,
        (plot.height() / 2 - labelHeight - m_style.px(8)) / reach);
    // Both sizes are fractions of the plot area, and Qt keeps the hole no larger than the pie.
    const qreal pie = std::clamp(2 * radius / side, 0.3, 0.8);
    m_pie->setHoleSize(0);
    m_pie->setPieSize(pie);
    m_pie->setHoleSize(pie * 0.6);
}

QString VoteChart::partLabel(Vote vote) const
{
    const VoteShares::Part* part = m_shares.part(vote);
    if (!part)
        return shownVoteLabel(vote);
    return QStringLiteral("%1 %2 (%3)").arg(shownVoteLabel(vote), m_style.number(part->count), m_style.percent(part->percent));
}

QRectF VoteChart::segmentRect(Vote vote)
{
    if (!m_bar || m_shares.base() <= 0)
        return {};
    qreal start = 0;
    for (const VoteShares::Part& part : m_shares.parts()) {
        const qreal end = start + 100.0 * part.count / m_shares.base();
        if (part.vote == vote) {
            const qreal half = m_bar->barWidth() / 2;
            return QRectF(
                mapToPosition(QPointF(start, -half), m_bar), mapToPosition(QPointF(end, half), m_bar))
                .normalized();
        }
        start = end;
    }
    return {};
}

std::optional<qreal> VoteChart::majorityX()
{
    const std::optional<int> needed = m_record.requiredYes();
    if (!m_bar || !needed || m_shares.base() <= 0)
        return std::nullopt;
    const qreal percent = std::clamp(100.0 * *needed / m_shares.base(), 0.0, 100.0);
    return mapToPosition(QPointF(percent, 0), m_bar).x();
}

QString VoteChart::majorityText() const
{
    const std::optional<int> needed = m_record.requiredYes();
    if (!needed)
        return tr("Required majority not recorded, so no majority line is drawn");
    const QString kind = m_record.majority == Majority::TwoThirds ? tr("two-thirds majority")
                                                                  : tr("simple majority");
    return tr("%1: %2 of %3 present and voting")
        .arg(kind)
        .arg(*needed)
        .arg(m_record.totals().presentAndVoting());
}
