// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/numberfinder.h"

#include <QTest>

/// NumberFinder: which numbers in a sentence are counts, and which are dates, symbols or times.
class TestNumberFinder : public QObject
{
    Q_OBJECT

private:
    NumberFinder m_finder;

    static QList<qint64> values(const QList<NumberMention>& mentions)
    {
        QList<qint64> out;
        for (const NumberMention& m : mentions)
            out << m.value;
        return out;
    }

private slots:
    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::addColumn<QString>("written"); // the span of the first count, as it stands in the text

        QTest::newRow("digits before a noun")
            << "In all, 91 states voted for it." << QList<qint64> { 91 } << "91";
        QTest::newRow("thousands comma")
            << "Only 1,850 children have returned." << QList<qint64> { 1850 } << "1,850";
        QTest::newRow("hyphenated tens")
            << "Ninety-one states voted yes." << QList<qint64> { 91 } << "Ninety-one";
        QTest::newRow("hundreds with and") << "All one hundred and ninety-three members took part."
                                           << QList<qint64> { 193 } << "one hundred and ninety-three";
        QTest::newRow("a dozen") << "A dozen states abstained." << QList<qint64> { 12 } << "A dozen";
        QTest::newRow("twelve") << "Twelve countries opposed it." << QList<qint64> { 12 } << "Twelve";
        QTest::newRow("three counts")
            << "It passed 93 to 18, with 65 abstentions." << QList<qint64> { 93, 18, 65 } << "93";
        QTest::newRow("count at the very end") << "Abstentions numbered 57" << QList<qint64> { 57 } << "57";
    }

    void counts()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        QFETCH(QString, written);
        const QList<NumberMention> found = m_finder.find(text);
        QCOMPARE(values(found), expected);
        const NumberMention& first = found.first();
        QCOMPARE(text.mid(first.start, first.end - first.start), written);
    }

    void notCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected"); // the counts that remain

        QTest::newRow("ISO date") << "The vote took place on 2025-12-04." << QList<qint64> {};
        QTest::newRow("day month year")
            << "On 3 December 2025, 91 states voted for it." << QList<qint64> { 91 };
        QTest::newRow("month day") << "On December 3 the Assembly met." << QList<qint64> {};
        QTest::newRow("abbreviated month day") << "On Dec. 3 the Assembly met." << QList<qint64> {};
        QTest::newRow("time of day") << "The meeting opened at 10:30 in New York." << QList<qint64> {};
        QTest::newRow("resolution symbol") << "Resolution A/RES/ES-11/9 was adopted." << QList<qint64> {};
        QTest::newRow("session name")
            << "The 11th emergency special session (ES-11) resumed." << QList<qint64> {};
        QTest::newRow("draft symbol") << "Draft L.16 was revised." << QList<qint64> {};
        QTest::newRow("percentage") << "Some 47% of members voted yes." << QList<qint64> {};
        QTest::newRow("per cent in words") << "Some 47 per cent of members voted yes." << QList<qint64> {};
        QTest::newRow("decimal") << "Aid rose by 2.5 billion." << QList<qint64> {};
        QTest::newRow("ordinal word") << "It was the first vote of the session." << QList<qint64> {};
        QTest::newRow("year after in")
            << "Russia invaded in 2022 and 141 states condemned it." << QList<qint64> { 141 };
        QTest::newRow("one is a pronoun") << "One of the sponsors spoke." << QList<qint64> {};
    }

    void notCounts()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(values(m_finder.find(text)), expected);
    }

    void spansIndexTheText()
    {
        const QString text
            = QStringLiteral("\U0001F5F3 Of 193 members, ninety-three voted yes and a dozen abstained.");
        const QList<NumberMention> found = m_finder.find(text);
        QCOMPARE(values(found), (QList<qint64> { 193, 93, 12 }));
        QCOMPARE(text.mid(found.at(0).start, found.at(0).end - found.at(0).start), QStringLiteral("193"));
        QCOMPARE(
            text.mid(found.at(1).start, found.at(1).end - found.at(1).start), QStringLiteral("ninety-three"));
        QCOMPARE(found.at(1).words, true);
        QCOMPARE(found.at(0).words, false);
        QCOMPARE(text.mid(found.at(2).start, found.at(2).end - found.at(2).start), QStringLiteral("a dozen"));
    }

    void hugeDigitRunIsNoNumber()
    {
        const QString text
            = QStringLiteral("Votes: ") + QString(200000, u'9') + QStringLiteral(" in favour.");
        QCOMPARE(values(m_finder.find(text)), QList<qint64> {});
        const QString digits(200000, u'7');
        QCOMPARE(values(m_finder.find(digits)), QList<qint64> {});
    }

    void longTextOfNumberWords()
    {
        QString text;
        for (int i = 0; i < 60; ++i)
            text += QStringLiteral("ninety-one and twelve, ");
        const QList<NumberMention> found = m_finder.find(text);
        QCOMPARE(found.size(), 2 * 60);
        QCOMPARE(found.first().value, 91);
        QCOMPARE(found.at(1).value, 12);
    }
};

QTEST_GUILESS_MAIN(TestNumberFinder)
#include "tst_numberfinder.moc"
