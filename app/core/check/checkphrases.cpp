// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/checkphrases.h"

#include <QLocale>

namespace CheckPhrases {

QString number(qint64 n)
{
    static const QLocale english(QLocale::English);
    return english.toString(n);
}

QString countPhrase(ClaimKind kind, qint64 n)
{
    if (kind == ClaimKind::Members)
        return QStringLiteral("%1 members").arg(number(n));
    if (kind == ClaimKind::Sponsors)
        return QStringLiteral("%1 sponsors").arg(number(n));
    if (kind == ClaimKind::Present)
        return QStringLiteral("%1 taking part").arg(number(n));
    if (kind == ClaimKind::NotInFavour)
        return QStringLiteral("%1 not in favour").arg(number(n));
    if (kind == ClaimKind::Voting)
        return QStringLiteral("%1 present and voting").arg(number(n));
    if (const auto vote = voteOfKind(kind))
        return QStringLiteral("%1 %2").arg(number(n)).arg(votePhrase(*vote));
    return number(n);
}

/// The claim as the engine read it: "about 40 abstaining", "47% of members in favour".
QString claimPhrase(const Claim& c)
{
    if (c.percent) {
        const QString of = c.base.isEmpty() ? QString() : QStringLiteral(" of %1").arg(c.base);
        const QString what = voteOfKind(c.kind) ? votePhrase(*voteOfKind(c.kind)) : claimKindKey(c.kind);
        return QStringLiteral("%1%2%3 %4")
            .arg(approxWords(c.approx), QString::number(*c.percent, 'g', 4) + u'%', of, what);
    }
    return approxWords(c.approx) + countPhrase(c.kind, c.claimed);
}

/// Lowest and highest count an approximate claim allows.
std::pair<double, double> claimRange(const Claim& c)
{
    constexpr double inf = 1e18;
    const double v = double(c.claimed);
    switch (c.approx) {
    case Approx::Exact:
        return { v, v };
    case Approx::About:
        return { v - c.tolerance, v + c.tolerance };
    case Approx::Nearly: // "nearly 60": a little under 60, or 60 itself
        return { v - c.tolerance, v };
    case Approx::MoreThan:
        return { v + 1, inf };
    case Approx::AtLeast:
        return { v, inf };
    case Approx::LessThan:
        return { -inf, v - 1 };
    case Approx::AtMost:
        return { -inf, v };
    }
    return { v, v };
}

} // namespace CheckPhrases
