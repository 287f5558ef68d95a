// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/resolutionchoice.h"

#include "core/article/article.h"
#include "core/check/resolutionmatcher.h"
#include "core/record/votedatabase.h"

#include <QLocale>

namespace {

QString resolutionCount(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 resolution")
                  : QStringLiteral("%1 resolutions").arg(QLocale(QLocale::English).toString(n));
}

} // namespace

ResolutionChoice chooseResolution(
    const VoteDatabase& database, const Article& article, const QString& requestedSymbol)
{
    ResolutionChoice choice;
    const QString count = resolutionCount(database.size());
    if (database.isEmpty()) {
        choice.message = QStringLiteral("plenary: the record holds no resolutions to check against");
        return choice;
    }
    if (!requestedSymbol.trimmed().isEmpty()) {
        choice.index = database.indexOf(requestedSymbol.trimmed());
        if (choice.ok())
            choice.message = QStringLiteral("plenary: checked against %1 (chosen with --resolution)")
                                 .arg(database.resolution(choice.index).symbol);
        else
            choice.message = QStringLiteral("plenary: no resolution %1 among the record's %2; "
                                            "--list-resolutions lists them")
                                 .arg(requestedSymbol.trimmed(), count);
        return choice;
    }
    if (database.size() == 1) {
        choice.index = 0;
        choice.message = QStringLiteral("plenary: checked against %1 (the only resolution in the record)")
                             .arg(database.resolution(0).symbol);
        return choice;
    }
    const QList<ResolutionProposal> proposals = ResolutionMatcher::propose(article, database, {}, 2);
    if (proposals.isEmpty()) {
        choice.message = QStringLiteral("plenary: cannot tell which of the record's %1 the article reports "
                                        "(it names no symbol, and no date, tallies or title words match); "
                                        "use --resolution to choose one")
                             .arg(count);
        return choice;
    }
    const ResolutionProposal& best = proposals.first();
    const QString symbol = database.resolution(best.index).symbol;
    const QString why = best.reasons.join(QStringLiteral("; "));
    if (best.score < ResolutionMatcher::confidentScore) {
        choice.message = QStringLiteral("plenary: cannot tell which of the record's %1 the article reports; "
                                        "the closest, %2, only has: %3; use --resolution to choose one")
                             .arg(count, symbol, why);
        return choice;
    }
    choice.index = best.index;
    choice.message = QStringLiteral("plenary: checked against %1 (chosen from %2: %3); "
                                    "use --resolution to choose another")
                         .arg(symbol, count, why);
    return choice;
}
