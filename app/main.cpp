// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"
#include "options.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QLocale>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Plenary"));
    QCoreApplication::setOrganizationName(QStringLiteral("Plenary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLENARY_VERSION));
    Options options;
    {
        // Arguments are read before any window system is touched, so bad ones never need a display.
        QCoreApplication probe(argc, argv);
        options = parseOptions(QCoreApplication::arguments());
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "plenary: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.mode != Options::Mode::Gui) {
        quietHeadlessWarnings();
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("org.plenary.Plenary"));
    if (options.mode == Options::Mode::Export)
        return runExport(options);
    if (options.mode == Options::Mode::Check)
        return runCheck(options);
    if (options.mode == Options::Mode::List)
        return runList(options);

    // Only the window follows the system language (LANGUAGE, LC_MESSAGES, LANG): --check, --export and --list
    // return above, before any translator is installed, because their output is a data format and stays English.
    installTranslations(QLocale::system());
    MainWindow window;
    window.show();
    window.openFiles(options.files);
    if (options.quitAfterFirstPaint)
        QObject::connect(&window, &MainWindow::firstPainted, &app, &QApplication::quit, Qt::QueuedConnection);
    return QApplication::exec();
}
