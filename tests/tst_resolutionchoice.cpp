// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"
#include "core/check/resolutionchoice.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// The resolution `plenary --check` checks against, and the line it prints about its choice.
class TestResolutionChoice : public QObject
{
    Q_OBJECT

private:
    VoteDatabase m_db = testDatabase();

    static Article article(const QString& text) { return ArticleReader::fromText(text, u"test"_s); }

    static Article exampleArticle()
    {
        return ArticleReader::fromText(
            RecordLibrary::exampleArticleText(), RecordLibrary::exampleArticleName());
    }

private slots:
    void exampleArticleIsCheckedAgainstTheVoteItReports()
    {
        const ResolutionChoice c = chooseResolution(m_db, exampleArticle(), QString());
        QVERIFY(c.ok());
        QCOMPARE(m_db.resolution(c.index).symbol, u"A/RES/ES-11/9"_s);
        QVERIFY2(
            c.message.startsWith(u"plenary: checked against A/RES/ES-11/9 (chosen from 8 resolutions: "_s),
            qPrintable(c.message));
        QVERIFY(c.message.contains(u"one day before the article's date 4 December 2025"_s));
        QVERIFY(c.message.contains(
            u"the article's 91 in favour, 12 against and 57 abstaining match the record"_s));
        QVERIFY(c.message.endsWith(u"); use --resolution to choose another"_s));
        QVERIFY(!c.message.contains(u'\n'));
    }

    void requestedSymbolOverridesTheProposal_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact symbol") << u"A/RES/ES-11/1"_s << u"A/RES/ES-11/1"_s;
        QTest::newRow("lower case with spaces") << u" a/res/es-11/7 "_s << u"A/RES/ES-11/7"_s;
    }

    void requestedSymbolOverridesTheProposal()
    {
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        const ResolutionChoice c = chooseResolution(m_db, exampleArticle(), requested);
        QVERIFY(c.ok());
        QCOMPARE(m_db.resolution(c.index).symbol, expected);
        QCOMPARE(c.message, u"plenary: checked against %1 (chosen with --resolution)"_s.arg(expected));
    }

    void unknownSymbolIsAnError()
    {
        const ResolutionChoice c = chooseResolution(m_db, exampleArticle(), u"A/RES/99/1"_s);
        QVERIFY(!c.ok());
        QCOMPARE(c.index, -1);
        QCOMPARE(c.message,
            u"plenary: no resolution A/RES/99/1 among the record's 8 resolutions; --list-resolutions lists them"_s);
    }

    void articleWithoutCluesIsAnErrorNamingTheWayOut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedStart");
        QTest::newRow("nothing matches")
            << u"Weather was mild across the region."_s
            << u"plenary: cannot tell which of the record's 8 resolutions the article reports (it names no symbol"_s;
        QTest::newRow("title words only")
            << u"The Assembly discussed peace in Ukraine."_s
            << u"plenary: cannot tell which of the record's 8 resolutions the article reports; the closest, "_s;
    }

    void articleWithoutCluesIsAnErrorNamingTheWayOut()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedStart);
        const ResolutionChoice c = chooseResolution(m_db, article(text), QString());
        QVERIFY(!c.ok());
        QVERIFY2(c.message.startsWith(expectedStart), qPrintable(c.message));
        QVERIFY(c.message.endsWith(u"use --resolution to choose one"_s));
    }

    void oneResolutionIsChosenWithoutClues()
    {
        const VoteDatabase one = VoteDatabase::fromRecords({ RecordLibrary::embedded().at(3) });
        const ResolutionChoice c = chooseResolution(one, article(u"Weather was mild."_s), QString());
        QCOMPARE(c.index, 0);
        QCOMPARE(c.message, u"plenary: checked against A/RES/ES-11/1 (the only resolution in the record)"_s);
    }

    void emptyDatabaseIsAnError()
    {
        const ResolutionChoice c = chooseResolution(VoteDatabase {}, exampleArticle(), QString());
        QVERIFY(!c.ok());
        QCOMPARE(c.message, u"plenary: the record holds no resolutions to check against"_s);
    }
};

QTEST_GUILESS_MAIN(TestResolutionChoice)
#include "tst_resolutionchoice.moc"
