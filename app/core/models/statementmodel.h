// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/checker.h"
#include "core/review/override.h"

#include <QAbstractListModel>

/// \brief The checked statements of an article, one row each, with the reviewer's overrides. The ui maps
/// EffectiveVerdictRole to colours; VerdictRole stays the engine's verdict.
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
        RejectedRole, // bool, editable: the reviewer rejected the engine's flag
        NoteRole, // QString, editable: the reviewer's note
        EffectiveVerdictRole, // int: the Verdict, or rejectedVerdict when the reviewer rejected it
        OverrideTimeRole, // QDateTime: the last change of the override (UTC), invalid when none
    };
    /// EffectiveVerdictRole of a rejected statement; never a Verdict value.
    static constexpr int rejectedVerdict = -2;

    explicit StatementModel(QObject* parent = nullptr);

    /// Replaces the statements; the overrides follow their statements by text (Review::attach), those
    /// that find none are kept as unmatchedOverrides().
    void setResult(const CheckResult& result);
    const CheckResult& result() const { return m_result; }
    /// One per statement.
    const QList<Override>& overrides() const { return m_overrides; }
    const QList<KeyedOverride>& unmatchedOverrides() const { return m_unmatched; }
    /// Attaches \a overrides to the current statements, replacing all overrides; returns those that
    /// found no statement (also kept as unmatchedOverrides()).
    QList<KeyedOverride> setOverrides(const QList<KeyedOverride>& overrides);
    void clearOverrides();
    bool hasOverrides() const;
    /// Statements whose EffectiveVerdictRole is \a verdict (a Verdict value or rejectedVerdict).
    int effectiveCount(int verdict) const;
    /// Row of the statement covering the UTF-16 offset, or -1.
    int rowAt(int offset) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Sets RejectedRole (bool) or NoteRole (QString) and stamps the override's time.
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    /// A reviewer's override or note changed (not emitted by setResult).
    void overridesChanged();

private:
    int effectiveVerdict(int row) const;

    CheckResult m_result;
    QList<Override> m_overrides;
    QList<KeyedOverride> m_unmatched;
};
