// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/procedurecheck.h"

void ProcedureCheck::check(Claim& claim, const VoteRecord& record)
{
    // Not written yet.
    claim.verdict = Verdict::Unverifiable;
    claim.explanation = QStringLiteral("Procedure claims are not checked against %1 yet.").arg(record.symbol);
}
