// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/procedurelexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <memory>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace {

constexpr int maxWords = 800; // of a sentence
constexpr int maxOrdinal = 120; // sessions: 11th emergency special, 80th regular

QString normalizeApostrophes(QString s)
{
    s.replace(QChar(0x2019), u'\'');
    s.replace(QChar(0x02BC), u'\'');
    return s;
}

QList<Phrase> phrases(const QJsonObject& o, const char* key)
{
    QList<Phrase> out;
    for (const QJsonValue& v : o.value(QLatin1String(key)).toArray()) {
        const QString p = normalizeApostrophes(v.toString().toLower().trimmed());
        if (!p.isEmpty())
            out.append(p.split(u' ', Qt::SkipEmptyParts));
    }
    // Longest first, so that "two-thirds majority" wins over "two-thirds".
    std::stable_sort(
        out.begin(), out.end(), [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
    return out;
}

QList<QPair<QString, QString>> splitVerbs(const QJsonObject& o, const char* key)
{
    QList<QPair<QString, QString>> out;
    for (const QJsonValue& v : o.value(QLatin1String(key)).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() == 2)
            out.append({ a.at(0).toString().toLower(), a.at(1).toString().toLower() });
    }
    return out;
}

/// Ukrainian and Russian weekdays after "у"/"в" take the accusative: середа -> середу, п'ятниця -> п'ятницю.
QString accusative(const QString& name)
{
    if (name.endsWith(u'\u0430'))
        return name.chopped(1) + QChar(0x0443);
    if (name.endsWith(u'\u044F'))
        return name.chopped(1) + QChar(0x044E);
    return name;
}

void addCalendar(ProcedureLexicon& lex)
{
    const QLocale locale(lex.lang);
    auto addMonth = [&](QString name, int m) {
        name = normalizeApostrophes(name.toLower());
        if (name.endsWith(u'.'))
            name.chop(1);
        if (!name.isEmpty())
            lex.months.insert(name, m);
    };
    for (int m = 1; m <= 12; ++m) {
        for (QLocale::FormatType f : { QLocale::LongFormat, QLocale::ShortFormat }) {
            addMonth(locale.monthName(m, f), m);
            addMonth(locale.standaloneMonthName(m, f), m);
        }
    }
    if (lex.lang == u"en") {
        lex.months.insert(QStringLiteral("sept"), 9); // "Sept. 3" in news style
    }
    for (int d = 1; d <= 7; ++d) {
        // Long names only: short ones ("Sat", "Sun", "Mi") are ordinary words too often.
        for (const QString& raw :
            { locale.dayName(d, QLocale::LongFormat), locale.standaloneDayName(d, QLocale::LongFormat) }) {
            const QString name = normalizeApostrophes(raw.toLower());
            lex.weekdays.insert(name, d);
            if (lex.lang == u"uk" || lex.lang == u"ru")
                lex.weekdays.insert(accusative(name), d);
        }
    }
}

void addOrdinals(ProcedureLexicon& lex)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat format(
        icu::URBNF_SPELLOUT, icu::Locale(lex.lang.toLatin1().constData()), status);
    if (U_FAILURE(status))
        return;
    for (int32_t i = 0; i < format.getNumberOfRuleSetNames(); ++i) {
        const icu::UnicodeString name = format.getRuleSetName(i);
        std::string utf8;
        name.toUTF8String(utf8);
        if (utf8.find("ordinal") == std::string::npos)
            continue;
        for (int n = 1; n <= maxOrdinal; ++n) {
            icu::UnicodeString out;
            icu::FieldPosition pos;
            UErrorCode st = U_ZERO_ERROR;
            format.format(int32_t(n), name, out, pos, st);
            if (U_FAILURE(st))
                continue;
            const QString word = normalizeApostrophes(
                QString(reinterpret_cast<const QChar*>(out.getBuffer()), out.length()).toLower());
            if (!lex.ordinals.contains(word))
                lex.ordinals.insert(word, n);
        }
    }
}

