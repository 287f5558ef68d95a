// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <optional>

/// \brief Filters the country table by a search text (name, ISO code or group) and optionally by vote.
class CountryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CountryFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    /// -1 shows every vote; otherwise a Vote value.
    void setVoteFilter(int vote);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    int m_vote = -1;
};
