// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/reviewfile.h"

#include "core/article/articlereader.h"
#include "core/io/atomicfile.h"
#include "core/io/boundedread.h"
#include "core/record/jsonlocator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString formatName = QStringLiteral("plenary-review");
constexpr int formatVersion = 1;

/// Checks the values of a parsed review file and reports each problem on the line it sits on.
class ReviewParser
{
public:
    ReviewParser(const QString& fileName, const JsonLocator& locator, QList<ReadError>& errors)
        : m_fileName(fileName)
        , m_locator(locator)
        , m_errors(errors)
    {
    }

    void error(const QString& path, const QString& message)
    {
        m_errors.append({ m_fileName, m_locator.line(path), message });
    }

    QJsonObject object(const QJsonObject& o, const QString& path, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject()) {
            error(v.isUndefined() ? path : path + u'/' + key,
                v.isUndefined() ? QStringLiteral("missing \"%1\"").arg(key)
                                : QStringLiteral("\"%1\" must be an object").arg(key));
            return {};
        }
        return v.toObject();
    }

    QString text(const QJsonObject& o, const QString& path, const QString& key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(path, QStringLiteral("missing \"%1\"").arg(key));
            return {};
        }
        if (!v.isString()) {
            error(path + u'/' + key, QStringLiteral("\"%1\" must be a string").arg(key));
            return {};
        }
        return v.toString();
    }

    int number(const QJsonObject& o, const QString& path, const QString& key, int max, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(path, QStringLiteral("missing \"%1\"").arg(key));
            return 0;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > max || d != static_cast<int>(d)) {
            error(path + u'/' + key,
                QStringLiteral("\"%1\" must be a whole number from 0 to %2").arg(key).arg(max));
            return 0;
        }
        return static_cast<int>(d);
    }

    Override decision(const QJsonObject& o, const QString& path)
    {
        Override d;
        const QJsonValue rejected = o.value(u"rejected");
        if (!rejected.isUndefined() && !rejected.isBool())
            error(path + QStringLiteral("/rejected"), QStringLiteral("\"rejected\" must be true or false"));
        d.rejected = rejected.toBool(false);
        d.note = text(o, path, QStringLiteral("note"), false);
        const QString when = text(o, path, QStringLiteral("when"), false);
        if (!when.isEmpty()) {
            d.when = QDateTime::fromString(when, Qt::ISODate);
            if (!d.when.isValid())
                error(path + QStringLiteral("/when"),
                    QStringLiteral("\"when\" is not a date and time of the form YYYY-MM-DDTHH:MM:SSZ: \"%1\"")
                        .arg(when.left(40)));
        }
        return d;
    }

    QJsonArray list(const QJsonObject& o, const QString& key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray()) {
            error(v.isUndefined() ? QString() : u'/' + key,
                v.isUndefined() ? QStringLiteral("missing \"%1\"").arg(key)
                                : QStringLiteral("\"%1\" must be a list").arg(key));
            return {};
        }
        const QJsonArray a = v.toArray();
        if (a.size() > ReviewFile::maxStatements) {
            error(u'/' + key,
                QStringLiteral("\"%1\" holds %2 entries; at most %3 are read")
                    .arg(key)
                    .arg(a.size())
                    .arg(ReviewFile::maxStatements));
            return {};
        }
        return a;
    }

    Statement statement(const QJsonObject& o, const QString& path, int textLength, int count)
    {
        Statement s;
        s.text = text(o, path, QStringLiteral("text"), true);
        s.start = number(o, path, QStringLiteral("start"), textLength, true);
        s.end = number(o, path, QStringLiteral("end"), textLength, true);
        if (s.end < s.start)
            error(path + QStringLiteral("/end"), QStringLiteral("\"end\" comes before \"start\""));
        s.sentence = number(o, path, QStringLiteral("sentence"), textLength, false);
        const QString verdict = text(o, path, QStringLiteral("verdict"), true);
        if (const auto v = verdictFromKey(verdict))
            s.verdict = *v;
        else if (!verdict.isEmpty())
            error(path + QStringLiteral("/verdict"),
                QStringLiteral("unknown verdict \"%1\"").arg(verdict.left(40)));
        s.explanation = text(o, path, QStringLiteral("explanation"), false);
        const QJsonValue related = o.value(u"related");
        if (!related.isUndefined()) {
            const QJsonArray a = related.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const double d = a.at(i).toDouble(-1);
                if (!a.at(i).isDouble() || d < 0 || d >= count || d != static_cast<int>(d))
                    error(QStringLiteral("%1/related/%2").arg(path).arg(i),
                        QStringLiteral("\"related\" must hold statement numbers from 0 to %1")
                            .arg(count - 1));
                else
                    s.related.append(static_cast<int>(d));
            }
            if (!related.isArray())
                error(path + QStringLiteral("/related"), QStringLiteral("\"related\" must be a list"));
        }
        return s;
    }

