// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"
#include "options.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QStyleFactory>
#include <cstdio>

namespace {

/// --dark, a development aid: a dark Fusion palette, to look at the window's dark theme on any desktop.
void useDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::ButtonText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    QApplication::setPalette(p);
}

} // namespace

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

    if (options.darkPalette)
        useDarkPalette();

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
