// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/verdict.h"

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::ContradictsRecord:
        return QStringLiteral("contradicts-record");
    case Verdict::ContradictsArticle:
        return QStringLiteral("contradicts-article");
    case Verdict::Revised:
        return QStringLiteral("revised");
    case Verdict::Unverifiable:
        return QStringLiteral("unverifiable");
    case Verdict::Consistent:
        return QStringLiteral("consistent");
    }
    return {};
}

std::optional<Verdict> verdictFromKey(QStringView key)
{
    for (Verdict v : allVerdicts) {
        if (key == verdictKey(v))
            return v;
    }
    return std::nullopt;
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::ContradictsRecord:
        return QStringLiteral("Contradicts the record");
    case Verdict::ContradictsArticle:
        return QStringLiteral("Contradicts the article");
    case Verdict::Revised:
        return QStringLiteral("Revised after the vote");
    case Verdict::Unverifiable:
        return QStringLiteral("Unverifiable");
    case Verdict::Consistent:
        return QStringLiteral("Consistent");
    }
    return {};
}

Verdict moreSevere(Verdict a, Verdict b)
{
    return static_cast<int>(a) <= static_cast<int>(b) ? a : b;
}
