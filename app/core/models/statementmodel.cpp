// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/statementmodel.h"

StatementModel::StatementModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void StatementModel::setResult(const CheckResult& result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
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
    switch (role) {
    case Qt::DisplayRole:
        return s.text;
    case Qt::ToolTipRole:
        return QStringLiteral("%1: %2").arg(verdictLabel(s.verdict), s.explanation);
    case Qt::AccessibleDescriptionRole:
        return verdictLabel(s.verdict);
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
            else if (c.kind == ClaimKind::StateVote)
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
    return names;
}
