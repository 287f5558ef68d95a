// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

/// \brief File > Open Recent: the last files opened, newest first, kept in QSettings.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    RecentFilesMenu(const QString& title, QWidget* parent = nullptr);

    /// Puts \a path first (as an absolute path), dropping the oldest beyond the limit.
    void add(const QString& path);

signals:
    void fileChosen(const QString& path);

private:
    void rebuild();
};
