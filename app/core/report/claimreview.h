// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"
#include "core/check/checker.h"
#include "core/record/voterecord.h"
#include "core/review/override.h"

#include <QDate>
#include <QJsonArray>
#include <QString>

/// \brief The verdicts of a check as schema.org ClaimReview JSON-LD, one ClaimReview per statement.
class ClaimReview
{
public:
    /// 1 (false) to 5 (true): contradicts the record 1, contradicts the article 2, revised after the vote 3,
    /// unverifiable 3, consistent 5. The verdict's label goes beside it as the rating's alternateName.
    static int ratingValue(Verdict verdict);
    /// \a reviewer names the author (an Organization); \a published is the datePublished of every review.
    /// \a overrides (one per statement, may be empty) carry the reviewer's word: a rejected flag has no
    /// numeric rating and its alternateName says the reviewer rejected it; a note goes into the rating's
    /// ratingExplanation and is appended to the reviewBody.
    static QJsonArray toJsonLd(const Article& article, const VoteRecord& record, const CheckResult& result,
        const QString& reviewer, const QDate& published, const QList<Override>& overrides = {});
    /// Writes \a reviews atomically to \a path (.jsonld or .json); on failure returns false and sets \a
    /// error, naming the file.
    static bool write(const QString& path, const QJsonArray& reviews, QString* error);
};
