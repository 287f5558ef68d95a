// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct Article;
class VoteDatabase;

/// \brief The resolution `plenary --check` checks an article against, and the line it prints about it.
struct ResolutionChoice
{
    qsizetype index = -1; // in the VoteDatabase; -1 when none could be chosen
    QString message; // one line for stderr, starting "plenary: "; an error when index is -1

    bool ok() const { return index >= 0; }
};

/// Chooses the resolution \a article is checked against: \a requestedSymbol (--resolution) when given,
/// the only resolution of a one-resolution database, else ResolutionMatcher's first proposal when it is
/// confident. An unknown symbol, an empty database or no confident proposal is an error whose message
/// says what to do.
ResolutionChoice chooseResolution(
    const VoteDatabase& database, const Article& article, const QString& requestedSymbol);
