// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/models/countryfilterproxy.h"
#include "core/models/countryvotemodel.h"
#include "core/models/statementmodel.h"
#include "core/record/recordlibrary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

/// The item models behind the statement list and the country table.
class TestModels : public QObject
{
    Q_OBJECT

private:
    static Article exampleArticle()
    {
        return ArticleReader::fromText(
            RecordLibrary::exampleArticleText(), RecordLibrary::exampleArticleName());
    }

    static CheckResult exampleResult() { return Checker().check(exampleArticle(), RecordLibrary::example()); }

    static const VoteRecord& record(const char* symbol)
    {
        const VoteRecord* r = RecordLibrary::find(RecordLibrary::embedded(), QString::fromLatin1(symbol));
        Q_ASSERT(r);
        return *r;
    }

    static QStringList column(const QAbstractItemModel& m, int col)
    {
        QStringList out;
        for (int row = 0; row < m.rowCount(); ++row)
            out << m.index(row, col).data().toString();
        return out;
    }

private slots:
    void statementModelPassesTesterThroughResets()
    {
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &StatementModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        const CheckResult result = exampleResult();
        model.setResult(result);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), result.statements.size());
        QVERIFY(model.rowCount() >= 5);
        model.setResult(CheckResult {});
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 0);
        model.setResult(result);
        QCOMPARE(reset.count(), 3);
        QCOMPARE(model.rowCount(), result.statements.size());
    }

    void statementRolesMatchTheStatements()
    {
        const Article article = exampleArticle();
        const CheckResult result = Checker().check(article, RecordLibrary::example());
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(result);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            const Statement& s = result.statements.at(row);
            QCOMPARE(i.data(StatementModel::VerdictRole).toInt(), int(s.verdict));
            QCOMPARE(i.data(StatementModel::VerdictKeyRole).toString(), verdictKey(s.verdict));
            QCOMPARE(i.data(StatementModel::ExplanationRole).toString(), s.explanation);
            QVERIFY(!s.explanation.isEmpty());
            const int start = i.data(StatementModel::StartRole).toInt();
            const int end = i.data(StatementModel::EndRole).toInt();
            QCOMPARE(article.text.mid(start, end - start), i.data(Qt::DisplayRole).toString());
            QCOMPARE(i.data(StatementModel::SentenceRole).toInt(), s.sentence);
            QCOMPARE(article.sentences.at(s.sentence).start, start);
            QCOMPARE(model.rowAt(start), row);
            QCOMPARE(model.rowAt(end - 1), row);
            QVERIFY2(i.data(Qt::ToolTipRole).toString().startsWith(verdictLabel(s.verdict)),
                qPrintable(i.data(Qt::ToolTipRole).toString()));
        }
        QCOMPARE(model.rowAt(-1), -1);
        QCOMPARE(model.rowAt(int(article.text.size()) + 5), -1);
    }

    void russiaAndElevenOthersIsAboutNoVotes()
    {
        StatementModel model;
        model.setResult(exampleResult());
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r).data().toString().contains(
                    QStringLiteral("11 other countries have confirmed that they are currently opposing the "
                                   "return of Ukrainian children - noted")))
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex i = model.index(row);
        const auto votes = i.data(StatementModel::VotesRole).value<QList<int>>();
        QVERIFY(votes.contains(int(Vote::No)));
        QVERIFY(!votes.contains(int(Vote::Yes)));
        QCOMPARE(i.data(StatementModel::VerdictRole).toInt(), int(Verdict::Consistent));
        QVERIFY2(i.data(StatementModel::ExplanationRole).toString().contains(QStringLiteral("12 against")),
            qPrintable(i.data(StatementModel::ExplanationRole).toString()));
    }

    void revisedStatementPointsAtRelatedRow()
    {
        StatementModel model;
        model.setResult(exampleResult());
        int revised = -1;
        int ninetyOne = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString text = model.index(r).data().toString();
            if (text.contains(QStringLiteral("initially 91")))
                revised = r;
            if (text.startsWith(QStringLiteral("91 states voted for")))
                ninetyOne = r;
        }
        QVERIFY(revised >= 0 && ninetyOne >= 0);
        QCOMPARE(
            model.index(revised).data(StatementModel::VerdictKeyRole).toString(), QStringLiteral("revised"));
        QVERIFY(
            model.index(revised).data(StatementModel::RelatedRole).value<QList<int>>().contains(ninetyOne));
    }

    void reviewerOverridesAreEditableRoles()
    {
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const CheckResult result = exampleResult();
        model.setResult(result);
        int flagged = -1;
        for (const Statement& s : result.statements) {
            if (s.verdict != Verdict::Consistent) {
                flagged = s.index;
                break;
            }
        }
        QVERIFY(flagged >= 0);
        const Verdict engine = result.statements.at(flagged).verdict;
        const int before = model.effectiveCount(int(engine));
        QSignalSpy changed(&model, &StatementModel::dataChanged);
        QSignalSpy overrides(&model, &StatementModel::overridesChanged);
        const QModelIndex i = model.index(flagged, 0);

        QVERIFY(!model.hasOverrides());
        QVERIFY(model.setData(i, true, StatementModel::RejectedRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(overrides.count(), 1);
        QVERIFY(i.data(StatementModel::RejectedRole).toBool());
        QCOMPARE(i.data(StatementModel::EffectiveVerdictRole).toInt(), StatementModel::rejectedVerdict);
        QCOMPARE(i.data(StatementModel::VerdictRole).toInt(), int(engine)); // the engine's stays visible
        QCOMPARE(i.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Rejected by reviewer"));
        QVERIFY(i.data(Qt::ToolTipRole).toString().contains(verdictLabel(engine)));
        QVERIFY(i.data(StatementModel::OverrideTimeRole).toDateTime().isValid());
        QCOMPARE(model.effectiveCount(int(engine)), before - 1);
        QCOMPARE(model.effectiveCount(StatementModel::rejectedVerdict), 1);
        QVERIFY(model.setData(i, QStringLiteral("misread the co-sponsors"), StatementModel::NoteRole));
        QCOMPARE(i.data(StatementModel::NoteRole).toString(), QStringLiteral("misread the co-sponsors"));
        QVERIFY(!model.setData(i, 3, StatementModel::VerdictRole));
        QVERIFY(model.hasOverrides());

        // A re-check of the same article keeps the override on its statement, and the rows stay valid.
        model.setResult(result);
        QVERIFY(model.index(flagged, 0).data(StatementModel::RejectedRole).toBool());
        QCOMPARE(model.index(flagged, 0).data(StatementModel::NoteRole).toString(),
            QStringLiteral("misread the co-sponsors"));
        // Another article: the override finds no statement and is kept aside, not lost.
        model.setResult(CheckResult {});
        QCOMPARE(model.unmatchedOverrides().size(), 1);
        model.setResult(result);
        QVERIFY(model.index(flagged, 0).data(StatementModel::RejectedRole).toBool());
        QVERIFY(model.unmatchedOverrides().isEmpty());
        model.clearOverrides();
        QVERIFY(!model.hasOverrides());
        QCOMPARE(model.effectiveCount(StatementModel::rejectedVerdict), 0);
    }

    void countryModelPassesTesterThroughResets()
    {
        CountryVoteModel model;
        CountryFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &CountryVoteModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        model.setRecord(record("A/RES/ES-11/9"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 193);
        QCOMPARE(proxy.rowCount(), 193);
        QCOMPARE(model.columnCount(), int(CountryVoteModel::ColumnCount));
        proxy.setVoteFilter(int(Vote::No));
        proxy.sort(CountryVoteModel::NameColumn);
        model.setRecord(record("A/RES/ES-11/7"));
        QCOMPARE(reset.count(), 2);
        QCOMPARE(proxy.rowCount(), 18);
        model.setRecord(VoteRecord {});
        QCOMPARE(proxy.rowCount(), 0);
        model.setRecord(record("A/RES/ES-11/1"));
        QCOMPARE(proxy.rowCount(), 5);
    }

    void countryRoles()
    {
        CountryVoteModel model;
        model.setRecord(record("A/RES/ES-11/9"));
        int rus = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, CountryVoteModel::CodeColumn).data().toString() == u"RUS")
                rus = r;
        }
        QVERIFY(rus >= 0);
        QCOMPARE(model.index(rus, CountryVoteModel::NameColumn).data().toString(),
            QStringLiteral("Russian Federation"));
        QCOMPARE(model.index(rus, CountryVoteModel::VoteColumn).data().toString(), QStringLiteral("No"));
        QCOMPARE(model.index(rus, CountryVoteModel::GroupColumn).data().toString(),
            QStringLiteral("Eastern European"));
        QCOMPARE(model.index(rus, 0).data(CountryVoteModel::VoteRole).toInt(), int(Vote::No));
        QCOMPARE(model.index(rus, 0).data(CountryVoteModel::GroupRole).toInt(),
            int(RegionalGroup::EasternEuropean));
        QCOMPARE(model.index(rus, 0).data(CountryVoteModel::Iso3Role).toString(), QStringLiteral("RUS"));
        QCOMPARE(model.headerData(CountryVoteModel::VoteColumn, Qt::Horizontal).toString(),
            QStringLiteral("Vote"));
    }

    void proxyFilters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("vote");
        QTest::addColumn<QStringList>("codes"); // sorted

        QTest::newRow("korea finds both Koreas") << "korea" << -1 << QStringList { "KOR", "PRK" };
        QTest::newRow("PRK finds one") << "PRK" << -1 << QStringList { "PRK" };
        QTest::newRow("lower-case code") << "prk" << -1 << QStringList { "PRK" };
        QTest::newRow("surrounding spaces ignored") << "  korea " << -1 << QStringList { "KOR", "PRK" };
        QTest::newRow("korea voting no") << "korea" << int(Vote::No) << QStringList { "PRK" };
        QTest::newRow("no votes on ES-11/9") << "" << int(Vote::No)
                                             << QStringList { "BDI", "BFA", "BLR", "CUB", "ERI", "IRN", "MLI",
                                                    "NER", "NIC", "PRK", "RUS", "SDN" };
        QTest::newRow("nothing matches") << "atlantis" << -1 << QStringList {};
    }

    void proxyFilters()
    {
        QFETCH(QString, search);
        QFETCH(int, vote);
        QFETCH(QStringList, codes);
        CountryVoteModel model;
        model.setRecord(record("A/RES/ES-11/9"));
        CountryFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(search);
        proxy.setVoteFilter(vote);
        QStringList found = column(proxy, CountryVoteModel::CodeColumn);
        found.sort();
        QCOMPARE(found, codes);
        proxy.setSearchText(QString());
        proxy.setVoteFilter(-1);
        QCOMPARE(proxy.rowCount(), 193);
    }

    void proxySortsByVote()
    {
        CountryVoteModel model;
        model.setRecord(record("A/RES/ES-11/9"));
        CountryFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(CountryVoteModel::VoteColumn, Qt::AscendingOrder);
        QList<int> votes;
        for (int r = 0; r < proxy.rowCount(); ++r)
            votes << proxy.index(r, 0).data(CountryVoteModel::VoteRole).toInt();
        QCOMPARE(votes.count(int(Vote::Yes)), 91);
        QVERIFY(std::is_sorted(votes.cbegin(), votes.cend()));
        QCOMPARE(votes.first(), int(Vote::Yes));
        QCOMPARE(votes.at(91), int(Vote::No));
        QCOMPARE(votes.at(91 + 12), int(Vote::Abstain));
        QCOMPARE(votes.last(), int(Vote::NonVoting));
        proxy.sort(CountryVoteModel::VoteColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(CountryVoteModel::VoteRole).toInt(), int(Vote::NonVoting));
        // Sorting by name is by the displayed name, not by code.
        proxy.sort(CountryVoteModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(
            proxy.index(0, CountryVoteModel::NameColumn).data().toString(), QStringLiteral("Afghanistan"));
        QCOMPARE(
            proxy.index(192, CountryVoteModel::NameColumn).data().toString(), QStringLiteral("Zimbabwe"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
