// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/factorcheck.h"

#include <QLocale>

namespace {

QString decimal(double v)
{
    return QLocale::c().toString(v, 'g', 4);
}

QString factorWords(Approx approx)
{
    // "fewer than 3 times" reads wrong: a factor is less than, not fewer than.
    return approx == Approx::LessThan ? QStringLiteral("less than ") : approxWords(approx);
}

} // namespace

bool FactorCheck::matches(double factor, Approx approx, double ratio)
{
    if (const auto bound = boundHolds(approx, ratio, factor))
        return *bound;
    if (approx == Approx::Nearly)
        return ratio >= factor * (1 - 0.2) && ratio <= factor * 1.02;
    return ratio >= factor * (1 - tolerance) && ratio <= factor * (1 + tolerance);
}

QString FactorCheck::rule(double factor, Approx approx)
{
    const QString said = factorWords(approx) + decimal(factor) + QStringLiteral(" times");
    switch (approx) {
    case Approx::Exact:
    case Approx::About:
        return QStringLiteral("%1 = %2 to %3 times (within 15%)")
            .arg(said, decimal(factor * (1 - tolerance)), decimal(factor * (1 + tolerance)));
    case Approx::Nearly:
        return QStringLiteral("%1 = %2 to %3 times").arg(said, decimal(factor * 0.8), decimal(factor));
    case Approx::MoreThan:
    case Approx::AtLeast:
    case Approx::LessThan:
    case Approx::AtMost:
        return said;
    }
    return said;
}

QString FactorCheck::phrase(const Claim& c)
{
    const auto side = [](ClaimKind kind) {
        const auto vote = voteOfKind(kind);
        return vote ? votePhrase(*vote) : claimKindKey(kind);
    };
    return QStringLiteral("%1%2 times as many %3 as %4")
        .arg(factorWords(c.approx), decimal(c.factor.value_or(0)), side(c.comparedKind), side(c.compareWith));
}
