// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recentfilesmenu.h"

#include <QFileInfo>
#include <QSettings>

namespace {

constexpr int maxRecentFiles = 10;
const QString settingsKey = QStringLiteral("recentFiles");

} // namespace

RecentFilesMenu::RecentFilesMenu(const QString& title, QWidget* parent)
    : QMenu(title, parent)
{
    rebuild();
}

void RecentFilesMenu::add(const QString& path)
{
    QSettings settings;
    QStringList files = settings.value(settingsKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(settingsKey, files);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = QSettings().value(settingsKey).toStringList();
    for (const QString& f : files)
        addAction(QFileInfo(f).fileName(), this, [this, f] { emit fileChosen(f); })->setToolTip(f);
    setEnabled(!files.isEmpty());
}
