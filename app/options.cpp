// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "core/check/language.h"
#include "ui/charts/chartkind.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>

Options parseOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Plenary shows how UN member states voted and checks what news articles say about the vote."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
        QStringLiteral(
            "Record files (.json) and articles (.txt, .html) to open; with --check, more articles."),
        QStringLiteral("[FILE...]"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
        QStringLiteral("Export the chart to OUT (.png, .svg or .pdf) without a window."),
        QStringLiteral("OUT"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
        QStringLiteral(
            "Check ARTICLE (and the further file arguments) against the record and print each statement's "
            "verdict. Exit code 0: nothing contradicts; 1: a statement contradicts the record or the "
            "article; 2: an article or the record could not be read, or another error."),
        QStringLiteral("ARTICLE"));
    const QCommandLineOption recordOption(QStringLiteral("record"),
        QStringLiteral("Read the vote record from FILE (Plenary JSON) instead of the embedded example."),
        QStringLiteral("FILE"));
    const QCommandLineOption resolutionOption(QStringLiteral("resolution"),
        QStringLiteral(
            "Pick the record with this symbol, embedded or in --record FILE (e.g. A/RES/ES-11/1)."),
        QStringLiteral("SYMBOL"));
    const QCommandLineOption chartOption(QStringLiteral("chart"),
        QStringLiteral("Chart to export: %1.").arg(chartKindKeys().join(QStringLiteral(", "))),
        chartKindKeys().join(u'|'), QStringLiteral("donut"));
    const QCommandLineOption compareOption(QStringLiteral("compare"),
        QStringLiteral("With --chart compare: the second resolution, compared with --resolution."),
        QStringLiteral("SYMBOL2"));
    const QCommandLineOption listOption(QStringLiteral("list-resolutions"),
        QStringLiteral("Print one line per resolution in FILE (symbol, date, yes, no, abstain, non-voting, "
                       "title)."),
        QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Export size in points (default 1200x800)."), QStringLiteral("WxH"),
        QStringLiteral("1200x800"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
        QStringLiteral("PNG scale factor, 1 to 4 (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("Export colours: light or dark (default light)."), QStringLiteral("light|dark"),
        QStringLiteral("light"));
    const QCommandLineOption localeOption(QStringLiteral("locale"),
        QStringLiteral("Export numbers and dates as written in locale NAME, e.g. de_DE or uk_UA (default "
                       "English)."),
        QStringLiteral("NAME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QStringLiteral("With --check: print JSON (an object for one article, a list for several)."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("With --check: read the articles in language CODE (%1) instead of detecting it.")
            .arg(Language::supported().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    const QCommandLineOption reportOption(QStringLiteral("report"),
        QStringLiteral("With --check: also write a report of the check to OUT (.html or .pdf)."),
        QStringLiteral("OUT"));
    const QCommandLineOption claimReviewOption(QStringLiteral("claimreview"),
        QStringLiteral("With --check: also write the verdicts as schema.org ClaimReview JSON-LD to OUT."),
        QStringLiteral("OUT"));
    const QCommandLineOption reviewerOption(QStringLiteral("reviewer"),
        QStringLiteral("With --claimreview: the reviewer named as author (default Plenary)."),
        QStringLiteral("NAME"), QStringLiteral("Plenary"));
    QCommandLineOption paintOption(QStringLiteral("quit-after-first-paint"),
        QStringLiteral("Benchmark: quit once the window has painted."));
    paintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption darkOption(QStringLiteral("dark"),
        QStringLiteral("Development aid: give the window a dark Fusion palette, to check the dark theme."));
    darkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ exportOption, checkOption, recordOption, resolutionOption, chartOption, compareOption,
        listOption, sizeOption, scaleOption, themeOption, localeOption, jsonOption, langOption, reportOption,
        claimReviewOption, reviewerOption, paintOption, darkOption });

    Options o;
    if (!parser.parse(arguments)) {
        o.error = parser.errorText();
        return o;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    o.files = parser.positionalArguments();
    o.recordPath = parser.value(recordOption);
    o.resolution = parser.value(resolutionOption);
    o.json = parser.isSet(jsonOption);
    o.quitAfterFirstPaint = parser.isSet(paintOption);
    o.darkPalette = parser.isSet(darkOption);
    o.compare = parser.value(compareOption);
    if (int(parser.isSet(exportOption)) + int(parser.isSet(checkOption)) + int(parser.isSet(listOption))
        > 1) {
        o.error = QStringLiteral("--export, --check and --list-resolutions cannot be used together");
        return o;
    }
    if (parser.isSet(listOption)) {
        o.mode = Options::Mode::List;
        o.listPath = parser.value(listOption);
        return o;
    }
    if (parser.isSet(exportOption)) {
        o.mode = Options::Mode::Export;
        o.exportPath = parser.value(exportOption);
        if (!o.files.isEmpty()) {
            o.error = QStringLiteral("--export takes no other files (use --record FILE): %1")
                          .arg(o.files.first());
            return o;
        }
    } else if (parser.isSet(checkOption)) {
        o.mode = Options::Mode::Check;
        o.articles = parser.values(checkOption) + o.files;
        o.files.clear();
        o.reportPath = parser.value(reportOption);
        o.claimReviewPath = parser.value(claimReviewOption);
        o.reviewer = parser.value(reviewerOption);
        if (parser.isSet(langOption)) {
            o.lang = parser.value(langOption).trimmed().toLower();
            if (!Language::isSupported(o.lang)) {
                o.error
                    = QStringLiteral("--lang must be one of %1, not \"%2\"")
                          .arg(Language::supported().join(QStringLiteral(", ")), parser.value(langOption));
                return o;
            }
        }
        if ((!o.reportPath.isEmpty() || !o.claimReviewPath.isEmpty()) && o.articles.size() != 1) {
            o.error = QStringLiteral("--report and --claimreview take exactly one article, not %1 (run "
                                     "--check once per article to write a report for each)")
                          .arg(o.articles.size());
            return o;
        }
    } else if (o.json) {
        o.error = QStringLiteral("--json goes with --check");
        return o;
    }
    if (o.mode != Options::Mode::Check && parser.isSet(langOption)) {
        o.error = QStringLiteral("--lang goes with --check");
        return o;
    }
    if (o.mode != Options::Mode::Check
        && (parser.isSet(reportOption) || parser.isSet(claimReviewOption) || parser.isSet(reviewerOption))) {
        o.error = QStringLiteral("--report, --claimreview and --reviewer go with --check");
        return o;
    }
    if (o.mode != Options::Mode::Export && (parser.isSet(themeOption) || parser.isSet(localeOption))) {
        o.error = QStringLiteral("--theme and --locale go with --export");
        return o;
    }
    o.theme = parser.value(themeOption).toLower();
    if (o.theme != u"light" && o.theme != u"dark") {
        o.error = QStringLiteral("--theme must be light or dark, not \"%1\"").arg(parser.value(themeOption));
        return o;
    }
    if (parser.isSet(localeOption)) {
        o.locale = parser.value(localeOption);
        // QLocale falls back to "C" for a name it does not know.
        static const QRegularExpression localePattern(QStringLiteral("^[a-zA-Z]{2,3}([_-][A-Za-z]{2,4})*$"));
        if (!localePattern.match(o.locale).hasMatch() || QLocale(o.locale).language() == QLocale::C) {
            o.error = QStringLiteral("--locale must name a locale such as de_DE or uk_UA, not \"%1\"")
                          .arg(o.locale);
            return o;
        }
    }
    o.chart = parser.value(chartOption).toLower();
    if (!chartKindFromKey(o.chart)) {
        o.error = QStringLiteral("--chart must be one of %1, not \"%2\"")
                      .arg(chartKindKeys().join(QStringLiteral(", ")), parser.value(chartOption));
        return o;
    }
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const auto m = sizePattern.match(parser.value(sizeOption));
    if (!m.hasMatch()) {
        o.error = QStringLiteral("--size must be WIDTHxHEIGHT, e.g. 1200x800, not \"%1\"")
                      .arg(parser.value(sizeOption));
        return o;
    }
    o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    bool ok = false;
    o.scale = parser.value(scaleOption).toDouble(&ok);
    if (!ok || o.scale < 1 || o.scale > 4) {
        o.error = QStringLiteral("--scale must be a number from 1 to 4, not \"%1\"")
                      .arg(parser.value(scaleOption));
        return o;
    }
    return o;
}
