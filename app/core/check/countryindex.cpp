// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/countryindex.h"

#include "core/check/gettextcatalog.h"
#include "core/check/wordforms.h"
#include "core/io/boundedread.h"
#include "core/record/memberstates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <algorithm>

namespace {

// Priorities when two sources give one name to different states: the higher wins, equal ones make the
// name ambiguous (it then matches nothing).
constexpr int headPriority = 0; // "Korea" of "Korea, Republic of"
constexpr int capitalPriority = 1; // a capital city ("Washington"): any state's name wins
constexpr int otherTerritoryPriority = 1; // iso-codes names of territories that are no member state
constexpr int isoCodesPriority = 2;
constexpr int unNamePriority = 3;
constexpr int aliasPriority = 4;

constexpr qint64 maxJsonSize = 8 * 1024 * 1024;
const QString notAState = QStringLiteral("-");

bool isApostrophe(QChar c)
{
    return QStringView(u"'\u2019\u02bc\u2018`\u00b4").contains(c);
}

bool isWordChar(QStringView text, qsizetype i, int* width)
{
    const QChar c = text.at(i);
    *width = 1;
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *width = 2;
        const char32_t ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
        return QChar::isLetterOrNumber(ucs4) || QChar::isMark(ucs4);
    }
    if (c.isSurrogate() || c == u'\u02bc') // a lone surrogate; the modifier-letter apostrophe splits words
        return false;
    return c.isLetterOrNumber() || c.isMark();
}

QString gapOf(QStringView gap)
{
    QString out;
    for (QChar c : gap) {
        if (!c.isSpace())
            out += isApostrophe(c) ? QChar(u'\'') : c;
    }
    return out;
}

} // namespace

const QStringList& CountryIndex::languages()
{
    static const QStringList all = { QStringLiteral("en"), QStringLiteral("uk"), QStringLiteral("ru"),
        QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es") };
    return all;
}

quint8 CountryIndex::languageBit(QStringView lang)
{
    const qsizetype i = languages().indexOf(lang);
    return i < 0 ? 0 : quint8(1U << i);
}

void CountryIndex::words(QStringView text, QList<WordSpan>& out)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        int w = 1;
        if (!isWordChar(text, i, &w)) {
            i += w;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isWordChar(text, i, &w))
            i += w;
        out.append({ int(start), int(i) });
    }
}

QString CountryIndex::fold(QStringView word)
{
    QString s = word.toString();
    if (std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x0300 && c.isMark(); }))
        s = s.normalized(QString::NormalizationForm_C).remove(QChar(0x0301)).remove(QChar(0x0300));
    s = std::move(s).toLower();
    if (s.contains(u'ё'))
        s.replace(u'ё', u'е');
    // French press leaves capitals unaccented ("Egypte", "l'Erythrée", "les Etats-Unis"): a Latin first
    // letter is folded to its base letter, in names and text alike.
    if (!s.isEmpty() && s.at(0).unicode() >= 0xC0 && s.at(0).unicode() < 0x250) {
        const QString base = QString(s.at(0)).normalized(QString::NormalizationForm_D);
        if (!base.isEmpty() && base.at(0).unicode() < 0x80)
            s[0] = base.at(0);
    }
    return s;
}

std::shared_ptr<const CountryIndex> CountryIndex::shared()
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const CountryIndex>> byRoot;
    QString root = qEnvironmentVariable("PLENARY_ISO_CODES_ROOT");
    if (root.isEmpty())
        root = QStringLiteral("/usr");
    const QMutexLocker lock(&mutex);
    std::shared_ptr<const CountryIndex>& index = byRoot[root];
    if (!index)
        index = std::make_shared<const CountryIndex>(root);
    return index;
}

CountryIndex::CountryIndex(const QString& root)
{
    for (const MemberState& s : MemberStates::all())
        addWithHead(s.name, s.iso3, QStringLiteral("en"), unNamePriority);
    readAliases(QStringLiteral(":/countries/aliases.tsv"));
    readAliases(QStringLiteral(":/countries/demonyms.tsv"));
    m_hasIsoCodes = readIsoCodes(root);
    build();
}