private:
    QString m_fileName;
    const JsonLocator& m_locator;
    QList<ReadError>& m_errors;
};

QJsonObject decisionJson(const Override& d)
{
    QJsonObject o { { QStringLiteral("rejected"), d.rejected }, { QStringLiteral("note"), d.note } };
    if (d.when.isValid())
        o.insert(QStringLiteral("when"), d.when.toUTC().toString(Qt::ISODate));
    return o;
}

/// \a value as indented JSON that continues a line already indented by \a indent.
QByteArray nested(const QJsonValue& value, const QByteArray& indent)
{
    QByteArray json = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                       : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    json = json.trimmed();
    json.replace("\n", "\n" + indent);
    return json;
}

} // namespace

bool ReviewFile::isReviewPath(const QString& path)
{
    return path.endsWith(u'.' + suffix, Qt::CaseInsensitive);
}

ReviewReadResult ReviewFile::read(QIODevice& device, const QString& fileName)
{
    ReviewReadResult result;
    QList<ReadError>& errors = result.errors;
    const QByteArray data = BoundedRead::upTo(device, maxFileSize);
    if (data.size() > maxFileSize) {
        errors.append(
            { fileName, 0, QStringLiteral("file is larger than %1 MiB").arg(maxFileSize / (1024 * 1024)) });
        return result;
    }
    if (data.trimmed().isEmpty()) {
        errors.append({ fileName, 1, QStringLiteral("file is empty") });
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonLocator::lineColumn(data, parseError.offset);
        errors.append({ fileName, line,
            QStringLiteral("not valid JSON (column %1): %2").arg(column).arg(parseError.errorString()) });
        return result;
    }
    const JsonLocator locator(data);
    ReviewParser parser(fileName, locator, errors);
    if (!doc.isObject()) {
        parser.error(QString(), QStringLiteral("a review file must hold a JSON object"));
        return result;
    }
    const QJsonObject top = doc.object();
    if (top.value(u"format").toString() != formatName) {
        parser.error(QStringLiteral("/format"),
            QStringLiteral("not a Plenary review file (\"format\" must be \"%1\")").arg(formatName));
        return result;
    }
    const QJsonValue version = top.value(u"version");
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v < 1 || v != static_cast<int>(v)) {
        parser.error(QStringLiteral("/version"),
            QStringLiteral("\"version\" must be the number %1").arg(formatVersion));
        return result;
    }
    if (v > formatVersion) {
        parser.error(QStringLiteral("/version"),
            QStringLiteral("written by a newer Plenary (format version %1); this Plenary reads version %2")
                .arg(version.toVariant().toString())
                .arg(formatVersion));
        return result;
    }

    Review review;
    const QJsonObject record = parser.object(top, QString(), QStringLiteral("record"));
    if (!record.isEmpty()) {
        review.recordOrigin = parser.text(record, QStringLiteral("/record"), QStringLiteral("origin"), false);
        const QString symbol = parser.text(record, QStringLiteral("/record"), QStringLiteral("symbol"), true);
        const QJsonObject data = parser.object(record, QStringLiteral("/record"), QStringLiteral("data"));
        if (!data.isEmpty()) {
            review.record
                = RecordFile::fromJson(data, QStringLiteral("/record/data"), locator, fileName, errors);
            if (!symbol.isEmpty() && !review.record.symbol.isEmpty() && symbol != review.record.symbol)
                parser.error(QStringLiteral("/record/symbol"),
                    QStringLiteral("\"symbol\" %1 is not the symbol of the record data (%2)")
                        .arg(symbol.left(80), review.record.symbol.left(80)));
        }
    }

    const QJsonObject article = parser.object(top, QString(), QStringLiteral("article"));
    const QString text
        = parser.text(article, QStringLiteral("/article"), QStringLiteral("text"), !article.isEmpty());
    if (text.size() > ArticleReader::maxFileSize)
        parser.error(QStringLiteral("/article/text"), QStringLiteral("the article text is too long"));
    const QString name = parser.text(article, QStringLiteral("/article"), QStringLiteral("name"), false);
    review.result.lang = parser.text(article, QStringLiteral("/article"), QStringLiteral("lang"), false);
    review.result.recordSymbol = review.record.symbol;

    const QJsonArray statements = parser.list(top, QStringLiteral("statements"), true);
    const int length = int(std::min<qsizetype>(text.size(), ArticleReader::maxFileSize));
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString path = QStringLiteral("/statements/%1").arg(i);
        if (!statements.at(i).isObject()) {
            parser.error(path, QStringLiteral("each statement must be an object"));
            continue;
        }
        const QJsonObject o = statements.at(i).toObject();
        Statement s = parser.statement(o, path, length, int(statements.size()));
        s.index = int(review.result.statements.size());
        Override d;
        if (o.contains(u"override")) {
            if (o.value(u"override").isObject())
                d = parser.decision(o.value(u"override").toObject(), path + QStringLiteral("/override"));
            else
                parser.error(
                    path + QStringLiteral("/override"), QStringLiteral("\"override\" must be an object"));
        }
        review.result.statements.append(std::move(s));
        review.overrides.append(d);
    }

    const QJsonArray unmatched = parser.list(top, QStringLiteral("unmatched_overrides"), false);
    for (qsizetype i = 0; i < unmatched.size(); ++i) {
        const QString path = QStringLiteral("/unmatched_overrides/%1").arg(i);
        if (!unmatched.at(i).isObject()) {
            parser.error(path, QStringLiteral("each unmatched override must be an object"));
            continue;
        }
        const QJsonObject o = unmatched.at(i).toObject();
        KeyedOverride k;
        k.text = parser.text(o, path, QStringLiteral("text"), true);
        k.start = parser.number(o, path, QStringLiteral("start"), length, false);
        k.decision = parser.decision(o, path);
        review.unmatched.append(k);
    }

    if (!errors.isEmpty())
        return result;
    review.article = ArticleReader::fromText(text, name);
    review.article.useLanguage(review.result.lang); // the language it was reviewed in, detected or forced
    result.review = std::move(review);
    return result;
}

