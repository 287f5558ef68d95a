// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review/review.h"

#include <QObject>
#include <QString>

class MainWindow;
class QMenu;
class StatementModel;

/// \brief The window's review: Open Review, Save Review (As), Export Report, the modified marker, and the
/// Save/Discard/Cancel question before unsaved overrides or notes would be lost.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    /// A child of \a window; works on the window's statement model.
    explicit ReviewController(MainWindow* window);

    /// Adds Open Review, Save Review, Save Review As and Export Report to \a file.
    void addFileActions(QMenu* file);

    /// Opens a review file. Returns "file:line: problem" when it cannot be read, and then changes nothing;
    /// an empty string when it opened or when the user cancelled the question about unsaved work (\a ask).
    QString open(const QString& path, bool ask = true);
    /// Saves to the review's file, or asks for one. False when nothing was saved.
    bool save();
    bool saveAs();
    /// Writes the current review to \a path atomically and makes it the review's file.
    bool saveTo(const QString& path, QString* error);
    /// Writes an HTML or PDF report of the current check with the reviewer's overrides and notes.
    bool exportReport(const QString& path, QString* error) const;
    /// Asks Save/Discard/Cancel when there is unsaved work; true when it is fine to go on.
    bool maybeSave();
    /// A new article replaces the reviewed one: its overrides go, the review has no file yet.
    void reset();

    Review currentReview() const;
    QString filePath() const { return m_path; }
    bool isModified() const { return m_modified; }
    /// What the last open() reported about the re-check: statements read differently, unmatched overrides.
    QString lastOpenReport() const { return m_lastOpenReport; }

signals:
    void fileChanged();

private:
    void setModified(bool modified);
    void openDialog();
    void exportReportDialog();
    QString describeOpen(const Review& saved, const QList<KeyedOverride>& unmatched) const;

    MainWindow* m_window;
    StatementModel* m_model;
    QString m_path;
    bool m_modified = false;
    QString m_lastOpenReport;
};
