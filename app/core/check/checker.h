// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"
#include "core/check/claim.h"
#include "core/check/claimextractor.h"
#include "core/record/voterecord.h"

#include <QList>
#include <map>
#include <memory>

/// \brief A sentence of the article that makes at least one checkable claim, with its verdict.
struct Statement
{
    int index = 0; // position in CheckResult::statements
    int sentence = 0; // position in Article::sentences
    int start = 0; // UTF-16 span in Article::text
    int end = 0;
    QString text;
    QList<Claim> claims;
    Verdict verdict = Verdict::Consistent; // the most severe of its claims
    QString explanation;
    QList<int> related; // indices of statements about the same figures
};

/// \brief The statements of one article checked against one record.
struct CheckResult
{
    QString recordSymbol;
    QString lang; // the language the article was read in: "en", "uk", "ru", "de", "fr", "es"
    QList<Statement> statements;

    int count(Verdict verdict) const;
    bool contradicts() const;
};

/// \brief Checks an article's statements against a vote record and against each other.
class Checker
{
public:
    /// Reads the article in \a lang (a Language::supported() code), or in the article's own language
    /// (Article::lang, detected on reading) when \a lang is empty. To force a language, call
    /// Article::useLanguage() first so that the sentences are split for it too.
    CheckResult check(const Article& article, const VoteRecord& record, const QString& lang = {}) const;

private:
    const ClaimExtractor& extractor(const QString& lang) const;

    mutable std::map<QString, std::unique_ptr<ClaimExtractor>> m_extractors; // built on first use
};
