// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/resolutionlistmodel.h"

#include "core/record/votedatabase.h"

ResolutionListModel::ResolutionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ResolutionListModel::setDatabase(const VoteDatabase* database)
{
    beginResetModel();
    m_database = database;
    m_searchText.clear();
    if (m_database) {
        m_searchText.reserve(m_database->size());
        for (qsizetype i = 0; i < m_database->size(); ++i) {
            const VoteDatabase::Resolution& r = m_database->resolution(i);
            QStringList parts { r.symbol, r.title, r.agendaTitle };
            parts += r.subjects;
            m_searchText.append(parts.join(u'\n').toLower());
        }
    }
    endResetModel();
}

int ResolutionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_database ? 0 : int(m_database->size());
}

int ResolutionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResolutionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VoteDatabase::Resolution& r = m_database->resolution(index.row());
    auto count = [&r](int column) -> int {
        switch (column) {
        case YesColumn:
            return r.totals.yes;
        case NoColumn:
            return r.totals.no;
        case AbstainColumn:
            return r.totals.abstain;
        default:
            return r.totals.nonVoting;
        }
    };
    const int column = index.column();
    const bool isCount = column >= YesColumn && column <= NonVotingColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SymbolColumn:
            return r.symbol;
        case DateColumn:
            return r.date.toString(Qt::ISODate);
        case TitleColumn:
            return r.title;
        case SessionColumn:
            return r.session;
        default:
            return count(column);
        }
    case Qt::ToolTipRole:
        if (column == TitleColumn && !r.agendaTitle.isEmpty() && r.agendaTitle != r.title)
            return QStringLiteral("%1\nAgenda item: %2").arg(r.title, r.agendaTitle);
        if (column == TitleColumn || column == SymbolColumn)
            return r.title;
        return {};
    case Qt::TextAlignmentRole:
        if (isCount)
            return QVariant::fromValue<Qt::Alignment>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (isCount)
            return count(column);
        if (column == DateColumn)
            return r.date;
        return data(index, Qt::DisplayRole);
    case IndexRole:
        return qlonglong(index.row());
    case DateRole:
        return r.date;
    case SymbolRole:
        return r.symbol;
    case SessionRole:
        return r.session;
    case SubjectsRole:
        return r.subjects;
    case SearchTextRole:
        return m_searchText.at(index.row());
    default:
        return {};
    }
}

QVariant ResolutionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SymbolColumn:
        return QStringLiteral("Symbol");
    case DateColumn:
        return QStringLiteral("Date");
    case TitleColumn:
        return QStringLiteral("Title");
    case SessionColumn:
        return QStringLiteral("Session");
    case YesColumn:
        return QStringLiteral("Yes");
    case NoColumn:
        return QStringLiteral("No");
    case AbstainColumn:
        return QStringLiteral("Abstain");
    case NonVotingColumn:
        return QStringLiteral("Non-voting");
    }
    return {};
}
