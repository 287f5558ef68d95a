// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/claimreview.h"
#include "core/io/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

int ClaimReview::ratingValue(Verdict verdict)
{
    switch (verdict) {
    case Verdict::ContradictsRecord:
        return 1;
    case Verdict::ContradictsArticle:
        return 2;
    case Verdict::Revised:
    case Verdict::Unverifiable:
        return 3;
    case Verdict::Consistent:
        return 5;
    }
    return 3;
}

QJsonArray ClaimReview::toJsonLd(const Article& article, const VoteRecord& record, const CheckResult& result,
    const QString& reviewer, const QDate& published, const QList<Override>& overrides)
{
    const bool isUrl = article.name.startsWith(u"http://") || article.name.startsWith(u"https://");
    const QString link = record.undlLink();
    QJsonArray out;
    for (const Statement& s : result.statements) {
        QJsonObject appearance {
            { QStringLiteral("@type"), QStringLiteral("CreativeWork") },
            { isUrl ? QStringLiteral("url") : QStringLiteral("name"),
                isUrl ? article.name : QFileInfo(article.name).fileName() },
            { QStringLiteral("text"), s.text },
        };
        QJsonObject claim {
            { QStringLiteral("@type"), QStringLiteral("Claim") },
            { QStringLiteral("appearance"), appearance },
            { QStringLiteral("about"), QStringLiteral("%1 %2").arg(record.symbol, record.title).trimmed() },
        };
        const Override o = s.index < overrides.size() ? overrides.at(s.index) : Override {};
        QJsonObject rating {
            { QStringLiteral("@type"), QStringLiteral("Rating") },
            { QStringLiteral("ratingValue"), ratingValue(s.verdict) },
            { QStringLiteral("bestRating"), 5 },
            { QStringLiteral("worstRating"), 1 },
            { QStringLiteral("alternateName"), verdictLabel(s.verdict) },
        };
        QString body = s.explanation;
        if (o.rejected) {
            // The reviewer found that the engine misread the sentence: no rating of the claim stands.
            rating.remove(QStringLiteral("ratingValue"));
            rating.remove(QStringLiteral("bestRating"));
            rating.remove(QStringLiteral("worstRating"));
            rating.insert(QStringLiteral("alternateName"),
                QStringLiteral("Rejected by reviewer (the engine misread the sentence; its verdict was: %1)")
                    .arg(verdictLabel(s.verdict)));
            body = QStringLiteral("The reviewer rejected the automatic verdict (%1: %2).")
                       .arg(verdictLabel(s.verdict), s.explanation);
        }
        if (!o.note.isEmpty()) {
            rating.insert(QStringLiteral("ratingExplanation"), o.note);
            body += QStringLiteral("\n\nReviewer's note: %1").arg(o.note);
        }
        QJsonObject review {
            { QStringLiteral("@context"), QStringLiteral("https://schema.org") },
            { QStringLiteral("@type"), QStringLiteral("ClaimReview") },
            { QStringLiteral("claimReviewed"), s.text },
            { QStringLiteral("itemReviewed"), claim },
            { QStringLiteral("reviewRating"), rating },
            { QStringLiteral("reviewBody"), body },
            { QStringLiteral("author"),
                QJsonObject { { QStringLiteral("@type"), QStringLiteral("Organization") },
                    { QStringLiteral("name"), reviewer } } },
            { QStringLiteral("datePublished"), published.toString(Qt::ISODate) },
        };
        if (!link.isEmpty())
            review.insert(QStringLiteral("citation"), link);
        out.append(review);
    }
    return out;
}

bool ClaimReview::write(const QString& path, const QJsonArray& reviews, QString* error)
{
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"jsonld" && suffix != u"json")
        return fail(QStringLiteral("use the suffix .jsonld (or .json) for ClaimReview JSON-LD"));
    const QByteArray bytes = QJsonDocument(reviews).toJson(QJsonDocument::Indented);
    QString reason;
    if (!AtomicFile::write(path, bytes, &reason))
        return fail(reason);
    return true;
}
