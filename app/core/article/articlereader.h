// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"
#include "core/record/recordfile.h"

#include <optional>

class QIODevice;

/// \brief What reading an article gave: the article, or an error naming the file and line.
struct ArticleReadResult
{
    std::optional<Article> article;
    std::optional<ReadError> error;
};

/// \brief Reads a news article: UTF-8 plain text, or HTML (tags stripped) when the name ends in .html/.htm.
class ArticleReader
{
public:
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;

    static ArticleReadResult read(QIODevice& device, const QString& fileName);
    static ArticleReadResult readFile(const QString& path);
    /// Segments text that is already decoded.
    static Article fromText(const QString& text, const QString& name);
};
