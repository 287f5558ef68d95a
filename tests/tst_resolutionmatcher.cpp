// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"
#include "core/check/resolutionmatcher.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

/// Finding the resolution an article reports, among real and look-alike votes.
class TestResolutionMatcher : public QObject
{
    Q_OBJECT

private:
    VoteDatabase m_db = testDatabase();

    static Article article(const QString& text)
    {
        return ArticleReader::fromText(text, QStringLiteral("test"));
    }

    QString symbolOf(const ResolutionProposal& p) const { return m_db.resolution(p.index).symbol; }

    static bool anyReasonContains(const ResolutionProposal& p, const QString& text)
    {
        return std::any_of(
            p.reasons.cbegin(), p.reasons.cend(), [&](const QString& r) { return r.contains(text); });
    }

private slots:
    void exampleArticleProposesReturnOfUkrainianChildren()
    {
        const QList<ResolutionProposal> proposals
            = ResolutionMatcher::propose(article(RecordLibrary::exampleArticleText()), m_db);
        QVERIFY(!proposals.isEmpty());
        const ResolutionProposal& best = proposals.first();
        QCOMPARE(symbolOf(best), QStringLiteral("A/RES/ES-11/9"));
        QVERIFY(best.score >= ResolutionMatcher::confidentScore);
        QVERIFY2(best.reasons.contains(QStringLiteral(
                     "voted on 3 December 2025, one day before the article's date 4 December 2025")),
            qPrintable(best.reasons.join(u'|')));
        QVERIFY2(
            anyReasonContains(best,
                QStringLiteral("the article's 91 in favour, 12 against and 57 abstaining match the record")),
            qPrintable(best.reasons.join(u'|')));
        QVERIFY2(anyReasonContains(best, QStringLiteral("title words shared: Return, Ukrainian, children")),
            qPrintable(best.reasons.join(u'|')));
        // The look-alike voted the same day with the same 91 in favour comes later, and scores less.
        QVERIFY(proposals.size() >= 2);
        QVERIFY(best.score > proposals.at(1).score);
        QVERIFY(best.score - proposals.at(1).score >= 4);
    }