void CountryIndex::add(const QString& name, const QString& iso3, const QString& lang, int priority, NameKind kind)
{
    QList<WordSpan> spans;
    words(name, spans);
    if (spans.isEmpty() || spans.size() > maxNameWords)
        return;
    QStringList folded;
    for (const WordSpan& w : spans) {
        if (w.end - w.start > maxWordLength)
            return;
        folded << fold(QStringView(name).sliced(w.start, w.end - w.start));
    }
    const QString key = folded.join(u' ');
    const quint8 bit = languageBit(lang);
    const Candidate fresh { name.trimmed(), iso3, bit, priority, kind == NameKind::Capital,
        kind == NameKind::Demonym, kind == NameKind::Plain };
    auto it = m_candidates.find(key);
    if (it == m_candidates.end()) {
        m_candidates.insert(key, fresh);
    } else if (it->iso3 == iso3) {
        // "China" and Spanish "china": a name with a capital, an adjective in small letters. A capital
        // city that is also the state's name ("Kuwait") is a name.
        it->languages |= bit;
        it->priority = std::max(it->priority, priority);
        it->plain = it->plain || fresh.plain;
        it->demonym = it->demonym || fresh.demonym;
        it->capital = (it->capital || fresh.capital) && !it->plain;
        if (fresh.plain)
            it->name = fresh.name;
    } else if (priority > it->priority) {
        *it = fresh;
    } else if (priority == it->priority) {
        it->iso3 = notAState; // two states share the name: it names neither
        it->languages |= bit;
    }
}

void CountryIndex::addWithHead(const QString& name, const QString& iso3, const QString& lang, int priority)
{
    // "Iran, Islamic Republic of" is indexed as "Iran"; "Bolivia (Plurinational State of)" as itself and
    // "Bolivia".
    const qsizetype comma = name.indexOf(u',');
    if (comma >= 0) {
        add(name.left(comma), iso3, lang, headPriority);
        return;
    }
    const qsizetype paren = name.indexOf(u'(');
    if (paren > 0)
        add(name.left(paren), iso3, lang, priority);
    add(name, iso3, lang, priority);
}

void CountryIndex::readAliases(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems << QStringLiteral("the compiled-in alias file %1 is missing").arg(path);
        return;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString& line : lines) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        // A fourth column "capital" marks a capital city standing for its state ("Washington"), or a people
        // ("the Nigerians"); "demonym" a nationality adjective ("Chinese", "chinoise").
        const bool capital = cols.size() == 4 && cols.at(3) == u"capital";
        const bool demonym = cols.size() == 4 && cols.at(3) == u"demonym";
        if ((cols.size() != 3 && !capital && !demonym) || !languageBit(cols.at(0)))
            continue;
        const QString& iso3 = cols.at(1);
        if (iso3 != notAState && !MemberStates::find(iso3))
            continue;
        const NameKind kind = capital ? NameKind::Capital : demonym ? NameKind::Demonym : NameKind::Plain;
        add(cols.at(2), iso3, cols.at(0), kind == NameKind::Plain ? aliasPriority : capitalPriority, kind);
    }
}