std::unique_ptr<ProcedureLexicon> build(const QString& lang, const QJsonObject& all)
{
    auto lex = std::make_unique<ProcedureLexicon>();
    lex->lang = lang;
    const QJsonObject o = all.value(lang).toObject();
    lex->voteWords = phrases(o, "vote_words");
    lex->assembly = phrases(o, "assembly");
    lex->assemblyActs = phrases(o, "assembly_acts");
    lex->adopted = phrases(o, "adopted");
    lex->rejected = phrases(o, "rejected");
    lex->adoptedSplit = splitVerbs(o, "adopted_split");
    lex->rejectedSplit = splitVerbs(o, "rejected_split");
    lex->negations = phrases(o, "negations");
    lex->blockers = phrases(o, "blockers");
    lex->objectBlockers = phrases(o, "object_blockers");
    lex->countPrepositions = phrases(o, "count_prepositions");
    lex->objectBefore = phrases(o, "object_before");
    lex->stateArticles = phrases(o, "state_articles");
    lex->agentPrepositions = phrases(o, "agent_prepositions");
    lex->otherDocuments = phrases(o, "other_documents");
    lex->timeSubordinators = phrases(o, "time_subordinators");
    lex->timeClauses = phrases(o, "time_clauses");
    lex->history = phrases(o, "history");
    lex->yearPrepositions = phrases(o, "year_prepositions");
    lex->otherTime = phrases(o, "other_time");
    lex->adoptedHeadline = phrases(o, "adopted_headline");
    lex->rejectedHeadline = phrases(o, "rejected_headline");
    lex->otherTimePrepositions = phrases(o, "other_time_prepositions");
    lex->dateBlockers = phrases(o, "date_blockers");
    lex->majorityWords = phrases(o, "majority_words");
    lex->twoThirds = phrases(o, "two_thirds");
    lex->simple = phrases(o, "simple");
    lex->missed = phrases(o, "missed");
    lex->required = phrases(o, "required");
    lex->reached = phrases(o, "reached");
    lex->titleMarkers = phrases(o, "title_markers");
    lex->emergencySession = phrases(o, "emergency_session");
    lex->regularSession = phrases(o, "regular_session");
    for (const QJsonValue& v : o.value(QLatin1String("date_articles")).toArray())
        lex->dateArticles << v.toString();
    const QJsonObject stems = o.value(QLatin1String("ordinal_stems")).toObject();
    for (auto it = stems.begin(); it != stems.end(); ++it)
        lex->ordinalStems.append({ normalizeApostrophes(it.key()), it.value().toInt() });
    for (const QJsonValue& v : o.value(QLatin1String("ordinal_endings")).toArray())
        lex->ordinalEndings << v.toString();
    addCalendar(*lex);
    addOrdinals(*lex);
    return lex;
}

} // namespace

Words ProcedureLexicon::split(QStringView s)
{
    static const QRegularExpression piece(
        QStringLiteral("(\\p{L}[\\p{L}\\p{M}'\\x{2019}\\x{02BC}]*(?:-\\p{L}[\\p{L}\\p{M}'\\x{2019}\\x{02BC}]*"
                       ")*)|(\\d+)|(\\S)"));
    Words out;
    for (auto it = piece.globalMatch(s); it.hasNext() && out.size() < maxWords;) {
        const auto m = it.next();
        ProcedureWord w;
        w.start = int(m.capturedStart());
        w.end = int(m.capturedEnd());
        const QString raw = m.captured();
        w.type = m.hasCaptured(1) ? WordType::Word : m.hasCaptured(2) ? WordType::Digits : WordType::Punct;
        w.text = raw.toLower();
        w.text.replace(QChar(0x2019), u'\'');
        w.text.replace(QChar(0x02BC), u'\'');
        w.caps = w.type == WordType::Word && raw.size() > 1 && raw == raw.toUpper();
        w.initialCap = w.type == WordType::Word && raw.at(0).isUpper();
        out.append(w);
    }
    return out;
}

int ProcedureLexicon::matchAt(const Words& w, int i, const Phrase& p)
{
    for (qsizetype k = 0; k < p.size(); ++k) {
        if (i + k >= w.size())
            return -1;
        const ProcedureWord& t = w.at(i + k);
        const QString& q = p.at(k);
        if (q.endsWith(u'*')) {
            if (t.type == WordType::Punct || !t.text.startsWith(QStringView(q).chopped(1)))
                return -1;
        } else if (t.text != q) {
            return -1;
        }
    }
    return i + int(p.size());
}

int ProcedureLexicon::matchAny(const Words& w, int i, const QList<Phrase>& list)
{
    for (const Phrase& p : list) {
        const int e = matchAt(w, i, p);
        if (e >= 0)
            return e;
    }
    return -1;
}

int ProcedureLexicon::findAny(const Words& w, int from, int to, const QList<Phrase>& list)
{
    for (int i = std::max(0, from); i < std::min(to, int(w.size())); ++i) {
        if (matchAny(w, i, list) >= 0)
            return i;
    }
    return -1;
}

int ProcedureLexicon::ordinal(const QString& word) const
{
    if (const auto it = ordinals.constFind(word); it != ordinals.cend())
        return *it;
    for (const auto& [stem, n] : ordinalStems) {
        if (word.startsWith(stem) && ordinalEndings.contains(word.mid(stem.size())))
            return n;
    }
    return 0;
}

const ProcedureLexicon& ProcedureLexicon::forLanguage(const QString& code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const ProcedureLexicon>> cache;
    static QJsonObject all;
    const QString lang = code == u"uk" || code == u"ru" || code == u"de" || code == u"fr" || code == u"es"
        ? code
        : QStringLiteral("en");
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(lang); it != cache.cend())
        return **it;
    if (all.isEmpty()) {
        QFile f(QStringLiteral(":/lexicons/procedure.json"));
        if (f.open(QIODevice::ReadOnly))
            all = QJsonDocument::fromJson(f.readAll()).object();
    }
    std::shared_ptr<const ProcedureLexicon> lex = build(lang, all);
    cache.insert(lang, lex);
    return *lex;
}
