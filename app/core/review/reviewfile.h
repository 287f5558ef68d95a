// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/recordfile.h"
#include "core/review/review.h"

#include <optional>

class QIODevice;

/// \brief What reading a review file gave: the review, or line-numbered errors.
struct ReviewReadResult
{
    std::optional<Review> review;
    QList<ReadError> errors;

    bool ok() const { return review.has_value(); }
    QString errorText() const { return ReadError::joined(errors); }
};

/// \brief Reads and writes review files (`*.plenary-review`, JSON; see README, "Review files").
class ReviewFile
{
public:
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;
    static constexpr int maxStatements = 20000;
    static inline const QString suffix = QStringLiteral("plenary-review");

    /// True when \a path ends in ".plenary-review".
    static bool isReviewPath(const QString& path);
    static ReviewReadResult read(QIODevice& device, const QString& fileName);
    static ReviewReadResult readFile(const QString& path);
    static QByteArray write(const Review& review);
    /// Writes atomically (AtomicFile): on failure the old file stays, false is returned and \a error set.
    static bool save(const QString& path, const Review& review, QString* error);
};
