// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/recordlibrary.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/votechartview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

Q_DECLARE_METATYPE(ChartKind)

namespace {

// The chart colours (Okabe-Ito) a reader sees; the exporter must paint its parts in them.
const QColor yesColour(0x00, 0x72, 0xB2);
const QColor noColour(0xD5, 0x5E, 0x00);
const QColor abstainColour(0xE6, 0x9F, 0x00);
const QColor nonVotingColour(0x99, 0x99, 0x99);

bool near(QRgb pixel, const QColor& colour, int tolerance = 6)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance
        && std::abs(qGreen(pixel) - colour.green()) <= tolerance
        && std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

bool dark(QRgb pixel)
{
    return qRed(pixel) < 70 && qGreen(pixel) < 70 && qBlue(pixel) < 70;
}

int countColour(const QImage& image, const QColor& colour, const QRect& area = {})
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRect rect = area.isNull() ? rgb.rect() : area.intersected(rgb.rect());
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += near(line[x], colour) ? 1 : 0;
    }
    return count;
}

/// Where the bar of a bar chart lies: the rows through its middle and the columns from the first yes pixel to
/// the last abstain pixel.
struct BarGeometry
{
    int top = -1;
    int bottom = -1;
    int left = -1;
    int right = -1;
    bool isValid() const { return top >= 0 && left >= 0 && right > left; }
};

BarGeometry findBar(const QImage& image)
{
    QList<int> yesPerRow;
    for (int y = 0; y < image.height(); ++y)
        yesPerRow.append(countColour(image, yesColour, QRect(0, y, image.width(), 1)));
    const int most = *std::max_element(yesPerRow.cbegin(), yesPerRow.cend());
    BarGeometry bar;
    if (most == 0)
        return bar;
    for (int y = 0; y < image.height(); ++y) {
        if (yesPerRow[y] >= most * 9 / 10) {
            if (bar.top < 0)
                bar.top = y;
            bar.bottom = y;
        }
    }
    const int middle = (bar.top + bar.bottom) / 2;
    for (int x = 0; x < image.width(); ++x) {
        const QRgb pixel = image.pixel(x, middle);
        if (bar.left < 0 && near(pixel, yesColour))
            bar.left = x;
        if (near(pixel, abstainColour))
            bar.right = x;
    }
    return bar;
}

/// Columns inside the bar that are dark over most of its height: a drawn line, not the glyphs of a label.
QList<int> verticalLines(const QImage& image, const BarGeometry& bar)
{
    QList<int> columns;
    const int rows = bar.bottom - bar.top + 1;
    for (int x = bar.left; x <= bar.right; ++x) {
        int darkRows = 0;
        for (int y = bar.top; y <= bar.bottom; ++y)
            darkRows += dark(image.pixel(x, y)) ? 1 : 0;
        if (darkRows * 10 >= rows * 4)
            columns.append(x);
    }
    return columns;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const VoteRecord& unknownMajorityRecord()
{
    const VoteRecord* record
        = RecordLibrary::find(RecordLibrary::embedded(), QStringLiteral("A/RES/ES-11/8"));
    Q_ASSERT(record);
    return *record;
}

QToolButton* switchButton(const VoteChartView& view, const QString& accessibleName)
{
    const QList<QToolButton*> buttons = view.findChildren<QToolButton*>();
    for (QToolButton* button : buttons) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

} // namespace

class TestChartExporter : public QObject
{
    Q_OBJECT

private slots:
    void altTextDescribesTheVote();
    void altTextWithoutMajority();
    void pngHasRequestedSizeAndColours_data();
    void pngHasRequestedSizeAndColours();
    void pngPartsAreProportionalToVotes_data();
    void pngPartsAreProportionalToVotes();
    void barShowsMajorityLineWhereItLies();
    void barWithoutMajorityHasNoLine();
    void svgCarriesTitleDescriptionAndText_data();
    void svgCarriesTitleDescriptionAndText();
    void pdfIsAPageOfTheRequestedSize();
    void exportReplacesAnExistingFile();
    void rejectsBadRequests_data();
    void rejectsBadRequests();
    void viewSwitchesKind();
    void viewEmphasisRoundTrips();
    void viewShowsEmphasis();

private:
    QImage exportPng(const QString& name, const VoteRecord& record, const ExportSettings& settings);

    QTemporaryDir m_dir;
};

QImage TestChartExporter::exportPng(
    const QString& name, const VoteRecord& record, const ExportSettings& settings)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ChartExporter::exportTo(path, record, settings, &error)) {
        qWarning().noquote() << error;
        return {};
    }
    return QImage(path);
}

