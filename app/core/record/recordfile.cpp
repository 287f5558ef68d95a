// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/recordfile.h"

#include "core/io/atomicfile.h"
#include "core/io/boundedread.h"
#include "core/record/jsonlocator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

QString ReadError::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(fileName, message);
}

QString ReadError::joined(const QList<ReadError>& errors)
{
    QStringList lines;
    for (const ReadError& e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

QString RecordReadResult::errorText() const
{
    return ReadError::joined(errors);
}

namespace {

const QString formatName = QStringLiteral("plenary-record");
constexpr int formatVersion = 1;

/// Reads one record object; reports problems against the located line of each value.
class RecordParser
{
public:
    RecordParser(const QString& fileName, const JsonLocator& locator, QList<ReadError>& errors)
        : m_fileName(fileName)
        , m_locator(locator)
        , m_errors(errors)
    {
    }

    void error(const QString& path, const QString& message)
    {
        m_errors.append({ m_fileName, m_locator.line(path), message });
    }

    QString text(const QJsonObject& o, const QString& path, const char* key, bool required)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(path, QStringLiteral("missing \"%1\"").arg(k));
            return {};
        }
        if (!v.isString()) {
            error(path + u'/' + k, QStringLiteral("\"%1\" must be a string").arg(k));
            return {};
        }
        return v.toString();
    }

    int count(const QJsonObject& o, const QString& path, const QString& key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(path, QStringLiteral("missing \"%1\"").arg(key));
            return 0;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 100000 || d != static_cast<int>(d)) {
            error(
                path + u'/' + key, QStringLiteral("\"%1\" must be a whole number from 0 to 100000").arg(key));
            return 0;
        }
        return static_cast<int>(d);
    }

    QDate date(const QJsonObject& o, const QString& path, const char* key, bool required)
    {
        const QString s = text(o, path, key, required);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            error(path + u'/' + QString::fromLatin1(key),
                QStringLiteral("\"%1\" is not a date of the form YYYY-MM-DD: \"%2\"")
                    .arg(QString::fromLatin1(key), s));
        return d;
    }

    QStringList strings(const QJsonObject& o, const QString& path, const QString& key)
    {
        QStringList out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            error(path + u'/' + key, QStringLiteral("\"%1\" must be a list of strings").arg(key));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                error(QStringLiteral("%1/%2/%3").arg(path, key).arg(i),
                    QStringLiteral("\"%1\" must hold strings").arg(key));
            else
                out << a.at(i).toString();
        }
        return out;
    }

    VoteRecord record(const QJsonObject& o, const QString& path)
    {
        VoteRecord r;
        r.symbol = text(o, path, "symbol", true);
        r.title = text(o, path, "title", false);
        r.date = date(o, path, "date", true);
        r.body = text(o, path, "body", false);
        if (r.body.isEmpty())
            r.body = QStringLiteral("plenary");
        else if (r.body != u"plenary" && r.body != u"committee")
            error(path + QStringLiteral("/body"),
                QStringLiteral("\"body\" must be \"plenary\" or \"committee\", not \"%1\"").arg(r.body));
        r.session = text(o, path, "session", false);
        r.draft = text(o, path, "draft", false);
        r.undlRecord = text(o, path, "undl_record", false);
        const QString majority = text(o, path, "majority", false);
        if (!majority.isEmpty()) {
            if (const auto m = majorityFromKey(majority))
                r.majority = *m;
            else
                error(path + QStringLiteral("/majority"),
                    QStringLiteral(
                        "\"majority\" must be \"simple\", \"two-thirds\" or \"unknown\", not \"%1\"")
                        .arg(majority));
        }
        r.membership = count(o, path, QStringLiteral("membership"), false);
        if (o.contains(u"published_totals")) {
            const QString p = path + QStringLiteral("/published_totals");
            const QJsonObject t = o.value(u"published_totals").toObject();
            if (!o.value(u"published_totals").isObject()) {
                error(p, QStringLiteral("\"published_totals\" must be an object"));
            } else {
                VoteTotals totals;
                totals.yes = count(t, p, QStringLiteral("yes"), true);
                totals.no = count(t, p, QStringLiteral("no"), true);
                totals.abstain = count(t, p, QStringLiteral("abstain"), true);
                totals.nonVoting = count(t, p, QStringLiteral("non_voting"), true);
                r.publishedTotals = totals;
            }
        }
        if (o.contains(u"sponsors"))
            r.sponsors = strings(o, path, QStringLiteral("sponsors"));
        r.sources = strings(o, path, QStringLiteral("sources"));
        r.snapshot = date(o, path, "snapshot", false);
        readVotes(o, path, r);
        return r;
    }

    void readVotes(const QJsonObject& o, const QString& path, VoteRecord& r)
    {
        const QJsonValue v = o.value(u"votes");
        if (!v.isArray()) {
            error(path,
                v.isUndefined() ? QStringLiteral("missing \"votes\"")
                                : QStringLiteral("\"votes\" must be a list"));
            return;
        }
        const QJsonArray votes = v.toArray();
        QSet<QString> seen;
        for (qsizetype i = 0; i < votes.size(); ++i) {
            const QString p = QStringLiteral("%1/votes/%2").arg(path).arg(i);
            if (!votes.at(i).isObject()) {
                error(p, QStringLiteral("each vote must be an object with \"state\" and \"vote\""));
                continue;
            }
            const QJsonObject e = votes.at(i).toObject();
            StateVote sv;
            sv.iso3 = text(e, p, "state", true).toUpper();
            const QString code = text(e, p, "vote", true);
            if (sv.iso3.isEmpty() || code.isEmpty())
                continue;
            const MemberState* known = MemberStates::find(sv.iso3);
            sv.name = text(e, p, "name", false);
            const QString group = text(e, p, "group", false);
            if (sv.name.isEmpty()) {
                if (!known) {
                    error(p,
                        QStringLiteral("\"%1\" is not a current UN member state; give its \"name\"")
                            .arg(sv.iso3));
                    continue;
                }
                sv.name = known->name;
            }
            if (group.isEmpty()) {
                sv.group = known ? known->group : RegionalGroup::None;
            } else if (const auto g = MemberStates::groupFromName(group)) {
                sv.group = *g;
            } else {
                error(
                    p + QStringLiteral("/group"), QStringLiteral("unknown regional group \"%1\"").arg(group));
            }
            if (const auto vote = voteFromCode(code)) {
                sv.vote = *vote;
            } else {
                error(p + QStringLiteral("/vote"),
                    QStringLiteral("unknown vote code \"%1\" for %2 (use Y, N, A or X)").arg(code, sv.iso3));
                continue;
            }
            if (seen.contains(sv.iso3)) {
                error(p, QStringLiteral("%1 is listed twice").arg(sv.iso3));
                continue;
            }
            seen.insert(sv.iso3);
            r.votes.append(sv);
        }
    }

