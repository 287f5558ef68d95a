// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

/// \brief Filters a ResolutionListModel by words, date range, session and subject, and sorts every column
/// by its meaning: counts as numbers, dates as dates, symbols with their numbers in numeric order.
class ResolutionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResolutionFilterProxy(QObject* parent = nullptr);

    /// Words separated by spaces; a row matches when every word occurs, ignoring case, in its symbol,
    /// title, agenda title or subjects.
    void setSearchText(const QString& text);
    /// Either end may be an invalid QDate, leaving that side open. Both ends are included.
    void setDateRange(const QDate& from, const QDate& to);
    /// Exact session ("ES-11", "79"), ignoring case; empty shows every session.
    void setSession(const QString& session);
    /// A substring of any one subject, ignoring case; empty shows every subject.
    void setSubject(const QString& subject);

    QDate fromDate() const { return m_from; }
    QDate toDate() const { return m_to; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
    QDate m_from;
    QDate m_to;
    QString m_session;
    QString m_subject;
    QCollator m_collator;
};