void TestChartExporter::altTextDescribesTheVote()
{
    QCOMPARE(ChartExporter::altText(RecordLibrary::example()),
        QStringLiteral(
            "Donut chart of the recorded vote on A/RES/ES-11/9 \u201CReturn of Ukrainian children\u201D, "
            "3 December 2025: 91 in favour (47%), 12 against (6%), 57 abstaining (30%), 33 not voting "
            "(17%) of 193 members. A two-thirds majority of members present and voting was required "
            "(69 of 103); the resolution was adopted."));
}

void TestChartExporter::altTextWithoutMajority()
{
    const QString text = ChartExporter::altText(unknownMajorityRecord());
    QVERIFY2(text.contains(QStringLiteral("A/RES/ES-11/8")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("required majority is not recorded")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("adopted")), qPrintable(text));
}

void TestChartExporter::pngHasRequestedSizeAndColours_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<QSize>("pixels");

    QTest::newRow("donut 1200x800") << ChartKind::Donut << QSize(1200, 800) << 1.0 << QSize(1200, 800);
    QTest::newRow("bar 1200x800") << ChartKind::Bar << QSize(1200, 800) << 1.0 << QSize(1200, 800);
    QTest::newRow("donut 1200x800 at scale 2")
        << ChartKind::Donut << QSize(1200, 800) << 2.0 << QSize(2400, 1600);
    QTest::newRow("bar 1200x800 at scale 2")
        << ChartKind::Bar << QSize(1200, 800) << 2.0 << QSize(2400, 1600);
    QTest::newRow("donut portrait 500x800") << ChartKind::Donut << QSize(500, 800) << 1.0 << QSize(500, 800);
    QTest::newRow("bar small 600x400 at scale 3")
        << ChartKind::Bar << QSize(600, 400) << 3.0 << QSize(1800, 1200);
}

void TestChartExporter::pngHasRequestedSizeAndColours()
{
    QFETCH(ChartKind, kind);
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    QFETCH(QSize, pixels);

    const QImage image
        = exportPng(QStringLiteral("size.png"), RecordLibrary::example(), { kind, size, scale });
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), pixels);
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));

    // Every part is painted in its own colour over a real area, not just a legend swatch.
    const int area = pixels.width() * pixels.height();
    QVERIFY2(countColour(image, yesColour) > area / 100, "too few yes pixels");
    QVERIFY2(countColour(image, noColour) > area / 1000, "too few no pixels");
    QVERIFY2(countColour(image, abstainColour) > area / 200, "too few abstain pixels");
    if (kind == ChartKind::Donut)
        QVERIFY2(countColour(image, nonVotingColour) > area / 200, "too few non-voting pixels");
}

void TestChartExporter::pngPartsAreProportionalToVotes_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::newRow("donut") << ChartKind::Donut;
    QTest::newRow("bar") << ChartKind::Bar;
}

void TestChartExporter::pngPartsAreProportionalToVotes()
{
    QFETCH(ChartKind, kind);
    const QImage image
        = exportPng(QStringLiteral("ratio.png"), RecordLibrary::example(), { kind, { 1200, 800 }, 1.0 });
    QVERIFY(!image.isNull());

    // 91 yes, 12 no, 57 abstain: the painted areas keep those proportions (borders and swatches blur them a
    // little).
    const qreal yes = countColour(image, yesColour);
    const qreal no = countColour(image, noColour);
    const qreal abstain = countColour(image, abstainColour);
    QVERIFY(no > 0);
    QVERIFY(abstain > 0);
    const qreal yesToNo = yes / no;
    const qreal yesToAbstain = yes / abstain;
    QVERIFY2(std::abs(yesToNo / (91.0 / 12.0) - 1.0) < 0.15, qPrintable(QString::number(yesToNo)));
    QVERIFY2(std::abs(yesToAbstain / (91.0 / 57.0) - 1.0) < 0.10, qPrintable(QString::number(yesToAbstain)));
    if (kind == ChartKind::Donut) {
        const qreal yesToNonVoting = yes / countColour(image, nonVotingColour);
        QVERIFY2(std::abs(yesToNonVoting / (91.0 / 33.0) - 1.0) < 0.10,
            qPrintable(QString::number(yesToNonVoting)));
    }
}

