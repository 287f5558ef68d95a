// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shownlabelsproxy.h"

#include "ui/shownlabels.h"

#include <QCoreApplication>

namespace {

// The core models' English headers, listed here so that lupdate offers them for translation.
[[maybe_unused]] constexpr const char* headers[] = {
    QT_TRANSLATE_NOOP("TableHeader", "Member state"),
    QT_TRANSLATE_NOOP("TableHeader", "ISO"),
    QT_TRANSLATE_NOOP("TableHeader", "Regional group"),
    QT_TRANSLATE_NOOP("TableHeader", "Vote"),
    QT_TRANSLATE_NOOP("TableHeader", "Symbol"),
    QT_TRANSLATE_NOOP("TableHeader", "Date"),
    QT_TRANSLATE_NOOP("TableHeader", "Title"),
    QT_TRANSLATE_NOOP("TableHeader", "Session"),
    QT_TRANSLATE_NOOP("TableHeader", "Yes"),
    QT_TRANSLATE_NOOP("TableHeader", "No"),
    QT_TRANSLATE_NOOP("TableHeader", "Abstain"),
    QT_TRANSLATE_NOOP("TableHeader", "Non-voting"),
    QT_TRANSLATE_NOOP("TableHeader", "First vote"),
    QT_TRANSLATE_NOOP("TableHeader", "Second vote"),
};

/// The shown label of a cell that holds a core vote label or group key, else an empty string.
QString shownCell(const QString& text)
{
    for (Vote v : allVotes) {
        if (text == voteLabel(v))
            return shownVoteLabel(v);
    }
    for (RegionalGroup g : { RegionalGroup::African, RegionalGroup::AsiaPacific, RegionalGroup::EasternEuropean,
             RegionalGroup::LatinAmericanCaribbean, RegionalGroup::WesternEuropeanOthers }) {
        if (text == MemberStates::groupKey(g))
            return shownGroupName(g);
    }
    return {};
}

} // namespace

QVariant ShownLabelsProxy::data(const QModelIndex& index, int role) const
{
    const QVariant value = QIdentityProxyModel::data(index, role);
    if (role != Qt::DisplayRole || value.typeId() != QMetaType::QString)
        return value;
    const QString shown = shownCell(value.toString());
    return shown.isEmpty() ? value : QVariant(shown);
}

QVariant ShownLabelsProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QVariant value = QIdentityProxyModel::headerData(section, orientation, role);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || value.typeId() != QMetaType::QString)
        return value;
    const QByteArray source = value.toString().toUtf8();
    return QCoreApplication::translate("TableHeader", source.constData());
}
