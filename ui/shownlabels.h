// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/verdict.h"
#include "core/record/memberstates.h"
#include "core/record/vote.h"
#include "core/record/voterecord.h"

#include <QString>

/// \brief The core's vote, verdict and group labels as the window shows them, in the interface language.
/// The core's voteLabel() and friends stay English: they are a data format in --check and --json output.
QString shownVoteLabel(Vote vote);
QString shownVotePhrase(Vote vote);
QString shownVerdictLabel(Verdict verdict);
/// What a statement whose flag the reviewer rejected shows instead of its verdict.
QString shownRejectedLabel();
QString shownGroupName(RegionalGroup group);
QString shownMajorityDescription(Majority majority);
/// The name of a language the checker reads ("en", "uk", ...), in the interface language.
QString shownLanguageName(const QString& code);
