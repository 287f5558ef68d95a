// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shownlabels.h"

#include <QCoreApplication>

QString shownVoteLabel(Vote vote)
{
    switch (vote) {
    case Vote::Yes:
        return QCoreApplication::translate("Vote", "Yes");
    case Vote::No:
        return QCoreApplication::translate("Vote", "No");
    case Vote::Abstain:
        return QCoreApplication::translate("Vote", "Abstain");
    case Vote::NonVoting:
        return QCoreApplication::translate("Vote", "Non-voting");
    }
    return voteLabel(vote);
}

QString shownVotePhrase(Vote vote)
{
    switch (vote) {
    case Vote::Yes:
        return QCoreApplication::translate("Vote", "in favour");
    case Vote::No:
        return QCoreApplication::translate("Vote", "against");
    case Vote::Abstain:
        return QCoreApplication::translate("Vote", "abstaining");
    case Vote::NonVoting:
        return QCoreApplication::translate("Vote", "not voting");
    }
    return votePhrase(vote);
}

QString shownVerdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::ContradictsRecord:
        return QCoreApplication::translate("Verdict", "Contradicts the record");
    case Verdict::ContradictsArticle:
        return QCoreApplication::translate("Verdict", "Contradicts the article");
    case Verdict::Revised:
        return QCoreApplication::translate("Verdict", "Revised after the vote");
    case Verdict::Unverifiable:
        return QCoreApplication::translate("Verdict", "Unverifiable");
    case Verdict::Consistent:
        return QCoreApplication::translate("Verdict", "Consistent");
    }
    return verdictLabel(verdict);
}

QString shownGroupName(RegionalGroup group)
{
    switch (group) {
    case RegionalGroup::African:
        return QCoreApplication::translate("RegionalGroup", "African Group");
    case RegionalGroup::AsiaPacific:
        return QCoreApplication::translate("RegionalGroup", "Asia and the Pacific Group");
    case RegionalGroup::EasternEuropean:
        return QCoreApplication::translate("RegionalGroup", "Eastern European Group");
    case RegionalGroup::LatinAmericanCaribbean:
        return QCoreApplication::translate("RegionalGroup", "Latin American and Caribbean Group");
    case RegionalGroup::WesternEuropeanOthers:
        return QCoreApplication::translate("RegionalGroup", "Western European and Others Group");
    case RegionalGroup::None:
        break;
    }
    return QCoreApplication::translate("RegionalGroup", "No group");
}

QString shownMajorityDescription(Majority majority)
{
    switch (majority) {
    case Majority::Simple:
        return QCoreApplication::translate("Majority", "simple majority of members present and voting");
    case Majority::TwoThirds:
        return QCoreApplication::translate("Majority", "two-thirds majority of members present and voting");
    case Majority::Unknown:
        break;
    }
    return QCoreApplication::translate("Majority", "required majority not recorded");
}

QString shownRejectedLabel()
{
    return QCoreApplication::translate("Verdict", "Rejected by reviewer");
}

QString shownLanguageName(const QString& code)
{
    static const struct
    {
        const char* code;
        const char* name;
    } names[] = {
        { "en", QT_TRANSLATE_NOOP("Language", "English") },
        { "uk", QT_TRANSLATE_NOOP("Language", "Ukrainian") },
        { "ru", QT_TRANSLATE_NOOP("Language", "Russian") },
        { "de", QT_TRANSLATE_NOOP("Language", "German") },
        { "fr", QT_TRANSLATE_NOOP("Language", "French") },
        { "es", QT_TRANSLATE_NOOP("Language", "Spanish") },
    };
    for (const auto& n : names) {
        if (code == QLatin1String(n.code))
            return QCoreApplication::translate("Language", n.name);
    }
    return code;
}