    void namedSymbolWinsOutright_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("reason");
        QTest::newRow("full symbol, with the tallies and date of another resolution")
            << u"23 February 2023. Recalling resolution A/RES/ES-11/1, the Assembly voted 141 in favour "
               "and 7 against on peace in Ukraine."_s
            << u"A/RES/ES-11/1"_s << u"the article names A/RES/ES-11/1"_s;
        QTest::newRow("short form 'resolution ES-11/9'")
            << u"On 24 February 2025 resolution ES-11/9 was cited; 93 voted in favour and 18 against."_s
            << u"A/RES/ES-11/9"_s << u"the article names A/RES/ES-11/9"_s;
        QTest::newRow("symbol in lower case with spaces")
            << u"The text of a / res / es-11 / 7 is long."_s << u"A/RES/ES-11/7"_s
            << u"the article names A/RES/ES-11/7"_s;
        QTest::newRow("draft with its revision")
            << u"Draft A/ES-11/L.16/Rev.1 was adopted on 24 February 2025 by 93 votes in favour."_s
            << u"A/RES/ES-11/9"_s << u"the article names A/ES-11/L.16/Rev.1, the draft of A/RES/ES-11/9"_s;
        QTest::newRow("draft named without its revision")
            << u"The draft A/ES-11/L.16 was tabled by Ukraine."_s << u"A/RES/ES-11/9"_s
            << u"the article names A/ES-11/L.16, the draft of A/RES/ES-11/9"_s;
    }

    void namedSymbolWinsOutright()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, reason);
        const QList<ResolutionProposal> proposals = ResolutionMatcher::propose(article(text), m_db);
        QVERIFY(!proposals.isEmpty());
        QCOMPARE(symbolOf(proposals.first()), expected);
        QVERIFY(proposals.first().score >= ResolutionMatcher::namedScore);
        QVERIFY2(
            proposals.first().reasons.contains(reason), qPrintable(proposals.first().reasons.join(u'|')));
        if (proposals.size() > 1)
            QVERIFY(proposals.at(1).score < ResolutionMatcher::namedScore);
    }

    void talliesSeparateTwoVotesOfTheSameDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("date given by the caller")
            << u"The Assembly adopted the text with 93 in favour, 18 against, 65 abstentions."_s
            << QDate(2025, 2, 25);
        QTest::newRow("date written in the text")
            << u"25 February 2025 - The Assembly adopted the text with 93 in favour, 18 against, 65 abstentions."_s
            << QDate();
        QTest::newRow("American date in the text")
            << u"February 25, 2025: 93 in favour, 18 against, 65 abstentions."_s << QDate();
    }

    void talliesSeparateTwoVotesOfTheSameDay()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const QList<ResolutionProposal> proposals = ResolutionMatcher::propose(article(text), m_db, date);
        QVERIFY(proposals.size() >= 2);
        QCOMPARE(symbolOf(proposals.at(0)), QStringLiteral("A/RES/ES-11/7"));
        QCOMPARE(symbolOf(proposals.at(1)), QStringLiteral("A/RES/ES-11/8"));
        QVERIFY(proposals.at(0).score >= ResolutionMatcher::confidentScore);
        QVERIFY2(proposals.at(0).reasons.contains(
                     u"the article's 93 in favour, 18 against and 65 abstaining match the record"_s),
            qPrintable(proposals.at(0).reasons.join(u'|')));
        QVERIFY(proposals.at(0).reasons.contains(
            u"voted on 24 February 2025, one day before the article's date 25 February 2025"_s));
        QVERIFY(proposals.at(1).reasons.contains(u"the article's 93 in favour matches the record"_s));
    }

    void dateAloneBreaksTiesByCloseness()
    {
        // No tallies or title words: the vote of the article's day comes before the one of the day before.
        const QList<ResolutionProposal> proposals
            = ResolutionMatcher::propose(article(u"Nothing else to go on."_s), m_db, QDate(2025, 2, 25));
        QCOMPARE(proposals.size(), 2);
        QCOMPARE(proposals.at(0).score, proposals.at(1).score);
        QVERIFY(proposals.at(0).score < ResolutionMatcher::confidentScore);
        const QList<ResolutionProposal> sameDay
            = ResolutionMatcher::propose(article(u"Nothing else to go on."_s), m_db, QDate(2025, 12, 3), 10);
        QCOMPARE(sameDay.size(), 3); // ES-11/9 and the two fakes of that day
        for (const ResolutionProposal& p : sameDay)
            QCOMPARE(m_db.resolution(p.index).date, QDate(2025, 12, 3));
    }

    void noClueGivesNoConfidentProposal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words only") << u"The General Assembly discussed peace in Ukraine at length."_s;
        QTest::newRow("unrelated words") << u"Weather was mild across the region, with light rain."_s;
        QTest::newRow("empty") << QString();
    }

    void noClueGivesNoConfidentProposal()
    {
        QFETCH(QString, text);
        const QList<ResolutionProposal> proposals = ResolutionMatcher::propose(article(text), m_db);
        if (!proposals.isEmpty())
            QVERIFY2(proposals.first().score < ResolutionMatcher::confidentScore,
                qPrintable(proposals.first().reasons.join(u'|')));
    }

    void datesAreReadInThreeForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("ISO") << u"date 2025-12-04 The aggressor"_s << QDate(2025, 12, 4);
        QTest::newRow("day month year") << u"Kyiv, 4 December 2025 -"_s << QDate(2025, 12, 4);
        QTest::newRow("month day, year") << u"December 4, 2025 at 10:00"_s << QDate(2025, 12, 4);
        QTest::newRow("abbreviated month, ordinal") << u"on Mar. 2nd, 2022"_s << QDate(2022, 3, 2);
        QTest::newRow("impossible date skipped") << u"2025-02-30 then 2 March 2022"_s << QDate(2022, 3, 2);
        QTest::newRow("no date") << u"Resolution ES-11/1 of 141 votes."_s << QDate();
    }

    void datesAreReadInThreeForms()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(ResolutionMatcher::firstDate(text), expected);
    }

    void findsTheVoteAmongFiveThousand()
    {
        VoteDatabase db = testDatabase();
        for (int i = 0; i < 5000; ++i) {
            // Many votes around the example's date, some with its 91 in favour or its title words.
            addTestResolution(db, u"A/RES/%1/%2"_s.arg(60 + i / 250).arg(i % 250 + 1),
                u"%1 of the %2 in region %3"_s.arg(i % 3 ? u"Situation"_s : u"Return"_s,
                    i % 5 ? u"refugees"_s : u"children"_s, QString::number(i % 41)),
                QDate(2025, 12, 4).addDays(-(i % 400)), i % 7 ? 80 + i % 40 : 91, i % 30, i % 60);
        }
        QElapsedTimer timer;
        timer.start();
        const QList<ResolutionProposal> proposals
            = ResolutionMatcher::propose(article(RecordLibrary::exampleArticleText()), db);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(proposals.size(), 5);
        QCOMPARE(db.resolution(proposals.first().index).symbol, u"A/RES/ES-11/9"_s);
        QVERIFY(proposals.first().score >= ResolutionMatcher::confidentScore);
    }

    void hostileInputDoesNotCrashOrHang()
    {
        QCOMPARE(ResolutionMatcher::propose(Article {}, m_db).size(), 0);
        QCOMPARE(ResolutionMatcher::propose(article(u"93 in favour"_s), VoteDatabase {}).size(), 0);
        QCOMPARE(ResolutionMatcher::propose(article(u"93 in favour"_s), m_db, {}, 0).size(), 0);

        QString dates;
        for (int i = 0; i < 100000; ++i)
            dates += QStringLiteral("%1 December 2025. ").arg(i % 28 + 1);
        QElapsedTimer timer;
        timer.start();
        const QList<ResolutionProposal> proposals = ResolutionMatcher::propose(article(dates), m_db);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!proposals.isEmpty()); // the first date, 1 December 2025, is two days before ES-11/9
        QCOMPARE(symbolOf(proposals.first()).left(6), QStringLiteral("A/RES/"));

        QString oneLine;
        for (int i = 0; i < 100000; ++i)
            oneLine += QStringLiteral("2025-12-0%1 91 A/RES/ES-11/9 ").arg(i % 9 + 1);
        const QList<ResolutionProposal> named = ResolutionMatcher::propose(article(oneLine), m_db);
        QVERIFY(!named.isEmpty());
        QCOMPARE(symbolOf(named.first()), QStringLiteral("A/RES/ES-11/9"));
    }
};

QTEST_GUILESS_MAIN(TestResolutionMatcher)
#include "tst_resolutionmatcher.moc"
