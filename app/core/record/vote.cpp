// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/vote.h"

QString voteCode(Vote vote)
{
    switch (vote) {
    case Vote::Yes:
        return QStringLiteral("Y");
    case Vote::No:
        return QStringLiteral("N");
    case Vote::Abstain:
        return QStringLiteral("A");
    case Vote::NonVoting:
        return QStringLiteral("X");
    }
    return {};
}

std::optional<Vote> voteFromCode(QStringView code)
{
    const QString c = code.trimmed().toString().toUpper();
    if (c == u"Y")
        return Vote::Yes;
    if (c == u"N")
        return Vote::No;
    if (c == u"A")
        return Vote::Abstain;
    if (c == u"X" || c == u"NV")
        return Vote::NonVoting;
    return std::nullopt;
}

QString voteLabel(Vote vote)
{
    switch (vote) {
    case Vote::Yes:
        return QStringLiteral("Yes");
    case Vote::No:
        return QStringLiteral("No");
    case Vote::Abstain:
        return QStringLiteral("Abstain");
    case Vote::NonVoting:
        return QStringLiteral("Non-voting");
    }
    return {};
}

QString votePhrase(Vote vote)
{
    switch (vote) {
    case Vote::Yes:
        return QStringLiteral("in favour");
    case Vote::No:
        return QStringLiteral("against");
    case Vote::Abstain:
        return QStringLiteral("abstaining");
    case Vote::NonVoting:
        return QStringLiteral("not voting");
    }
    return {};
}
