// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/votefilereader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

Q_DECLARE_METATYPE(VoteTotals)
Q_DECLARE_METATYPE(Vote)

namespace {

QString importData(const QString& name)
{
    return QStringLiteral(PLENARY_TEST_DATA "/import/") + name;
}

VoteTotals totals(int yes, int no, int abstain, int nonVoting)
{
    return { yes, no, abstain, nonVoting };
}

} // namespace

class TestVoteFileReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEachLayout_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("resolutions");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<VoteTotals>("counted");
        QTest::addColumn<QString>("state");
        QTest::addColumn<Vote>("vote");
        QTest::newRow("long layout, rows of one resolution apart, quoted title")
            << importData(QStringLiteral("long-current.csv")) << 2 << QStringLiteral("A/RES/ES-11/9")
            << totals(1, 1, 1, 1) << QStringLiteral("CIV") << Vote::NonVoting;
        QTest::newRow("older long layout: plural columns, NV, totals as 3.0")
            << importData(QStringLiteral("long-old.csv")) << 1 << QStringLiteral("A/RES/1/1")
            << totals(3, 1, 0, 1) << QStringLiteral("CHN") << Vote::NonVoting;
        QTest::newRow("byte order mark and CRLF")
            << importData(QStringLiteral("bom-crlf.csv")) << 1 << QStringLiteral("A/RES/ES-11/7")
            << totals(2, 0, 1, 0) << QStringLiteral("IND") << Vote::Abstain;
        QTest::newRow("wide layout, General Assembly row: empty cell is non-voting")
            << importData(QStringLiteral("wide-excerpt.csv")) << 2 << QStringLiteral("A/RES/80/24")
            << totals(2, 1, 1, 1) << QStringLiteral("CHN") << Vote::NonVoting;
        QTest::newRow("wide layout, Security Council row")
            << importData(QStringLiteral("wide-excerpt.csv")) << 2 << QStringLiteral("S/RES/2768(2025)")
            << totals(3, 0, 2, 0) << QStringLiteral("RUS") << Vote::Abstain;
        QTest::newRow("Plenary JSON")
            << QStringLiteral(PLENARY_TEST_DATA "/records/good-three-states.json") << 1
            << QStringLiteral("A/RES/TEST/1") << totals(1, 1, 1, 0) << QStringLiteral("DEU") << Vote::No;
    }

    void readsEachLayout()
    {
        QFETCH(QString, path);
        QFETCH(int, resolutions);
        QFETCH(QString, symbol);
        QFETCH(VoteTotals, counted);
        QFETCH(QString, state);
        QFETCH(Vote, vote);
        const ImportResult result = VoteFileReader::readFile(path);
        QVERIFY2(result.ok(), qPrintable(ReadError::joined(result.errors)));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(ReadError::joined(result.warnings)));
        QCOMPARE(result.database.size(), resolutions);
        const qsizetype index = result.database.indexOf(symbol);
        QVERIFY(index >= 0);
        const VoteRecord record = result.database.record(index);
        QCOMPARE(record.totals(), counted);
        const StateVote* v = record.voteOf(state);
        QVERIFY(v);
        QCOMPARE(v->vote, vote);
        QVERIFY(record.date.isValid());
        if (record.publishedTotals) {
            QCOMPARE(record.publishedTotals->yes, counted.yes);
            QCOMPARE(record.publishedTotals->abstain, counted.abstain);
        }
    }

    void keepsTheQuotedTitleWhole()
    {
        const ImportResult result = VoteFileReader::readFile(importData(QStringLiteral("long-current.csv")));
        const VoteDatabase::Resolution& r = result.database.resolution(0);
        QCOMPARE(
            r.title, QStringLiteral("Return of Ukrainian children, \"deported\" and\nforcibly transferred"));
        QCOMPARE(r.membership, 4);
        QCOMPARE(r.undlRecord, QStringLiteral("4094643"));
        QCOMPARE(
            r.subjects, QStringList({ QStringLiteral("TERRITORIAL INTEGRITY"), QStringLiteral("CHILDREN") }));
        // The second resolution starts on line 8 after three two-line rows.
        QCOMPARE(result.database.resolution(1).symbol, QStringLiteral("A/RES/ES-11/8"));
        QCOMPARE(result.database.record(1).votes.size(), 4);
    }

    void layoutComesFromTheHeaderNotTheName()
    {
        QFile file(importData(QStringLiteral("wide-excerpt.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportResult result = VoteFileReader::read(file, QStringLiteral("votes.json"));
        QVERIFY2(result.ok(), qPrintable(ReadError::joined(result.errors)));
        QCOMPARE(result.database.size(), 2);
    }

    void latin1FileIsReadWithAWarning()
    {
        const ImportResult result = VoteFileReader::readFile(importData(QStringLiteral("latin1.csv")));
        QVERIFY(result.ok());
        QCOMPARE(result.database.size(), 1);
        QCOMPARE(result.database.resolution(0).title, QStringLiteral("Situation en C\u00F4te d'Ivoire"));
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.first().line, 2);
        QVERIFY(result.warnings.first().message.contains(u"Latin-1"));
    }

    void reportsProblemsWithTheirLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("resolutionsKept");
        QTest::addColumn<int>("votesInLast");
        QTest::newRow("missing column") << QStringLiteral("missing-column.csv") << true << 1
                                        << QStringLiteral("lacks the column ms_vote") << 0 << 0;
        QTest::newRow("unknown header")
            << QStringLiteral("unknown-header.csv") << true << 1 << QStringLiteral("YES COUNT") << 0 << 0;
        QTest::newRow("unknown vote code") << QStringLiteral("unknown-code.csv") << false << 4
                                           << QStringLiteral("unknown vote code \"Q\" for USA") << 1 << 2;
        QTest::newRow("duplicated row")
            << QStringLiteral("duplicate-row.csv") << false << 5
            << QStringLiteral("second row for FRA (the first is on line 2)") << 1 << 3;
        QTest::newRow("totals disagree")
            << QStringLiteral("totals-disagree.csv") << false << 2
            << QStringLiteral("A/RES/79/190: the file's totals are 3-0-0-0 "
                              "(yes-no-abstain-non-voting) but its rows count 2-1-0-0")
            << 1 << 3;
        QTest::newRow("malformed date") << QStringLiteral("bad-date.csv") << false << 2
                                        << QStringLiteral("date \"17 Dec 2024\" is not a date") << 1 << 1;
        QTest::newRow("truncated last record")
            << QStringLiteral("truncated.csv") << true << 6 << QStringLiteral("never closed") << 2 << 1;
    }

    void reportsProblemsWithTheirLine()
    {
        QFETCH(QString, file);
        QFETCH(bool, isError);
        QFETCH(int, line);
        QFETCH(QString, says);
        QFETCH(int, resolutionsKept);
        QFETCH(int, votesInLast);
        const ImportResult result = VoteFileReader::readFile(importData(file));
        const QList<ReadError>& list = isError ? result.errors : result.warnings;
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().line, line);
        QVERIFY2(list.first().message.contains(says), qPrintable(list.first().message));
        QVERIFY(list.first().toString().startsWith(importData(file) + QStringLiteral(":%1: ").arg(line)));
        QCOMPARE(result.database.size(), resolutionsKept);
        if (resolutionsKept > 0)
            QCOMPARE(result.database.record(resolutionsKept - 1).votes.size(), votesInLast);
    }

    void disagreeingTotalsUseTheRows()
    {
        const ImportResult result
            = VoteFileReader::readFile(importData(QStringLiteral("totals-disagree.csv")));
        const VoteRecord record = result.database.record(0);
        QCOMPARE(record.totals(), totals(2, 1, 0, 0));
        QCOMPARE(record.publishedTotals->yes, 3);
    }

    void manyProblemsAreCapped()
    {
        QByteArray bytes("undl_id,ms_code,ms_vote,date,resolution\n");
        for (int i = 0; i < 500; ++i)
            bytes += "1,S" + QByteArray::number(i) + ",maybe,2025-01-01,A/RES/1/1\n";
        bytes += "1,FRA,Y,2025-01-01,A/RES/1/1\n";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const ImportResult result = VoteFileReader::read(buffer, QStringLiteral("many.csv"));
        QCOMPARE(result.warnings.size(), VoteFileReader::maxMessages + 1);
        QCOMPARE(result.warnings.first().line, 2);
        QCOMPARE(result.warnings.last().message, QStringLiteral("… and 300 more problems"));
        QCOMPARE(result.database.size(), 1);
    }

    void progressRisesAndCancelStops()
    {
        QByteArray bytes("undl_id,ms_code,ms_vote,date,resolution,title\n");
        for (int r = 0; r < 400; ++r) {
            for (int s = 0; s < 193; ++s) {
                bytes += QByteArray::number(r) + ",S" + QByteArray::number(s) + ",Y,2025-01-01,A/RES/80/"
                    + QByteArray::number(r) + ",\"A title, long enough to make the file a few megabytes\"\n";
            }
        }
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QList<qint64> seen;
        const ImportResult all
            = VoteFileReader::read(buffer, QStringLiteral("p.csv"), [&](qint64 done, qint64 total) {
                  seen << done;
                  return total == bytes.size();
              });
        QVERIFY(all.ok());
        QCOMPARE(all.database.size(), 400);
        QVERIFY2(seen.size() >= 10, qPrintable(QString::number(seen.size())));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.first(), 0);
        QCOMPARE(seen.last(), bytes.size());

        buffer.seek(0);
        int calls = 0;
        const ImportResult cancelled = VoteFileReader::read(
            buffer, QStringLiteral("p.csv"), [&](qint64, qint64) { return ++calls < 3; });
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.database.isEmpty());
        QCOMPARE(calls, 3);
    }

    void readsTheRealWideFile()
    {
        const QString path = QStringLiteral(PLENARY_UN_VOTES "/undl_2025_votes_wide.csv");
        if (!QFile::exists(path))
            QSKIP("../shared/un-votes/undl_2025_votes_wide.csv is not here");
        const ImportResult result = VoteFileReader::readFile(path);
        QVERIFY2(result.ok(), qPrintable(ReadError::joined(result.errors)));
        // One Security Council row counts a non-voting member whose cell is empty, as cells of states off
        // the Council are: the reader cannot tell them apart and says so.
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.first().message.startsWith(QStringLiteral("S/RES/2797(2025):")),
            qPrintable(ReadError::joined(result.warnings)));
        QCOMPARE(result.database.size(), 236);
        // A/RES/80/24, Nuclear disarmament, 1 Dec 2025: YES COUNT 114, NO COUNT 44, ABSTAIN COUNT 19.
        const qsizetype index = result.database.indexOf(QStringLiteral("A/RES/80/24"));
        QVERIFY(index >= 0);
        const VoteRecord record = result.database.record(index);
        QCOMPARE(record.date, QDate(2025, 12, 1));
        QCOMPARE(record.totals().yes, 114);
        QCOMPARE(record.totals().no, 44);
        QCOMPARE(record.totals().abstain, 19);
        QCOMPARE(record.publishedTotals->nonVoting, 16);
        QCOMPARE(record.totals().nonVoting, 16); // AFG and VEN have no column: non-voting members
        QCOMPARE(record.votes.size(), 193);
        QCOMPARE(record.voteOf(u"AFG")->vote, Vote::NonVoting);
        QCOMPARE(record.voteOf(u"USA")->vote, Vote::No);
        QVERIFY(record.warnings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVoteFileReader)
#include "tst_votefilereader.moc"
