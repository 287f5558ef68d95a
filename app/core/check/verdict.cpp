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

QString verdictGlyph(Verdict verdict)
{
    switch (verdict) {
    case Verdict::ContradictsRecord:
        return QStringLiteral("\u2716");
    case Verdict::ContradictsArticle:
        return QStringLiteral("\u2260");
    case Verdict::Revised:
        return QStringLiteral("\u21BB");
    case Verdict::Unverifiable:
        return QStringLiteral("?");
    case Verdict::Consistent:
        return QStringLiteral("\u2714");
    }
    return {};
}

QString verdictColorName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::ContradictsRecord:
        return QStringLiteral("#D55E00");
    case Verdict::ContradictsArticle:
        return QStringLiteral("#CC79A7");
    case Verdict::Revised:
        return QStringLiteral("#56B4E9");
    case Verdict::Unverifiable:
        return QStringLiteral("#999999");
    case Verdict::Consistent:
        return QStringLiteral("#009E73");
    }
    return QStringLiteral("#999999");
}
