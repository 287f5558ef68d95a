// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/record/recordlibrary.h"
#include "core/report/claimreview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/// The example article's verdicts as schema.org ClaimReview JSON-LD.
class TestClaimReview : public QObject
{
    Q_OBJECT

private:
    static QJsonArray exampleReviews()
    {
        const Article article = ArticleReader::fromText(
            RecordLibrary::exampleArticleText(), RecordLibrary::exampleArticleName());
        const CheckResult result = Checker().check(article, RecordLibrary::example());
        return ClaimReview::toJsonLd(
            article, RecordLibrary::example(), result, QStringLiteral("Example Desk"), QDate(2026, 11, 28));
    }

private slots:
    void oneReviewPerStatement()
    {
        const QJsonArray reviews = exampleReviews();
        QCOMPARE(reviews.size(), 7);
    }

    void everyReviewHasWhatSearchEnginesRead_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 7; ++i)
            QTest::addRow("statement %d", i + 1) << i;
    }

    void everyReviewHasWhatSearchEnginesRead()
    {
        QFETCH(int, index);
        const QJsonObject r = exampleReviews().at(index).toObject();
        QCOMPARE(r.value(QStringLiteral("@context")).toString(), QStringLiteral("https://schema.org"));
        QCOMPARE(r.value(QStringLiteral("@type")).toString(), QStringLiteral("ClaimReview"));
        QVERIFY(!r.value(QStringLiteral("claimReviewed")).toString().isEmpty());
        QVERIFY(!r.value(QStringLiteral("reviewBody")).toString().isEmpty());
        QCOMPARE(r.value(QStringLiteral("datePublished")).toString(), QStringLiteral("2026-11-28"));
        QCOMPARE(r.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Example Desk"));
        const QJsonObject rating = r.value(QStringLiteral("reviewRating")).toObject();
        QCOMPARE(rating.value(QStringLiteral("@type")).toString(), QStringLiteral("Rating"));
        const int value = rating.value(QStringLiteral("ratingValue")).toInt();
        QVERIFY(value >= 1 && value <= 5);
        QCOMPARE(rating.value(QStringLiteral("bestRating")).toInt(), 5);
        QCOMPARE(rating.value(QStringLiteral("worstRating")).toInt(), 1);
        bool labelled = false;
        for (Verdict v : allVerdicts)
            labelled
                = labelled || rating.value(QStringLiteral("alternateName")).toString() == verdictLabel(v);
        QVERIFY2(labelled, qPrintable(rating.value(QStringLiteral("alternateName")).toString()));
        const QJsonObject item = r.value(QStringLiteral("itemReviewed")).toObject();
        QCOMPARE(item.value(QStringLiteral("@type")).toString(), QStringLiteral("Claim"));
        const QJsonObject appearance = item.value(QStringLiteral("appearance")).toObject();
        QCOMPARE(appearance.value(QStringLiteral("@type")).toString(), QStringLiteral("CreativeWork"));
        QCOMPARE(appearance.value(QStringLiteral("name")).toString(), RecordLibrary::exampleArticleName());
        QCOMPARE(appearance.value(QStringLiteral("text")).toString(),
            r.value(QStringLiteral("claimReviewed")).toString());
    }

    void revisedStatementSaysSo()
    {
        const QJsonObject rating
            = exampleReviews().at(5).toObject().value(QStringLiteral("reviewRating")).toObject();
        QCOMPARE(rating.value(QStringLiteral("alternateName")).toString(),
            QStringLiteral("Revised after the vote"));
        QCOMPARE(rating.value(QStringLiteral("ratingValue")).toInt(), 3);
    }

    void ratingFollowsSeverity_data()
    {
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("rating");
        QTest::newRow("contradicts the record: worst") << int(Verdict::ContradictsRecord) << 1;
        QTest::newRow("contradicts the article") << int(Verdict::ContradictsArticle) << 2;
        QTest::newRow("revised: middle") << int(Verdict::Revised) << 3;
        QTest::newRow("unverifiable: middle") << int(Verdict::Unverifiable) << 3;
        QTest::newRow("consistent: best") << int(Verdict::Consistent) << 5;
    }

    void ratingFollowsSeverity()
    {
        QFETCH(int, verdict);
        QFETCH(int, rating);
        QCOMPARE(ClaimReview::ratingValue(Verdict(verdict)), rating);
    }

    void writesParsableFileAndNamesAnUnwritableOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonld"));
        QString error;
        QVERIFY(ClaimReview::write(path, exampleReviews(), &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 7);

        const QString bad = dir.filePath(QStringLiteral("missing/out.jsonld"));
        QVERIFY(!ClaimReview::write(bad, exampleReviews(), &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestClaimReview)
#include "tst_claimreview.moc"
