// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reviewcontroller.h"

#include "core/models/statementmodel.h"
#include "core/review/reviewfile.h"
#include "ui/mainwindow.h"
#include "ui/report/reportwriter.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace {
constexpr int maxListed = 5; // unmatched overrides named in the message
}

ReviewController::ReviewController(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_model(window->statementModel())
{
    connect(m_model, &StatementModel::overridesChanged, this, [this] { setModified(true); });
}

void ReviewController::addFileActions(QMenu* file)
{
    QAction* open = file->addAction(tr("Open Re&view\u2026"), this, &ReviewController::openDialog);
    open->setObjectName(QStringLiteral("openReview"));
    QAction* save = file->addAction(tr("&Save Review"), this, &ReviewController::save);
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("saveReview"));
    save->setStatusTip(tr("Save the record, the article, the verdicts and your overrides and notes"));
    QAction* saveAs = file->addAction(tr("Save Revie&w As\u2026"), this, &ReviewController::saveAs);
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* report
        = file->addAction(tr("Export Re&port\u2026"), this, &ReviewController::exportReportDialog);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    report->setStatusTip(tr("Write the check with your overrides and notes as HTML or PDF"));
}

Review ReviewController::currentReview() const
{
    Review r;
    r.recordOrigin = m_window->recordOrigin();
    r.record = m_window->currentRecord();
    r.article = m_window->article();
    r.result = m_model->result();
    r.overrides = m_model->overrides();
    r.unmatched = m_model->unmatchedOverrides();
    return r;
}

QString ReviewController::open(const QString& path, bool ask)
{
    const ReviewReadResult read = ReviewFile::readFile(path);
    if (!read.ok())
        return read.errorText();
    if (ask && !maybeSave())
        return {};
    const Review& saved = *read.review;
    m_model->clearOverrides();
    m_window->showReview(saved.record, saved.recordOrigin, saved.article);
    // The current engine has re-checked the article: the overrides find their statements by text.
    const QList<KeyedOverride> unmatched = m_model->setOverrides(saved.keyedOverrides());
    m_path = QFileInfo(path).absoluteFilePath();
    setModified(false);
    emit fileChanged();
    m_lastOpenReport = describeOpen(saved, unmatched);
    m_window->statusBar()->showMessage(m_lastOpenReport.isEmpty()
            ? tr("Opened review %1").arg(QFileInfo(path).fileName())
            : tr("Opened review %1. %2").arg(QFileInfo(path).fileName(), m_lastOpenReport));
    if (!unmatched.isEmpty() && !m_window->quietProblems())
        QMessageBox::information(m_window, tr("Review opened with changes"), m_lastOpenReport);
    return {};
}

QString ReviewController::describeOpen(const Review& saved, const QList<KeyedOverride>& unmatched) const
{
    const QList<Statement>& now = m_model->result().statements;
    const QList<Statement>& then = saved.result.statements;
    // Statements present in one reading and not in the other, with the same text and verdict.
    const auto missingFrom = [](const QList<Statement>& from, const QList<Statement>& in) {
        return std::count_if(from.cbegin(), from.cend(), [&in](const Statement& s) {
            return std::none_of(in.cbegin(), in.cend(),
                [&s](const Statement& n) { return n.text == s.text && n.verdict == s.verdict; });
        });
    };
    const qsizetype differ = std::max(missingFrom(then, now), missingFrom(now, then));
    QStringList parts;
    if (differ > 0)
        parts << tr(
            "Statements this version of Plenary reads differently than when the review was saved: %1.")
                     .arg(differ);
    if (!unmatched.isEmpty()) {
        QStringList texts;
        for (const KeyedOverride& k : unmatched.mid(0, maxListed))
            texts << QStringLiteral("\u201C%1\u201D").arg(k.text.left(80));
        parts << tr("Overrides or notes that found no statement (kept in the review): %1: %2")
                     .arg(QString::number(unmatched.size()), texts.join(QStringLiteral("; ")));
    }
    return parts.join(u' ');
}

bool ReviewController::save()
{
    if (m_path.isEmpty())
        return saveAs();
    QString error;
    if (saveTo(m_path, &error))
        return true;
    QMessageBox::warning(m_window, tr("Cannot save the review"), error);
    return false;
}

bool ReviewController::saveAs()
{
    QSettings settings;
    const QString suggested = m_path.isEmpty()
        ? QFileInfo(settings.value(QStringLiteral("dir/review")).toString(),
            QFileInfo(m_window->article().name).completeBaseName() + u'.' + ReviewFile::suffix)
              .filePath()
        : m_path;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Review"), suggested, tr("Plenary reviews (*.plenary-review)"));
    if (path.isEmpty())
        return false;
    if (!ReviewFile::isReviewPath(path))
        path += u'.' + ReviewFile::suffix;
    settings.setValue(QStringLiteral("dir/review"), QFileInfo(path).absolutePath());
    QString error;
    if (saveTo(path, &error))
        return true;
    QMessageBox::warning(m_window, tr("Cannot save the review"), error);
    return false;
}

bool ReviewController::saveTo(const QString& path, QString* error)
{
    if (!ReviewFile::save(path, currentReview(), error))
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    setModified(false);
    emit fileChanged();
    m_window->statusBar()->showMessage(tr("Review saved to %1").arg(path), 5000);
    return true;
}

bool ReviewController::exportReport(const QString& path, QString* error) const
{
    return ReportWriter::write(
        path, m_window->article(), m_window->currentRecord(), m_model->result(), error, m_model->overrides());
}

void ReviewController::exportReportDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Report"),
        settings.value(QStringLiteral("dir/report")).toString(), tr("HTML (*.html);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("dir/report"), QFileInfo(path).absolutePath());
    QString error;
    if (exportReport(path, &error))
        m_window->statusBar()->showMessage(tr("Report written to %1").arg(path), 5000);
    else
        QMessageBox::warning(m_window, tr("Cannot write the report"), error);
}

bool ReviewController::maybeSave()
{
    if (!m_modified)
        return true;
    const auto answer = QMessageBox::warning(m_window, tr("Unsaved review"),
        tr("Your overrides and notes on this article are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ReviewController::reset()
{
    m_model->clearOverrides();
    m_path.clear();
    setModified(false);
    emit fileChanged();
}

void ReviewController::setModified(bool modified)
{
    m_modified = modified;
    m_window->setWindowModified(modified);
}

void ReviewController::openDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Review"),
        settings.value(QStringLiteral("dir/review")).toString(), tr("Plenary reviews (*.plenary-review)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("dir/review"), QFileInfo(path).absolutePath());
    m_window->openFiles({ path });
}
