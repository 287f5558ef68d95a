// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/claim.h"
#include "core/check/countreader.h"

/// \brief Reads counts given relative to others: fractions ("nearly half of the members voted in
/// favour", "two thirds of those voting") and comparisons ("more states abstained than voted against").
class RelativeReader
{
public:
    /// Appends the claims; marks the tokens of each fraction taken in \a ctx.
    static void read(SentenceContext& ctx, QList<Claim>& claims);
};
