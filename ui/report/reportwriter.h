// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"
#include "core/check/checker.h"
#include "core/record/voterecord.h"
#include "core/review/override.h"

#include <QString>

/// \brief Writes a check's report as one self-contained HTML file or as a PDF, with the record's chart.
class ReportWriter
{
public:
    /// Format from the suffix (.html, .htm or .pdf). Writes atomically; on failure returns false and sets
    /// \a error, naming the file. \a overrides (one per statement, may be empty) add the reviewer's word.
    static bool write(const QString& path, const Article& article, const VoteRecord& record,
        const CheckResult& result, QString* error, const QList<Override>& overrides = {});
};
