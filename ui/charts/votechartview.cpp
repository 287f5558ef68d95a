// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/votechartview.h"

#include "ui/charts/chartpage.h"
#include "ui/charts/votechart.h"

#include <QButtonGroup>
#include <QChartView>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton* makeSwitch(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

VoteChartView::VoteChartView(QWidget* parent)
    : QWidget(parent)
    , m_donutButton(makeSwitch(QStringLiteral("Donut"), QStringLiteral("Donut chart"), this))
    , m_barButton(makeSwitch(QStringLiteral("Bar"), QStringLiteral("Bar chart"), this))
    , m_subtitle(new QLabel(this))
    , m_source(new QLabel(this))
    , m_chartView(new QChartView(this))
{
    auto* group = new QButtonGroup(this);
    group->setExclusive(true);
    group->addButton(m_donutButton);
    group->addButton(m_barButton);
    m_donutButton->setChecked(true);
    connect(m_donutButton, &QToolButton::clicked, this, [this] { setKind(ChartKind::Donut); });
    connect(m_barButton, &QToolButton::clicked, this, [this] { setKind(ChartKind::Bar); });

    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setMinimumSize(320, 240);
    m_chartView->setAccessibleName(QStringLiteral("Vote chart"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_subtitle, 1);
    top->addWidget(m_donutButton);
    top->addWidget(m_barButton);
    top->setSpacing(0);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_source);

    rebuildChart();
}

VoteChartView::~VoteChartView() = default;

void VoteChartView::setRecord(const VoteRecord& record)
{
    m_record = record;
    rebuildChart();
}

void VoteChartView::setKind(ChartKind kind)
{
    m_donutButton->setChecked(kind == ChartKind::Donut);
    m_barButton->setChecked(kind == ChartKind::Bar);
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuildChart();
    emit kindChanged(kind);
}

ChartKind VoteChartView::kind() const
{
    return m_kind;
}

void VoteChartView::setEmphasis(const QList<Vote>& votes)
{
    m_emphasis = votes;
    if (m_chart)
        m_chart->setEmphasis(votes);
}

QList<Vote> VoteChartView::emphasis() const
{
    return m_emphasis;
}

void VoteChartView::rebuildChart()
{
    const qreal scale = std::clamp(QFontInfo(font()).pixelSize() / 17.0, 0.6, 1.5);
    auto* chart = new VoteChart(m_record, m_kind, ChartStyle(scale));
    chart->setTitle(m_record.title.isEmpty() ? QStringLiteral("No vote record loaded") : m_record.title);
    chart->setEmphasis(m_emphasis);
    m_chartView->setChart(chart);
    delete m_chart; // QChartView::setChart does not delete the chart it showed before
    m_chart = chart;

    const bool hasRecord = !m_record.symbol.isEmpty();
    m_subtitle->setText(hasRecord ? ChartPage::subtitle(m_record) : QString());
    m_source->setText(hasRecord ? m_record.sourceLine() : QString());
}