void TestChartExporter::barShowsMajorityLineWhereItLies()
{
    const QImage image = exportPng(
        QStringLiteral("majority.png"), RecordLibrary::example(), { ChartKind::Bar, { 1200, 800 }, 1.0 });
    QVERIFY(!image.isNull());
    const BarGeometry bar = findBar(image);
    QVERIFY(bar.isValid());

    // 69 yes votes were needed of the 160 members who voted or abstained: the line stands 69/160 along the
    // bar.
    const int expected = bar.left + qRound((bar.right - bar.left + 1) * 69.0 / 160.0);
    const QList<int> lines = verticalLines(image, bar);
    QVERIFY2(!lines.isEmpty(), "no majority line across the bar");
    for (int x : lines)
        QVERIFY2(std::abs(x - expected) <= 4,
            qPrintable(QStringLiteral("line at %1, expected %2").arg(x).arg(expected)));
}

void TestChartExporter::barWithoutMajorityHasNoLine()
{
    const QImage image = exportPng(
        QStringLiteral("unknown.png"), unknownMajorityRecord(), { ChartKind::Bar, { 1200, 800 }, 1.0 });
    QVERIFY(!image.isNull());
    const BarGeometry bar = findBar(image);
    QVERIFY(bar.isValid());
    QCOMPARE(verticalLines(image, bar), QList<int>());
}

void TestChartExporter::svgCarriesTitleDescriptionAndText_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<QString>("label");
    QTest::newRow("donut") << ChartKind::Donut << QStringLiteral("Yes 91 (47%)");
    QTest::newRow("bar") << ChartKind::Bar
                         << QStringLiteral("two-thirds majority: 69 of 103 present and voting");
}

void TestChartExporter::svgCarriesTitleDescriptionAndText()
{
    QFETCH(ChartKind, kind);
    QFETCH(QString, label);
    const VoteRecord& record = RecordLibrary::example();
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(ChartExporter::exportTo(path, record, { kind, { 1200, 800 }, 1.0 }, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString title;
    QString desc;
    QString viewBox;
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"svg")
            viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
        else if (xml.name() == u"title" && title.isEmpty())
            title = xml.readElementText();
        else if (xml.name() == u"desc" && desc.isEmpty())
            desc = xml.readElementText();
        else if (xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(viewBox, QStringLiteral("0 0 1200 800"));
    QCOMPARE(title, record.title);
    QVERIFY2(desc.contains(QStringLiteral("91 in favour")), qPrintable(desc));
    QVERIFY2(desc.startsWith(
                 kind == ChartKind::Donut ? QStringLiteral("Donut chart") : QStringLiteral("Bar chart")),
        qPrintable(desc));
    QVERIFY2(texts.contains(record.title), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("A/RES/ES-11/9 \u00B7 3 December 2025 \u00B7 recorded vote")),
        qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("Source: UN Digital Library, record 4094643")),
        qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(label), qPrintable(texts.join(u'|')));
}

void TestChartExporter::pdfIsAPageOfTheRequestedSize()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    QString error;
    QVERIFY2(ChartExporter::exportTo(
                 path, RecordLibrary::example(), { ChartKind::Bar, { 1200, 800 }, 1.0 }, &error),
        qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY2(pdf.size() > 5000, QByteArray::number(pdf.size()).constData());
    QVERIFY(pdf.contains("/MediaBox [0 0 1200"));
    QVERIFY(pdf.contains("/Title"));
}

void TestChartExporter::exportReplacesAnExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("replace.png"));
    QString error;
    QVERIFY2(ChartExporter::exportTo(
                 path, RecordLibrary::example(), { ChartKind::Donut, { 1200, 800 }, 1.0 }, &error),
        qPrintable(error));
    QVERIFY2(ChartExporter::exportTo(
                 path, RecordLibrary::example(), { ChartKind::Donut, { 400, 300 }, 1.0 }, &error),
        qPrintable(error));
    QCOMPARE(QImage(path).size(), QSize(400, 300));
}

