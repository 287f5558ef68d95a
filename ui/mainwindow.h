// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"
#include "core/check/checker.h"
#include "core/record/votedatabase.h"
#include "core/record/voterecord.h"
#include "ui/charts/chartexporter.h"

#include <QMainWindow>

class ArticleView;
class CountryPanel;
class CountryVoteModel;
class DatabaseLoader;
class FileOpener;
class QComboBox;
class QLineEdit;
class ResolutionBrowser;
class QItemSelectionModel;
class RecordHeader;
class ReviewController;
class QTabWidget;
class StatementModel;
class StatementPanel;
class VoteChartView;

/// \brief Plenary's window: wires the record, the article, the statement panel and the charts together.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens records (.json), reviews (.plenary-review) and articles (anything else); shows a message box for
    /// each file that fails.
    void openFiles(const QStringList& paths);
    /// Opens one file without a message box; returns the error ("file:line: problem") or an empty string.
    QString loadFile(const QString& path);
    void selectRecord(const QString& symbol);
    /// Shows the records of \a database, read from \a origin, with the embedded ones after them; selects the
    /// resolution the article reports, or the first.
    void setDatabase(VoteDatabase database, const QString& origin);
    /// Shows and checks a new article; the review's overrides and file go.
    void setArticle(const Article& article);

    const VoteRecord& currentRecord() const;
    const Article& article() const { return m_article; }
    /// Where the current record came from: "embedded" or the name of the record file.
    QString recordOrigin() const
    {
        return m_current < m_originCount && !m_origin.isEmpty() ? m_origin : QStringLiteral("embedded");
    }
    /// Shows a saved review's record and article (the record is added when it is not loaded) and re-checks.
    void showReview(const VoteRecord& record, const QString& origin, const Article& article);
    ReviewController* review() const { return m_review; }
    bool quietProblems() const { return m_quietProblems; }
    StatementModel* statementModel() const { return m_statements; }
    QItemSelectionModel* statementSelection() const { return m_selection; }
    ArticleView* articleView() const { return m_articleView; }
    VoteChartView* chartView() const { return m_chart; }
    StatementPanel* statementPanel() const { return m_panel; }
    CountryPanel* countryPanel() const { return m_countryPanel; }
    ResolutionBrowser* resolutionBrowser() const { return m_browser; }
    QLineEdit* compareBox() const { return m_compareBox; }
    const VoteDatabase& database() const { return m_database; }
    DatabaseLoader* loader() const { return m_loader; }
    /// For tests: problems found while opening go to the status bar only, not to message boxes.
    void setQuietProblems(bool quiet) { m_quietProblems = quiet; }

signals:
    void firstPainted();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void exportChart();
    void copyChart();
    void printChart();
    ExportSettings currentExportSettings() const;
    /// Selects the next (1) or previous (-1) statement the panel shows, wrapping around.
    void stepStatement(int step);
    void showAbout();
    void recordChosen(qsizetype index);
    void fillRecordBox();
    void compareChosen();
    /// Selects the resolution the article reports when the records hold several; says why in the status bar.
    bool proposeResolution();
    void recheck();
    void statementSelected();
    void updateTitle();

    VoteDatabase m_database;
    qsizetype m_current = 0;
    VoteRecord m_record; // the current resolution, in full
    QString m_origin; // the file the first m_originCount resolutions came from
    qsizetype m_originCount = 0;
    Article m_article;
    Checker m_checker;

    StatementModel* m_statements;
    ReviewController* m_review;
    QItemSelectionModel* m_selection;
    CountryVoteModel* m_countries;
    VoteChartView* m_chart;
    ArticleView* m_articleView;
    StatementPanel* m_panel;
    CountryPanel* m_countryPanel;
    QTabWidget* m_tabs;
    bool m_quietProblems = false;
    QComboBox* m_recordBox;
    QLineEdit* m_compareBox;
    ResolutionBrowser* m_browser;
    DatabaseLoader* m_loader;
    RecordHeader* m_header;
    FileOpener* m_files;
    bool m_painted = false;
};
