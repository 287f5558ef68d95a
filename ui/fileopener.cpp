// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fileopener.h"

#include "core/article/articlereader.h"
#include "core/import/votefilereader.h"
#include "core/review/reviewfile.h"
#include "ui/databaseloader.h"
#include "ui/mainwindow.h"
#include "ui/recentfilesmenu.h"
#include "ui/reviewcontroller.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace {
constexpr qint64 backgroundLoadBytes = 4 * 1024 * 1024; // larger record files load in the background
constexpr int maxProblemsShown = 20;

bool isRecordFile(const QString& path)
{
    return path.endsWith(u".json", Qt::CaseInsensitive) || path.endsWith(u".csv", Qt::CaseInsensitive);
}

} // namespace

FileOpener::FileOpener(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
}

void FileOpener::addOpenActions(QMenu* file)
{
    QAction* openArticle = file->addAction(tr("Open &Article\u2026"), this, &FileOpener::openArticleDialog);
    openArticle->setShortcut(QKeySequence::Open);
    QAction* openRecord = file->addAction(tr("Open &Record\u2026"), this, &FileOpener::openRecordDialog);
    openRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
}

void FileOpener::addRecentMenu(QMenu* file)
{
    m_recentMenu = new RecentFilesMenu(tr("Open &Recent"), m_window);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, [this](const QString& f) { openFiles({ f }); });
}

void FileOpener::openFiles(const QStringList& paths)
{
    QStringList errors;
    for (const QString& path : paths) {
        const QString error = loadFile(path);
        if (!error.isEmpty())
            errors << error;
    }
    if (!errors.isEmpty())
        QMessageBox::warning(m_window, tr("Cannot open"), errors.join(u'\n'));
}

QString FileOpener::loadFile(const QString& path)
{
    const bool review = ReviewFile::isReviewPath(path);
    if (!review && !isRecordFile(path) && !m_window->review()->maybeSave())
        return {};
    const QString error = review ? m_window->review()->open(path)
        : isRecordFile(path)     ? loadRecordFile(path)
                                 : loadArticleFile(path);
    if (error.isEmpty())
        m_recentMenu->add(path);
    return error;
}

QString FileOpener::loadRecordFile(const QString& path)
{
    if (QFileInfo(path).size() > backgroundLoadBytes) {
        m_window->loader()->load(path);
        return {};
    }
    const ImportResult result = VoteFileReader::readFile(path);
    if (result.database.isEmpty())
        return result.errors.isEmpty() ? tr("%1: holds no recorded votes").arg(path)
                                       : ReadError::joined(result.errors);
    if (!result.errors.isEmpty() || !result.warnings.isEmpty())
        reportProblems(path, result);
    m_window->setDatabase(result.database, QFileInfo(path).fileName());
    m_window->statusBar()->showMessage(
        tr("Opened %1 resolution(s) from %2").arg(result.database.size()).arg(path), 5000);
    return {};
}

void FileOpener::reportProblems(const QString& path, const ImportResult& result)
{
    const QList<ReadError> problems = result.errors + result.warnings;
    QMessageBox box(QMessageBox::Warning, tr("Problems in %1").arg(QFileInfo(path).fileName()),
        tr("%1 resolution(s) were read from %2. %3 problem(s) were found; what could not be read "
           "is listed below.")
            .arg(result.database.size())
            .arg(path)
            .arg(problems.size()),
        QMessageBox::Ok, m_window);
    box.setInformativeText(ReadError::joined(problems.mid(0, maxProblemsShown)));
    box.setDetailedText(ReadError::joined(problems));
    if (!m_window->quietProblems())
        box.exec();
}

void FileOpener::backgroundLoadFinished(const QString& path, std::shared_ptr<ImportResult> result)
{
    if (result->cancelled) {
        m_window->statusBar()->showMessage(tr("Loading %1 was cancelled; nothing changed.").arg(path), 8000);
        return;
    }
    if (result->database.isEmpty()) {
        const QString error = result->errors.isEmpty()
            ? tr("%1: holds no recorded votes").arg(path)
            : ReadError::joined(result->errors.mid(0, maxProblemsShown));
        if (!m_window->quietProblems())
            QMessageBox::warning(m_window, tr("Cannot open"), error);
        return;
    }
    if (!result->errors.isEmpty() || !result->warnings.isEmpty())
        reportProblems(path, *result);
    const qsizetype fromFile = result->database.size();
    m_window->setDatabase(std::move(result->database), QFileInfo(path).fileName());
    m_recentMenu->add(path);
    m_window->statusBar()->showMessage(tr("Opened %1 resolutions from %2").arg(fromFile).arg(path), 8000);
}

QString FileOpener::loadArticleFile(const QString& path)
{
    const ArticleReadResult read = ArticleReader::readFile(path);
    if (!read.article)
        return read.error->toString();
    m_window->setArticle(*read.article);
    m_window->statusBar()->showMessage(tr("Opened article %1").arg(path), 5000);
    return {};
}

void FileOpener::openRecordDialog()
{
    openWithDialog(
        tr("Open Record"), QStringLiteral("dir/record"), tr("Plenary records (*.json);;All files (*)"));
}

void FileOpener::openArticleDialog()
{
    openWithDialog(tr("Open Article"), QStringLiteral("dir/article"),
        tr("Articles (*.txt *.html *.htm);;All files (*)"));
}

void FileOpener::openWithDialog(const QString& title, const QString& dirKey, const QString& filter)
{
    QSettings settings;
    const QString path
        = QFileDialog::getOpenFileName(m_window, title, settings.value(dirKey).toString(), filter);
    if (path.isEmpty())
        return;
    settings.setValue(dirKey, QFileInfo(path).absolutePath());
    openFiles({ path });
}
