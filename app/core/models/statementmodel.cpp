// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/statementmodel.h"

#include "core/review/review.h"

#include <algorithm>

StatementModel::StatementModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void StatementModel::setResult(const CheckResult& result)
{
    const QList<KeyedOverride> keyed = Review::keyed(m_result.statements, m_overrides) + m_unmatched;
    beginResetModel();
    m_result = result;
    OverrideMatch match = Review::attach(keyed, m_result.statements);
    m_overrides = std::move(match.overrides);
    m_unmatched = std::move(match.unmatched);
    endResetModel();
}

QList<KeyedOverride> StatementModel::setOverrides(const QList<KeyedOverride>& overrides)
{
    OverrideMatch match = Review::attach(overrides, m_result.statements);
    m_overrides = std::move(match.overrides);
    m_unmatched = std::move(match.unmatched);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    emit overridesChanged();
    return m_unmatched;
}

void StatementModel::clearOverrides()
{
    if (!hasOverrides())
        return;
    setOverrides({});
}

bool StatementModel::hasOverrides() const
{
    return !m_unmatched.isEmpty()
        || std::any_of(
            m_overrides.cbegin(), m_overrides.cend(), [](const Override& o) { return !o.isEmpty(); });
}

int StatementModel::effectiveVerdict(int row) const
{
    if (row < m_overrides.size() && m_overrides.at(row).rejected)
        return rejectedVerdict;
    return static_cast<int>(m_result.statements.at(row).verdict);
}

int StatementModel::effectiveCount(int verdict) const
{
    int n = 0;
    for (int row = 0; row < rowCount(); ++row)
        n += effectiveVerdict(row) == verdict ? 1 : 0;
    return n;
}

bool StatementModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Override& o = m_overrides[index.row()];
    if (role == RejectedRole) {
        if (o.rejected == value.toBool())
            return true;
        o.rejected = value.toBool();
    } else if (role == NoteRole) {
        if (o.note == value.toString())
            return true;
        o.note = value.toString();
    } else {
        return false;
    }
    o.when = QDateTime::currentDateTimeUtc();
    emit dataChanged(index, index);
    emit overridesChanged();
    return true;
}

int StatementModel::rowAt(int offset) const
{
    for (const Statement& s : m_result.statements) {
        if (offset >= s.start && offset < s.end)
            return s.index;
    }
    return -1;
}

int StatementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.statements.size());
}

QVariant StatementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Statement& s = m_result.statements.at(index.row());
    const Override& o = m_overrides.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.text;
    case Qt::ToolTipRole:
        if (o.rejected)
            return QStringLiteral("Rejected by reviewer (engine: %1: %2)")
                .arg(verdictLabel(s.verdict), s.explanation);
        return QStringLiteral("%1: %2").arg(verdictLabel(s.verdict), s.explanation);
    case Qt::AccessibleDescriptionRole:
        return o.rejected ? QStringLiteral("Rejected by reviewer") : verdictLabel(s.verdict);
    case RejectedRole:
        return o.rejected;
    case NoteRole:
        return o.note;
    case EffectiveVerdictRole:
        return effectiveVerdict(index.row());
    case OverrideTimeRole:
        return o.when;
    case VerdictRole:
        return static_cast<int>(s.verdict);
    case VerdictKeyRole:
        return verdictKey(s.verdict);
    case ExplanationRole:
        return s.explanation;
    case StartRole:
        return s.start;
    case EndRole:
        return s.end;
    case RelatedRole:
        return QVariant::fromValue(s.related);
    case SentenceRole:
        return s.sentence;
    case VotesRole: {
        QList<int> votes;
        auto add = [&votes](Vote v) {
            if (!votes.contains(int(v)))
                votes.append(int(v));
        };
        for (const Claim& c : s.claims) {
            if (const auto v = voteOfKind(c.kind))
                add(*v);
            else if (c.kind == ClaimKind::StateVote && !c.notVote)
                add(c.stateVote);
            else if (c.kind == ClaimKind::Members)
                for (Vote v : allVotes)
                    add(v);
        }
        return QVariant::fromValue(votes);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> StatementModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(VerdictRole, "verdict");
    names.insert(VerdictKeyRole, "verdictKey");
    names.insert(ExplanationRole, "explanation");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(RelatedRole, "related");
    names.insert(VotesRole, "votes");
    names.insert(SentenceRole, "sentence");
    names.insert(RejectedRole, "rejected");
    names.insert(NoteRole, "note");
    names.insert(EffectiveVerdictRole, "effectiveVerdict");
    names.insert(OverrideTimeRole, "overrideTime");
    return names;
}
