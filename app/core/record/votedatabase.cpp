// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/votedatabase.h"

namespace {

/// Resolution and VoteRecord name their shared fields alike; this copies them either way.
template <typename From, typename To> void copyMetadata(const From& from, To& to)
{
    to.symbol = from.symbol;
    to.title = from.title;
    to.date = from.date;
    to.body = from.body;
    to.session = from.session;
    to.draft = from.draft;
    to.undlRecord = from.undlRecord;
    to.majority = from.majority;
    to.membership = from.membership;
    to.publishedTotals = from.publishedTotals;
    to.sources = from.sources;
    to.snapshot = from.snapshot;
}

} // namespace

int VoteDatabase::addState(const QString& iso3, const QString& name)
{
    const QString code = iso3.trimmed().toUpper();
    const auto it = m_stateIndex.constFind(code);
    if (it != m_stateIndex.cend())
        return *it;
    State s;
    s.iso3 = code;
    if (const MemberState* m = MemberStates::find(code)) {
        s.name = m->name;
        s.group = m->group;
    } else {
        s.name = name.trimmed().isEmpty() ? code : name.trimmed();
    }
    const int index = int(m_states.size());
    m_states.append(s);
    m_stateIndex.insert(code, index);
    return index;
}

qsizetype VoteDatabase::beginResolution(Resolution metadata)
{
    metadata.totals = {};
    metadata.firstVote = quint32(m_votes.size());
    metadata.voteCount = 0;
    const qsizetype index = m_resolutions.size();
    const QString key = normalizedSymbol(metadata.symbol);
    if (!m_symbolIndex.contains(key))
        m_symbolIndex.insert(key, index);
    m_resolutions.append(std::move(metadata));
    return index;
}

void VoteDatabase::addVote(int state, Vote vote)
{
    Q_ASSERT(!m_resolutions.isEmpty() && state >= 0 && state < m_states.size());
    m_votes.append({ quint16(state), vote });
    Resolution& r = m_resolutions.last();
    ++r.voteCount;
    r.totals.add(vote);
}

void VoteDatabase::append(const VoteDatabase& other)
{
    for (qsizetype i = 0; i < other.size(); ++i) {
        beginResolution(other.resolution(i));
        for (const PackedVote* v = other.votesBegin(i); v != other.votesEnd(i); ++v) {
            const State& s = other.states().at(v->state);
            const int state = addState(s.iso3, s.name);
            m_states[state].group = s.group == RegionalGroup::None ? m_states[state].group : s.group;
            addVote(state, v->vote);
        }
    }
}

void VoteDatabase::dropLastResolution()
{
    if (m_resolutions.isEmpty())
        return;
    const Resolution& r = m_resolutions.last();
    m_votes.resize(r.firstVote);
    const QString key = normalizedSymbol(r.symbol);
    if (m_symbolIndex.value(key, -1) == m_resolutions.size() - 1)
        m_symbolIndex.remove(key);
    m_resolutions.removeLast();
}

const VoteDatabase::PackedVote* VoteDatabase::votesBegin(qsizetype index) const
{
    return m_votes.constData() + m_resolutions.at(index).firstVote;
}

const VoteDatabase::PackedVote* VoteDatabase::votesEnd(qsizetype index) const
{
    const Resolution& r = m_resolutions.at(index);
    return m_votes.constData() + r.firstVote + r.voteCount;
}

VoteRecord VoteDatabase::record(qsizetype index) const
{
    const Resolution& r = m_resolutions.at(index);
    VoteRecord out;
    copyMetadata(r, out);
    out.votes.reserve(r.voteCount);
    for (const PackedVote* v = votesBegin(index); v != votesEnd(index); ++v) {
        const State& s = m_states.at(v->state);
        out.votes.append({ s.iso3, s.name, s.group, v->vote });
    }
    return out;
}

qsizetype VoteDatabase::indexOf(const QString& symbol) const
{
    return m_symbolIndex.value(normalizedSymbol(symbol), -1);
}

qsizetype VoteDatabase::memoryUsed() const
{
    qsizetype bytes = m_votes.capacity() * qsizetype(sizeof(PackedVote));
    bytes += m_resolutions.capacity() * qsizetype(sizeof(Resolution));
    for (const Resolution& r : m_resolutions) {
        bytes += (r.symbol.capacity() + r.title.capacity() + r.agendaTitle.capacity() + r.voteNote.capacity())
            * 2;
        for (const QString& s : r.subjects)
            bytes += s.capacity() * 2 + qsizetype(sizeof(QString));
    }
    return bytes;
}

VoteDatabase VoteDatabase::fromRecords(const QList<VoteRecord>& records)
{
    VoteDatabase db;
    for (const VoteRecord& rec : records) {
        Resolution r;
        copyMetadata(rec, r);
        db.beginResolution(r);
        for (const StateVote& v : rec.votes) {
            const int state = db.addState(v.iso3, v.name);
            if (!MemberStates::find(v.iso3))
                db.m_states[state].group = v.group;
            db.addVote(state, v.vote);
        }
    }
    return db;
}

QString VoteDatabase::normalizedSymbol(const QString& symbol)
{
    QString s = symbol;
    s.remove(u' ');
    return s.toUpper();
}
