// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/databaseloader.h"

#include <QTimer>
#include <QtConcurrent>

DatabaseLoader::DatabaseLoader(QObject* parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<ImportResult>(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &DatabaseLoader::reportProgress);
    connect(m_watcher, &QFutureWatcher<ImportResult>::finished, this, &DatabaseLoader::done);
}

DatabaseLoader::~DatabaseLoader()
{
    cancel();
    m_watcher->waitForFinished();
}

void DatabaseLoader::load(const QString& path)
{
    if (isRunning()) {
        cancel();
        m_watcher->waitForFinished();
    }
    m_path = path;
    // The worker holds its own references: the flags outlive this object if it goes first.
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_permille = std::make_shared<std::atomic<int>>(0);
    auto cancelFlag = m_cancel;
    auto permille = m_permille;
    m_watcher->setFuture(QtConcurrent::run([path, cancelFlag, permille] {
        return VoteFileReader::readFile(path, [cancelFlag, permille](qint64 done, qint64 total) {
            if (total > 0)
                permille->store(int(done * 1000 / total));
            return !cancelFlag->load();
        });
    }));
    m_timer->start();
    emit progressChanged(0);
}

void DatabaseLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool DatabaseLoader::isRunning() const
{
    return m_watcher->isRunning();
}

void DatabaseLoader::reportProgress()
{
    if (m_permille)
        emit progressChanged(m_permille->load());
}

void DatabaseLoader::done()
{
    m_timer->stop();
    emit progressChanged(1000);
    auto result = std::make_shared<ImportResult>(m_watcher->result());
    if (m_cancel && m_cancel->load() && !result->cancelled) {
        // Cancel was pressed after the reader's last look: the user asked for nothing to change.
        *result = ImportResult();
        result->cancelled = true;
    }
    emit finished(m_path, result);
}
