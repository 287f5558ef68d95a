// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

class VoteDatabase;

/// \brief One row per resolution of a VoteDatabase: symbol, date, title, session and the tallies.
class ResolutionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SymbolColumn,
        DateColumn,
        TitleColumn,
        SessionColumn,
        YesColumn,
        NoColumn,
        AbstainColumn,
        NonVotingColumn,
        ColumnCount
    };
    enum Role {
        IndexRole = Qt::UserRole + 1, // qsizetype (qlonglong): the row's index in the database
        DateRole, // QDate of the vote
        SortRole, // int for the count columns, QDate for Date, text for the others
        SymbolRole,
        SessionRole,
        SubjectsRole, // QStringList
        SearchTextRole, // lowercase symbol, title, agenda title and subjects, one per line
    };

    explicit ResolutionListModel(QObject* parent = nullptr);

    /// The caller owns \a database and keeps it alive and unchanged while it is set; call again after
    /// changing it, and with nullptr before destroying it.
    void setDatabase(const VoteDatabase* database);
    const VoteDatabase* database() const { return m_database; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const VoteDatabase* m_database = nullptr;
    QStringList m_searchText; // per row, built once in setDatabase so filtering stays fast
};
