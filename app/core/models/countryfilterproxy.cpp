// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/countryfilterproxy.h"

#include "core/models/countryvotemodel.h"

CountryFilterProxy::CountryFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CountryVoteModel::SortRole);
}

void CountryFilterProxy::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void CountryFilterProxy::setVoteFilter(int vote)
{
    m_vote = vote;
    invalidateFilter();
}

bool CountryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    if (m_vote >= 0
        && m->index(sourceRow, 0, sourceParent).data(CountryVoteModel::VoteRole).toInt() != m_vote)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column :
        { CountryVoteModel::NameColumn, CountryVoteModel::CodeColumn, CountryVoteModel::GroupColumn }) {
        if (m->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
