// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/claim.h"

#include <QString>
#include <utility>

/// \brief How the checker words claims and counts in its explanations, and the range an approximate
/// claim allows; shared by Checker and CrossCheck.
namespace CheckPhrases {

/// \a n in English digits with separators ("19,546").
QString number(qint64 n);
/// "91 in favour", "193 members", "160 taking part".
QString countPhrase(ClaimKind kind, qint64 n);
/// The claim as the engine read it: "about 40 abstaining", "47% of members in favour".
QString claimPhrase(const Claim& c);
/// Lowest and highest count an approximate claim allows.
std::pair<double, double> claimRange(const Claim& c);

} // namespace CheckPhrases
