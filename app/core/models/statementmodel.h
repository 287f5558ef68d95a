// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/checker.h"

#include <QAbstractListModel>

/// \brief The checked statements of an article, one row each. The ui maps VerdictRole to colours.
class StatementModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        VerdictRole = Qt::UserRole + 1, // int: Verdict
        VerdictKeyRole, // QString: "contradicts-record", ...
        ExplanationRole,
        StartRole, // int: UTF-16 offset in the article text
        EndRole,
        RelatedRole, // QList<int>: rows of related statements
        VotesRole, // QList<int>: the Vote values the claims are about
        SentenceRole, // int: sentence index in the article
    };

    explicit StatementModel(QObject* parent = nullptr);

    void setResult(const CheckResult& result);
    const CheckResult& result() const { return m_result; }
    /// Row of the statement covering the UTF-16 offset, or -1.
    int rowAt(int offset) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    CheckResult m_result;
};
