// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/hemicycle.h"

#include <QTest>
#include <cmath>

class TestHemicycle : public QObject
{
    Q_OBJECT

private slots:
    void givesEverySeatWithoutOverlap_data();
    void givesEverySeatWithoutOverlap();
    void seatsRunFromLeftToRight();
    void rowsHoldMoreSeatsFurtherOut();
    void noSeatsForNone();
};

void TestHemicycle::givesEverySeatWithoutOverlap_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<qreal>("innerRadius");
    QTest::newRow("one seat") << 1 << 0.4;
    QTest::newRow("five seats") << 5 << 0.4;
    QTest::newRow("193 member states") << 193 << 0.4;
    QTest::newRow("250 seats") << 250 << 0.4;
    QTest::newRow("193 on a thin arc") << 193 << 0.7;
    QTest::newRow("193 on a full half disc") << 193 << 0.0;
}

void TestHemicycle::givesEverySeatWithoutOverlap()
{
    QFETCH(int, count);
    QFETCH(qreal, innerRadius);
    const Hemicycle hemicycle(count, innerRadius);
    const QList<QPointF>& seats = hemicycle.seats();
    const qreal r = hemicycle.seatRadius();
    QCOMPARE(seats.size(), count);
    QVERIFY(r > 0);
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const QPointF& s = seats[i];
        // Inside the upper half disc of radius 1, the whole seat above the base line.
        QVERIFY2(s.y() - r >= -1e-9, qPrintable(QStringLiteral("seat %1 dips below the base line").arg(i)));
        QVERIFY2(std::hypot(s.x(), s.y()) + r <= 1 + 1e-9,
            qPrintable(QStringLiteral("seat %1 leaves the hemicycle").arg(i)));
        for (qsizetype j = i + 1; j < seats.size(); ++j) {
            const qreal d = std::hypot(s.x() - seats[j].x(), s.y() - seats[j].y());
            QVERIFY2(d >= 2 * r - 1e-9, qPrintable(QStringLiteral("seats %1 and %2 overlap").arg(i).arg(j)));
        }
    }
}

void TestHemicycle::seatsRunFromLeftToRight()
{
    const Hemicycle hemicycle(193);
    const QList<QPointF>& seats = hemicycle.seats();
    for (qsizetype i = 1; i < seats.size(); ++i)
        QVERIFY2(Hemicycle::angleOf(seats[i]) <= Hemicycle::angleOf(seats[i - 1]) + 1e-9,
            qPrintable(QStringLiteral("seat %1 is left of seat %2").arg(i).arg(i - 1)));
    // The first seat is at the far left, the last at the far right.
    QVERIFY(seats.first().x() < -0.5);
    QVERIFY(seats.last().x() > 0.5);
}

void TestHemicycle::rowsHoldMoreSeatsFurtherOut()
{
    const Hemicycle hemicycle(193);
    QVERIFY(hemicycle.rowCount() > 1);
    QMap<int, int> perRow; // distance from the centre, in hundredths, to seats
    for (const QPointF& s : hemicycle.seats())
        ++perRow[qRound(std::hypot(s.x(), s.y()) * 100)];
    QCOMPARE(perRow.size(), hemicycle.rowCount());
    const QList<int> counts = perRow.values();
    for (qsizetype i = 1; i < counts.size(); ++i)
        QVERIFY2(counts[i] > counts[i - 1], qPrintable(QStringLiteral("row %1 is not larger").arg(i)));
}

void TestHemicycle::noSeatsForNone()
{
    const Hemicycle hemicycle(0);
    QCOMPARE(hemicycle.seats().size(), 0);
    QCOMPARE(hemicycle.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestHemicycle)
#include "tst_hemicycle.moc"
