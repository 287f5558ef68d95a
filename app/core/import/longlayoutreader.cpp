// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/longlayoutreader.h"

#include "core/import/csvreader.h"
#include "core/import/importcontext.h"

#include <QHash>
#include <array>
#include <vector>

namespace {

enum Column {
    UndlId,
    MsCode,
    MsName,
    MsVote,
    Date,
    Session,
    Symbol,
    Draft,
    Meeting,
    Title,
    AgendaTitle,
    Subjects,
    VoteNote,
    TotalYes,
    TotalNo,
    TotalAbstain,
    TotalNonVoting,
    TotalMs,
    UndlLink,
    ColumnCount
};

/// Header names each column goes by, current and older files; compared as ImportContext::columnKey.
const std::array<std::vector<const char*>, ColumnCount> columnNames = { {
    { "undl_id", "undl_record", "record_id" },
    { "ms_code", "ms_codes", "iso3", "country_code" },
    { "ms_name", "ms_names", "country_name", "name" },
    { "ms_vote", "ms_votes", "vote", "votes" },
    { "date", "dates", "vote_date" },
    { "session", "sessions" },
    { "resolution", "resolutions", "unres", "symbol" },
    { "draft", "drafts" },
    { "meeting", "meetings" },
    { "title", "titles" },
    { "agenda_title", "agenda_titles", "agenda" },
    { "subjects", "subject" },
    { "vote_note", "vote_notes" },
    { "total_yes", "total_yeses" },
    { "total_no", "total_noes", "total_nos" },
    { "total_abstentions", "total_abstention", "total_abstain" },
    { "total_non_voting", "total_nonvoting", "total_non_votings", "total_non_vote" },
    { "total_ms", "total_members", "membership" },
    { "undl_link", "undl_links", "link" },
} };

/// The columns a long file cannot be read without, and how a message names them.
constexpr std::array<Column, 4> requiredColumns = { MsCode, MsVote, Symbol, Date };
const std::array<const char*, ColumnCount> displayNames = { "undl_id", "ms_code", "ms_name", "ms_vote",
    "date", "session", "resolution", "draft", "meeting", "title", "agenda_title", "subjects", "vote_note",
    "total_yes", "total_no", "total_abstentions", "total_non_voting", "total_ms", "undl_link" };

std::array<int, ColumnCount> columnsOf(const QList<QByteArray>& keys)
{
    std::array<int, ColumnCount> columns;
    columns.fill(-1);
    for (int c = 0; c < ColumnCount; ++c) {
        for (const char* name : columnNames[size_t(c)]) {
            const int at = int(keys.indexOf(ImportContext::columnKey(QByteArrayView(name))));
            if (at >= 0) {
                columns[size_t(c)] = at;
                break;
            }
        }
    }
    return columns;
}

std::optional<Vote> voteOf(QByteArrayView code)
{
    if (code.size() == 1) {
        switch (code[0] | 0x20) {
        case 'y':
            return Vote::Yes;
        case 'n':
            return Vote::No;
        case 'a':
            return Vote::Abstain;
        case 'x':
            return Vote::NonVoting;
        default:
            return std::nullopt;
        }
    }
    if (code.size() == 2 && (code[0] | 0x20) == 'n' && (code[1] | 0x20) == 'v')
        return Vote::NonVoting;
    return std::nullopt;
}

/// One resolution while its rows are being collected; rows of different resolutions may interleave.
struct Pending
{
    VoteDatabase::Resolution metadata;
    int line = 0;
    std::vector<VoteDatabase::PackedVote> votes;
    std::vector<int> seenOnLine; // by state index: the line a state's vote came from, 0 when none
};

constexpr int maxStates = 4096;

class LongRows
{
public:
    LongRows(CsvReader& csv, ImportContext& context, const std::array<int, ColumnCount>& columns)
        : m_csv(csv)
        , m_context(context)
        , m_columns(columns)
    {
        for (const int c : columns)
            m_needed = std::max(m_needed, c + 1);
    }

