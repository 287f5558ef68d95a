// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/votechangemodel.h"
#include "core/record/recordlibrary.h"
#include "core/record/votecomparison.h"

#include <QAbstractItemModelTester>
#include <QTest>

Q_DECLARE_METATYPE(Vote)

namespace {

const VoteRecord& record(const QString& symbol)
{
    const VoteRecord* r = RecordLibrary::find(RecordLibrary::embedded(), symbol);
    Q_ASSERT(r);
    return *r;
}

VoteComparison es11OneToNine()
{
    return VoteComparison(record(QStringLiteral("A/RES/ES-11/1")), record(QStringLiteral("A/RES/ES-11/9")));
}

} // namespace

class TestVoteComparison : public QObject
{
    Q_OBJECT

private slots:
    void matrixCoversTheCommonStates();
    void knownFlows_data();
    void knownFlows();
    void knownMovers_data();
    void knownMovers();
    void statesInOneRecordOnly();
    void modelListsOnlyTheMovers();
    void modelPassesTheTester();
};

void TestVoteComparison::matrixCoversTheCommonStates()
{
    const VoteComparison c = es11OneToNine();
    QCOMPARE(c.commonCount(), 193);
    int sum = 0;
    for (Vote from : allVotes)
        for (Vote to : allVotes)
            sum += c.count(from, to);
    QCOMPARE(sum, c.commonCount());
    // The row sums are the first vote's totals, the column sums the second's.
    QCOMPARE(c.fromTotal(Vote::Yes), 141);
    QCOMPARE(c.toTotal(Vote::Yes), 91);
    QCOMPARE(c.toTotal(Vote::NonVoting), 33);
}

void TestVoteComparison::knownFlows_data()
{
    QTest::addColumn<Vote>("from");
    QTest::addColumn<Vote>("to");
    QTest::addColumn<int>("count");
    QTest::newRow("stayed yes") << Vote::Yes << Vote::Yes << 90;
    QTest::newRow("yes to abstain") << Vote::Yes << Vote::Abstain << 30;
    QTest::newRow("yes to non-voting") << Vote::Yes << Vote::NonVoting << 20;
    QTest::newRow("abstain to no") << Vote::Abstain << Vote::No << 6;
    QTest::newRow("no to yes: none") << Vote::No << Vote::Yes << 0;
}

void TestVoteComparison::knownFlows()
{
    QFETCH(Vote, from);
    QFETCH(Vote, to);
    QFETCH(int, count);
    QCOMPARE(es11OneToNine().count(from, to), count);
}

void TestVoteComparison::knownMovers_data()
{
    QTest::addColumn<QString>("iso3");
    QTest::addColumn<Vote>("first");
    QTest::addColumn<Vote>("second");
    QTest::newRow("Brazil abstained") << QStringLiteral("BRA") << Vote::Yes << Vote::Abstain;
    QTest::newRow("Afghanistan stopped voting") << QStringLiteral("AFG") << Vote::Yes << Vote::NonVoting;
    QTest::newRow("Cuba from abstain to no") << QStringLiteral("CUB") << Vote::Abstain << Vote::No;
}

void TestVoteComparison::knownMovers()
{
    QFETCH(QString, iso3);
    QFETCH(Vote, first);
    QFETCH(Vote, second);
    const VoteComparison c = es11OneToNine();
    QCOMPARE(c.changes().size(), 67);
    const auto it = std::find_if(c.changes().cbegin(), c.changes().cend(),
        [&](const VoteComparison::Change& change) { return change.iso3 == iso3; });
    QVERIFY2(it != c.changes().cend(), qPrintable(iso3));
    QCOMPARE(it->first, first);
    QCOMPARE(it->second, second);
    // A state that voted yes both times is not a mover.
    QVERIFY(std::none_of(c.changes().cbegin(), c.changes().cend(),
        [](const VoteComparison::Change& change) { return change.iso3 == u"UKR"; }));
}

void TestVoteComparison::statesInOneRecordOnly()
{
    VoteRecord first = record(QStringLiteral("A/RES/ES-11/1"));
    VoteRecord second = record(QStringLiteral("A/RES/ES-11/9"));
    first.votes.removeIf([](const StateVote& v) { return v.iso3 == u"BRA"; });
    second.votes.removeIf([](const StateVote& v) { return v.iso3 == u"FRA"; });
    const VoteComparison c(first, second);
    QCOMPARE(c.commonCount(), 191);
    QCOMPARE(c.onlyInFirst().size(), 1);
    QCOMPARE(c.onlyInFirst().first().iso3, QStringLiteral("FRA"));
    QCOMPARE(c.onlyInSecond().size(), 1);
    QCOMPARE(c.onlyInSecond().first().iso3, QStringLiteral("BRA"));
    QCOMPARE(c.changes().size(), 66);
}

void TestVoteComparison::modelListsOnlyTheMovers()
{
    VoteChangeModel model;
    model.setComparison(es11OneToNine());
    QCOMPARE(model.rowCount(), 67);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(VoteChangeModel::FirstColumn, Qt::Horizontal).toString(),
        QStringLiteral("A/RES/ES-11/1"));
    QCOMPARE(model.headerData(VoteChangeModel::SecondColumn, Qt::Horizontal).toString(),
        QStringLiteral("A/RES/ES-11/9"));
    bool sawBrazil = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex name = model.index(row, VoteChangeModel::NameColumn);
        QVERIFY(name.data(VoteChangeModel::FirstVoteRole) != name.data(VoteChangeModel::SecondVoteRole));
        if (name.data(VoteChangeModel::Iso3Role).toString() == u"BRA") {
            sawBrazil = true;
            QCOMPARE(name.data().toString(), QStringLiteral("Brazil"));
            QCOMPARE(
                model.index(row, VoteChangeModel::GroupColumn).data().toString(), QStringLiteral("GRULAC"));
            QCOMPARE(model.index(row, VoteChangeModel::FirstColumn).data().toString(), QStringLiteral("Yes"));
            QCOMPARE(
                model.index(row, VoteChangeModel::SecondColumn).data().toString(), QStringLiteral("Abstain"));
            QCOMPARE(model.index(row, VoteChangeModel::SecondColumn).data(VoteChangeModel::SortRole).toInt(),
                int(Vote::Abstain));
        }
    }
    QVERIFY(sawBrazil);
}

void TestVoteComparison::modelPassesTheTester()
{
    VoteChangeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(es11OneToNine());
    model.setComparison(VoteComparison());
    model.setComparison(es11OneToNine());
}

QTEST_GUILESS_MAIN(TestVoteComparison)
#include "tst_votecomparison.moc"
