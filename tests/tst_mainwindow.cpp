// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/votefilereader.h"
#include "core/models/countryvotemodel.h"
#include "core/models/statementmodel.h"
#include "core/record/memberstates.h"
#include "core/record/recordfile.h"
#include "core/record/recordlibrary.h"
#include "testfiles.h"
#include "ui/articleview.h"
#include "ui/charts/votechartview.h"
#include "ui/countrypanel.h"
#include "ui/databaseloader.h"
#include "ui/mainwindow.h"
#include "ui/recordheader.h"
#include "ui/resolutionbrowser.h"
#include "ui/statementpanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAbstractSpinBox>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

/// The window on the embedded example, driven as a user would: select, click, search, open bad files.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static int rowContaining(const StatementModel* model, const QString& text)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString().contains(text))
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void opensOnTheExampleWithEveryStatementFlagged()
    {
        MainWindow w;
        QCOMPARE(w.currentRecord().symbol, QStringLiteral("A/RES/ES-11/9"));
        const CheckResult& r = w.statementModel()->result();
        QCOMPARE(r.statements.size(), 7);
        QCOMPARE(r.count(Verdict::Revised), 1);
        QCOMPARE(r.count(Verdict::Unverifiable), 2);
        QCOMPARE(r.count(Verdict::Consistent), 4);
        QVERIFY(!r.contradicts());
        QVERIFY(w.windowTitle().contains(QStringLiteral("A/RES/ES-11/9")));
        // The chart speaks to assistive technology with the text of the exported image's description.
        QVERIFY(w.chartView()->accessibleDescription().contains(QStringLiteral("91 in favour")));
    }

    void selectingAStatementHighlightsTheArticleAndEmphasisesTheChart()
    {
        MainWindow w;
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w) || true);
        const int row = rowContaining(w.statementModel(),
            QStringLiteral("Russia, and 11 other countries have confirmed that they are currently opposing "
                           "the return of Ukrainian children - noted"));
        QVERIFY(row >= 0);
        QCOMPARE(w.articleView()->emphasisedSpan(), std::make_pair(-1, -1));
        QVERIFY(w.chartView()->emphasis().isEmpty());

        w.statementPanel()->listView()->setCurrentIndex(w.statementModel()->index(row, 0));
        const Statement& s = w.statementModel()->result().statements.at(row);
        QCOMPARE(w.articleView()->emphasisedSpan(), std::make_pair(s.start, s.end));
        const QString highlighted = w.articleView()->toPlainText().mid(s.start, s.end - s.start);
        QVERIFY(
            highlighted.startsWith(QStringLiteral("The aggressor state, Russia, and 11 other countries")));
        QCOMPARE(w.chartView()->emphasis(), QList<Vote> { Vote::No });
        QVERIFY(w.statementPanel()->detailsText().contains(
            QStringLiteral("12 = Russian Federation + 11 others")));

        // The revised statement is about yes, no, abstain and the membership.
        const int revised = rowContaining(w.statementModel(), QStringLiteral("Out of 193 UN members"));
        w.statementSelection()->setCurrentIndex(
            w.statementModel()->index(revised, 0), QItemSelectionModel::ClearAndSelect);
        QVERIFY(w.chartView()->emphasis().contains(Vote::Yes));
        QVERIFY(w.statementPanel()->detailsText().contains(QStringLiteral("never changed afterwards")));

        w.statementSelection()->clearSelection();
        QVERIFY(w.chartView()->emphasis().isEmpty());
        QCOMPARE(w.articleView()->emphasisedSpan(), std::make_pair(-1, -1));
    }

    void clickingAHighlightSelectsItsStatement()
    {
        MainWindow w;
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(1400, 900);
        w.show();
        QTest::qWait(50);
        const int row
            = rowContaining(w.statementModel(), QStringLiteral("91 states voted for the resolution."));
        const Statement& s = w.statementModel()->result().statements.at(row);
        QTextCursor c(w.articleView()->document());
        c.setPosition(s.start + 3);
        const QPoint p = w.articleView()->cursorRect(c).center();
        QTest::mouseClick(w.articleView()->viewport(), Qt::LeftButton, {}, p);
        QCOMPARE(w.statementSelection()->currentIndex().row(), row);
        QVERIFY(w.statementSelection()->isSelected(w.statementModel()->index(row, 0)));
        QCOMPARE(w.chartView()->emphasis(), QList<Vote> { Vote::Yes });
    }

    void verdictFilterHidesOtherStatements()
    {
        MainWindow w;
        w.statementPanel()->setVerdictFilter(int(Verdict::Unverifiable));
        int visible = 0;
        for (int row = 0; row < w.statementModel()->rowCount(); ++row)
            visible += w.statementPanel()->listView()->isRowHidden(row) ? 0 : 1;
        QCOMPARE(visible, 2);
        w.statementPanel()->setVerdictFilter(-1);
        QVERIFY(!w.statementPanel()->listView()->isRowHidden(0));
    }

    void countrySearchFiltersTheTable()
    {
        MainWindow w;
        QTableView* table = w.countryPanel()->table();
        QCOMPARE(table->model()->rowCount(), 193);
        QTest::keyClicks(w.countryPanel()->searchBox(), QStringLiteral("korea"));
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void switchingRecordRechecksTheArticle()
    {
        MainWindow w;
        w.selectRecord(QStringLiteral("A/RES/ES-11/1"));
        QCOMPARE(w.currentRecord().symbol, QStringLiteral("A/RES/ES-11/1"));
        QVERIFY(w.statementModel()->result().contradicts());
        QCOMPARE(w.countryPanel()->table()->model()->rowCount(), 193);
    }

    void pickingInTheBrowserUpdatesChartTableAndChecks()
    {
        MainWindow w;
        emit w.resolutionBrowser()->resolutionPicked(w.database().indexOf(QStringLiteral("A/RES/ES-11/7")));
        QCOMPARE(w.currentRecord().symbol, QStringLiteral("A/RES/ES-11/7"));
        QCOMPARE(w.currentRecord().totals().no, 18);
        // The country table now shows ES-11/7's votes: 18 states against.
        auto* proxy = w.countryPanel()->table()->model();
        int against = 0;
        for (int row = 0; row < proxy->rowCount(); ++row)
            against
                += proxy->index(row, CountryVoteModel::VoteColumn).data(CountryVoteModel::VoteRole).toInt()
                == int(Vote::No);
        QCOMPARE(against, 18);
        QVERIFY(w.statementModel()->result().contradicts()); // the ES-11/9 article does not fit ES-11/7
        QVERIFY(w.windowTitle().contains(QStringLiteral("A/RES/ES-11/7")));
    }

    void comparingTwoVotesShowsTheCompareChart()
    {
        MainWindow w;
        QTest::keyClicks(w.compareBox(), QStringLiteral("A/RES/ES-11/1"));
        QTest::keyClick(w.compareBox(), Qt::Key_Return);
        QVERIFY(w.chartView()->compareRecord().has_value());
        QCOMPARE(w.chartView()->compareRecord()->symbol, QStringLiteral("A/RES/ES-11/1"));
        QCOMPARE(w.chartView()->kind(), ChartKind::Compare);
        w.compareBox()->clear();
        QVERIFY(!w.chartView()->compareRecord().has_value());
        QCOMPARE(w.chartView()->kind(), ChartKind::Donut);
    }

    /// A long-layout UN Digital Library CSV of \a resolutions × 193 states, larger than 4 MiB for 40.
    static QByteArray undlCsv(int resolutions)
    {
        QByteArray csv
            = "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,"
              "title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,"
              "total_non_voting,total_ms,undl_link\n";
        const QByteArray filler(600, 'x');
        for (int r = 0; r < resolutions; ++r) {
            for (const MemberState& m : MemberStates::all()) {
                const char vote = m.iso3 == u"RUS" ? 'N' : 'Y';
                csv += QByteArray::number(900000 + r) + ',' + m.iso3.toUtf8() + ",\"" + m.name.toUtf8()
                    + "\"," + vote + ",2024-01-" + QByteArray::number(10 + r % 20) + ",78,A/RES/78/"
                    + QByteArray::number(r + 1) + ",,,,\"Test resolution " + QByteArray::number(r + 1)
                    + ", with a comma\",\"" + filler + "\",SUBJECT,,192,1,0,0,193,\n";
            }
        }
        return csv;
    }

    void largeFilesLoadInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, QStringLiteral("undl.csv"), undlCsv(40));
        QVERIFY(QFileInfo(path).size() > 4 * 1024 * 1024);
        MainWindow w;
        w.setQuietProblems(true);
        QSignalSpy progress(w.loader(), &DatabaseLoader::progressChanged);
        QSignalSpy finished(w.loader(), &DatabaseLoader::finished);
        w.openFiles({ path });
        QCOMPARE(w.loader()->path(), path); // handed to the background reader, not read here
        QCOMPARE(w.currentRecord().symbol, QStringLiteral("A/RES/ES-11/9")); // unchanged until loaded
        QVERIFY(finished.wait(60000));
        QVERIFY(progress.count() >= 1);
        QCOMPARE(w.database().size(), 40 + 4); // the file's and the embedded ones
        // The example article still reports ES-11/9, so that stays proposed and selected.
        QCOMPARE(w.currentRecord().symbol, QStringLiteral("A/RES/ES-11/9"));
        w.selectRecord(QStringLiteral("A/RES/78/1"));
        QCOMPARE(w.currentRecord().totals().yes, 192);
        QCOMPARE(w.currentRecord().title, QStringLiteral("Test resolution 1, with a comma"));
    }

    void cancellingALoadKeepsWhatWasThere()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, QStringLiteral("undl.csv"), undlCsv(40));
        MainWindow w;
        w.setQuietProblems(true);
        QSignalSpy finished(w.loader(), &DatabaseLoader::finished);
        w.openFiles({ path });
        w.loader()->cancel();
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        const auto result = finished.first().at(1).value<std::shared_ptr<ImportResult>>();
        QVERIFY(result->cancelled);
        QCOMPARE(w.database().size(), 4);
        QCOMPARE(w.currentRecord().symbol, QStringLiteral("A/RES/ES-11/9"));
    }

    void openingAnArticleProposesItsResolution()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, QStringLiteral("a.txt"),
            "UN General Assembly, 24 February 2025.\nResolution A/RES/ES-11/7 was adopted with 93 votes in "
            "favour, "
            "18 against and 65 abstentions.\n");
        MainWindow w;
        QCOMPARE(w.loadFile(path), QString());
        QCOMPARE(w.currentRecord().symbol, QStringLiteral("A/RES/ES-11/7"));
        QCOMPARE(w.statementModel()->result().count(Verdict::Consistent), 1);
        QVERIFY(!w.statementModel()->result().contradicts());
    }

    void keyboardStepsThroughStatements()
    {
        MainWindow w;
        auto* next = w.findChild<QAction*>(QStringLiteral("nextStatement"));
        auto* previous = w.findChild<QAction*>(QStringLiteral("previousStatement"));
        QVERIFY(next && previous);
        QVERIFY(next->shortcuts().contains(QKeySequence(Qt::Key_F8)));
        next->trigger();
        QCOMPARE(w.statementSelection()->currentIndex().row(), 0);
        next->trigger();
        QCOMPARE(w.statementSelection()->currentIndex().row(), 1);
        previous->trigger();
        previous->trigger();
        QCOMPARE(w.statementSelection()->currentIndex().row(), 6); // wraps to the last
        // Hidden by the verdict filter: skipped.
        w.statementPanel()->setVerdictFilter(int(Verdict::Unverifiable));
        next->trigger();
        const auto verdict = w.statementSelection()->currentIndex().data(StatementModel::VerdictRole).toInt();
        QCOMPARE(verdict, int(Verdict::Unverifiable));
    }

    void copyChartPutsAnImageAndSvgOnTheClipboard()
    {
        MainWindow w;
        QGuiApplication::clipboard()->clear();
        w.findChild<QAction*>(QStringLiteral("copyChart"))->trigger();
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        QVERIFY(!qvariant_cast<QImage>(mime->imageData()).isNull());
        QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
        QVERIFY(mime->text().contains(QStringLiteral("91 in favour")));
    }

    void articleLanguageIsShownAndCanBeForced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("uk.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"Генасамблея ООН ухвалила резолюцію. За проголосували 91 країна, проти — 12, утрималися 57."_qs.toUtf8());
        f.close();
        MainWindow w;
        w.openFiles({ path });
        QComboBox* box = w.statementPanel()->languageBox();
        QCOMPARE(box->currentIndex(), 0);
        QCOMPARE(box->currentText(), QStringLiteral("Detected: Ukrainian"));
        const int english = box->findData(QStringLiteral("en"));
        QVERIFY(english > 0);
        box->setCurrentIndex(english);
        emit box->activated(english);
        QCOMPARE(box->currentData().toString(), QStringLiteral("en")); // kept after the re-check
        QCOMPARE(box->itemText(0), QStringLiteral("Detected: Ukrainian"));
        box->setCurrentIndex(0);
        emit box->activated(0);
        QCOMPARE(box->currentIndex(), 0);
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow w;
        QStringList unnamed;
        for (QWidget* child : w.findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(child) || qobject_cast<QLineEdit*>(child)
                || qobject_cast<QComboBox*>(child) || qobject_cast<QAbstractItemView*>(child)
                || qobject_cast<QAbstractSpinBox*>(child) || qobject_cast<QTextEdit*>(child);
            if (!control || child->parent() == nullptr)
                continue;
            // Buttons name themselves by their text; widgets Qt builds inside others (scroll bars,
            // line edits of combo boxes and spin boxes, header buttons) are named by their owners.
            if (auto* button = qobject_cast<QAbstractButton*>(child); button && !button->text().isEmpty())
                continue;
            QWidget* owner = child->parentWidget();
            const QByteArray ownerClass = owner->metaObject()->className();
            if (qobject_cast<QComboBox*>(owner) || qobject_cast<QAbstractSpinBox*>(owner)
                || qobject_cast<QLineEdit*>(owner) || qobject_cast<QAbstractItemView*>(owner)
                || ownerClass == "QComboBoxPrivateContainer"
                || child->objectName().startsWith(QStringLiteral("qt_")) || !child->isEnabled())
                continue;
            if (child->accessibleName().isEmpty())
                unnamed << QStringLiteral("%1 %2 in %3")
                               .arg(QString::fromLatin1(child->metaObject()->className()),
                                   child->objectName(),
                                   QString::fromLatin1(child->parentWidget()->metaObject()->className()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void everyControlHasAnAccessibleDescription()
    {
        // What a screen reader announces after the name: Qt gives accessibleDescription, else the tooltip.
        MainWindow w;
        w.show();
        QStringList missing;
        for (QWidget* child : w.findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(child) || qobject_cast<QLineEdit*>(child)
                || qobject_cast<QComboBox*>(child) || qobject_cast<QAbstractItemView*>(child)
                || qobject_cast<QAbstractSpinBox*>(child) || qobject_cast<QTextEdit*>(child);
            if (!control || child->parent() == nullptr)
                continue;
            QWidget* owner = child->parentWidget();
            const QByteArray ownerClass = owner->metaObject()->className();
            if (qobject_cast<QComboBox*>(owner) || qobject_cast<QAbstractSpinBox*>(owner)
                || qobject_cast<QLineEdit*>(owner) || qobject_cast<QAbstractItemView*>(owner)
                || ownerClass == "QComboBoxPrivateContainer" || ownerClass == "QToolBarExtension"
                || qobject_cast<QTabBar*>(owner)
                || child->objectName().startsWith(QStringLiteral("qt_")))
                continue;
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(child);
            if (!a || a->text(QAccessible::Description).trimmed().isEmpty())
                missing << QStringLiteral("%1 \"%2\" in %3")
                               .arg(QString::fromLatin1(child->metaObject()->className()),
                                   a ? a->text(QAccessible::Name) : QString(),
                                   QString::fromLatin1(owner->metaObject()->className()));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void disagreeingPublishedTotalsShowAWarning()
    {
        QTemporaryDir dir;
        VoteRecord r = RecordLibrary::example();
        r.publishedTotals->yes = 92;
        QString error;
        const QString path = dir.filePath(QStringLiteral("r.json"));
        QVERIFY2(RecordFile::save(path, { r }, &error), qPrintable(error));
        MainWindow w;
        QCOMPARE(w.loadFile(path), QString());
        const QString warning = w.findChild<RecordHeader*>()->warningText();
        QVERIFY2(warning.contains(QStringLiteral("92 yes")) && warning.contains(QStringLiteral("91 yes")),
            qPrintable(warning));
        QCOMPARE(w.currentRecord().totals().yes, 91); // the per-state count, not the published one
    }

    void badFilesGiveAnErrorNamingFileAndLineAndKeepTheWork()
    {
        QTemporaryDir dir;
        const QString bad = writeTestFile(dir, QStringLiteral("bad.json"),
            "{\n  \"format\": \"plenary-record\",\n  \"version\": 1,\n  \"records\": [\n");
        QVERIFY(!bad.isEmpty());
        MainWindow w;
        const QString error = w.loadFile(bad);
        QVERIFY2(error.startsWith(bad + QStringLiteral(":5:")), qPrintable(error));
        QCOMPARE(w.currentRecord().symbol, QStringLiteral("A/RES/ES-11/9"));
        QCOMPARE(w.statementModel()->rowCount(), 7);

        const QString binary
            = writeTestFile(dir, QStringLiteral("article.txt"), "First line\nsecond\n\xff\xfe bad bytes\n");
        QVERIFY(!binary.isEmpty());
        const QString articleError = w.loadFile(binary);
        QVERIFY2(articleError.startsWith(binary + QStringLiteral(":3:")), qPrintable(articleError));
        QCOMPARE(w.statementModel()->rowCount(), 7);
    }

    void recentFilesAreKept()
    {
        QTemporaryDir dir;
        const QString path
            = writeTestFile(dir, QStringLiteral("a.txt"), "Ninety-three states voted in favour.\n");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        QCOMPARE(w.loadFile(path), QString());
        QCOMPARE(w.statementModel()->rowCount(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0),
            QFileInfo(path).absoluteFilePath());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
