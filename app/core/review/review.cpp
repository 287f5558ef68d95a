// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/review.h"

#include <QHash>
#include <cstdlib>

namespace {
constexpr qint64 maxContainmentChecks = 200000; // override × statement pairs of the second pass
}

QList<KeyedOverride> Review::keyed(const QList<Statement>& statements, const QList<Override>& overrides)
{
    QList<KeyedOverride> out;
    const qsizetype n = std::min(statements.size(), overrides.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!overrides.at(i).isEmpty())
            out.append({ statements.at(i).text, statements.at(i).start, overrides.at(i) });
    }
    return out;
}

QList<KeyedOverride> Review::keyedOverrides() const
{
    return keyed(result.statements, overrides) + unmatched;
}

OverrideMatch Review::attach(const QList<KeyedOverride>& overrides, const QList<Statement>& statements)
{
    OverrideMatch match;
    match.overrides.resize(statements.size());
    QList<bool> taken(statements.size(), false);
    QHash<QString, QList<int>> byText;
    QStringList texts;
    texts.reserve(statements.size());
    for (int i = 0; i < statements.size(); ++i) {
        texts << statements.at(i).text.simplified();
        byText[texts.last()].append(i);
    }
    auto take = [&](int statement, const KeyedOverride& o) {
        taken[statement] = true;
        match.overrides[statement] = o.decision;
    };

    QList<KeyedOverride> rest;
    for (const KeyedOverride& o : overrides) {
        if (o.decision.isEmpty())
            continue;
        int best = -1;
        for (int i : byText.value(o.text.simplified())) {
            if (!taken.at(i)
                && (best < 0
                    || std::abs(statements.at(i).start - o.start)
                        < std::abs(statements.at(best).start - o.start)))
                best = i;
        }
        if (best >= 0)
            take(best, o);
        else
            rest.append(o);
    }

    qint64 checks = 0;
    for (const KeyedOverride& o : rest) {
        const QString text = o.text.simplified();
        int best = -1;
        for (int i = 0; !text.isEmpty() && i < statements.size() && checks < maxContainmentChecks;
             ++i, ++checks) {
            if (taken.at(i) || texts.at(i).isEmpty()
                || !(texts.at(i).contains(text) || text.contains(texts.at(i))))
                continue;
            if (best < 0
                || std::abs(statements.at(i).start - o.start) < std::abs(statements.at(best).start - o.start))
                best = i;
        }
        if (best >= 0)
            take(best, o);
        else
            match.unmatched.append(o);
    }
    return match;
}
