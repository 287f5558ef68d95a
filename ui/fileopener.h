// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <memory>

class MainWindow;
class QMenu;
class RecentFilesMenu;
struct ImportResult;

/// \brief Opens records, articles and reviews from the File menu, Open Recent, drops and the command line.
class FileOpener : public QObject
{
    Q_OBJECT

public:
    /// A child of \a window; hands what it reads to the window.
    explicit FileOpener(MainWindow* window);

    /// Adds Open Article and Open Record to \a file.
    void addOpenActions(QMenu* file);
    /// Adds Open Recent to \a file; the menu is a child of the window.
    void addRecentMenu(QMenu* file);

    /// Opens records (.json), reviews (.plenary-review) and articles (anything else); shows a message box for
    /// each file that fails.
    void openFiles(const QStringList& paths);
    /// Opens one file without a message box; returns the error ("file:line: problem") or an empty string.
    QString loadFile(const QString& path);
    /// Shows a record file the window's loader has read in the background, or says why it cannot.
    void backgroundLoadFinished(const QString& path, std::shared_ptr<ImportResult> result);

private:
    void openRecordDialog();
    void openArticleDialog();
    void openWithDialog(const QString& title, const QString& dirKey, const QString& filter);
    QString loadRecordFile(const QString& path);
    QString loadArticleFile(const QString& path);
    void reportProblems(const QString& path, const ImportResult& result);

    MainWindow* m_window;
    RecentFilesMenu* m_recentMenu = nullptr;
};
