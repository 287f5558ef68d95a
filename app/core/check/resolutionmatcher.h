// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

struct Article;
class VoteDatabase;

/// \brief One resolution an article may report, how strongly, and why in sentences a user can read.
struct ResolutionProposal
{
    qsizetype index = -1; // in the VoteDatabase
    double score = 0;
    QStringList reasons;
};

/// \brief Proposes the resolution an article reports: the one whose symbol or draft it names, else the
/// ones voted on or just before the article's date, sharing rare title words and matching the tallies
/// it quotes.
///
/// Scores add up: a named symbol or draft namedScore (it wins outright); the article's yes and no both
/// matching the totals (or the published totals) 6, 7.5 with abstentions too, one count alone up to 3.5;
/// a vote on the article's date 3, falling as exp(-(days/4)^2) for votes up to 10 days before it, 1.5 the
/// day after (time zones); a vote on another date the article mentions 1.5; title words shared with the
/// article, rarer ones weighing more, up to 4. Below confidentScore a proposal is a guess: the article
/// names no symbol, and neither its tallies nor its date together with title words agree.
class ResolutionMatcher
{
public:
    static constexpr double namedScore = 100;
    static constexpr double confidentScore = 4.5;

    /// The best proposals first (ties go to the vote closest to the article's date), at most \a max,
    /// only those with a score above zero. \a articleDate, when invalid, is the first date in the text.
    static QList<ResolutionProposal> propose(
        const Article& article, const VoteDatabase& database, QDate articleDate = {}, int max = 5);

    /// The first date the text gives: "2025-12-04", "4 December 2025" or "December 4, 2025".
    static QDate firstDate(const QString& text);
    /// "4 December 2025".
    static QString dateText(const QDate& date);
};
