// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldencase.h"

#include "core/article/articlereader.h"
#include "core/check/checkreport.h"
#include "core/record/recordfile.h"
#include "core/record/recordlibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool sameText(const QString& a, const QString& b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

} // namespace

void GoldenScore::add(const GoldenScore& o)
{
    cases += o.cases;
    expected += o.expected;
    found += o.found;
    matched += o.matched;
    foundExpected += o.foundExpected;
    verdictsRight += o.verdictsRight;
    expectedClaims += o.expectedClaims;
    claimsFound += o.claimsFound;
    langRight += o.langRight;
    notListedHit += o.notListedHit;
    for (auto it = o.verdictPairs.cbegin(); it != o.verdictPairs.cend(); ++it)
        verdictPairs[it.key()] += it.value();
    for (auto it = o.claimsExpected.cbegin(); it != o.claimsExpected.cend(); ++it)
        claimsExpected[it.key()] += it.value();
    for (auto it = o.claimsFoundByKind.cbegin(); it != o.claimsFoundByKind.cend(); ++it)
        claimsFoundByKind[it.key()] += it.value();
}

double GoldenScore::percent(int part, int whole)
{
    return whole > 0 ? 100.0 * part / whole : 100.0;
}

QStringList GoldenCase::caseDirs(const QString& root)
{
    QStringList dirs;
    const QDir d(root);
    if (!d.exists())
        return dirs;
    for (const QString& c : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        dirs << d.filePath(c);
    return dirs;
}

GoldenCase GoldenCase::load(const QString& dir)
{
    GoldenCase g;
    g.m_name = QFileInfo(dir).fileName();
    QFile expectedFile(dir + QStringLiteral("/expected.json"));
    if (!expectedFile.open(QIODevice::ReadOnly)) {
        g.m_error = QStringLiteral("%1: cannot open").arg(expectedFile.fileName());
        return g;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(expectedFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        g.m_error = QStringLiteral("%1: %2 at offset %3")
                        .arg(expectedFile.fileName(), parseError.errorString())
                        .arg(parseError.offset);
        return g;
    }
    g.m_expected = doc.object();
    const QString symbol = str(g.m_expected, "record_symbol");

    const QString recordPath = dir + QStringLiteral("/record.json");
    if (QFile::exists(recordPath)) {
        const RecordReadResult r = RecordFile::readFile(recordPath);
        if (!r.ok() || r.records.isEmpty()) {
            g.m_error = r.errorText();
            return g;
        }
        const VoteRecord* found
            = symbol.isEmpty() ? &r.records.first() : RecordLibrary::find(r.records, symbol);
        if (!found) {
            g.m_error = QStringLiteral("%1: no record %2").arg(recordPath, symbol);
            return g;
        }
        g.m_record = *found;
    } else {
        const VoteRecord* found = RecordLibrary::find(RecordLibrary::embedded(), symbol);
        if (!found) {
            g.m_error = QStringLiteral("%1: no record.json and no embedded record \"%2\"").arg(dir, symbol);
            return g;
        }
        g.m_record = *found;
    }

    QString articlePath = dir + QStringLiteral("/article.txt");
    if (!QFile::exists(articlePath))
        articlePath = dir + QStringLiteral("/article.html");
    ArticleReadResult read = ArticleReader::readFile(articlePath);
    if (!read.article) {
        g.m_error = read.error ? read.error->toString() : QStringLiteral("%1: no article").arg(articlePath);
        return g;
    }
    g.m_article = std::move(read.article);
    return g;
}

QString GoldenCase::lang() const
{
    return str(m_expected, "lang");
}

CheckResult GoldenCase::check() const
{
    return Checker().check(*m_article, m_record);
}

bool GoldenCase::claimMatches(const Claim& c, const QJsonObject& e)
{
    if (claimKindKey(c.kind) != str(e, "kind"))
        return false;
    if (e.contains(QLatin1String("claimed")) && c.claimed != e.value(QLatin1String("claimed")).toInteger())
        return false;
    if (e.contains(QLatin1String("approx")) && approxKey(c.approx) != str(e, "approx"))
        return false;
    if (e.contains(QLatin1String("percent"))
        && (!c.percent || std::abs(*c.percent - e.value(QLatin1String("percent")).toDouble()) > 0.5))
        return false;
    if (e.contains(QLatin1String("state")) && c.state != str(e, "state"))
        return false;
    if (e.contains(QLatin1String("vote")) && voteCode(c.stateVote) != str(e, "vote"))
        return false;
    if (e.contains(QLatin1String("adopted")) && c.adopted != e.value(QLatin1String("adopted")).toBool())
        return false;
    if (e.contains(QLatin1String("date")) && c.date != QDate::fromString(str(e, "date"), Qt::ISODate))
        return false;
    if (e.contains(QLatin1String("weekday")) && c.weekday != e.value(QLatin1String("weekday")).toInt())
        return false;
    if (e.contains(QLatin1String("text")) && !sameText(c.text, str(e, "text")))
        return false;
    return true;
}

const Statement* GoldenCase::statementContaining(const CheckResult& result, const QString& snippet)
{
    for (const Statement& s : result.statements) {
        if (s.text.contains(snippet))
            return &s;
    }
    return nullptr;
}

QStringList GoldenCase::problems(const CheckResult& result) const
{
    QStringList out;
    const QString expectedLang = lang();
    if (!expectedLang.isEmpty() && result.lang != expectedLang)
        out << QStringLiteral("read as \"%1\", expected \"%2\"").arg(result.lang, expectedLang);

    const QJsonArray statements = m_expected.value(QLatin1String("statements")).toArray();
    for (const QJsonValue& v : statements) {
        const QJsonObject e = v.toObject();
        const QString snippet = str(e, "contains");
        const Statement* s = statementContaining(result, snippet);
        if (!s) {
            out << QStringLiteral("no statement contains \"%1\"").arg(snippet);
            continue;
        }
        const std::optional<Verdict> verdict = verdictFromKey(str(e, "verdict"));
        if (!verdict || s->verdict != *verdict)
            out << QStringLiteral("\"%1\": got %2, expected %3")
                       .arg(snippet, verdictKey(s->verdict), str(e, "verdict"));
        for (const QJsonValue& cv : e.value(QLatin1String("claims")).toArray()) {
            const QJsonObject ec = cv.toObject();
            if (std::none_of(s->claims.cbegin(), s->claims.cend(),
                    [&ec](const Claim& c) { return claimMatches(c, ec); }))
                out << QStringLiteral("\"%1\": missing claim %2").arg(snippet, compact(ec));
        }
        for (const QJsonValue& rv : e.value(QLatin1String("related_contains")).toArray()) {
            const Statement* other = statementContaining(result, rv.toString());
            if (!other || !s->related.contains(other->index))
                out << QStringLiteral("\"%1\" should point at \"%2\"").arg(snippet, rv.toString());
        }
    }
    for (const QJsonValue& v : m_expected.value(QLatin1String("not_listed")).toArray()) {
        if (statementContaining(result, v.toString()))
            out << QStringLiteral("\"%1\" must not be a statement").arg(v.toString());
    }
    // Every statement the checker lists must be expected: nothing spurious.
    for (const Statement& s : result.statements) {
        const bool expected = std::any_of(statements.cbegin(), statements.cend(),
            [&s](const QJsonValue& v) { return s.text.contains(str(v.toObject(), "contains")); });
        if (!expected)
            out << QStringLiteral("unexpected statement \"%1\" (%2)")
                       .arg(s.text.simplified(), verdictKey(s.verdict));
    }
    if (result.statements.size() != statements.size())
        out << QStringLiteral("%1 statements found, %2 expected")
                   .arg(result.statements.size())
                   .arg(statements.size());
    return out;
}

GoldenScore GoldenCase::score(const CheckResult& result) const
{
    GoldenScore sc;
    sc.cases = 1;
    sc.found = int(result.statements.size());
    sc.langRight = lang().isEmpty() || result.lang == lang() ? 1 : 0;
    const QJsonArray statements = m_expected.value(QLatin1String("statements")).toArray();
    sc.expected = int(statements.size());
    for (const QJsonValue& v : statements) {
        const QJsonObject e = v.toObject();
        const QJsonArray claims = e.value(QLatin1String("claims")).toArray();
        sc.expectedClaims += int(claims.size());
        for (const QJsonValue& cv : claims)
            ++sc.claimsExpected[str(cv.toObject(), "kind")];
        const Statement* s = statementContaining(result, str(e, "contains"));
        const QString pair = str(e, "verdict") + QStringLiteral(" -> ");
        if (!s) {
            ++sc.verdictPairs[pair + QStringLiteral("missing")];
            continue;
        }
        ++sc.matched;
        ++sc.verdictPairs[pair + verdictKey(s->verdict)];
        if (verdictFromKey(str(e, "verdict")) == s->verdict)
            ++sc.verdictsRight;
        for (const QJsonValue& cv : claims) {
            const QJsonObject ec = cv.toObject();
            if (std::any_of(s->claims.cbegin(), s->claims.cend(),
                    [&ec](const Claim& c) { return claimMatches(c, ec); })) {
                ++sc.claimsFound;
                ++sc.claimsFoundByKind[str(ec, "kind")];
            }
        }
    }
    for (const Statement& s : result.statements) {
        if (std::any_of(statements.cbegin(), statements.cend(),
                [&s](const QJsonValue& v) { return s.text.contains(str(v.toObject(), "contains")); }))
            ++sc.foundExpected;
    }
    for (const QJsonValue& v : m_expected.value(QLatin1String("not_listed")).toArray()) {
        if (statementContaining(result, v.toString()))
            ++sc.notListedHit;
    }
    return sc;
}
