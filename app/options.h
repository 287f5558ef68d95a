// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

/// \brief What the command line asked for, filled from QCommandLineParser; widgets never see the parser.
struct Options
{
    enum class Mode { Gui, Export, Check, List };

    Mode mode = Mode::Gui;
    QStringList files; // records and articles to open in the window
    QString exportPath;
    QStringList articles; // for --check
    QString recordPath;
    QString resolution;
    QString compare; // a second resolution, for --chart compare
    QString listPath; // for --list-resolutions
    QString chart = QStringLiteral("donut");
    QSize size { 1200, 800 };
    qreal scale = 1.0;
    QString theme = QStringLiteral("light"); // --theme light|dark, for --export
    QString locale; // --locale NAME for --export; empty: English
    bool darkPalette = false; // --dark: a development aid that gives the window a dark Fusion palette
    bool json = false;
    QString lang; // --lang CODE with --check: a Language::supported() code; empty: detect per article
    QString reportPath; // --report OUT.html|OUT.pdf, with --check and one article
    QString claimReviewPath; // --claimreview OUT.jsonld, with --check and one article
    QString reviewer = QStringLiteral("Plenary"); // the ClaimReview author
    bool quitAfterFirstPaint = false; // for the start-up benchmark

    QString error; // set when the arguments are wrong; the program exits with 2
};

/// Parses the arguments (the first is the program). Prints help or the version and exits when asked.
Options parseOptions(const QStringList& arguments);
