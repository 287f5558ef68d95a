// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/votechartview.h"
#include "ui/shownlabelsproxy.h"

#include "core/models/votechangemodel.h"
#include "ui/charts/chartpage.h"
#include "ui/charts/paintedchart.h"
#include "ui/charts/paintedchartwidget.h"
#include "ui/charts/votechart.h"

#include <QButtonGroup>
#include <QEvent>
#include <QChartView>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
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
    , m_donutButton(makeSwitch(tr("Donut"), tr("Donut chart"), this))
    , m_barButton(makeSwitch(tr("Bar"), tr("Bar chart"), this))
    , m_seatsButton(makeSwitch(tr("Seats"), tr("Seat chart"), this))
    , m_groupsButton(makeSwitch(tr("Groups"), tr("Chart by regional group"), this))
    , m_compareButton(makeSwitch(tr("Compare"), tr("Compare two votes"), this))
    , m_stack(new QStackedWidget(this))
    , m_painted(new PaintedChartWidget(this))
    , m_changes(new QTableView(this))
    , m_changeModel(new VoteChangeModel(this))
    , m_changeProxy(new QSortFilterProxyModel(this))
    , m_subtitle(new QLabel(this))
    , m_source(new QLabel(this))
    , m_chartView(new QChartView(this))
{
    auto* group = new QButtonGroup(this);
    group->setExclusive(true);
    for (ChartKind kind :
        { ChartKind::Donut, ChartKind::Bar, ChartKind::Seats, ChartKind::Groups, ChartKind::Compare }) {
        QToolButton* button = buttonFor(kind);
        group->addButton(button);
        connect(button, &QToolButton::clicked, this, [this, kind] { setKind(kind); });
    }
    m_donutButton->setChecked(true);
    m_compareButton->setEnabled(false);
    m_compareButton->setToolTip(tr("Compare two votes (choose a second resolution first)"));

    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setMinimumSize(320, 240);
    m_chartView->setAccessibleName(tr("Vote chart"));
    m_painted->setAccessibleName(tr("Vote chart"));

    m_changeProxy->setSourceModel(m_changeModel);
    m_changeProxy->setSortRole(VoteChangeModel::SortRole);
    auto* changeLabels = new ShownLabelsProxy(this);
    changeLabels->setSourceModel(m_changeProxy);
    m_changes->setModel(changeLabels);
    m_changes->setSortingEnabled(true);
    m_changes->sortByColumn(VoteChangeModel::NameColumn, Qt::AscendingOrder);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setAccessibleName(tr("States whose vote changed"));
    m_changes->setAccessibleDescription(tr("The member states that voted differently in the two compared resolutions, with both votes."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_painted);
    splitter->addWidget(m_changes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(splitter);

    auto* top = new QHBoxLayout;
    top->addWidget(m_subtitle, 1);
    for (QToolButton* button : { m_donutButton, m_barButton, m_seatsButton, m_groupsButton, m_compareButton })
        top->addWidget(button);
    top->setSpacing(0);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_source);

    rebuildChart();
}

VoteChartView::~VoteChartView() = default;

QToolButton* VoteChartView::buttonFor(ChartKind kind) const
{
    switch (kind) {
    case ChartKind::Donut:
        return m_donutButton;
    case ChartKind::Bar:
        return m_barButton;
    case ChartKind::Seats:
        return m_seatsButton;
    case ChartKind::Groups:
        return m_groupsButton;
    case ChartKind::Compare:
        break;
    }
    return m_compareButton;
}

void VoteChartView::setRecord(const VoteRecord& record)
{
    m_record = record;
    rebuildChart();
}

void VoteChartView::setCompareRecord(const std::optional<VoteRecord>& record)
{
    m_compare = record;
    m_compareButton->setEnabled(m_compare.has_value());
    m_compareButton->setToolTip(m_compare
            ? tr("Compare with %1").arg(m_compare->symbol)
            : tr("Compare two votes (choose a second resolution first)"));
    if (!m_compare && m_kind == ChartKind::Compare)
        setKind(ChartKind::Donut);
    else
        rebuildChart();
}

void VoteChartView::setKind(ChartKind kind)
{
    if (kind == ChartKind::Compare && !m_compare)
        kind = m_kind; // nothing to compare with: stay where we are
    buttonFor(kind)->setChecked(true);
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
    if (m_painted->chart()) {
        m_painted->chart()->setEmphasis(votes);
        m_painted->update();
    }
}

QList<Vote> VoteChartView::emphasis() const
{
    return m_emphasis;
}

void VoteChartView::rebuildChart()
{
    const qreal scale = std::clamp(QFontInfo(font()).pixelSize() / 17.0, 0.6, 1.5);
    const ChartTheme theme = ChartStyle::themeFor(palette());
    const ChartStyle style(scale, theme, QLocale::system());
    m_chartView->setBackgroundBrush(style.backgroundColor());
    auto* chart = new VoteChart(
        m_record, m_kind == ChartKind::Bar ? ChartKind::Bar : ChartKind::Donut, style);
    chart->setTitle(m_record.title.isEmpty() ? tr("No vote record loaded") : m_record.title);
    chart->setEmphasis(m_emphasis);
    m_chartView->setChart(chart);
    delete m_chart; // QChartView::setChart does not delete the chart it showed before
    m_chart = chart;

    const bool hasRecord = !m_record.symbol.isEmpty();
    auto painted = hasRecord ? PaintedChart::create(m_kind, m_record, m_compare, style) : nullptr;
    if (painted)
        painted->setEmphasis(m_emphasis);
    const bool showPainted = painted != nullptr;
    m_painted->setChart(std::move(painted));
    m_stack->setCurrentIndex(showPainted ? 1 : 0);
    const bool comparing = m_kind == ChartKind::Compare && m_compare && hasRecord;
    m_changes->setVisible(comparing);
    if (comparing) {
        const bool compareFirst
            = m_compare->date.isValid() && m_record.date.isValid() && m_compare->date < m_record.date;
        m_changeModel->setComparison(
            compareFirst ? VoteComparison(*m_compare, m_record) : VoteComparison(m_record, *m_compare));
    }

    const ChartPage page(m_record, m_kind, QSizeF(1200, 800), m_compare, theme, QLocale::system());
    QString subtitle = hasRecord ? page.pageSubtitle() : QString();
    if (showPainted)
        subtitle = QStringLiteral("%1 \u2014 %2").arg(page.title(), subtitle);
    m_subtitle->setText(subtitle);
    m_source->setText(hasRecord ? page.sourceLine() : QString());
}

void VoteChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A new palette may switch between light and dark; the charts take their colours from it.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        rebuildChart();
}
