// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDate>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "runplenary.h"

#include "testfiles.h"

/// The plenary program run as a user runs it: exit codes, stdout, stderr, files written.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    using Run = PlenaryRun;

    static Run run(const QStringList& args) { return runPlenary(args); }

    static QString example()
    {
        return QStringLiteral(PLENARY_TEST_DATA "/articles/es11-9-unn-example/article.txt");
    }

private slots:
    void checkPrintsJsonInTheDocumentedShape()
    {
        const Run r = run({ QStringLiteral("--check"), example(), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject record = doc.value(QStringLiteral("record")).toObject();
        QCOMPARE(record.value(QStringLiteral("symbol")).toString(), QStringLiteral("A/RES/ES-11/9"));
        QCOMPARE(record.value(QStringLiteral("yes")).toInt(), 91);
        QCOMPARE(record.value(QStringLiteral("no")).toInt(), 12);
        QCOMPARE(record.value(QStringLiteral("abstain")).toInt(), 57);
        QCOMPARE(record.value(QStringLiteral("non_voting")).toInt(), 33);
        QCOMPARE(record.value(QStringLiteral("members")).toInt(), 193);
        const QJsonArray statements = doc.value(QStringLiteral("statements")).toArray();
        QCOMPARE(statements.size(), 7);
        for (const QJsonValue& v : statements) {
            const QJsonObject s = v.toObject();
            for (const char* key :
                { "index", "text", "start", "end", "verdict", "explanation", "claims", "related" })
                QVERIFY2(s.contains(QLatin1String(key)), key);
            QVERIFY(s.value(QStringLiteral("end")).toInt() > s.value(QStringLiteral("start")).toInt());
        }
        const QJsonObject revised = statements.at(5).toObject();
        QCOMPARE(revised.value(QStringLiteral("verdict")).toString(), QStringLiteral("revised"));
        const QJsonObject yes = revised.value(QStringLiteral("claims")).toArray().first().toObject();
        QCOMPARE(yes.value(QStringLiteral("kind")).toString(), QStringLiteral("members"));
    }

    void checkExitsOneOnAContradiction()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(
            dir, QStringLiteral("a.txt"), "The resolution was adopted with 95 votes in favour.\n");
        QVERIFY(!path.isEmpty());
        const Run r = run({ QStringLiteral("--check"), path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("contradicts-record"));
        QVERIFY(r.out.contains("95 in favour"));
    }

    void checkPicksAnEmbeddedResolution()
    {
        const Run r = run({ QStringLiteral("--check"), example(), QStringLiteral("--resolution"),
            QStringLiteral("A/RES/ES-11/1"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("record"))
                     .toObject()
                     .value(QStringLiteral("yes"))
                     .toInt(),
            141);
    }

    void checkSeveralArticlesPrintsAJsonList()
    {
        QTemporaryDir dir;
        const QString wrong = writeTestFile(
            dir, QStringLiteral("wrong.txt"), "The resolution was adopted with 95 votes in favour.\n");
        const Run r = run({ QStringLiteral("--check"), example(), wrong, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1); // the second article contradicts the record
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray results = doc.array();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("article")).toString(), example());
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("article")).toString(), wrong);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("statements")).toArray().size(), 7);
        for (const QJsonValue& v : results)
            QCOMPARE(v.toObject().value(QStringLiteral("lang")).toString(), QStringLiteral("en"));
        QJsonObject claim; // the count claim; the sentence also claims the outcome
        for (const QJsonValue& c : results.at(1)
                 .toObject()
                 .value(QStringLiteral("statements"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("claims"))
                 .toArray())
            claim = c.toObject().value(QStringLiteral("kind")).toString() == u"yes" ? c.toObject() : claim;
        QCOMPARE(claim.value(QStringLiteral("claimed")).toInt(), 95);
    }

    void checkSeveralArticlesPrintsABlockEach()
    {
        QTemporaryDir dir;
        const QString uk = writeTestFile(dir, QStringLiteral("uk.txt"),
            "Генеральна Асамблея ООН ухвалила резолюцію: за проголосували 91 держава, проти було 12.\n");
        const Run r = run({ QStringLiteral("--check"), example(), uk });
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        const qsizetype first = out.indexOf(QStringLiteral("article.txt checked against A/RES/ES-11/9"));
        const qsizetype second = out.indexOf(QStringLiteral("uk.txt checked against A/RES/ES-11/9"));
        QVERIFY2(first >= 0 && second > first, r.out.constData());
        QCOMPARE(out.indexOf(QStringLiteral("language: English (en)"), first) < second, true);
        QVERIFY2(out.indexOf(QStringLiteral("language: Ukrainian (uk)"), second) > second, r.out.constData());
    }

    void checkLangForcesTheLanguage()
    {
        const Run detected = run({ QStringLiteral("--check"), example(), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(detected.out).object().value(QStringLiteral("lang")).toString(),
            QStringLiteral("en"));
        const Run forced = run(
            { QStringLiteral("--check"), example(), QStringLiteral("--json"), QStringLiteral("--lang=DE") });
        QVERIFY2(forced.exitCode == 0 || forced.exitCode == 1, forced.err.constData());
        QCOMPARE(QJsonDocument::fromJson(forced.out).object().value(QStringLiteral("lang")).toString(),
            QStringLiteral("de"));
    }

    void checkGoesOnAfterAnUnreadableArticle()
    {
        QTemporaryDir dir;
        const QString wrong = writeTestFile(
            dir, QStringLiteral("wrong.txt"), "The resolution was adopted with 95 votes in favour.\n");
        const QString bad = writeTestFile(dir, QStringLiteral("bad.txt"), "One line.\nTwo \xff lines.\n");
        const Run r = run({ QStringLiteral("--check"), example(), bad, wrong, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 2); // an unreadable article outweighs a contradiction
        QVERIFY2(r.err.contains(QStringLiteral("%1:2:").arg(bad).toUtf8()), r.err.constData());
        const QJsonArray results = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("article")).toString(), example());
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("article")).toString(), wrong);
    }

    void exportWritesAPng()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("chart.png"));
        const Run r = run({ QStringLiteral("--export"), out, QStringLiteral("--size"),
            QStringLiteral("600x400"), QStringLiteral("--scale"), QStringLiteral("2") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1200, 800));
    }

    void listResolutionsReadsTheUndlCsv()
    {
        const Run r = run({ QStringLiteral("--list-resolutions"),
            QStringLiteral(PLENARY_TEST_DATA "/import/long-current.csv") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        const QList<QByteArray> first = lines.first().split('\t');
        QCOMPARE(first.size(), 7); // symbol, date, yes, no, abstain, non-voting, title
        QVERIFY(first.at(0).startsWith("A/"));
        QCOMPARE(QDate::fromString(QString::fromLatin1(first.at(1)), Qt::ISODate).isValid(), true);
    }

    void checkProposesTheResolutionFromABiggerRecord()
    {
        const Run r = run({ QStringLiteral("--check"), example(), QStringLiteral("--record"),
            QStringLiteral(PLENARY_SOURCE "/resources/records/es11.json"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.err.contains("checked against A/RES/ES-11/9 (chosen from 4 resolutions"), r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("record"))
                     .toObject()
                     .value(QStringLiteral("symbol"))
                     .toString(),
            QStringLiteral("A/RES/ES-11/9"));
    }

    void checkRefusesToGuess()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, QStringLiteral("a.txt"), "The vote went ahead as planned.\n");
        const Run r = run({ QStringLiteral("--check"), path, QStringLiteral("--record"),
            QStringLiteral(PLENARY_SOURCE "/resources/records/es11.json") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--resolution"), r.err.constData());
    }

    void exportDrawsEveryChart_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("seats") << QStringList { QStringLiteral("--chart"), QStringLiteral("seats") };
        QTest::newRow("groups") << QStringList { QStringLiteral("--chart"), QStringLiteral("groups") };
        QTest::newRow("compare") << QStringList { QStringLiteral("--chart"), QStringLiteral("compare"),
            QStringLiteral("--compare"), QStringLiteral("A/RES/ES-11/1") };
        QTest::newRow("bar of ES-11/1") << QStringList { QStringLiteral("--chart"), QStringLiteral("bar"),
            QStringLiteral("--resolution"), QStringLiteral("A/RES/ES-11/1") };
    }

    void exportDrawsEveryChart()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("chart.svg"));
        const Run r = run(QStringList { QStringLiteral("--export"), out } + args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<desc>"));
    }

    void badArgumentsAndFiles_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--frobnicate") } << QStringLiteral("frobnicate");
        QTest::newRow("missing article")
            << QStringList { QStringLiteral("--check"), QStringLiteral("/no/such/article.txt") }
            << QStringLiteral("/no/such/article.txt");
        QTest::newRow("unknown resolution") << QStringList { QStringLiteral("--check"), example(),
            QStringLiteral("--resolution"), QStringLiteral("A/RES/1/1") }
                                            << QStringLiteral("A/RES/1/1");
        QTest::newRow("bad record file")
            << QStringList { QStringLiteral("--check"), example(), QStringLiteral("--record"), example() }
            << QStringLiteral("article.txt:1:");
        QTest::newRow("bad chart") << QStringList { QStringLiteral("--export"), QStringLiteral("x.png"),
            QStringLiteral("--chart"), QStringLiteral("pie") }
                                   << QStringLiteral("--chart");
        QTest::newRow("bad size") << QStringList { QStringLiteral("--export"), QStringLiteral("x.png"),
            QStringLiteral("--size"), QStringLiteral("big") }
                                  << QStringLiteral("--size");
        QTest::newRow("bad scale") << QStringList { QStringLiteral("--export"), QStringLiteral("x.png"),
            QStringLiteral("--scale"), QStringLiteral("9") }
                                   << QStringLiteral("--scale");
        QTest::newRow("bad export format") << QStringList { QStringLiteral("--export"),
            QStringLiteral("/tmp/x.gif") } << QStringLiteral("x.gif");
        QTest::newRow("unknown --lang") << QStringList { QStringLiteral("--check"), example(),
            QStringLiteral("--lang"), QStringLiteral("xx") }
                                        << QStringLiteral("--lang must be one of en, uk, ru, de, fr, es");
        QTest::newRow("--lang without --check") << QStringList { QStringLiteral("--export"),
            QStringLiteral("x.png"), QStringLiteral("--lang"), QStringLiteral("en") }
                                                << QStringLiteral("--lang goes with --check");
        QTest::newRow("report of several articles") << QStringList { QStringLiteral("--check"), example(),
            example(), QStringLiteral("--report"), QStringLiteral("/tmp/r.html") }
                                                    << QStringLiteral("exactly one article, not 2");
        QTest::newRow("export and check") << QStringList { QStringLiteral("--export"),
            QStringLiteral("x.png"), QStringLiteral("--check"), example() }
                                          << QStringLiteral("together");
    }

    void badArgumentsAndFiles()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(!err.contains(u'\n'), qPrintable(err)); // one line
    }

    void helpAndVersion()
    {
        const Run help = run({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--export"));
        QVERIFY(help.out.contains("--check"));
        const Run version = run({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("Plenary "));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