ReviewReadResult ReviewFile::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReviewReadResult result;
        result.errors.append({ path, 0, QStringLiteral("cannot open: %1").arg(file.errorString()) });
        return result;
    }
    return read(file, path);
}

QByteArray ReviewFile::write(const Review& review)
{
    QJsonArray statements;
    for (qsizetype i = 0; i < review.result.statements.size(); ++i) {
        const Statement& s = review.result.statements.at(i);
        QJsonArray related;
        for (int r : s.related)
            related.append(r);
        QJsonObject o { { QStringLiteral("text"), s.text }, { QStringLiteral("start"), s.start },
            { QStringLiteral("end"), s.end }, { QStringLiteral("sentence"), s.sentence },
            { QStringLiteral("verdict"), verdictKey(s.verdict) },
            { QStringLiteral("explanation"), s.explanation }, { QStringLiteral("related"), related } };
        if (i < review.overrides.size() && !review.overrides.at(i).isEmpty())
            o.insert(QStringLiteral("override"), decisionJson(review.overrides.at(i)));
        statements.append(o);
    }
    // Written by hand around indented values so "format" and "version" come first, as in record files.
    QList<std::pair<const char*, QJsonValue>> fields {
        { "record",
            QJsonObject { { QStringLiteral("symbol"), review.record.symbol },
                { QStringLiteral("origin"), review.recordOrigin },
                { QStringLiteral("data"), RecordFile::toJson(review.record) } } },
        { "article",
            QJsonObject { { QStringLiteral("name"), review.article.name },
                { QStringLiteral("lang"), review.result.lang },
                { QStringLiteral("text"), review.article.text } } },
        { "statements", statements },
    };
    if (!review.unmatched.isEmpty()) {
        QJsonArray unmatched;
        for (const KeyedOverride& k : review.unmatched) {
            QJsonObject o = decisionJson(k.decision);
            o.insert(QStringLiteral("text"), k.text);
            o.insert(QStringLiteral("start"), k.start);
            unmatched.append(o);
        }
        fields.append({ "unmatched_overrides", unmatched });
    }
    QByteArray out = "{\n    \"format\": \"plenary-review\",\n    \"version\": 1";
    for (const auto& [key, value] : fields)
        out += QByteArray(",\n    \"") + key + "\": " + nested(value, "    ");
    out += "\n}\n";
    return out;
}

bool ReviewFile::save(const QString& path, const Review& review, QString* error)
{
    QString reason;
    if (AtomicFile::write(path, write(review), &reason))
        return true;
    if (error)
        *error = QStringLiteral("%1: cannot write: %2").arg(path, reason);
    return false;
}
