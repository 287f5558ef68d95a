// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/io/boundedread.h"
#include "core/record/recordlibrary.h"
#include "core/review/reviewfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

namespace {

Override decision(bool rejected, const QString& note)
{
    // Whole seconds: the file keeps ISO 8601 times without milliseconds.
    return { rejected, note, QDateTime(QDate(2026, 11, 28), QTime(9, 30, 15), Qt::UTC) };
}

/// The example article checked against its record, with a rejected flag and notes.
Review exampleReview()
{
    Review r;
    r.recordOrigin = Review::embeddedOrigin;
    r.record = RecordLibrary::example();
    r.article
        = ArticleReader::fromText(RecordLibrary::exampleArticleText(), RecordLibrary::exampleArticleName());
    r.result = Checker().check(r.article, r.record);
    r.overrides.resize(r.result.statements.size());
    r.overrides[0] = decision(true, QStringLiteral("The engine took the draft's co-sponsors for the vote."));
    r.overrides[2] = decision(false, QStringLiteral("Checked by phone with the mission: «так» — fine."));
    r.unmatched.append({ QStringLiteral("A sentence that was removed."), 42, decision(true, QString()) });
    return r;
}

ReviewReadResult readBytes(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return ReviewFile::read(buffer, QStringLiteral("test.plenary-review"));
}

/// 1-based line of the first occurrence of \a needle in \a text.
int lineOf(const QByteArray& text, const QByteArray& needle)
{
    const qsizetype at = text.indexOf(needle);
    Q_ASSERT(at >= 0);
    return int(text.left(at).count('\n')) + 1;
}

} // namespace

