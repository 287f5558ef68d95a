// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/widelayoutreader.h"

#include <QSet>

#include "core/import/csvreader.h"
#include "core/import/importcontext.h"

#include <QHash>
#include <vector>

namespace {

bool isIso3(QByteArrayView name)
{
    return name.size() == 3
        && std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

/// The wide layout's vote words; empty means the state did not vote.
std::optional<Vote> wideVote(QByteArrayView word)
{
    const QByteArray w = word.toByteArray().toUpper();
    if (w == "YES" || w == "Y")
        return Vote::Yes;
    if (w == "NO" || w == "N")
        return Vote::No;
    if (w == "ABSTAIN" || w == "A")
        return Vote::Abstain;
    if (w.isEmpty() || w == "X" || w == "NV" || w == "NON-VOTING")
        return Vote::NonVoting;
    return std::nullopt;
}

struct WideColumns
{
    int symbol = -1;
    int date = -1;
    int title = -1;
    int link = -1;
    int token = -1;
    int council = -1;
    int yes = -1;
    int no = -1;
    int abstain = -1;
    int nonVoting = -1;
    int total = -1;
    int tags = -1;
    std::vector<std::pair<int, int>> states; // column, state index
};

} // namespace

bool WideLayoutReader::recognises(const QList<QByteArray>& keys, const QList<QByteArray>& names)
{
    if (keys.contains(QByteArrayLiteral("yescount")))
        return true;
    return keys.contains(QByteArrayLiteral("resolution")) && std::any_of(names.begin(), names.end(), isIso3);
}

void WideLayoutReader::read(CsvReader& csv, ImportContext& context)
{
    VoteDatabase& db = context.result().database;
    WideColumns c;
    for (int i = 0; i < csv.fieldCount(); ++i) {
        const QByteArrayView name = ImportContext::trimmed(csv.field(i));
        const QByteArray key = ImportContext::columnKey(name);
        int* slot = nullptr;
        if (key == "resolution")
            slot = &c.symbol;
        else if (key == "date")
            slot = &c.date;
        else if (key == "title")
            slot = &c.title;
        else if (key == "link")
            slot = &c.link;
        else if (key == "token")
            slot = &c.token;
        else if (key == "council")
            slot = &c.council;
        else if (key == "yescount")
            slot = &c.yes;
        else if (key == "nocount")
            slot = &c.no;
        else if (key == "abstaincount")
            slot = &c.abstain;
        else if (key == "novotecount" || key == "nonvotingcount")
            slot = &c.nonVoting;
        else if (key == "totalvote")
            slot = &c.total;
        else if (key == "tag")
            slot = &c.tags;
        if (slot && *slot < 0)
            *slot = i;
        else if (!slot && isIso3(name))
            c.states.emplace_back(i, db.addState(QString::fromLatin1(name)));
    }
    QStringList missing;
    if (c.symbol < 0)
        missing << QStringLiteral("Resolution");
    if (c.date < 0)
        missing << QStringLiteral("Date");
    if (c.states.empty())
        missing << QStringLiteral("one column per member state (ISO3 codes such as FRA)");
    if (!missing.isEmpty()) {
        context.error(csv.line(),
            QStringLiteral("the wide vote file lacks %1; it is not read")
                .arg(missing.join(QStringLiteral(", "))));
        return;
    }

    QHash<QString, int> seen; // symbol and date -> line
    QList<int> lines;
    QSet<QString> columnStates;
    for (const auto& [column, state] : c.states)
        columnStates.insert(db.states().at(state).iso3);
    const auto text = [&](int column) {
        return column < 0 || column >= csv.fieldCount() ? QString() : csv.text(column).trimmed();
    };
    const auto number = [&](int column) -> std::optional<int> {
        if (column < 0 || column >= csv.fieldCount())
            return std::nullopt;
        return ImportContext::count(csv.field(column));
    };
    CsvReader::Status status;
    while ((status = csv.next()) == CsvReader::Status::Record) {
        if (!context.progress(csv.bytesDone()))
            return;
        const int line = csv.line();
        VoteDatabase::Resolution r;
        r.symbol = text(c.symbol);
        if (r.symbol.isEmpty()) {
            context.warn(line, QStringLiteral("no resolution symbol; row skipped"));
            continue;
        }
        r.date = ImportContext::date(c.date < csv.fieldCount() ? csv.field(c.date) : QByteArrayView());
        if (!r.date.isValid()) {
            context.warn(line,
                QStringLiteral("%1: date \"%2\" is not a date (YYYY-MM-DD); left empty")
                    .arg(r.symbol, text(c.date)));
        }
        const QString key = r.symbol + u'|' + r.date.toString(Qt::ISODate);
        if (const int first = seen.value(key); first != 0) {
            context.warn(line,
                QStringLiteral(
                    "%1: a second row for this resolution (the first is on line %2); this one is skipped")
                    .arg(r.symbol)
                    .arg(first));
            continue;
        }
        seen.insert(key, line);
        r.title = text(c.title);
        r.undlRecord = text(c.token);
        const QString link = text(c.link);
        if (!link.isEmpty())
            r.sources << link;
        for (const QString& tag : text(c.tags).split(QStringLiteral(", "), Qt::SkipEmptyParts))
            r.subjects << tag;
        r.membership = number(c.total).value_or(0);
        const std::optional<int> yes = number(c.yes);
        const std::optional<int> no = number(c.no);
        const std::optional<int> abstain = number(c.abstain);
        if (yes && no && abstain)
            r.publishedTotals = VoteTotals { *yes, *no, *abstain, number(c.nonVoting).value_or(0) };
        // In a Security Council row an empty cell is a state that is not on the Council.
        const bool council
            = text(c.council).contains(u"Security", Qt::CaseInsensitive) || r.symbol.startsWith(u"S/");
        db.beginResolution(r);
        lines << line;
        for (const auto& [column, state] : c.states) {
            const QByteArrayView cell
                = column < csv.fieldCount() ? ImportContext::trimmed(csv.field(column)) : QByteArrayView();
            if (council && cell.isEmpty())
                continue;
            const std::optional<Vote> vote = wideVote(cell);
            if (!vote) {
                context.warn(line,
                    QStringLiteral(
                        "%1: unknown vote \"%2\" for %3 (expected YES, NO, ABSTAIN or empty); skipped")
                        .arg(r.symbol, csv.decode(cell), db.states().at(state).iso3));
                continue;
            }
            db.addVote(state, *vote);
        }
        // A General Assembly member with no column cast no vote that year (AFG and VEN in 2025):
        // it was a non-voting member, not outside the Assembly.
        if (!council && r.membership == int(MemberStates::all().size())) {
            for (const MemberState& m : MemberStates::all()) {
                if (!columnStates.contains(m.iso3))
                    db.addVote(db.addState(m.iso3), Vote::NonVoting);
            }
        }
    }
    if (status == CsvReader::Status::Error)
        context.error(csv.error().line, csv.error().message);
    context.checkTotals(lines, true);
}
