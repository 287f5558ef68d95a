// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/votechangemodel.h"

VoteChangeModel::VoteChangeModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void VoteChangeModel::setComparison(const VoteComparison& comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int VoteChangeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.changes().size());
}

int VoteChangeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoteChangeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VoteComparison::Change& c = m_comparison.changes().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case GroupColumn:
            return MemberStates::groupKey(c.group);
        case FirstColumn:
            return voteLabel(c.first);
        case SecondColumn:
            return voteLabel(c.second);
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2): %3 in %4, %5 in %6")
            .arg(c.name, c.iso3, voteLabel(c.first), m_comparison.first().symbol, voteLabel(c.second),
                m_comparison.second().symbol);
    case SortRole:
        switch (index.column()) {
        case GroupColumn:
            return static_cast<int>(c.group);
        case FirstColumn:
            return static_cast<int>(c.first);
        case SecondColumn:
            return static_cast<int>(c.second);
        }
        return c.name.toLower();
    case FirstVoteRole:
        return static_cast<int>(c.first);
    case SecondVoteRole:
        return static_cast<int>(c.second);
    case GroupRole:
        return static_cast<int>(c.group);
    case Iso3Role:
        return c.iso3;
    default:
        return {};
    }
}

QVariant VoteChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return QStringLiteral("Member state");
    case GroupColumn:
        return QStringLiteral("Regional group");
    case FirstColumn:
        return m_comparison.first().symbol.isEmpty() ? QStringLiteral("First vote")
                                                     : m_comparison.first().symbol;
    case SecondColumn:
        return m_comparison.second().symbol.isEmpty() ? QStringLiteral("Second vote")
                                                      : m_comparison.second().symbol;
    }
    return {};
}
