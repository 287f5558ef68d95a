// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/resolutionfilterproxy.h"

#include "core/models/resolutionlistmodel.h"

ResolutionFilterProxy::ResolutionFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::English))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ResolutionListModel::SortRole);
}

void ResolutionFilterProxy::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ResolutionFilterProxy::setDateRange(const QDate& from, const QDate& to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void ResolutionFilterProxy::setSession(const QString& session)
{
    const QString s = session.trimmed();
    if (s == m_session)
        return;
    m_session = s;
    invalidateFilter();
}

void ResolutionFilterProxy::setSubject(const QString& subject)
{
    const QString s = subject.trimmed();
    if (s == m_subject)
        return;
    m_subject = s;
    invalidateFilter();
}

bool ResolutionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = i.data(ResolutionListModel::DateRole).toDate();
        if (!date.isValid() || (m_from.isValid() && date < m_from) || (m_to.isValid() && date > m_to))
            return false;
    }
    if (!m_session.isEmpty()
        && i.data(ResolutionListModel::SessionRole).toString().compare(m_session, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_subject.isEmpty()) {
        const QStringList subjects = i.data(ResolutionListModel::SubjectsRole).toStringList();
        const bool any = std::any_of(subjects.cbegin(), subjects.cend(),
            [this](const QString& s) { return s.contains(m_subject, Qt::CaseInsensitive); });
        if (!any)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = i.data(ResolutionListModel::SearchTextRole).toString();
        for (const QString& word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

bool ResolutionFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate) {
        const QDate da = a.toDate();
        const QDate db = b.toDate();
        if (da.isValid() != db.isValid())
            return !da.isValid(); // undated rows first in ascending order
        return da < db;
    }
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return m_collator.compare(a.toString(), b.toString()) < 0;
}