void TestChartExporter::rejectsBadRequests_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");

    QTest::newRow("unknown suffix .gif") << QStringLiteral("chart.gif") << QSize(1200, 800) << 1.0;
    QTest::newRow("no suffix") << QStringLiteral("chart") << QSize(1200, 800) << 1.0;
    QTest::newRow("directory does not exist")
        << QStringLiteral("missing/chart.png") << QSize(1200, 800) << 1.0;
    QTest::newRow("size 0x0") << QStringLiteral("empty.png") << QSize(0, 0) << 1.0;
    QTest::newRow("size too wide") << QStringLiteral("wide.svg") << QSize(20000, 800) << 1.0;
    QTest::newRow("scale 0") << QStringLiteral("flat.png") << QSize(1200, 800) << 0.0;
    QTest::newRow("scale 8") << QStringLiteral("huge.pdf") << QSize(1200, 800) << 8.0;
}

void TestChartExporter::rejectsBadRequests()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(qreal, scale);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    QString error;
    QVERIFY(
        !ChartExporter::exportTo(path, RecordLibrary::example(), { ChartKind::Donut, size, scale }, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestChartExporter::viewSwitchesKind()
{
    VoteChartView view;
    view.setRecord(RecordLibrary::example());
    QSignalSpy spy(&view, &VoteChartView::kindChanged);
    QCOMPARE(view.kind(), ChartKind::Donut);

    view.setKind(ChartKind::Bar);
    QCOMPARE(view.kind(), ChartKind::Bar);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ChartKind>(), ChartKind::Bar);
    view.setKind(ChartKind::Bar);
    QCOMPARE(spy.count(), 1);

    QToolButton* donut = switchButton(view, QStringLiteral("Donut chart"));
    QToolButton* bar = switchButton(view, QStringLiteral("Bar chart"));
    QVERIFY(donut);
    QVERIFY(bar);
    QVERIFY(bar->isChecked());
    QVERIFY(!donut->isChecked());
    donut->click();
    QCOMPARE(view.kind(), ChartKind::Donut);
    QCOMPARE(spy.count(), 2);
    QVERIFY(donut->isChecked());
    QVERIFY(!bar->isChecked());
}

void TestChartExporter::viewEmphasisRoundTrips()
{
    VoteChartView view;
    view.setRecord(RecordLibrary::example());
    QCOMPARE(view.emphasis(), QList<Vote>());
    view.setEmphasis({ Vote::No, Vote::Abstain });
    QCOMPARE(view.emphasis(), QList<Vote>({ Vote::No, Vote::Abstain }));
    view.setKind(ChartKind::Bar);
    QCOMPARE(view.emphasis(), QList<Vote>({ Vote::No, Vote::Abstain }));
    view.setEmphasis({});
    QCOMPARE(view.emphasis(), QList<Vote>());
}

void TestChartExporter::viewShowsEmphasis()
{
    VoteChartView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(800, 600);
    view.setRecord(RecordLibrary::example());
    view.show();
    QCoreApplication::processEvents();

    for (ChartKind kind : { ChartKind::Donut, ChartKind::Bar }) {
        view.setKind(kind);
        QCoreApplication::processEvents();
        const QImage normal = view.grab().toImage();
        QVERIFY(!normal.isNull());
        const int yes = countColour(normal, yesColour);
        const int no = countColour(normal, noColour);
        QVERIFY2(yes > 5000, qPrintable(QString::number(yes)));
        QVERIFY2(no > 500, qPrintable(QString::number(no)));

        // Emphasising "No" fades the other parts: far fewer pixels keep the full yes colour; no keeps its
        // own.
        view.setEmphasis({ Vote::No });
        QCoreApplication::processEvents();
        const QImage emphasised = view.grab().toImage();
        QVERIFY2(countColour(emphasised, yesColour) < yes / 10,
            qPrintable(QString::number(countColour(emphasised, yesColour))));
        QVERIFY2(countColour(emphasised, noColour) > no / 2,
            qPrintable(QString::number(countColour(emphasised, noColour))));

        view.setEmphasis({});
        QCoreApplication::processEvents();
        const QImage restored = view.grab().toImage();
        QCOMPARE(countColour(restored, yesColour), yes);
    }
}

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
