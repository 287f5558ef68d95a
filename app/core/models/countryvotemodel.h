// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"

#include <QAbstractTableModel>

/// \brief One row per member state of a record: name, ISO code, regional group and vote.
class CountryVoteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodeColumn, GroupColumn, VoteColumn, ColumnCount };
    enum Role {
        VoteRole = Qt::UserRole + 1, // int: Vote
        GroupRole, // int: RegionalGroup
        Iso3Role,
        SortRole, // a key that sorts votes Yes, No, Abstain, Non-voting
    };

    explicit CountryVoteModel(QObject* parent = nullptr);

    void setRecord(const VoteRecord& record);
    const VoteRecord& record() const { return m_record; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    VoteRecord m_record;
};