    void read();

private:
    QByteArrayView field(Column c) const
    {
        const int at = m_columns[size_t(c)];
        return at < 0 ? QByteArrayView() : ImportContext::trimmed(m_csv.field(at));
    }
    QString text(Column c) const { return m_csv.decode(field(c)); }
    int stateIndex(QByteArrayView code);
    int newResolution(const QByteArray& key);
    std::optional<int> total(Column c, const QString& symbol);
    void build();

    CsvReader& m_csv;
    ImportContext& m_context;
    std::array<int, ColumnCount> m_columns;
    int m_needed = 0;
    QHash<quint32, int> m_shortCodes; // codes of up to four bytes, packed
    QHash<QByteArray, int> m_longCodes;
    QHash<QByteArray, int> m_keys;
    std::vector<Pending> m_pending;
};

int LongRows::stateIndex(QByteArrayView code)
{
    if (code.size() <= 4) {
        quint32 packed = 0;
        for (const char c : code)
            packed = (packed << 8) | uchar(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        const auto it = m_shortCodes.constFind(packed);
        if (it != m_shortCodes.cend())
            return *it;
    } else {
        const auto it = m_longCodes.constFind(code.toByteArray().toUpper());
        if (it != m_longCodes.cend())
            return *it;
    }
    VoteDatabase& db = m_context.result().database;
    if (db.states().size() >= maxStates)
        return -1;
    const int index = db.addState(m_csv.decode(code), text(MsName));
    if (code.size() <= 4) {
        quint32 packed = 0;
        for (const char c : code)
            packed = (packed << 8) | uchar(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        m_shortCodes.insert(packed, index);
    } else {
        m_longCodes.insert(code.toByteArray().toUpper(), index);
    }
    return index;
}

std::optional<int> LongRows::total(Column c, const QString& symbol)
{
    const QByteArrayView bytes = field(c);
    if (bytes.isEmpty())
        return std::nullopt;
    const std::optional<int> n = ImportContext::count(bytes);
    if (!n) {
        m_context.warn(m_csv.line(),
            QStringLiteral("%1: %2 \"%3\" is not a count; ignored")
                .arg(symbol, QLatin1String(displayNames[size_t(c)]), m_csv.decode(bytes)));
    }
    return n;
}

int LongRows::newResolution(const QByteArray& key)
{
    Pending p;
    p.line = m_csv.line();
    VoteDatabase::Resolution& r = p.metadata;
    r.symbol = text(Symbol);
    if (r.symbol.isEmpty()) {
        r.symbol = QStringLiteral("record %1").arg(text(UndlId));
        m_context.warn(p.line, QStringLiteral("no resolution symbol; listed as \"%1\"").arg(r.symbol));
    }
    r.title = text(Title);
    r.date = ImportContext::date(field(Date));
    if (!r.date.isValid()) {
        m_context.warn(p.line,
            QStringLiteral("%1: date \"%2\" is not a date (YYYY-MM-DD); left empty")
                .arg(r.symbol, text(Date)));
    }
    r.session = text(Session);
    r.draft = text(Draft);
    r.undlRecord = text(UndlId);
    r.meeting = text(Meeting);
    r.agendaTitle = text(AgendaTitle);
    r.voteNote = text(VoteNote);
    const QString subjects = text(Subjects);
    if (!subjects.isEmpty()) {
        for (const QString& s : subjects.split(u'|', Qt::SkipEmptyParts))
            r.subjects << s.trimmed();
    }
    const QString link = text(UndlLink);
    if (!link.isEmpty())
        r.sources << link;
    r.membership = total(TotalMs, r.symbol).value_or(0);
    const std::optional<int> yes = total(TotalYes, r.symbol);
    const std::optional<int> no = total(TotalNo, r.symbol);
    const std::optional<int> abstain = total(TotalAbstain, r.symbol);
    const std::optional<int> nonVoting = total(TotalNonVoting, r.symbol);
    if (yes && no && abstain) {
        const int counted = *yes + *no + *abstain;
        const int absent = nonVoting.value_or(r.membership > counted ? r.membership - counted : 0);
        r.publishedTotals = VoteTotals { *yes, *no, *abstain, absent };
    }
    const int index = int(m_pending.size());
    m_pending.push_back(std::move(p));
    m_keys.insert(key, index);
    return index;
}

void LongRows::read()
{
    QByteArray lastKey;
    int last = -1;
    QByteArray joined;
    qint64 rows = 0;
    CsvReader::Status status;
    while ((status = m_csv.next()) == CsvReader::Status::Record) {
        if ((++rows & 1023) == 0 && !m_context.progress(m_csv.bytesDone()))
            return;
        const int line = m_csv.line();
        if (m_csv.fieldCount() < m_needed) {
            m_context.warn(line,
                QStringLiteral("the row has %1 fields where the header has at least %2; row skipped")
                    .arg(m_csv.fieldCount())
                    .arg(m_needed));
            continue;
        }
        const std::optional<Vote> vote = voteOf(field(MsVote));
        if (!vote) {
            m_context.warn(line,
                QStringLiteral("%1: unknown vote code \"%2\" for %3 (expected Y, N, A, X or NV); row skipped")
                    .arg(text(Symbol), text(MsVote), text(MsCode)));
            continue;
        }
        const QByteArrayView code = field(MsCode);
        const int state = code.isEmpty() ? -1 : stateIndex(code);
        if (state < 0) {
            m_context.warn(line,
                code.isEmpty()
                    ? QStringLiteral("%1: no state code (ms_code); row skipped").arg(text(Symbol))
                    : QStringLiteral("more than %1 different state codes; row skipped").arg(maxStates));
            continue;
        }
        QByteArrayView key = field(UndlId);
        if (key.isEmpty()) {
            joined = field(Symbol).toByteArray();
            joined += '\x1f';
            joined += field(Date);
            key = joined;
        }
        int index = last;
        if (last < 0 || key != QByteArrayView(lastKey)) {
            lastKey = key.toByteArray();
            index = m_keys.value(lastKey, -1);
            if (index < 0)
                index = newResolution(lastKey);
            last = index;
        }
        Pending& p = m_pending[size_t(index)];
        if (size_t(state) >= p.seenOnLine.size())
            p.seenOnLine.resize(size_t(state) + 1, 0);
        if (int& seen = p.seenOnLine[size_t(state)]; seen != 0) {
            m_context.warn(line,
                QStringLiteral("%1: a second row for %2 (the first is on line %3); this one is skipped")
                    .arg(p.metadata.symbol, text(MsCode))
                    .arg(seen));
            continue;
        } else {
            seen = line;
        }
        p.votes.push_back({ quint16(state), *vote });
    }
    if (status == CsvReader::Status::Error)
        m_context.error(m_csv.error().line, m_csv.error().message);
    build();
}

void LongRows::build()
{
    VoteDatabase& db = m_context.result().database;
    QList<int> lines;
    lines.reserve(qsizetype(m_pending.size()));
    for (Pending& p : m_pending) {
        db.beginResolution(std::move(p.metadata));
        for (const VoteDatabase::PackedVote& v : p.votes)
            db.addVote(v.state, v.vote);
        lines << p.line;
        p = Pending();
    }
    m_context.checkTotals(lines, true);
}

} // namespace

bool LongLayoutReader::recognises(const QList<QByteArray>& keys)
{
    const std::array<int, ColumnCount> columns = columnsOf(keys);
    return columns[MsCode] >= 0 || columns[MsVote] >= 0 || columns[UndlId] >= 0;
}

void LongLayoutReader::read(CsvReader& csv, ImportContext& context)
{
    QList<QByteArray> keys;
    for (int i = 0; i < csv.fieldCount(); ++i)
        keys << ImportContext::columnKey(csv.field(i));
    const std::array<int, ColumnCount> columns = columnsOf(keys);
    QStringList missing;
    for (const Column c : requiredColumns) {
        if (columns[size_t(c)] < 0)
            missing << QLatin1String(displayNames[size_t(c)]);
    }
    if (!missing.isEmpty()) {
        context.error(csv.line(),
            QStringLiteral("the vote file lacks the column%1 %2; it is not read")
                .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                    missing.join(QStringLiteral(", "))));
        return;
    }
    LongRows(csv, context, columns).read();
}
