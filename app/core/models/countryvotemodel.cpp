// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/countryvotemodel.h"

CountryVoteModel::CountryVoteModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CountryVoteModel::setRecord(const VoteRecord& record)
{
    beginResetModel();
    m_record = record;
    endResetModel();
}

int CountryVoteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_record.votes.size());
}

int CountryVoteModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountryVoteModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StateVote& v = m_record.votes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return v.name;
        case CodeColumn:
            return v.iso3;
        case GroupColumn:
            return MemberStates::groupKey(v.group);
        case VoteColumn:
            return voteLabel(v.vote);
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2), %3: %4")
            .arg(v.name, v.iso3, MemberStates::groupName(v.group), voteLabel(v.vote));
    case SortRole:
        if (index.column() == VoteColumn)
            return static_cast<int>(v.vote);
        if (index.column() == GroupColumn)
            return static_cast<int>(v.group);
        return data(index, Qt::DisplayRole).toString().toLower();
    case VoteRole:
        return static_cast<int>(v.vote);
    case GroupRole:
        return static_cast<int>(v.group);
    case Iso3Role:
        return v.iso3;
    default:
        return {};
    }
}

QVariant CountryVoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return QStringLiteral("Member state");
    case CodeColumn:
        return QStringLiteral("ISO");
    case GroupColumn:
        return QStringLiteral("Regional group");
    case VoteColumn:
        return QStringLiteral("Vote");
    }
    return {};
}