private:
    QString m_fileName;
    const JsonLocator& m_locator;
    QList<ReadError>& m_errors;
};

QJsonObject toJson(const VoteTotals& t)
{
    return QJsonObject { { QStringLiteral("yes"), t.yes }, { QStringLiteral("no"), t.no },
        { QStringLiteral("abstain"), t.abstain }, { QStringLiteral("non_voting"), t.nonVoting } };
}

QByteArray compact(const QJsonValue& v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: wrap it in an array and strip the brackets.
    const QByteArray a = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

} // namespace

RecordReadResult RecordFile::read(QIODevice& device, const QString& fileName)
{
    RecordReadResult result;
    if (device.size() > maxFileSize) {
        result.errors.append({ fileName, 0,
            QStringLiteral("file is %1 MiB; record files may be at most %2 MiB")
                .arg(device.size() / (1024 * 1024))
                .arg(maxFileSize / (1024 * 1024)) });
        return result;
    }
    const QByteArray data = BoundedRead::upTo(device, maxFileSize);
    if (data.size() > maxFileSize) {
        result.errors.append(
            { fileName, 0, QStringLiteral("file is larger than %1 MiB").arg(maxFileSize / (1024 * 1024)) });
        return result;
    }
    if (data.trimmed().isEmpty()) {
        result.errors.append({ fileName, 1, QStringLiteral("file is empty") });
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonLocator::lineColumn(data, parseError.offset);
        result.errors.append({ fileName, line,
            QStringLiteral("not valid JSON (column %1): %2").arg(column).arg(parseError.errorString()) });
        return result;
    }
    const JsonLocator locator(data);
    RecordParser parser(fileName, locator, result.errors);
    if (!doc.isObject()) {
        parser.error(QString(), QStringLiteral("a record file must hold a JSON object"));
        return result;
    }
    const QJsonObject top = doc.object();
    if (top.value(u"format").toString() != formatName) {
        parser.error(QStringLiteral("/format"),
            QStringLiteral("not a Plenary record file (\"format\" must be \"%1\")").arg(formatName));
        return result;
    }
    if (!top.value(u"version").isDouble()) {
        parser.error(QStringLiteral("/version"),
            QStringLiteral("\"version\" must be the number %1").arg(formatVersion));
        return result;
    }
    if (top.value(u"version").toInt(-1) != formatVersion) {
        parser.error(QStringLiteral("/version"),
            QStringLiteral("unsupported format version %1 (this Plenary reads version %2)")
                .arg(top.value(u"version").toVariant().toString())
                .arg(formatVersion));
        return result;
    }
    const QJsonValue records = top.value(u"records");
    if (!records.isArray() || records.toArray().isEmpty()) {
        parser.error(QStringLiteral("/records"), QStringLiteral("\"records\" must be a non-empty list"));
        return result;
    }
    const QJsonArray list = records.toArray();
    QSet<QString> symbols;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("/records/%1").arg(i);
        if (!list.at(i).isObject()) {
            parser.error(path, QStringLiteral("each record must be an object"));
            continue;
        }
        VoteRecord r = parser.record(list.at(i).toObject(), path);
        if (!r.symbol.isEmpty() && symbols.contains(r.symbol))
            parser.error(
                path + QStringLiteral("/symbol"), QStringLiteral("record %1 appears twice").arg(r.symbol));
        symbols.insert(r.symbol);
        result.records.append(std::move(r));
    }
    if (!result.ok())
        result.records.clear();
    return result;
}

