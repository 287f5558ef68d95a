// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"
#include "core/check/checker.h"
#include "core/record/voterecord.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

/// \brief Counts of how well a check result meets a golden case (see tests/data/articles).
struct GoldenScore
{
    int cases = 0;
    int expected = 0; // expected statements
    int found = 0; // statements the checker reported
    int matched = 0; // expected statements that some reported statement contains
    int foundExpected = 0; // reported statements that contain at least one expected statement
    int verdictsRight = 0; // expected statements found with the expected verdict
    int expectedClaims = 0;
    int claimsFound = 0; // expected claims present in the matched statement
    int langRight = 0; // cases whose detected language is the expected one
    int notListedHit = 0; // not_listed snippets that were reported all the same
    QMap<QString, int> verdictPairs; // "expected -> reported" ("missing" when not found): how many
    QMap<QString, int> claimsExpected; // per claim kind
    QMap<QString, int> claimsFoundByKind; // per claim kind, of those expected

    void add(const GoldenScore& other);
    /// A share in per cent, 100 when there is nothing to count.
    static double percent(int part, int whole);
};

/// \brief One golden case: its article, its record and its expected.json, and how a check result
/// compares with them. Shared by tst_checker (strict) and plenary_accuracy (scores).
class GoldenCase
{
public:
    /// The case folders under \a root, sorted by name; empty when \a root does not exist.
    static QStringList caseDirs(const QString& root);
    /// Reads the case in \a dir; on failure the result has no article and error() says why.
    static GoldenCase load(const QString& dir);

    bool ok() const { return m_article.has_value(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    /// The expected "lang", or "" when the case does not give one.
    QString lang() const;
    const Article& article() const { return *m_article; }
    const VoteRecord& record() const { return m_record; }
    const QJsonObject& expected() const { return m_expected; }

    /// Checks the article with the language detected from its text.
    CheckResult check() const;
    /// Every way \a result differs from the expectation (empty when it meets it exactly).
    QStringList problems(const CheckResult& result) const;
    GoldenScore score(const CheckResult& result) const;

    /// Whether \a claim has the expected claim's kind and every field the expected claim gives.
    static bool claimMatches(const Claim& claim, const QJsonObject& expectedClaim);
    static const Statement* statementContaining(const CheckResult& result, const QString& snippet);

private:
    QString m_name;
    QString m_error;
    QJsonObject m_expected;
    std::optional<Article> m_article;
    VoteRecord m_record;
};
