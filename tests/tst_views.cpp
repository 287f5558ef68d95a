// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/recordlibrary.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/chartpage.h"
#include "ui/charts/flowchart.h"
#include "ui/charts/groupchart.h"
#include "ui/charts/paintedchartwidget.h"
#include "ui/charts/seatchart.h"
#include "ui/charts/votechartview.h"

#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <cmath>

Q_DECLARE_METATYPE(ChartKind)
Q_DECLARE_METATYPE(RegionalGroup)

namespace {

bool near(QRgb pixel, const QColor& colour, int tolerance = 8)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance
        && std::abs(qGreen(pixel) - colour.green()) <= tolerance
        && std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

const VoteRecord& record(const QString& symbol)
{
    const VoteRecord* r = RecordLibrary::find(RecordLibrary::embedded(), symbol);
    Q_ASSERT(r);
    return *r;
}

/// Connected regions of \a colour with at least \a minimumPixels pixels: the marks a reader counts.
int countBlobs(const QImage& image, const QColor& colour, int minimumPixels)
{
    const int w = image.width();
    const int h = image.height();
    QList<bool> seen(qsizetype(w) * h, false);
    int blobs = 0;
    for (int y0 = 0; y0 < h; ++y0) {
        for (int x0 = 0; x0 < w; ++x0) {
            if (seen[y0 * w + x0] || !near(image.pixel(x0, y0), colour))
                continue;
            int size = 0;
            QList<QPoint> stack { QPoint(x0, y0) };
            seen[y0 * w + x0] = true;
            while (!stack.isEmpty()) {
                const QPoint p = stack.takeLast();
                ++size;
                for (const QPoint d : { QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1) }) {
                    const QPoint q = p + d;
                    if (q.x() < 0 || q.y() < 0 || q.x() >= w || q.y() >= h || seen[q.y() * w + q.x()]
                        || !near(image.pixel(q), colour))
                        continue;
                    seen[q.y() * w + q.x()] = true;
                    stack.append(q);
                }
            }
            blobs += size >= minimumPixels ? 1 : 0;
        }
    }
    return blobs;
}

QToolButton* switchButton(const VoteChartView& view, const QString& accessibleName)
{
    for (QToolButton* button : view.findChildren<QToolButton*>()) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT

private slots:
    void kindsHaveKeysInSwitcherOrder();
    void seatChartHasOneMarkPerState_data();
    void seatChartHasOneMarkPerState();
    void seatCodesOnlyWhenSeatsAreLarge_data();
    void seatCodesOnlyWhenSeatsAreLarge();
    void groupBarsShowEachGroupsVotes_data();
    void groupBarsShowEachGroupsVotes();
    void groupNamesAreText();
    void compareExportShowsFlows();
    void compareWithoutSecondRecordFails();
    void everyKindExportsEveryFormat_data();
    void everyKindExportsEveryFormat();
    void viewSwitchesToSeatsAndGroups();
    void viewCompareNeedsASecondRecord();
    void viewSeatTooltipNamesTheState();
    void viewEmphasisFadesOtherSeats();

private:
    QImage exportPng(const QString& name, const VoteRecord& record, const ExportSettings& settings);
    QTemporaryDir m_dir;
};

QImage TestViews::exportPng(const QString& name, const VoteRecord& record, const ExportSettings& settings)
{
    QString error;
    const QString path = m_dir.filePath(name);
    if (!ChartExporter::exportTo(path, record, settings, &error)) {
        qWarning().noquote() << error;
        return {};
    }
    return QImage(path).convertToFormat(QImage::Format_RGB32);
}

void TestViews::kindsHaveKeysInSwitcherOrder()
{
    QCOMPARE(chartKindKeys(),
        QStringList({ QStringLiteral("donut"), QStringLiteral("bar"), QStringLiteral("seats"),
            QStringLiteral("groups"), QStringLiteral("compare") }));
    for (const QString& key : chartKindKeys())
        QCOMPARE(chartKindKey(*chartKindFromKey(key)), key);
    QCOMPARE(chartKindFromKey(u"Seats"), std::optional<ChartKind>(ChartKind::Seats));
}

void TestViews::seatChartHasOneMarkPerState_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("1200x800") << QSize(1200, 800) << 1.0;
    QTest::newRow("1200x800 at scale 2") << QSize(1200, 800) << 2.0;
    QTest::newRow("1600x1000") << QSize(1600, 1000) << 1.0;
    QTest::newRow("portrait 600x900") << QSize(600, 900) << 1.0;
}

