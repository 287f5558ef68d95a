// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/claim.h"

/// \brief Comparisons by a factor: "seven times as many abstained as opposed", "почти впятеро больше".
///
/// A plain factor matches a ratio within 15% of it (reporters round: 65 / 18 = 3.6 is "more than three
/// times", not "three times"); "nearly N times" is 80% of N up to N; "more than", "at least", "fewer than"
/// and "at most" bound the ratio on one side.
class FactorCheck
{
public:
    static constexpr double tolerance = 0.15;
    static bool matches(double factor, Approx approx, double ratio);
    /// The rule, e.g. "about 7 times = 5.95 to 8.05 times (within 15%)".
    static QString rule(double factor, Approx approx);
    /// The claim as read: "nearly 5 times as many abstaining as against".
    static QString phrase(const Claim& c);
};
