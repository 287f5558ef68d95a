// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/votefilereader.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

class QTimer;

/// \brief Reads a vote file in a background thread, reporting progress and honouring Cancel, so that
/// the window stays responsive while a large file loads.
class DatabaseLoader : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseLoader(QObject* parent = nullptr);
    ~DatabaseLoader() override;

    /// Starts reading; a load already running is cancelled first.
    void load(const QString& path);
    void cancel();
    bool isRunning() const;
    QString path() const { return m_path; }

signals:
    /// Per mille of the file read, every tenth of a second while reading.
    void progressChanged(int permille);
    /// The result, also when cancelled (result->cancelled) or failed (result->errors).
    void finished(const QString& path, std::shared_ptr<ImportResult> result);

private:
    void reportProgress();
    void done();

    QString m_path;
    QFutureWatcher<ImportResult>* m_watcher;
    QTimer* m_timer;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_permille;
};
