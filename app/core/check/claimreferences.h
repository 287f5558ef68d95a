// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/claim.h"
#include "core/record/voterecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

/// \brief What a claim that leans on something else is checked against: the record's counts and a named
/// state's recorded vote, or a count the article gave before.
namespace ClaimReferences {

/// The record's value of a count, with how it was found ("193 members - 91 in favour"); nullopt when the
/// record does not give it.
std::optional<qint64> recordedCount(ClaimKind kind, const VoteRecord& r, QString* how);
/// "voted in favour", "abstained", "did not vote".
QString stateVotePhrase(Vote vote);
/// "Росію підтримали лише чотири держави", "141 countries voted against Russia": the kind of a count that
/// leans on a state (Claim::sameAs), read from the state's recorded vote.
void resolveBackedCount(Claim& c, const VoteRecord& record);
/// "Washington and Budapest were both among the 91", "91 Stimmen": claims that lean on a count the article
/// gave before (\a lastValues: the last value given of each kind of count).
void namedAmongCounts(QList<Claim>& claims, const QHash<int, qint64>& lastValues);

} // namespace ClaimReferences
