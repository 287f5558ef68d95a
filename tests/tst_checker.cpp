// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/check/checkreport.h"
#include "core/check/language.h"
#include "core/record/recordfile.h"
#include "core/record/recordlibrary.h"
#include "goldencase.h"

#include <QFileInfo>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

/// Golden cases: tests/data/articles/<case>/{article.txt, record.json or expected "record_symbol",
/// expected.json}.
class TestChecker : public QObject
{
    Q_OBJECT

private:
    static QString articlesDir() { return QStringLiteral(PLENARY_TEST_DATA "/articles"); }

private slots:
    void goldenCasesCoverEveryVerdict()
    {
        const QStringList cases = GoldenCase::caseDirs(articlesDir());
        QVERIFY2(cases.size() >= 11, "expected the example and at least ten cases of our own");
        QSet<QString> verdicts;
        for (const QString& dir : cases) {
            const GoldenCase c = GoldenCase::load(dir);
            QVERIFY2(c.ok(), qPrintable(c.error()));
            for (const QJsonValue& v : c.expected().value(QStringLiteral("statements")).toArray())
                verdicts.insert(v.toObject().value(QStringLiteral("verdict")).toString());
        }
        for (Verdict v : allVerdicts)
            QVERIFY2(verdicts.contains(verdictKey(v)), qPrintable(verdictKey(v)));
    }

    void goldenCasesCoverEveryLanguage()
    {
        QMap<QString, int> perLang;
        for (const QString& dir : GoldenCase::caseDirs(articlesDir())) {
            const GoldenCase c = GoldenCase::load(dir);
            QVERIFY2(c.ok(), qPrintable(c.error()));
            const QString lang = c.lang().isEmpty() ? QStringLiteral("en") : c.lang();
            QVERIFY2(Language::isSupported(lang), qPrintable(c.name() + QStringLiteral(": ") + lang));
            // A case named for its language says so in "lang".
            const QString prefix = c.name().section(u'-', 0, 0);
            if (Language::isSupported(prefix))
                QCOMPARE(c.lang(), prefix);
            ++perLang[lang];
        }
        for (const QString& lang : Language::supported())
            QVERIFY2(perLang.value(lang) >= 4, qPrintable(lang));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        for (const QString& dir : GoldenCase::caseDirs(articlesDir()))
            QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
    }

    void golden()
    {
        QFETCH(QString, dir);
        const GoldenCase c = GoldenCase::load(dir);
        QVERIFY2(c.ok(), qPrintable(c.error()));
        const CheckResult result = c.check();
        const QStringList problems = c.problems(result);
        QVERIFY2(problems.isEmpty(),
            qPrintable(problems.join(u'\n') + u'\n' + CheckReport::toText(c.article(), c.record(), result)));
    }

    void explanationNamesValuesAndSymbol()
    {
        const Article a = ArticleReader::fromText(
            QStringLiteral("The resolution passed with 92 votes in favour."), QStringLiteral("t"));
        const CheckResult r = Checker().check(a, RecordLibrary::example());
        QCOMPARE(r.statements.size(), 1);
        const Statement& s = r.statements.first();
        QCOMPARE(s.verdict, Verdict::ContradictsRecord);
        QVERIFY(s.explanation.contains(QStringLiteral("92 in favour")));
        QVERIFY(s.explanation.contains(QStringLiteral("91 in favour")));
        QVERIFY(s.explanation.contains(QStringLiteral("A/RES/ES-11/9")));
        QVERIFY(r.contradicts());
    }

    void jsonOffsetsAreCodePoints()
    {
        // An emoji before the sentence takes two UTF-16 units but one code point.
        const Article a = ArticleReader::fromText(
            QStringLiteral("\U0001F5F3 Vote.\n91 states voted for it."), QStringLiteral("t"));
        const CheckResult r = Checker().check(a, RecordLibrary::example());
        QCOMPARE(r.statements.size(), 1);
        const QJsonObject j = CheckReport::toJson(a, RecordLibrary::example(), r);
        const QJsonObject s = j.value(QStringLiteral("statements")).toArray().first().toObject();
        QCOMPARE(s.value(QStringLiteral("start")).toInt(), 8);
        QCOMPARE(s.value(QStringLiteral("end")).toInt(), 8 + 23);
        QCOMPARE(j.value(QStringLiteral("record")).toObject().value(QStringLiteral("yes")).toInt(), 91);
    }

    void hostileTextDoesNotCrash_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hasStatements");
        QString longSentence;
        for (int i = 0; i < 2000; ++i)
            longSentence += QStringLiteral("91 states voted for and 12 against, ");
        QTest::newRow("a sentence of 72,000 characters") << longSentence << true;
        QTest::newRow("200,000 digits") << QString(200000, u'9') << false;
        QTest::newRow("2,000,000 digits in a sentence")
            << QStringLiteral("The tally showed %1 votes.").arg(QString(2000000, u'9')) << false;
        QTest::newRow("1 MB without spaces") << QStringLiteral("Generalassembly9").repeated(65536) << false;
        QTest::newRow("mixed scripts") << QStringLiteral(
            "Россия и 11 других стран 91 ٩١ states voted for \uFFFD\u202E 12 против. 中国 弃权。 ١٢ صوتا ضد")
                                       << true;
        // ICU's German spell-out rules parse "nannte" as NaN, which must not reach an integer cast.
        QTest::newRow("German word parsed as NaN")
            << QStringLiteral("Der Vertreter nannte 91 Stimmen dafür und 12 dagegen.") << true;
        // 100 KB of Cyrillic in one sentence: counts, approximations, fractions and comparisons all over.
        QString cyrillic;
        while (cyrillic.size() < 100000)
            cyrillic += QStringLiteral(
                "близько 40 країн утрималися, майже половина за, більше проти ніж за, Росія та ще 11 ");
        QTest::newRow("100 KB Cyrillic sentence") << cyrillic << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dots") << QStringLiteral("...") << false;
    }

    /// Bounded work and sane results on hostile text, read with detection and, when short, in every
    /// language (the check's work grows with the number of tokens: a 1 MB sentence of short tokens such
    /// as "91voted12against" takes seconds per language).
    void hostileTextDoesNotCrash()
    {
        QFETCH(QString, text);
        QFETCH(bool, hasStatements);
        static const Checker checker;
        const Article article = ArticleReader::fromText(text, QStringLiteral("t"));
        QStringList langs { QString() }; // detect
        if (text.size() < 100000)
            langs += Language::supported();
        for (const QString& lang : langs) {
            const CheckResult r = checker.check(article, RecordLibrary::example(), lang);
            QVERIFY(Language::isSupported(r.lang));
            for (const Statement& s : r.statements)
                QVERIFY(s.start >= 0 && s.start < s.end && s.end <= article.text.size());
            if (lang.isEmpty() || lang == u"en")
                QCOMPARE(!r.statements.isEmpty(), hasStatements);
        }
    }

    void invalidUtf8IsAnErrorNamingTheLine()
    {
        QByteArray bytes("91 states voted for.\nThen \xff\xfe 12 \xc0\xaf against.\n");
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const ArticleReadResult read = ArticleReader::read(buffer, QStringLiteral("bad.txt"));
        QVERIFY(!read.article);
        QVERIFY(read.error);
        QCOMPARE(read.error->line, 2);
        QVERIFY2(read.error->toString().startsWith(u"bad.txt:2:"), qPrintable(read.error->toString()));
    }
};

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
