// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/resolutionfilterproxy.h"
#include "core/models/resolutionlistmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

/// The resolution list and its filter: what the resolution browser shows, searches and sorts.
class TestResolutionListModel : public QObject
{
    Q_OBJECT

private:
    VoteDatabase m_db = testDatabase();

    static QStringList symbols(const QAbstractItemModel& m)
    {
        QStringList out;
        for (int row = 0; row < m.rowCount(); ++row)
            out << m.index(row, ResolutionListModel::SymbolColumn).data().toString();
        return out;
    }

    static QList<int> column(const QAbstractItemModel& m, int col)
    {
        QList<int> out;
        for (int row = 0; row < m.rowCount(); ++row)
            out << m.index(row, col).data().toInt();
        return out;
    }

private slots:
    void modelShowsEveryResolutionWithItsTallies()
    {
        ResolutionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &ResolutionListModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        model.setDatabase(&m_db);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), 8);
        const int row = int(m_db.indexOf(u"A/RES/ES-11/9"_s));
        auto cell = [&](int col, int role = Qt::DisplayRole) { return model.index(row, col).data(role); };
        QCOMPARE(cell(ResolutionListModel::SymbolColumn).toString(), u"A/RES/ES-11/9"_s);
        QCOMPARE(cell(ResolutionListModel::DateColumn).toString(), u"2025-12-03"_s);
        QCOMPARE(cell(ResolutionListModel::TitleColumn).toString(), u"Return of Ukrainian children"_s);
        QCOMPARE(cell(ResolutionListModel::SessionColumn).toString(), u"ES-11"_s);
        QCOMPARE(cell(ResolutionListModel::YesColumn).toInt(), 91);
        QCOMPARE(cell(ResolutionListModel::NoColumn).toInt(), 12);
        QCOMPARE(cell(ResolutionListModel::AbstainColumn).toInt(), 57);
        QCOMPARE(cell(ResolutionListModel::NonVotingColumn).toInt(), 193 - 91 - 12 - 57);
        QCOMPARE(
            cell(ResolutionListModel::YesColumn, ResolutionListModel::SortRole).typeId(), QMetaType::Int);
        QCOMPARE(cell(ResolutionListModel::DateColumn, ResolutionListModel::SortRole).toDate(),
            QDate(2025, 12, 3));
        QCOMPARE(cell(ResolutionListModel::TitleColumn, ResolutionListModel::DateRole).toDate(),
            QDate(2025, 12, 3));
        QCOMPARE(cell(ResolutionListModel::TitleColumn, ResolutionListModel::IndexRole).toLongLong(),
            qlonglong(row));
        QCOMPARE(model.headerData(ResolutionListModel::NonVotingColumn, Qt::Horizontal).toString(),
            u"Non-voting"_s);

        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 2);
    }

    void filterShowsWhatTheUserAskedFor_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("session");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("expected"); // sorted by symbol

        const QStringList all { u"A/RES/79/300"_s, u"A/RES/80/101"_s, u"A/RES/80/102"_s, u"A/RES/ES-11/1"_s,
            u"A/RES/ES-11/6"_s, u"A/RES/ES-11/7"_s, u"A/RES/ES-11/8"_s, u"A/RES/ES-11/9"_s };
        QTest::newRow("no filter") << QString() << QDate() << QDate() << QString() << QString() << all;
        QTest::newRow("one title word, any case") << u"UKRAINIAN"_s << QDate() << QDate() << QString()
                                                  << QString() << QStringList { u"A/RES/ES-11/9"_s };
        QTest::newRow("all words must match")
            << u"peace ukraine"_s << QDate() << QDate() << QString() << QString()
            << QStringList { u"A/RES/ES-11/6"_s, u"A/RES/ES-11/7"_s };
        QTest::newRow("a word that matches nothing hides everything")
            << u"peace zebra"_s << QDate() << QDate() << QString() << QString() << QStringList();
        QTest::newRow("part of a symbol")
            << u"es-11/"_s << QDate() << QDate() << QString() << QString() << all.mid(3);
        QTest::newRow("word found in a subject") << u"journalists"_s << QDate() << QDate() << QString()
                                                 << QString() << QStringList { u"A/RES/80/102"_s };
        QTest::newRow("from a date, inclusive")
            << QString() << QDate(2025, 2, 24) << QDate() << QString() << QString()
            << QStringList { u"A/RES/80/101"_s, u"A/RES/80/102"_s, u"A/RES/ES-11/7"_s, u"A/RES/ES-11/8"_s,
                   u"A/RES/ES-11/9"_s };
        QTest::newRow("up to a date, inclusive")
            << QString() << QDate() << QDate(2023, 2, 23) << QString() << QString()
            << QStringList { u"A/RES/ES-11/1"_s, u"A/RES/ES-11/6"_s };
        QTest::newRow("closed range")
            << QString() << QDate(2024, 1, 1) << QDate(2025, 6, 30) << QString() << QString()
            << QStringList { u"A/RES/79/300"_s, u"A/RES/ES-11/7"_s, u"A/RES/ES-11/8"_s };
        QTest::newRow("session exact, not a prefix")
            << QString() << QDate() << QDate() << u"8"_s << QString() << QStringList();
        QTest::newRow("session 80") << QString() << QDate() << QDate() << u"80"_s << QString()
                                    << QStringList { u"A/RES/80/101"_s, u"A/RES/80/102"_s };
        QTest::newRow("session es-11 in lower case")
            << QString() << QDate() << QDate() << u"es-11"_s << QString() << all.mid(3);
        QTest::newRow("subject substring") << QString() << QDate() << QDate() << QString() << u"property"_s
                                           << QStringList { u"A/RES/79/300"_s };
        QTest::newRow("everything at once") << u"council"_s << QDate(2025, 12, 1) << QDate(2025, 12, 31)
                                            << u"80"_s << u"europe"_s << QStringList { u"A/RES/80/101"_s };
    }

    void filterShowsWhatTheUserAskedFor()
    {
        QFETCH(QString, words);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, session);
        QFETCH(QString, subject);
        QFETCH(QStringList, expected);
        ResolutionListModel model;
        model.setDatabase(&m_db);
        ResolutionFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(ResolutionListModel::SymbolColumn);
        proxy.setSearchText(words);
        proxy.setDateRange(from, to);
        proxy.setSession(session);
        proxy.setSubject(subject);
        QCOMPARE(symbols(proxy), expected);
    }

    void sortingFollowsTheMeaningOfEachColumn()
    {
        ResolutionListModel model;
        model.setDatabase(&m_db);
        ResolutionFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);

        proxy.sort(ResolutionListModel::YesColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, ResolutionListModel::YesColumn),
            (QList<int> { 150, 141, 141, 120, 93, 93, 91, 91 }));
        proxy.sort(ResolutionListModel::NoColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, ResolutionListModel::NoColumn), (QList<int> { 0, 2, 5, 7, 8, 12, 18, 20 }));
        proxy.sort(ResolutionListModel::AbstainColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, ResolutionListModel::AbstainColumn).first(), 10); // not "10" < "30" by chance
        QCOMPARE(column(proxy, ResolutionListModel::AbstainColumn).last(), 73);

        proxy.sort(ResolutionListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ResolutionListModel::SymbolColumn).data().toString(), u"A/RES/ES-11/1"_s);
        QCOMPARE(proxy.index(1, ResolutionListModel::SymbolColumn).data().toString(), u"A/RES/ES-11/6"_s);
        QCOMPARE(proxy.index(2, ResolutionListModel::DateColumn).data().toString(), u"2024-12-04"_s);

        // Symbols sort with their numbers in numeric order: ES-11/9 before ES-11/10.
        VoteDatabase db = testDatabase();
        addTestResolution(db, u"A/RES/ES-11/10"_s, u"Later"_s, QDate(2026, 1, 1), 1, 1, 1);
        model.setDatabase(&db);
        proxy.setSearchText(u"es-11"_s);
        proxy.sort(ResolutionListModel::SymbolColumn, Qt::AscendingOrder);
        QCOMPARE(symbols(proxy).last(), u"A/RES/ES-11/10"_s);
        model.setDatabase(nullptr);
    }

    void fiveThousandResolutionsStayFast()
    {
        VoteDatabase db;
        for (int i = 0; i < 5000; ++i) {
            addTestResolution(db, u"A/RES/%1/%2"_s.arg(40 + i / 200).arg(i % 200 + 1),
                u"Resolution about topic %1 and item %2"_s.arg(i % 37).arg(i),
                QDate(1985, 1, 1).addDays(i * 3), i % 190, (i * 7) % 50, (i * 13) % 60,
                { u"SUBJECT %1"_s.arg(i % 11) });
        }
        QElapsedTimer timer;
        timer.start();
        ResolutionListModel model;
        model.setDatabase(&db);
        ResolutionFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ResolutionListModel::YesColumn, Qt::DescendingOrder);
        proxy.sort(ResolutionListModel::SymbolColumn, Qt::AscendingOrder);
        proxy.sort(ResolutionListModel::DateColumn, Qt::DescendingOrder);
        proxy.setSearchText(u"topic 3"_s); // topics 3 and 30..36
        proxy.setSearchText(u"topic 3 item"_s);
        proxy.setDateRange(QDate(1990, 1, 1), QDate());
        proxy.setSubject(u"subject 1"_s); // subjects 1 and 10
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 3000, qPrintable(u"%1 ms"_s.arg(elapsed)));
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(proxy.rowCount() < 5000 / 37 * 8);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QString text = proxy.index(row, 0).data(ResolutionListModel::SearchTextRole).toString();
            QVERIFY(text.contains(u"topic"_s) && text.contains(u"3"_s) && text.contains(u"item"_s));
            QVERIFY(text.contains(u"subject 1"_s));
            QVERIFY(proxy.index(row, 0).data(ResolutionListModel::DateRole).toDate() >= QDate(1990, 1, 1));
        }
    }
};

QTEST_GUILESS_MAIN(TestResolutionListModel)
#include "tst_resolutionlistmodel.moc"
