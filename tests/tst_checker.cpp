// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/check/checkreport.h"
#include "core/check/language.h"
#include "core/record/recordfile.h"
#include "core/record/recordlibrary.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// Golden cases: tests/data/articles/<case>/{article.txt, record.json or expected "record_symbol",
/// expected.json}.
class TestChecker : public QObject
{
    Q_OBJECT

private:
    static QString articlesDir() { return QStringLiteral(PLENARY_TEST_DATA "/articles"); }

    static VoteRecord recordFor(const QString& dir, const QJsonObject& expected)
    {
        const QString path = dir + QStringLiteral("/record.json");
        if (QFile::exists(path)) {
            const RecordReadResult r = RecordFile::readFile(path);
            if (!r.ok())
                qFatal("%s", qPrintable(r.errorText()));
            const QString symbol = expected.value(QStringLiteral("record_symbol")).toString();
            const VoteRecord* found
                = symbol.isEmpty() ? &r.records.first() : RecordLibrary::find(r.records, symbol);
            if (!found)
                qFatal("%s: no record %s", qPrintable(path), qPrintable(symbol));
            return *found;
        }
        const VoteRecord* r = RecordLibrary::find(
            RecordLibrary::embedded(), expected.value(QStringLiteral("record_symbol")).toString());
        if (!r)
            qFatal("%s: no record.json and no embedded record_symbol", qPrintable(dir));
        return *r;
    }

    static const Statement* statementContaining(const CheckResult& result, const QString& snippet)
    {
        for (const Statement& s : result.statements) {
            if (s.text.contains(snippet))
                return &s;
        }
        return nullptr;
    }

private slots:
    void goldenCasesCoverEveryVerdict()
    {
        const QStringList cases = QDir(articlesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(cases.size() >= 11, "expected the example and at least ten cases of our own");
        QSet<QString> verdicts;
        for (const QString& c : cases) {
            QFile f(articlesDir() + u'/' + c + QStringLiteral("/expected.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QJsonValue& v :
                QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("statements")).toArray())
                verdicts.insert(v.toObject().value(QStringLiteral("verdict")).toString());
        }
        for (Verdict v : allVerdicts)
            QVERIFY2(verdicts.contains(verdictKey(v)), qPrintable(verdictKey(v)));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases
            = QDir(articlesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& c : cases)
            QTest::newRow(qPrintable(c)) << articlesDir() + u'/' + c;
    }

    void golden()
    {
        QFETCH(QString, dir);
        QFile expectedFile(dir + QStringLiteral("/expected.json"));
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        QJsonParseError error;
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        const VoteRecord record = recordFor(dir, expected);
        QString articlePath = dir + QStringLiteral("/article.txt");
        if (!QFile::exists(articlePath))
            articlePath = dir + QStringLiteral("/article.html");
        const ArticleReadResult read = ArticleReader::readFile(articlePath);
        QVERIFY2(read.article, read.error ? qPrintable(read.error->toString()) : "no article");
        const CheckResult result = Checker().check(*read.article, record);
        const QString report = CheckReport::toText(*read.article, record, result);

        const QJsonArray statements = expected.value(QStringLiteral("statements")).toArray();
        for (const QJsonValue& v : statements) {
            const QJsonObject e = v.toObject();
            const QString snippet = e.value(QStringLiteral("contains")).toString();
            const Statement* s = statementContaining(result, snippet);
            QVERIFY2(s, qPrintable(QStringLiteral("no statement contains \"%1\"\n%2").arg(snippet, report)));
            QVERIFY2(s->verdict == *verdictFromKey(e.value(QStringLiteral("verdict")).toString()),
                qPrintable(QStringLiteral("\"%1\": got %2, expected %3\n%4")
                               .arg(snippet, verdictKey(s->verdict),
                                   e.value(QStringLiteral("verdict")).toString(), report)));
            for (const QJsonValue& cv : e.value(QStringLiteral("claims")).toArray()) {
                const QJsonObject ec = cv.toObject();
                const bool found = std::any_of(s->claims.cbegin(), s->claims.cend(), [&ec](const Claim& c) {
                    if (claimKindKey(c.kind) != ec.value(QStringLiteral("kind")).toString())
                        return false;
                    if (c.kind == ClaimKind::StateVote)
                        return c.state == ec.value(QStringLiteral("state")).toString()
                            && voteCode(c.stateVote) == ec.value(QStringLiteral("vote")).toString();
                    return c.claimed == ec.value(QStringLiteral("claimed")).toInteger();
                });
                QVERIFY2(found,
                    qPrintable(
                        QStringLiteral("\"%1\": missing claim %2\n%3")
                            .arg(snippet, QString::fromUtf8(QJsonDocument(ec).toJson(QJsonDocument::Compact)),
                                report)));
            }
            for (const QJsonValue& rv : e.value(QStringLiteral("related_contains")).toArray()) {
                const Statement* other = statementContaining(result, rv.toString());
                QVERIFY2(other && s->related.contains(other->index),
                    qPrintable(QStringLiteral("\"%1\" should point at \"%2\"\n%3")
                                   .arg(snippet, rv.toString(), report)));
            }
        }
        for (const QJsonValue& v : expected.value(QStringLiteral("not_listed")).toArray()) {
            QVERIFY2(!statementContaining(result, v.toString()),
                qPrintable(QStringLiteral("\"%1\" must not be a statement\n%2").arg(v.toString(), report)));
        }
        // Every statement the engine lists must be expected: nothing spurious.
        QVERIFY2(result.statements.size() == statements.size(),
            qPrintable(QStringLiteral("%1 statements found, %2 expected\n%3")
                           .arg(result.statements.size())
                           .arg(statements.size())
                           .arg(report)));
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
            << QStringLiteral("It passed with %1 votes.").arg(QString(2000000, u'9')) << false;
        QTest::newRow("1 MB without spaces") << QStringLiteral("Generalassembly9").repeated(65536) << false;
        QTest::newRow("mixed scripts") << QStringLiteral(
            "Россия и 11 других стран 91 ٩١ states voted for \uFFFD\u202E 12 против. 中国 弃权。 ١٢ صوتا ضد")
                                       << true;
        // ICU's German spell-out rules parse "nannte" as NaN, which must not reach an integer cast.
        QTest::newRow("German word parsed as NaN")
            << QStringLiteral("Der Vertreter nannte 91 Stimmen dafür und 12 dagegen.") << true;
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