void TestViews::seatChartHasOneMarkPerState()
{
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    const VoteRecord& es9 = RecordLibrary::example();
    const QImage image = exportPng(QStringLiteral("seats.png"), es9, { ChartKind::Seats, size, scale });
    QVERIFY(!image.isNull());

    // Every seat, where the layout puts it, shows its state's vote colour.
    const ChartPage page(es9, ChartKind::Seats, QSizeF(size));
    const SeatChart chart(es9, page.style());
    QCOMPARE(chart.seatCount(), 193);
    const qreal r = chart.seatRadius(page.chartArea()) * scale;
    QVERIFY2(r >= 4, "seats too small to see");
    QMap<Vote, int> seen;
    for (int i = 0; i < chart.seatCount(); ++i) {
        // Below the centre, clear of an ISO code drawn in the seat.
        const QPointF c = chart.seatCentre(page.chartArea(), i) * scale + QPointF(0, 0.7 * r);
        const QRgb pixel = image.pixel(c.toPoint());
        for (Vote v : allVotes)
            seen[v] += near(pixel, ChartStyle::voteColor(v)) ? 1 : 0;
        QVERIFY2(near(pixel, ChartStyle::voteColor(chart.stateAt(i).vote)),
            qPrintable(QStringLiteral("seat %1 (%2)").arg(i).arg(chart.stateAt(i).iso3)));
    }
    QCOMPARE(seen[Vote::Yes], 91);
    QCOMPARE(seen[Vote::Abstain], 57);
    QCOMPARE(seen[Vote::NonVoting], 33);
    QCOMPARE(seen[Vote::No], 12);

    // Counted as a reader would, without the seat positions: separate marks of each colour above the base line
    // of the hemicycle (below it lies the legend).
    qreal base = 0;
    for (int i = 0; i < chart.seatCount(); ++i)
        base = std::max(base, chart.seatCentre(page.chartArea(), i).y() * scale + r + 1);
    const QImage seats = image.copy(0, 0, image.width(), int(base));
    const int seatPixels = int(3.14159 * r * r * 0.5);
    QCOMPARE(countBlobs(seats, ChartStyle::voteColor(Vote::Yes), seatPixels), 91);
    QCOMPARE(countBlobs(seats, ChartStyle::voteColor(Vote::Abstain), seatPixels), 57);
    QCOMPARE(countBlobs(seats, ChartStyle::voteColor(Vote::No), seatPixels), 12);
}

void TestViews::seatCodesOnlyWhenSeatsAreLarge_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<bool>("codes");
    QTest::newRow("1200x800: no codes") << QSize(1200, 800) << 1.0 << false;
    QTest::newRow("1200x800 at scale 2: codes") << QSize(1200, 800) << 2.0 << true;
    QTest::newRow("1600x1000: codes") << QSize(1600, 1000) << 1.0 << true;
}

void TestViews::seatCodesOnlyWhenSeatsAreLarge()
{
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    QFETCH(bool, codes);
    const VoteRecord& es9 = RecordLibrary::example();
    const QImage image = exportPng(QStringLiteral("codes.png"), es9, { ChartKind::Seats, size, scale });
    const ChartPage page(es9, ChartKind::Seats, QSizeF(size));
    const SeatChart chart(es9, page.style());
    // The first seat is a yes seat: white letters on blue when codes are drawn.
    QCOMPARE(chart.stateAt(0).vote, Vote::Yes);
    const QPointF c = chart.seatCentre(page.chartArea(), 0) * scale;
    const qreal r = chart.seatRadius(page.chartArea()) * scale;
    int light = 0;
    for (int y = int(c.y() - r / 2); y <= int(c.y() + r / 2); ++y)
        for (int x = int(c.x() - r / 2); x <= int(c.x() + r / 2); ++x)
            light += qGray(image.pixel(x, y)) > 200 ? 1 : 0;
    QCOMPARE(light > 0, codes);
}

void TestViews::groupBarsShowEachGroupsVotes_data()
{
    QTest::addColumn<RegionalGroup>("group");
    QTest::addColumn<QList<int>>("counts"); // yes, abstain, non-voting, no, as in the record
    QTest::newRow("African") << RegionalGroup::African << QList<int> { 8, 23, 17, 6 };
    QTest::newRow("Eastern European") << RegionalGroup::EasternEuropean << QList<int> { 18, 1, 2, 2 };
    QTest::newRow("WEOG") << RegionalGroup::WesternEuropeanOthers << QList<int> { 28, 0, 1, 0 };
}

