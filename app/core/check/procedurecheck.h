// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/claim.h"
#include "core/record/voterecord.h"

/// \brief Checks a procedure or identity claim (isProcedure()) against the record: sets its verdict,
/// recorded value and explanation.
class ProcedureCheck
{
public:
    static void check(Claim& claim, const VoteRecord& record);
};
