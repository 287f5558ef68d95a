// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"
#include "core/check/checker.h"
#include "core/record/voterecord.h"
#include "core/review/override.h"

#include <QList>
#include <QString>

/// \brief Overrides attached to a list of statements, and those that found no statement.
struct OverrideMatch
{
    QList<Override> overrides; // one per statement, empty where the reviewer said nothing
    QList<KeyedOverride> unmatched;
};

/// \brief A saved review: the record, the article, the engine's verdicts as checked and the reviewer's
/// overrides and notes (see README, "Review files").
struct Review
{
    static inline const QString embeddedOrigin = QStringLiteral("embedded");

    QString recordOrigin; // embeddedOrigin, or the record file the record was read from
    VoteRecord record;
    Article article; // name, text and sentences
    CheckResult result; // the statements as checked when saved; claims are not kept
    QList<Override> overrides; // one per result.statements entry (may be shorter: the rest are empty)
    QList<KeyedOverride> unmatched; // overrides whose statements a re-check no longer found

    /// Every non-empty override with its statement's text and start, the unmatched ones last.
    QList<KeyedOverride> keyedOverrides() const;
    /// The statements' overrides keyed by text and start, from parallel lists.
    static QList<KeyedOverride> keyed(const QList<Statement>& statements, const QList<Override>& overrides);
    /// Attaches \a overrides to \a statements: first to a statement of the same text (spaces
    /// normalised; the nearest start wins among repeats), then to one whose text contains it or is
    /// contained in it. Each statement takes at most one override; work is bounded for hostile input.
    static OverrideMatch attach(const QList<KeyedOverride>& overrides, const QList<Statement>& statements);
};