RecordReadResult RecordFile::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RecordReadResult result;
        result.errors.append({ path, 0, QStringLiteral("cannot open: %1").arg(file.errorString()) });
        return result;
    }
    return read(file, path);
}

namespace {

/// The fields of a record in the order record files list them.
QList<std::pair<QString, QJsonValue>> recordFields(const VoteRecord& r)
{
    QList<std::pair<QString, QJsonValue>> f {
        { QStringLiteral("symbol"), r.symbol },
        { QStringLiteral("title"), r.title },
        { QStringLiteral("date"), r.date.toString(Qt::ISODate) },
        { QStringLiteral("body"), r.body },
        { QStringLiteral("session"), r.session },
        { QStringLiteral("draft"), r.draft },
        { QStringLiteral("undl_record"), r.undlRecord },
        { QStringLiteral("majority"), majorityKey(r.majority) },
        { QStringLiteral("membership"), r.membership },
    };
    if (r.publishedTotals)
        f.append({ QStringLiteral("published_totals"), toJson(*r.publishedTotals) });
    if (r.sponsors)
        f.append({ QStringLiteral("sponsors"), QJsonArray::fromStringList(*r.sponsors) });
    f.append({ QStringLiteral("sources"), QJsonArray::fromStringList(r.sources) });
    if (r.snapshot.isValid())
        f.append({ QStringLiteral("snapshot"), r.snapshot.toString(Qt::ISODate) });
    return f;
}

QJsonObject voteJson(const StateVote& v)
{
    return QJsonObject { { QStringLiteral("state"), v.iso3 }, { QStringLiteral("name"), v.name },
        { QStringLiteral("group"), MemberStates::groupKey(v.group) },
        { QStringLiteral("vote"), voteCode(v.vote) } };
}

} // namespace

QByteArray RecordFile::write(const QList<VoteRecord>& records)
{
    // Written by hand around compact values so each vote sits on its own line: diffs and error
    // line numbers stay readable.
    QByteArray out = "{\n  \"format\": \"plenary-record\",\n  \"version\": 1,\n  \"records\": [\n";
    for (qsizetype i = 0; i < records.size(); ++i) {
        const VoteRecord& r = records.at(i);
        out += "    {\n";
        for (const auto& [key, value] : recordFields(r))
            out += "      \"" + key.toUtf8() + "\": " + compact(value) + ",\n";
        out += "      \"votes\": [\n";
        for (qsizetype j = 0; j < r.votes.size(); ++j)
            out += "        " + compact(voteJson(r.votes.at(j))) + (j + 1 < r.votes.size() ? ",\n" : "\n");
        out += "      ]\n    }";
        out += i + 1 < records.size() ? ",\n" : "\n";
    }
    out += "  ]\n}\n";
    return out;
}

QJsonObject RecordFile::toJson(const VoteRecord& record)
{
    QJsonObject o;
    for (const auto& [key, value] : recordFields(record))
        o.insert(key, value);
    QJsonArray votes;
    for (const StateVote& v : record.votes)
        votes.append(voteJson(v));
    o.insert(QStringLiteral("votes"), votes);
    return o;
}

VoteRecord RecordFile::fromJson(const QJsonObject& object, const QString& path, const JsonLocator& locator,
    const QString& fileName, QList<ReadError>& errors)
{
    RecordParser parser(fileName, locator, errors);
    return parser.record(object, path);
}

bool RecordFile::save(const QString& path, const QList<VoteRecord>& records, QString* error)
{
    QString reason;
    if (AtomicFile::write(path, write(records), &reason))
        return true;
    if (error)
        *error = QStringLiteral("%1: cannot write: %2").arg(path, reason);
    return false;
}