void TestViews::groupBarsShowEachGroupsVotes()
{
    QFETCH(RegionalGroup, group);
    QFETCH(QList<int>, counts);
    const VoteRecord& es9 = RecordLibrary::example();
    const QSize size(1200, 800);
    const QImage image = exportPng(QStringLiteral("groups.png"), es9, { ChartKind::Groups, size, 1.0 });
    QVERIFY(!image.isNull());
    const ChartPage page(es9, ChartKind::Groups, QSizeF(size));
    const GroupChart chart(es9, page.style());
    QCOMPARE(chart.groups().size(), 5);

    // Along a line through the bar, each vote colour runs as long as its count (bars share one scale: the
    // African group, 54 states, is the longest).
    const QRectF yes = chart.segmentRect(page.chartArea(), RegionalGroup::African, Vote::Yes);
    const qreal perState = yes.width() / 8;
    QRectF bar;
    for (Vote v : allVotes)
        bar |= chart.segmentRect(page.chartArea(), group, v);
    QVERIFY(!bar.isEmpty());
    const int y = int(bar.top() + bar.height() * 0.15);
    for (int i = 0; i < 4; ++i) {
        const Vote v = PaintedChart::voteOrder[i];
        int run = 0;
        for (int x = 0; x < image.width(); ++x)
            run += near(image.pixel(x, y), ChartStyle::voteColor(v)) ? 1 : 0;
        QVERIFY2(std::abs(run / perState - counts[i]) <= 0.5,
            qPrintable(QStringLiteral("%1: %2 px for %3 states").arg(voteLabel(v)).arg(run).arg(counts[i])));
    }
}

void TestViews::groupNamesAreText()
{
    const QString path = m_dir.filePath(QStringLiteral("groups.svg"));
    QString error;
    QVERIFY2(ChartExporter::exportTo(
                 path, RecordLibrary::example(), { ChartKind::Groups, { 1200, 800 }, 1.0 }, &error),
        qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const QString& text :
        { QStringLiteral("African Group (54)"), QStringLiteral("Eastern European Group (23)"),
            QStringLiteral("Latin American and Caribbean Group (33)"),
            QStringLiteral("Western European and Others Group (29)"), QStringLiteral("Yes 91"),
            QStringLiteral("No 12") })
        QVERIFY2(svg.contains(text), qPrintable(text));
}

void TestViews::compareExportShowsFlows()
{
    // The later record given first: the chart still runs from 2022 (left) to 2025 (right).
    const VoteRecord& es9 = record(QStringLiteral("A/RES/ES-11/9"));
    const VoteRecord& es1 = record(QStringLiteral("A/RES/ES-11/1"));
    ExportSettings settings { ChartKind::Compare, { 1200, 800 }, 1.0 };
    settings.compare = es1;
    const QImage image = exportPng(QStringLiteral("compare.png"), es9, settings);
    QVERIFY(!image.isNull());

    const ChartPage page(es9, ChartKind::Compare, QSizeF(1200, 800), es1);
    QCOMPARE(page.title(), QStringLiteral("A/RES/ES-11/1 (2 Mar 2022) \u2192 A/RES/ES-11/9 (3 Dec 2025)"));
    const FlowChart chart(VoteComparison(es1, es9), page.style());
    // The yes bars on each side are as tall as 141 and 91 states.
    const auto yesHeight = [&](bool left) {
        const QRectF node = chart.nodeRect(page.chartArea(), left, Vote::Yes);
        int run = 0;
        for (int y = 0; y < image.height(); ++y)
            run += near(image.pixel(int(node.center().x()), y), ChartStyle::voteColor(Vote::Yes)) ? 1 : 0;
        return run;
    };
    const qreal ratio = qreal(yesHeight(true)) / yesHeight(false);
    QVERIFY2(std::abs(ratio - 141.0 / 91.0) < 0.05, qPrintable(QString::number(ratio)));

    const QString svgPath = m_dir.filePath(QStringLiteral("compare.svg"));
    QString error;
    QVERIFY2(ChartExporter::exportTo(svgPath, es9, settings, &error), qPrintable(error));
    QFile file(svgPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const QString& text : { QStringLiteral("Yes 141"), QStringLiteral("Yes 91"),
             QStringLiteral("Abstain 57"), QStringLiteral("67 of 193 states changed their vote") })
        QVERIFY2(svg.contains(text), qPrintable(text));
}