/// Review files: the reviewer's overrides and notes saved with the record, the article and the verdicts.
class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void savedReviewReopensWithEverything()
    {
        const Review saved = exampleReview();
        QVERIFY(saved.result.statements.size() >= 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("check.plenary-review"));
        QString error;
        QVERIFY2(ReviewFile::save(path, saved, &error), qPrintable(error));
        QVERIFY(ReviewFile::isReviewPath(path));

        const ReviewReadResult read = ReviewFile::readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.errorText()));
        const Review& r = *read.review;
        QCOMPARE(r.recordOrigin, QStringLiteral("embedded"));
        QCOMPARE(r.record.symbol, saved.record.symbol);
        QCOMPARE(r.record.votes, saved.record.votes);
        QCOMPARE(r.record.totals(), saved.record.totals());
        QCOMPARE(r.record.date, saved.record.date);
        QCOMPARE(r.article.name, saved.article.name);
        QCOMPARE(r.article.text, saved.article.text);
        QCOMPARE(r.article.sentences.size(), saved.article.sentences.size());
        QCOMPARE(r.result.lang, saved.result.lang);
        QCOMPARE(r.result.statements.size(), saved.result.statements.size());
        for (qsizetype i = 0; i < r.result.statements.size(); ++i) {
            const Statement& a = r.result.statements.at(i);
            const Statement& b = saved.result.statements.at(i);
            QCOMPARE(a.text, b.text);
            QCOMPARE(a.start, b.start);
            QCOMPARE(a.end, b.end);
            QCOMPARE(a.verdict, b.verdict);
            QCOMPARE(a.explanation, b.explanation);
            QCOMPARE(a.related, b.related);
            QCOMPARE(r.overrides.at(i), saved.overrides.at(i));
        }
        QCOMPARE(r.unmatched.size(), 1);
        QCOMPARE(r.unmatched.first().text, QStringLiteral("A sentence that was removed."));
        QCOMPARE(r.unmatched.first().start, 42);
        QVERIFY(r.unmatched.first().decision.rejected);
    }

    void fileStartsWithFormatAndVersion()
    {
        const QByteArray bytes = ReviewFile::write(exampleReview());
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.at(1).trimmed(), QByteArray("\"format\": \"plenary-review\","));
        QCOMPARE(lines.at(2).trimmed(), QByteArray("\"version\": 1,"));
        QVERIFY(bytes.contains("\"rejected\": true"));
    }

    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.plenary-review"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the old review\n");
        }
        // A file size limit makes the write fail even for root, who ignores directory permissions.
        rlimit before {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = before;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QString error;
        const bool saved = ReviewFile::save(path, exampleReview(), &error);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
        QVERIFY(!saved);
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write")), qPrintable(error));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the old review\n"));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("old.plenary-review") });
    }

    void badFilesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray good = ReviewFile::write(exampleReview());
        auto edit = [&good](const QByteArray& from, const QByteArray& to) {
            QByteArray b = good;
            b.replace(b.indexOf(from), from.size(), to);
            return b;
        };
        auto line = [&good](const QByteArray& needle) { return lineOf(good, needle); };

        QTest::newRow("empty") << QByteArray("  \n") << 1 << QStringLiteral("file is empty");
        QTest::newRow("truncated in the middle")
            << good.left(good.size() / 2) << -1 << QStringLiteral("not valid JSON");
        QTest::newRow("a list, not an object")
            << QByteArray("[1, 2]") << 1 << QStringLiteral("must hold a JSON object");
        QTest::newRow("another format") << edit("\"plenary-review\"", "\"plenary-record\"") << 2
                                        << QStringLiteral("not a Plenary review file");
        QTest::newRow("newer version") << edit("\"version\": 1", "\"version\": 2") << 3
                                       << QStringLiteral("newer Plenary (format version 2)");
        QTest::newRow("version as text") << edit("\"version\": 1", "\"version\": \"1\"") << 3
                                         << QStringLiteral("\"version\" must be the number 1");
        QTest::newRow("unknown verdict") << edit(
            "\"verdict\": \"" + good.mid(good.indexOf("\"verdict\": \"") + 12, 5), "\"verdict\": \"bogus")
                                         << line("\"verdict\": \"") << QStringLiteral("unknown verdict");
        QTest::newRow("start past the text")
            << edit("\"start\": ", "\"start\": 99999999") << line("\"start\": ")
            << QStringLiteral("\"start\" must be a whole number");
        QTest::newRow("rejected as text")
            << edit("\"rejected\": true", "\"rejected\": \"yes\"") << line("\"rejected\": true")
            << QStringLiteral("\"rejected\" must be true or false");
        QTest::newRow("bad time") << edit("\"when\": \"2026", "\"when\": \"yesterday")
                                  << line("\"when\": \"2026") << QStringLiteral("\"when\" is not a date");
        QTest::newRow("record without votes") << edit("\"votes\": [", "\"votos\": [") << line("\"data\": {")
                                              << QStringLiteral("missing \"votes\"");
        QTest::newRow("unknown vote code")
            << edit("\"vote\": \"Y\"", "\"vote\": \"Q\"") << line("\"vote\": \"Y\"")
            << QStringLiteral("unknown vote code \"Q\"");
        QTest::newRow("symbol of another record")
            << edit("\"symbol\": \"A/", "\"symbol\": \"B/")
            << int(good.left(good.lastIndexOf("\"symbol\": \"A/")).count('\n')) + 1
            << QStringLiteral("is not the symbol of the record data");
        QTest::newRow("statements not a list")
            << edit("\"statements\": [", "\"statements\": 7, \"x\": [") << line("\"statements\": [")
            << QStringLiteral("\"statements\" must be a list");
        QTest::newRow("nested too deep") << QByteArray(100000, '[') << -1 << QStringLiteral("not valid JSON");
        QTest::newRow("note as a number")
            << edit("\"note\": \"The", "\"note\": 5, \"x\": \"The") << line("\"note\": \"The")
            << QStringLiteral("\"note\" must be a string");
    }

    void badFilesNameTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, message);
        const ReviewReadResult read = readBytes(bytes);
        QVERIFY(!read.ok());
        QVERIFY(!read.errors.isEmpty());
        const ReadError& e = read.errors.first();
        QVERIFY2(e.message.contains(message), qPrintable(read.errorText()));
        QCOMPARE(e.fileName, QStringLiteral("test.plenary-review"));
        if (line > 0)
            QCOMPARE(e.line, line);
        QVERIFY2(e.toString().startsWith(QStringLiteral("test.plenary-review:")), qPrintable(e.toString()));
    }

    void truncatedAndDamagedFilesNeverCrash()
    {
        const QByteArray good = ReviewFile::write(exampleReview());
        QVERIFY(readBytes(good).ok());
        int rejected = 0;
        for (qsizetype cut = 0; cut < good.size(); cut += 61) {
            const ReviewReadResult read = readBytes(good.left(cut));
            QVERIFY(!read.ok());
            QVERIFY(!read.errors.isEmpty());
            ++rejected;
        }
        QVERIFY(rejected > 50);
        // Flipped bytes: read or refused, never a crash, and a refusal always says why.
        for (qsizetype at = 0; at < good.size(); at += 37) {
            QByteArray bad = good;
            bad[at] = char(bad.at(at) ^ 0x5a);
            const ReviewReadResult read = readBytes(bad);
            QVERIFY(read.ok() || !read.errors.isEmpty());
        }
    }

    void readsUpToTheLimitAndOneByteMore()
    {
        // Readers take limit + 1 bytes to tell "too large" from "exactly the limit", without
        // reserving the limit first (64 MiB per read made the damaged-file test crawl under ASan).
        QBuffer buffer;
        buffer.setData(QByteArray(600 * 1024, 'x'));
        buffer.open(QIODevice::ReadOnly);
        QCOMPARE(BoundedRead::upTo(buffer, 100 * 1024).size(), 100 * 1024 + 1);
        buffer.seek(0);
        QCOMPARE(BoundedRead::upTo(buffer, 64 * 1024 * 1024).size(), 600 * 1024);
        QCOMPARE(BoundedRead::upTo(buffer, 10).size(), 0); // at the end
    }

    void overridesFollowTheirStatementsAfterARecheck()
    {
        const Review saved = exampleReview();
        // The article gains a first sentence and loses the third statement: starts move, texts stay.
        QString text = saved.article.text;
        const Statement& third = saved.result.statements.at(2);
        text.remove(third.start, third.end - third.start);
        text.prepend(QStringLiteral("Editor's note: this story was updated.\n\n"));
        const Article changed = ArticleReader::fromText(text, saved.article.name);
        const CheckResult recheck = Checker().check(changed, saved.record);

        const OverrideMatch match = Review::attach(saved.keyedOverrides(), recheck.statements);
        QCOMPARE(match.overrides.size(), recheck.statements.size());
        const QString first = saved.result.statements.first().text;
        int rejectedAt = -1;
        for (int i = 0; i < recheck.statements.size(); ++i) {
            if (match.overrides.at(i).rejected)
                rejectedAt = i;
        }
        QVERIFY(rejectedAt >= 0);
        QCOMPARE(recheck.statements.at(rejectedAt).text, first);
        QCOMPARE(match.overrides.at(rejectedAt).note, saved.overrides.first().note);
        // The removed statement's note and the old unmatched override find nothing.
        QCOMPARE(match.unmatched.size(), 2);
        QCOMPARE(match.unmatched.first().text, third.text);
        QCOMPARE(match.unmatched.first().decision.note, saved.overrides.at(2).note);
    }

    void repeatedSentencesTakeTheNearestStart()
    {
        QList<Statement> statements(3);
        statements[0].text = QStringLiteral("141 voted in favour.");
        statements[0].start = 0;
        statements[1].text = QStringLiteral("Others abstained.");
        statements[1].start = 30;
        statements[2].text = QStringLiteral("141  voted in favour.");
        statements[2].start = 60;
        const OverrideMatch m
            = Review::attach({ { QStringLiteral("141 voted in favour."), 58, decision(true, QString()) },
                                 { QStringLiteral("Others abstained. So said the diplomat."), 10,
                                     decision(false, QStringLiteral("n")) } },
                statements);
        QVERIFY(!m.overrides.at(0).rejected);
        QVERIFY(m.overrides.at(2).rejected);
        // Contained text attaches in the second pass.
        QCOMPARE(m.overrides.at(1).note, QStringLiteral("n"));
        QVERIFY(m.unmatched.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
