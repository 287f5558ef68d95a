// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/recordlibrary.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/votechartview.h"
#include "ui/exportdialog.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QImage>
#include <QPalette>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/// \brief Light and dark chart themes keep text readable; numbers and dates follow the export's locale.
class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatioFollowsWcag();
    void textContrast_data();
    void textContrast();
    void labelsInsideVoteColours_data();
    void labelsInsideVoteColours();
    void pngExportTheme_data();
    void pngExportTheme();
    void svgDatesFollowLocale_data();
    void svgDatesFollowLocale();
    void percentFollowsLocale();
    void windowChartFollowsPalette();
    void exportDialogThemeAndLocale();
};

namespace {

QImage exportPng(const ExportSettings& settings)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QString error;
    if (!ChartExporter::exportTo(path, RecordLibrary::example(), settings, &error))
        qWarning("%s", qPrintable(error));
    return QImage(path);
}

int lightPixels(const QImage& image, int threshold)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            n += QColor(image.pixel(x, y)).lightness() > threshold ? 1 : 0;
    return n;
}

QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    return p;
}

} // namespace

void TestTheme::contrastRatioFollowsWcag()
{
    QCOMPARE(qRound(ChartStyle::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(ChartStyle::contrastRatio(Qt::white, Qt::white) * 100), 100);
    // #767676 on white is the well-known 4.54:1 threshold grey.
    QCOMPARE(qRound(ChartStyle::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
}

void TestTheme::textContrast_data()
{
    QTest::addColumn<ChartTheme>("theme");
    QTest::newRow("light") << ChartTheme::Light;
    QTest::newRow("dark") << ChartTheme::Dark;
}

void TestTheme::textContrast()
{
    QFETCH(ChartTheme, theme);
    const ChartStyle style(1.0, theme);
    QVERIFY(ChartStyle::contrastRatio(style.textColor(), style.backgroundColor()) >= 7.0);
    QVERIFY(ChartStyle::contrastRatio(style.secondaryTextColor(), style.backgroundColor()) >= 4.5);
    if (theme == ChartTheme::Dark)
        QVERIFY(style.textColor().lightness() > style.backgroundColor().lightness());
}

void TestTheme::labelsInsideVoteColours_data()
{
    QTest::addColumn<ChartTheme>("theme");
    QTest::addColumn<Vote>("vote");
    for (ChartTheme theme : { ChartTheme::Light, ChartTheme::Dark }) {
        for (Vote vote : allVotes) {
            QTest::addRow("%s %s", theme == ChartTheme::Dark ? "dark" : "light", qPrintable(voteLabel(vote)))
                << theme << vote;
        }
    }
}

void TestTheme::labelsInsideVoteColours()
{
    QFETCH(ChartTheme, theme);
    QFETCH(Vote, vote);
    const ChartStyle style(1.0, theme);
    const qreal onVote = ChartStyle::contrastRatio(ChartStyle::textColorOn(vote), ChartStyle::voteColor(vote));
    QVERIFY2(onVote >= 4.5, qPrintable(QString::number(onVote)));
    const qreal onFaded = ChartStyle::contrastRatio(style.textColorOnFaded(vote), style.fadedColor(vote));
    QVERIFY2(onFaded >= 4.5, qPrintable(QString::number(onFaded)));
}

void TestTheme::pngExportTheme_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<ChartTheme>("theme");
    for (ChartKind kind : { ChartKind::Donut, ChartKind::Bar, ChartKind::Seats, ChartKind::Groups }) {
        QTest::addRow("%s light", qPrintable(chartKindKey(kind))) << kind << ChartTheme::Light;
        QTest::addRow("%s dark", qPrintable(chartKindKey(kind))) << kind << ChartTheme::Dark;
    }
}

void TestTheme::pngExportTheme()
{
    QFETCH(ChartKind, kind);
    QFETCH(ChartTheme, theme);
    ExportSettings settings;
    settings.kind = kind;
    settings.theme = theme;
    const QImage image = exportPng(settings);
    QVERIFY(!image.isNull());
    const int corner = QColor(image.pixel(2, 2)).lightness();
    // The title band: text, and nothing but background around it.
    const QImage title = image.copy(0, 0, image.width(), 120);
    if (theme == ChartTheme::Dark) {
        QVERIFY2(corner < 60, qPrintable(QString::number(corner)));
        QVERIFY(lightPixels(title, 200) > 200);
    } else {
        QVERIFY2(corner > 240, qPrintable(QString::number(corner)));
        QVERIFY(lightPixels(title, 200) > title.width() * title.height() / 4 * 9 / 10);
    }
}

void TestTheme::svgDatesFollowLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("date");
    QTest::newRow("English") << QLocale(QLocale::English) << QStringLiteral("3 December 2025");
    QTest::newRow("German") << QLocale(QStringLiteral("de_DE")) << QStringLiteral("3. Dezember 2025");
    QTest::newRow("Ukrainian") << QLocale(QStringLiteral("uk_UA")) << QStringLiteral("грудня");
}

void TestTheme::svgDatesFollowLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, date);
    ExportSettings settings;
    settings.locale = locale;
    const QString svg = QString::fromUtf8(ChartExporter::svgBytes(RecordLibrary::example(), settings));
    QVERIFY(!svg.isEmpty());
    QVERIFY2(svg.contains(date), qPrintable(date));
    // The drawn text, not the <desc> for screen readers (an English sentence), carries the locale's date.
    QString drawn = svg;
    drawn.remove(QRegularExpression(QStringLiteral("<desc>.*</desc>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::InvertedGreedinessOption));
    QVERIFY2(drawn.contains(date), qPrintable(date));
    if (locale.language() != QLocale::English)
        QVERIFY(!drawn.contains(QStringLiteral("December")));
}

void TestTheme::percentFollowsLocale()
{
    QCOMPARE(ChartStyle(1.0, ChartTheme::Light).percent(47), QStringLiteral("47%"));
    QCOMPARE(ChartStyle(1.0, ChartTheme::Light, QLocale(QStringLiteral("de_DE"))).percent(47),
        QStringLiteral("47\u00A0%"));
    QCOMPARE(ChartStyle(1.0, ChartTheme::Light, QLocale(QStringLiteral("de_DE"))).number(1234),
        QStringLiteral("1.234"));
    ExportSettings settings;
    settings.kind = ChartKind::Bar;
    settings.locale = QLocale(QStringLiteral("de_DE"));
    const QString svg = QString::fromUtf8(ChartExporter::svgBytes(RecordLibrary::example(), settings));
    QVERIFY(svg.contains(QStringLiteral("(57\u00A0%)")));
}

void TestTheme::windowChartFollowsPalette()
{
    const QPalette original = QApplication::palette();
    VoteChartView view;
    view.resize(900, 600);
    view.setRecord(RecordLibrary::example());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* chartView = view.findChild<QChartView*>();
    QVERIFY(chartView);
    const auto cornerLightness = [&] {
        const QImage image = chartView->grab().toImage();
        return QColor(image.pixel(4, 4)).lightness();
    };
    QVERIFY(cornerLightness() > 200);

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(cornerLightness() < 60);
    const QImage dark = chartView->grab().toImage();
    QVERIFY(lightPixels(dark, 200) > 100); // light labels on the dark chart

    QApplication::setPalette(original);
    QTRY_VERIFY(cornerLightness() > 200);
}

void TestTheme::exportDialogThemeAndLocale()
{
    // What a user picks in the Export dialog reaches the file: the dark theme and Ukrainian dates.
    QStandardPaths::setTestModeEnabled(true); // the dialog remembers choices in QSettings
    QSettings().remove(QStringLiteral("export"));
    QTemporaryDir dir;
    ExportDialog dialog(RecordLibrary::example(), std::nullopt, ChartKind::Donut);
    QComboBox* theme = nullptr;
    QComboBox* locale = nullptr;
    for (QComboBox* box : dialog.findChildren<QComboBox*>()) {
        if (box->accessibleName() == u"Theme")
            theme = box;
        else if (box->accessibleName() == u"Numbers and dates")
            locale = box;
    }
    QVERIFY(theme && locale);
    QCOMPARE(theme->currentData().toInt(), int(ChartTheme::Light)); // exports stay light by default
    theme->setCurrentIndex(theme->findData(int(ChartTheme::Dark)));
    const int uk = locale->findData(QStringLiteral("uk_UA"));
    QVERIFY(uk >= 0);
    locale->setCurrentIndex(uk);

    dialog.setPath(dir.filePath(QStringLiteral("dark.png")));
    QVERIFY(dialog.exportNow());
    const QImage image(dir.filePath(QStringLiteral("dark.png")));
    QVERIFY(!image.isNull());
    QVERIFY2(QColor(image.pixel(2, 2)).lightness() < 60, "the dark theme was asked for");

    dialog.setPath(dir.filePath(QStringLiteral("dark.svg")));
    QVERIFY(dialog.exportNow());
    QFile svg(dir.filePath(QStringLiteral("dark.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(svg.readAll()).contains(QStringLiteral("грудня 2025")));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
