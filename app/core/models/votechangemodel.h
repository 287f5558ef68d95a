// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/votecomparison.h"

#include <QAbstractTableModel>

/// \brief One row per member state whose vote changed between two records: state, group, first and second
/// vote.
class VoteChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, GroupColumn, FirstColumn, SecondColumn, ColumnCount };
    enum Role {
        FirstVoteRole = Qt::UserRole + 1, // int: Vote
        SecondVoteRole, // int: Vote
        GroupRole, // int: RegionalGroup
        Iso3Role,
        SortRole, // names lower-cased, votes and groups as their enum order
    };

    explicit VoteChangeModel(QObject* parent = nullptr);

    void setComparison(const VoteComparison& comparison);
    const VoteComparison& comparison() const { return m_comparison; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    VoteComparison m_comparison;
};