bool CountryIndex::readIsoCodes(const QString& root)
{
    const QString jsonPath = root + QStringLiteral("/share/iso-codes/json/iso_3166-1.json");
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxJsonSize) {
        m_problems << QStringLiteral("cannot read %1").arg(jsonPath);
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(BoundedRead::upTo(file, maxJsonSize), &error);
    const QJsonArray entries = doc.object().value(QStringLiteral("3166-1")).toArray();
    if (error.error != QJsonParseError::NoError || entries.isEmpty()) {
        m_problems << QStringLiteral("%1: no country list (%2)").arg(jsonPath, error.errorString());
        return false;
    }

    QHash<QString, GettextCatalog> catalogs;
    for (const QString& lang : languages()) {
        if (lang == u"en")
            continue;
        const QString path = root + QStringLiteral("/share/locale/%1/LC_MESSAGES/iso_3166-1.mo").arg(lang);
        GettextCatalog catalog;
        if (catalog.load(path))
            catalogs.insert(lang, std::move(catalog));
        else
            m_problems << catalog.error();
    }

    const QString keys[]
        = { QStringLiteral("name"), QStringLiteral("official_name"), QStringLiteral("common_name") };
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        const QString code = entry.value(QStringLiteral("alpha_3")).toString();
        if (code.size() != 3)
            continue;
        const bool member = MemberStates::find(code) != nullptr;
        const QString iso3 = member ? code : notAState;
        const int priority = member ? isoCodesPriority : otherTerritoryPriority;
        for (const QString& key : keys) {
            const QString english = entry.value(key).toString();
            if (english.isEmpty() || english.size() > 200)
                continue;
            addWithHead(english, iso3, QStringLiteral("en"), priority);
            for (auto it = catalogs.cbegin(); it != catalogs.cend(); ++it) {
                const QString translated = it->translate(english);
                // A translation equal to the English name ("China" in German) still gives that language
                // its case forms ("Chinas").
                if (!translated.isEmpty() && translated.size() <= 200)
                    addWithHead(translated, iso3, it.key(), priority);
            }
        }
    }
    return true;
}

void CountryIndex::build()
{
    QHash<QString, int> wordIds;
    auto addForm = [&](const QString& form, int word, quint8 langs) {
        QList<CountryWordForm>& list = m_forms[form];
        for (CountryWordForm& f : list) {
            if (f.word == word) {
                f.languages |= langs;
                return;
            }
        }
        list.append({ word, langs });
    };

    for (const Candidate& c : std::as_const(m_candidates)) {
        CountryName n;
        n.iso3 = c.iso3 == notAState ? QString() : c.iso3;
        n.languages = c.languages;
        const QString upper = c.name.toUpper();
        n.capitalsOnly = c.name == upper && c.name != c.name.toLower();
        n.capital = c.capital;
        n.demonym = c.demonym;
        n.plain = c.plain;
        QList<WordSpan> spans;
        words(c.name, spans);
        for (qsizetype k = 0; k < spans.size(); ++k) {
            const WordSpan& w = spans.at(k);
            const QString word = fold(QStringView(c.name).sliced(w.start, w.end - w.start));
            auto id = wordIds.constFind(word);
            if (id == wordIds.cend())
                id = wordIds.insert(word, int(wordIds.size()));
            const int wordId = *id;
            n.words << wordId;
            addForm(word, wordId, n.languages);
            if (k > 0)
                n.gaps << gapOf(
                    QStringView(c.name).sliced(spans.at(k - 1).end, w.start - spans.at(k - 1).end));
            if (n.capitalsOnly)
                continue;
            for (const QString& lang : languages()) {
                const quint8 bit = languageBit(lang);
                if (!(n.languages & bit))
                    continue;
                for (const QString& form : WordForms::of(word, lang, k + 1 == spans.size()))
                    addForm(form, wordId, bit);
            }
        }
        const QString tail = c.name.sliced(spans.back().end).trimmed();
        if (tail.size() == 1 && (tail == u"." || tail == u")"))
            n.trailing = tail.at(0);
        m_names.append(n);
    }
    m_candidates.clear();

    for (int i = 0; i < m_names.size(); ++i)
        m_byFirstWord[m_names.at(i).words.first()].append(i);
    for (QList<int>& list : m_byFirstWord) {
        std::stable_sort(list.begin(), list.end(),
            [this](int a, int b) { return m_names.at(a).words.size() > m_names.at(b).words.size(); });
    }
}

int CountryIndex::nameCount(const QString& lang) const
{
    const quint8 bit = languageBit(lang);
    return int(std::count_if(m_names.cbegin(), m_names.cend(),
        [bit](const CountryName& n) { return !n.iso3.isEmpty() && n.plain && !n.capital && (n.languages & bit); }));
}

const QList<CountryWordForm>* CountryIndex::forms(const QString& folded) const
{
    const auto it = m_forms.constFind(folded);
    return it == m_forms.cend() ? nullptr : &*it;
}

const QList<int>* CountryIndex::namesStartingWith(int word) const
{
    const auto it = m_byFirstWord.constFind(word);
    return it == m_byFirstWord.cend() ? nullptr : &*it;
}