void TestViews::compareWithoutSecondRecordFails()
{
    const QString path = m_dir.filePath(QStringLiteral("nocompare.png"));
    QString error;
    QVERIFY(!ChartExporter::exportTo(
        path, RecordLibrary::example(), { ChartKind::Compare, { 1200, 800 }, 1.0 }, &error));
    QCOMPARE(error,
        QStringLiteral("Cannot export %1: --chart compare needs a second resolution (--compare SYMBOL2)")
            .arg(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
}

void TestViews::everyKindExportsEveryFormat_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<QString>("suffix");
    for (ChartKind kind : { ChartKind::Seats, ChartKind::Groups, ChartKind::Compare }) {
        for (const QString& suffix : { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") })
            QTest::addRow("%s %s", qPrintable(chartKindKey(kind)), qPrintable(suffix)) << kind << suffix;
    }
}

void TestViews::everyKindExportsEveryFormat()
{
    QFETCH(ChartKind, kind);
    QFETCH(QString, suffix);
    ExportSettings settings { kind, { 1200, 800 }, 1.0 };
    settings.compare = record(QStringLiteral("A/RES/ES-11/1"));
    const QString path = m_dir.filePath(QStringLiteral("every.") + suffix);
    QString error;
    QVERIFY2(ChartExporter::exportTo(path, RecordLibrary::example(), settings, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 1000);
}

void TestViews::viewSwitchesToSeatsAndGroups()
{
    VoteChartView view;
    view.setRecord(RecordLibrary::example());
    QSignalSpy spy(&view, &VoteChartView::kindChanged);
    QToolButton* seats = switchButton(view, QStringLiteral("Seat chart"));
    QToolButton* groups = switchButton(view, QStringLiteral("Chart by regional group"));
    QVERIFY(seats && groups);
    seats->click();
    QCOMPARE(view.kind(), ChartKind::Seats);
    QVERIFY(seats->isChecked());
    groups->click();
    QCOMPARE(view.kind(), ChartKind::Groups);
    QCOMPARE(spy.size(), 2);
    auto* widget = view.findChild<PaintedChartWidget*>();
    QVERIFY(widget && widget->isVisibleTo(&view));
    QVERIFY(dynamic_cast<GroupChart*>(widget->chart()));
}

void TestViews::viewCompareNeedsASecondRecord()
{
    VoteChartView view;
    view.setRecord(RecordLibrary::example());
    QToolButton* compare = switchButton(view, QStringLiteral("Compare two votes"));
    QVERIFY(compare);
    QVERIFY(!compare->isEnabled());
    view.setKind(ChartKind::Compare);
    QCOMPARE(view.kind(), ChartKind::Donut);

    view.setCompareRecord(record(QStringLiteral("A/RES/ES-11/1")));
    QVERIFY(compare->isEnabled());
    QSignalSpy spy(&view, &VoteChartView::kindChanged);
    compare->click();
    QCOMPARE(view.kind(), ChartKind::Compare);
    QCOMPARE(spy.size(), 1);
    auto* table = view.findChild<QTableView*>();
    QVERIFY(table && table->isVisibleTo(&view));
    QCOMPARE(table->model()->rowCount(), 67);

    view.setCompareRecord(std::nullopt);
    QVERIFY(!compare->isEnabled());
    QCOMPARE(view.kind(), ChartKind::Donut);
}

void TestViews::viewSeatTooltipNamesTheState()
{
    VoteChartView view;
    view.resize(900, 600);
    view.setRecord(RecordLibrary::example());
    view.setKind(ChartKind::Seats);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* widget = view.findChild<PaintedChartWidget*>();
    auto* chart = dynamic_cast<SeatChart*>(widget->chart());
    QVERIFY(chart);
    const QPoint pos = chart->seatCentre(widget->chartRect(), 0).toPoint();
    QHelpEvent help(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &help);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Albania (ALB): Yes"));
    QCOMPARE(chart->toolTipAt(widget->chartRect(), QPointF(-50, -50)), QString());
}

void TestViews::viewEmphasisFadesOtherSeats()
{
    VoteChartView view;
    view.resize(900, 600);
    view.setRecord(RecordLibrary::example());
    view.setKind(ChartKind::Seats);
    view.setEmphasis({ Vote::No });
    auto* widget = view.findChild<PaintedChartWidget*>();
    auto* chart = dynamic_cast<SeatChart*>(widget->chart());
    QVERIFY(chart);
    QCOMPARE(chart->emphasis(), QList<Vote> { Vote::No });
    const QImage image = widget->grab().toImage();
    const QPointF first = chart->seatCentre(widget->chartRect(), 0) * widget->devicePixelRatioF();
    const QPointF last
        = chart->seatCentre(widget->chartRect(), chart->seatCount() - 1) * widget->devicePixelRatioF();
    QVERIFY(near(image.pixel(first.toPoint()), ChartStyle().fadedColor(Vote::Yes)));
    QVERIFY(near(image.pixel(last.toPoint()), ChartStyle::voteColor(Vote::No)));
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
