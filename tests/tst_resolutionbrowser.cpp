// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/resolutionfilterproxy.h"
#include "core/models/resolutionlistmodel.h"
#include "testdatabase.h"
#include "ui/resolutionbrowser.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

/// The resolution browser driven as a user would: type, pick dates and a session, sort, pick a row.
class TestResolutionBrowser : public QObject
{
    Q_OBJECT

private:
    VoteDatabase m_db = testDatabase();

    static QString symbolAt(const ResolutionBrowser& b, int row)
    {
        return b.table()->model()->index(row, ResolutionListModel::SymbolColumn).data().toString();
    }

    static void showBrowser(ResolutionBrowser& b)
    {
        b.resize(900, 500);
        b.show();
        QVERIFY(QTest::qWaitForWindowExposed(&b));
    }

private slots:
    void typingInTheSearchBoxNarrowsTheList()
    {
        ResolutionBrowser b;
        QAbstractItemModelTester tester(b.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        b.setDatabase(&m_db);
        showBrowser(b);
        QCOMPARE(b.table()->model()->rowCount(), 8);
        QCOMPARE(b.countLabel()->text(), u"8 of 8 resolutions"_s);

        QTest::keyClicks(b.searchBox(), u"peace"_s);
        QCOMPARE(b.table()->model()->rowCount(), 3); // ES-11/6, ES-11/7 and ES-11/8
        QCOMPARE(b.countLabel()->text(), u"3 of 8 resolutions"_s);
        QTest::keyClicks(b.searchBox(), u" path"_s);
        QCOMPARE(b.table()->model()->rowCount(), 1);
        QCOMPARE(symbolAt(b, 0), u"A/RES/ES-11/8"_s);
        QTest::keyClicks(b.searchBox(), u"x"_s);
        QCOMPARE(b.table()->model()->rowCount(), 0);
        QCOMPARE(b.countLabel()->text(), u"0 of 8 resolutions"_s);
        b.searchBox()->clear();
        QCOMPARE(b.table()->model()->rowCount(), 8);
    }

    void dateRangeSessionAndSubjectFilter()
    {
        ResolutionBrowser b;
        b.setDatabase(&m_db);
        showBrowser(b);
        QVERIFY(!b.fromEdit()->isEnabled()); // open until the user ticks it
        QCOMPARE(b.fromEdit()->date(), QDate(2022, 3, 2)); // the earliest vote
        QCOMPARE(b.toEdit()->date(), QDate(2025, 12, 3)); // the latest

        b.fromEnabled()->setChecked(true);
        QVERIFY(b.fromEdit()->isEnabled());
        b.fromEdit()->setDate(QDate(2025, 1, 1));
        QCOMPARE(b.table()->model()->rowCount(), 5);
        b.toEnabled()->setChecked(true);
        b.toEdit()->setDate(QDate(2025, 6, 30));
        QCOMPARE(b.table()->model()->rowCount(), 2);
        QCOMPARE(b.countLabel()->text(), u"2 of 8 resolutions"_s);
        b.fromEnabled()->setChecked(false); // open again at the start
        QCOMPARE(b.table()->model()->rowCount(), 5);
        b.toEnabled()->setChecked(false);
        QCOMPARE(b.table()->model()->rowCount(), 8);

        const int es11 = b.sessionBox()->findText(u"ES-11"_s);
        QVERIFY(es11 > 0);
        QCOMPARE(b.sessionBox()->itemText(0), u"All sessions"_s);
        b.sessionBox()->setCurrentIndex(es11);
        QCOMPARE(b.table()->model()->rowCount(), 5);
        b.sessionBox()->setCurrentIndex(0);
        QTest::keyClicks(b.subjectBox(), u"human"_s);
        QCOMPARE(b.table()->model()->rowCount(), 1);
        QCOMPARE(symbolAt(b, 0), u"A/RES/80/102"_s);
    }

    void clickingTheYesHeaderSortsByTheCount()
    {
        ResolutionBrowser b;
        b.setDatabase(&m_db);
        showBrowser(b);
        QHeaderView* header = b.table()->horizontalHeader();
        const QPoint yes(
            header->sectionViewportPosition(ResolutionListModel::YesColumn) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, yes);
        QCOMPARE(header->sortIndicatorSection(), int(ResolutionListModel::YesColumn));
        QList<int> yesCounts;
        for (int row = 0; row < b.table()->model()->rowCount(); ++row)
            yesCounts << b.table()->model()->index(row, ResolutionListModel::YesColumn).data().toInt();
        QList<int> sorted = yesCounts;
        if (header->sortIndicatorOrder() == Qt::AscendingOrder)
            std::sort(sorted.begin(), sorted.end());
        else
            std::sort(sorted.begin(), sorted.end(), std::greater<int>());
        QCOMPARE(yesCounts, sorted);
        QCOMPARE(yesCounts.size(), 8);
        QVERIFY(yesCounts.first() != yesCounts.last());
    }

    void activatingARowPicksItsDatabaseIndex()
    {
        ResolutionBrowser b;
        b.setDatabase(&m_db);
        showBrowser(b);
        QSignalSpy picked(&b, &ResolutionBrowser::resolutionPicked);
        QVERIFY(!b.showButton()->isEnabled());

        QTest::keyClicks(b.searchBox(), u"ES-11/7"_s);
        QCOMPARE(b.table()->model()->rowCount(), 1);
        b.table()->setFocus();
        b.table()->setCurrentIndex(b.table()->model()->index(0, ResolutionListModel::TitleColumn));
        QVERIFY(b.showButton()->isEnabled());
        QTest::keyClick(b.table(), Qt::Key_Return);
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.takeFirst().at(0).value<qsizetype>(), m_db.indexOf(u"A/RES/ES-11/7"_s));

        b.searchBox()->clear();
        b.table()->sortByColumn(ResolutionListModel::SymbolColumn, Qt::AscendingOrder);
        const QModelIndex first = b.table()->model()->index(0, ResolutionListModel::SymbolColumn);
        QCOMPARE(first.data().toString(), u"A/RES/79/300"_s);
        const QRect rect = b.table()->visualRect(first);
        QTest::mouseClick(b.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(b.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.takeFirst().at(0).value<qsizetype>(), m_db.indexOf(u"A/RES/79/300"_s));

        QTest::mouseClick(b.showButton(), Qt::LeftButton);
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.takeFirst().at(0).value<qsizetype>(), m_db.indexOf(u"A/RES/79/300"_s));
    }

    void selectResolutionClearsFiltersThatHideIt()
    {
        ResolutionBrowser b;
        b.setDatabase(&m_db);
        QTest::keyClicks(b.searchBox(), u"children"_s);
        b.selectResolution(m_db.indexOf(u"A/RES/ES-11/1"_s));
        QVERIFY(b.searchBox()->text().isEmpty());
        QCOMPARE(
            b.table()->currentIndex().data(ResolutionListModel::SymbolRole).toString(), u"A/RES/ES-11/1"_s);
    }

    void controlsHaveAccessibleNames()
    {
        ResolutionBrowser b;
        for (QWidget* w : std::initializer_list<QWidget*> { b.searchBox(), b.fromEnabled(), b.fromEdit(),
                 b.toEnabled(), b.toEdit(), b.sessionBox(), b.subjectBox(), b.table(), b.showButton() })
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        b.setDatabase(nullptr);
        QCOMPARE(b.countLabel()->text(), u"0 of 0 resolutions"_s);
    }
};

QTEST_MAIN(TestResolutionBrowser)
#include "tst_resolutionbrowser.moc"
