// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/statementmodel.h"
#include "core/review/reviewfile.h"
#include "runplenary.h"
#include "testfiles.h"
#include "ui/mainwindow.h"
#include "ui/reviewcontroller.h"
#include "ui/statementpanel.h"

#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

/// A reviewer rejects a flag and writes a note in the window, saves the review and reopens it.
class TestReviewWindow : public QObject
{
    Q_OBJECT

private:
    /// The first statement the engine flagged (not consistent), selected in the window.
    static int selectFlagged(MainWindow& w)
    {
        const StatementModel* m = w.statementModel();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, 0).data(StatementModel::VerdictRole).toInt() != int(Verdict::Consistent)) {
                w.statementSelection()->setCurrentIndex(
                    m->index(row, 0), QItemSelectionModel::ClearAndSelect);
                return row;
            }
        }
        return -1;
    }

    static int rowOf(const StatementModel* m, const QString& text)
    {
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, 0).data().toString() == text)
                return row;
        }
        return -1;
    }

    /// Rejects a flag and writes a note in \a w, as a user does with the mouse and keyboard.
    static int rejectWithNote(MainWindow& w, const QString& note)
    {
        const int row = selectFlagged(w);
        StatementPanel* panel = w.statementPanel();
        QTest::mouseClick(panel->rejectButton(), Qt::LeftButton);
        panel->noteEdit()->setFocus();
        QTest::keyClicks(panel->noteEdit(), note);
        return row;
    }

    /// Answers the next message box with \a button.
    static void answerNextQuestion(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box)
                box->button(button)->click();
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void rejectedFlagAndNoteSurviveSaveAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.plenary-review"));
        const QString note = QStringLiteral("The engine read the draft's vote, not the resolution's.");
        QString text;
        Verdict engine {};
        {
            MainWindow w;
            w.setQuietProblems(true);
            QVERIFY(!w.isWindowModified());
            const int row = rejectWithNote(w, note);
            QVERIFY(row >= 0);
            const QModelIndex i = w.statementModel()->index(row, 0);
            text = i.data().toString();
            engine = static_cast<Verdict>(i.data(StatementModel::VerdictRole).toInt());
            QVERIFY(i.data(StatementModel::RejectedRole).toBool());
            QCOMPARE(i.data(StatementModel::NoteRole).toString(), note);
            QCOMPARE(w.statementPanel()->rejectButton()->text(), QStringLiteral("Restore flag"));
            QVERIFY(w.statementPanel()->detailsText().contains(QStringLiteral("Rejected by reviewer")));
            // The engine's verdict stays visible in the details.
            QVERIFY(w.statementPanel()->detailsText().contains(verdictLabel(engine)));
            QComboBox* filter = nullptr;
            for (QComboBox* box : w.statementPanel()->findChildren<QComboBox*>())
                filter = box->accessibleName() == u"Show statements" ? box : filter;
            QVERIFY(filter);
            QVERIFY(filter->itemText(filter->count() - 1).endsWith(QStringLiteral("(1)")));
            QVERIFY(w.isWindowModified());
            QVERIFY(w.windowTitle().contains(QStringLiteral("[*]")));

            QString error;
            QVERIFY2(w.review()->saveTo(path, &error), qPrintable(error));
            QVERIFY(!w.isWindowModified());
            QVERIFY(w.windowTitle().contains(QStringLiteral("example.plenary-review")));
        }

        MainWindow w;
        w.setQuietProblems(true);
        QCOMPARE(w.loadFile(path), QString());
        QCOMPARE(w.review()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!w.isWindowModified());
        const int row = rowOf(w.statementModel(), text);
        QVERIFY(row >= 0);
        const QModelIndex i = w.statementModel()->index(row, 0);
        QVERIFY(i.data(StatementModel::RejectedRole).toBool());
        QCOMPARE(i.data(StatementModel::NoteRole).toString(), note);
        QCOMPARE(i.data(StatementModel::VerdictRole).toInt(), int(engine));
        QCOMPARE(w.review()->lastOpenReport(), QString()); // the same engine reads the same verdicts
        w.statementSelection()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(w.statementPanel()->noteEdit()->toPlainText(), note);

        const QString html = dir.filePath(QStringLiteral("report.html"));
        QString error;
        QVERIFY2(w.review()->exportReport(html, &error), qPrintable(error));
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString body = QString::fromUtf8(report.readAll());
        QVERIFY(body.contains(note.toHtmlEscaped()));
        QVERIFY(body.contains(QStringLiteral("The reviewer rejected this flag")));
    }

    void ctrlRTogglesTheSelectedFlag()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const int row = selectFlagged(w);
        const QModelIndex i = w.statementModel()->index(row, 0);
        QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(i.data(StatementModel::RejectedRole).toBool());
        QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(!i.data(StatementModel::RejectedRole).toBool());
        // The override changed and changed back: still work to save (its time is kept).
        QVERIFY(w.isWindowModified());
    }

    void openingAnotherArticleAsksFirst()
    {
        QTemporaryDir dir;
        const QString article = writeTestFile(
            dir, QStringLiteral("other.txt"), "The General Assembly adopted the text by 120 votes to 5.\n");
        MainWindow w;
        w.setQuietProblems(true);
        const int row = rejectWithNote(w, QStringLiteral("n"));
        const QString before = w.article().text;

        answerNextQuestion(QMessageBox::Cancel);
        QCOMPARE(w.loadFile(article), QString());
        QCOMPARE(w.article().text, before);
        QVERIFY(w.statementModel()->index(row, 0).data(StatementModel::RejectedRole).toBool());
        QVERIFY(w.isWindowModified());

        answerNextQuestion(QMessageBox::Discard);
        QCOMPARE(w.loadFile(article), QString());
        QVERIFY(w.article().text.contains(QStringLiteral("120 votes")));
        QVERIFY(!w.statementModel()->hasOverrides());
        QVERIFY(!w.isWindowModified());
    }

    void badReviewFilesNameTheLineAndKeepTheWork()
    {
        QTemporaryDir dir;
        const QString bad = writeTestFile(dir, QStringLiteral("bad.plenary-review"),
            "{\n    \"format\": \"plenary-review\",\n    \"version\": 7\n}\n");
        MainWindow w;
        w.setQuietProblems(true);
        const int row = rejectWithNote(w, QStringLiteral("keep me"));
        const QString error = w.loadFile(bad);
        QVERIFY2(error.startsWith(bad + QStringLiteral(":3:")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("newer Plenary")));
        QCOMPARE(w.statementModel()->index(row, 0).data(StatementModel::NoteRole).toString(),
            QStringLiteral("keep me"));
        QVERIFY(w.isWindowModified());
    }

    void overridesWhoseStatementIsGoneAreReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changed.plenary-review"));
        {
            MainWindow w;
            w.setQuietProblems(true);
            rejectWithNote(w, QStringLiteral("about a sentence the engine no longer finds"));
            Review r = w.review()->currentReview();
            // As if an older engine had cut the sentence differently: its saved text is found nowhere now.
            for (qsizetype s = 0; s < r.overrides.size(); ++s) {
                if (!r.overrides.at(s).isEmpty())
                    r.result.statements[s].text = QStringLiteral("A sentence of another reading.");
            }
            QString error;
            QVERIFY2(ReviewFile::save(path, r, &error), qPrintable(error));
        }
        MainWindow w;
        w.setQuietProblems(true);
        QCOMPARE(w.loadFile(path), QString());
        QVERIFY2(w.review()->lastOpenReport().contains(QStringLiteral("A sentence of another reading.")),
            qPrintable(w.review()->lastOpenReport()));
        QCOMPARE(w.statementModel()->unmatchedOverrides().size(), 1);
        // Saved again, the unmatched override is still in the file.
        QString error;
        QVERIFY(w.review()->saveTo(path, &error));
        const ReviewReadResult again = ReviewFile::readFile(path);
        QVERIFY(again.ok());
        QCOMPARE(again.review->unmatched.size(), 1);
    }

    void commandLineChecksASavedReview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.plenary-review"));
        const QString note = QStringLiteral("Checked against the verbatim record.");
        {
            MainWindow w;
            w.setQuietProblems(true);
            rejectWithNote(w, note);
            QString error;
            QVERIFY2(w.review()->saveTo(path, &error), qPrintable(error));
        }
        const QString html = dir.filePath(QStringLiteral("out.html"));
        const QString jsonld = dir.filePath(QStringLiteral("out.jsonld"));
        const PlenaryRun run = runPlenary({ QStringLiteral("--check"), path, QStringLiteral("--report"), html,
            QStringLiteral("--claimreview"), jsonld });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("A/RES/ES-11/9"));
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(report.readAll()).contains(note));
        QFile claims(jsonld);
        QVERIFY(claims.open(QIODevice::ReadOnly));
        const QJsonArray reviews = QJsonDocument::fromJson(claims.readAll()).array();
        int rejected = 0;
        for (const QJsonValue& v : reviews) {
            const QJsonObject rating = v.toObject().value(u"reviewRating").toObject();
            if (rating.value(u"alternateName")
                    .toString()
                    .startsWith(QStringLiteral("Rejected by reviewer"))) {
                ++rejected;
                QCOMPARE(rating.value(u"ratingExplanation").toString(), note);
                QVERIFY(!rating.contains(u"ratingValue"));
                QVERIFY(v.toObject().value(u"reviewBody").toString().contains(note));
            }
        }
        QCOMPARE(rejected, 1);

        const QString bad
            = writeTestFile(dir, QStringLiteral("bad.plenary-review"), "{\n  \"format\": 3\n}\n");
        const PlenaryRun failed = runPlenary({ QStringLiteral("--check"), bad });
        QCOMPARE(failed.exitCode, 2);
        QVERIFY2(failed.err.contains(":2: not a Plenary review file"), failed.err.constData());
    }
};

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
