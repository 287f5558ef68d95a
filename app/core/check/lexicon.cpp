// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/lexicon.h"

#include "core/check/language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

namespace {

/// "lehnten ... ab": a gap word matches up to this many plain words.
constexpr int maxGapWords = 4;

bool isGap(const QString& word)
{
    return word == u"...";
}


constexpr int maxPhraseWords = 8;
constexpr int maxPhrasesPerRole = 2000;

QStringList voteTags()
{
    return { QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("abstain"),
        QStringLiteral("non_voting"), QStringLiteral("not_in_favour"), QStringLiteral("not_against"),
        QStringLiteral("present"), QStringLiteral("voting") };
}

bool isPunctWord(const QString& w)
{
    return w.size() == 1 && QStringLiteral(",;:").contains(w.at(0));
}

bool skippable(const Token& t)
{
    return SentenceTokens::isQuote(t) || t.text == u":" || SentenceTokens::isDash(t);
}

} // namespace

const QHash<QString, QStringList>& Lexicon::schema()
{
    static const QHash<QString, QStringList> roles = [] {
        QHash<QString, QStringList> h;
        for (const char* r :
            { "count_after", "count_before", "count_near", "state_after", "state_before", "group_before", "intended" })
            h.insert(QString::fromLatin1(r), voteTags());
        // "91 nations demand ...": said of counts only, never of a named state ("Russia demands").
        h[QStringLiteral("count_after")].append(QStringLiteral("yes_count"));
        h.insert(QStringLiteral("approx"),
            { QStringLiteral("about"), QStringLiteral("nearly"), QStringLiteral("more_than"),
                QStringLiteral("less_than"), QStringLiteral("at_least"), QStringLiteral("at_most"),
                QStringLiteral("all_but") });
        h.insert(QStringLiteral("fractions"), { QStringLiteral("<number>") });
        h.insert(QStringLiteral("multiplier_words"), { QStringLiteral("<number>") }); // "всемеро" = 7
        h.insert(QStringLiteral("percent_bases"),
            { QStringLiteral("members"), QStringLiteral("voting"), QStringLiteral("present") });
        h.insert(QStringLiteral("comparison"),
            { QStringLiteral("more"), QStringLiteral("fewer"), QStringLiteral("than"), QStringLiteral("over"),
                QStringLiteral("times"), QStringLiteral("times_than"), QStringLiteral("multiplied"),
                QStringLiteral("lead"), QStringLiteral("lead_over") });
        // "times"/"times_than": "as many ... as", only with a factor; "multiplied": "multiplicaron por
        // siete"; "lead"/"lead_over": "the lead of the yes camp over the abstainers"
        for (const char* r :
            { "members", "member_modifiers", "state_nouns", "sponsors_before", "sponsor_nouns",
                "revision_markers", "revision_bases", "vote_context", "other_after", "other_before", "and",
                "or", "partitive", "of_which", "negations", "either", "between", "vote_prepositions",
                "total_labels", "counting", "besides", "joined", "of", "articles", "votes", "to", "for_short",
                "received", "percent_words", "share_blockers", "all", "clock", "likewise", "among_after",
                "relatives", "figure_anaphora", "list_triggers", "list_exhaustive", "list_separators",
                "fillers", "passive", "list_negations", "vote_change", "multipliers", "scope", "range_from",
                "same_vote", "only", "likewise_after", "needed", "group_anaphora", "among", "likewise_before", "ratio",
                "clause_openers", "delegation_after", "delegation_before", "one", "margin", "per_each", "rather", "backed_after", "except", "infinitive", "erratum", "unreal" })
            h.insert(QString::fromLatin1(r), {});
        return h;
    }();
    return roles;
}

const Lexicon& Lexicon::forLanguage(const QString& lang)
{
    // Built once, for every supported language, before any caller can see it: no locking needed.
    static const std::map<QString, Lexicon> all = [] {
        std::map<QString, Lexicon> m;
        for (const QString& code : Language::supported()) {
            QFile f(QStringLiteral(":/lexicons/%1.json").arg(code));
            Lexicon lex = f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : Lexicon();
            if (!lex.m_errors.isEmpty())
                qWarning(
                    "lexicon %s: %s", qPrintable(code), qPrintable(lex.m_errors.join(QStringLiteral("; "))));
            m.emplace(code, std::move(lex));
        }
        return m;
    }();
    static const Lexicon empty;
    const auto it = all.find(lang);
    return it == all.end() ? empty : it->second;
}

Lexicon Lexicon::fromJson(const QByteArray& json)
{
    Lexicon lex;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        lex.m_errors << QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return lex;
    }
    const QJsonObject root = doc.object();
    QHash<QString, QList<LexPhrase>> roles;
    QStringList errors;
    auto readList = [&](const QString& role, const QString& tag, const QJsonValue& v) {
        if (!v.isArray()) {
            errors << QStringLiteral("%1%2: expected a list of phrases")
                          .arg(role, tag.isEmpty() ? QString() : u'.' + tag);
            return;
        }
        const QJsonArray list = v.toArray();
        if (list.size() > maxPhrasesPerRole) {
            errors << QStringLiteral("%1: more than %2 phrases").arg(role).arg(maxPhrasesPerRole);
            return;
        }
        for (const QJsonValue& p : list) {
            const QString text = p.toString();
            const QStringList words = text.split(u' ');
            LexPhrase phrase;
            phrase.tag = tag;
            QString problem;
            if (!p.isString() || text.isEmpty())
                problem = QStringLiteral("not a non-empty string");
            else if (text != text.toLower())
                problem = QStringLiteral("not lowercase");
            else if (words.size() > maxPhraseWords)
                problem = QStringLiteral("more than %1 words").arg(maxPhraseWords);
            for (QString w : words) {
                if (!problem.isEmpty())
                    break;
                const bool stem = w.endsWith(u'*');
                if (stem)
                    w.chop(1);
                if (w.isEmpty())
                    problem = QStringLiteral("an empty word (two spaces?)");
                else if (w.contains(u'*'))
                    problem = QStringLiteral("'*' inside a word");
                else if (stem && w.size() < 3)
                    problem = QStringLiteral("a stem shorter than three letters");
                else if (isGap(w) && (phrase.words.isEmpty() || phrase.words.size() == words.size() - 1))
                    problem = QStringLiteral("a gap '...' must stand between words");
                else if (!isPunctWord(w) && !isGap(w) && !(w.at(0).isLetter()))
                    problem = QStringLiteral("a word that does not start with a letter");
                phrase.words << w;
                phrase.stems << stem;
            }
            if (!problem.isEmpty()) {
                errors << QStringLiteral("%1: \"%2\": %3").arg(role, text, problem);
                continue;
            }
            roles[role].append(phrase);
        }
    };
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QString role = it.key();
        if (role == u"lang") {
            lex.m_lang = it->toString();
            continue;
        }
        if (role.startsWith(u'_'))
            continue; // comments
        const auto known = schema().constFind(role);
        if (known == schema().cend()) {
            errors << QStringLiteral("unknown role \"%1\"").arg(role);
            continue;
        }
        if (known->isEmpty()) {
            readList(role, QString(), *it);
            continue;
        }
        if (!it->isObject()) {
            errors << QStringLiteral("%1: expected an object of %2")
                          .arg(role, known->join(QStringLiteral(", ")));
            continue;
        }
        const QJsonObject tagged = it->toObject();
        for (auto t = tagged.constBegin(); t != tagged.constEnd(); ++t) {
            if (known->first() == u"<number>") {
                bool ok = false;
                const double v = t.key().toDouble(&ok);
                if (!ok || v <= 0 || v > 100) {
                    errors << QStringLiteral("%1: \"%2\" is not a number from 0 to 100").arg(role, t.key());
                    continue;
                }
            } else if (!known->contains(t.key())) {
                errors << QStringLiteral("%1: unknown tag \"%2\"").arg(role, t.key());
                continue;
            }
            readList(role, t.key(), *t);
        }
    }
    if (!Language::isSupported(lex.m_lang))
        errors << QStringLiteral("\"lang\" is not one of %1")
                      .arg(Language::supported().join(QStringLiteral(", ")));
    for (const char* required : { "count_after", "members", "and" }) {
        if (!roles.contains(QString::fromLatin1(required)))
            errors << QStringLiteral("missing role \"%1\"").arg(QString::fromLatin1(required));
    }
    if (!errors.isEmpty()) {
        lex.m_errors = errors;
        return lex;
    }
    for (QList<LexPhrase>& list : roles) {
        std::stable_sort(list.begin(), list.end(),
            [](const LexPhrase& a, const LexPhrase& b) { return a.words.size() > b.words.size(); });
    }
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        Index& index = lex.m_index[it.key()];
        for (int k = 0; k < it->size(); ++k) {
            index.first[key(it->at(k).words.first())].append(k);
            index.last[key(it->at(k).words.last())].append(k);
        }
    }
    // Fillers that may stand inside a phrase ("s'est finalement abstenue"); not "only" ("не только
    // поддержали" is not "не поддержали").
    for (const LexPhrase& f : roles.value(QStringLiteral("fillers"))) {
        if (f.words.size() == 1 && !f.stems.first())
            lex.m_inner.insert(f.words.first());
    }
    for (const LexPhrase& o : roles.value(QStringLiteral("only"))) {
        if (o.words.size() == 1)
            lex.m_inner.remove(o.words.first());
    }
    // A gap never spans a negation or "only": "stimmte diesmal nicht zu" is no "stimmte ... zu", "не только
    // поддержала" no "не ... поддержала".
    for (const QString role : { QStringLiteral("negations"), QStringLiteral("only") }) {
        for (const LexPhrase& n : roles.value(role)) {
            if (n.words.size() == 1 && !n.stems.first())
                lex.m_gapStops.insert(n.words.first());
        }
    }
    lex.m_roles = std::move(roles);
    return lex;
}

quint64 Lexicon::key(QStringView word, bool lower)
{
    // The first three UTF-16 units, packed: no string is made for a lookup.
    quint64 k = 0;
    for (qsizetype n = 0; n < 3; ++n) {
        const QChar c = n < word.size() ? word.at(n) : QChar();
        k = (k << 16) | (lower ? c.toLower().unicode() : c.unicode());
    }
    return k;
}

quint64 Lexicon::key(const Token& token)
{
    // wordMatches compares a number word's text lowercased, and a word's as it is (lowercase).
    return key(token.text, token.type == TokenType::Number);
}

const QList<LexPhrase>& Lexicon::phrases(const QString& role) const
{
    static const QList<LexPhrase> none;
    const auto it = m_roles.constFind(role);
    return it == m_roles.cend() ? none : *it;
}

bool Lexicon::wordMatches(const Token& token, const QString& word, bool stem)
{
    // Number words ("two thirds") are number tokens; their text is compared too.
    if (token.type == TokenType::Country || (token.type == TokenType::Number && !token.words))
        return false;
    if (token.type == TokenType::Punct)
        return !stem && token.text == word;
    const QString text = token.type == TokenType::Number ? token.text.toLower() : token.text;
    return stem ? text.startsWith(word) : text == word;
}

namespace {

/// What a phrase's words may skip: fillers inside it, and the words a gap may not span.
struct Skips
{
    const QSet<QString>& inner;
    const QSet<QString>& gapStops;
};

bool gapWord(const Token& t, const Skips& skips)
{
    return t.type == TokenType::Word && !SentenceTokens::isQuote(t) && !skips.gapStops.contains(t.text);
}

/// The end of \a p's words from \a k on matched forwards from token \a j, or -1.
/// "s'est finalement abstenue": token \a j is a filler word inside the phrase, and word \a k of \a p
/// matches its \a neighbour instead.
bool innerFiller(
    const Tokens& tokens, const LexPhrase& p, qsizetype k, int j, int neighbour, const QSet<QString>& inner)
{
    return j >= 0 && j < tokens.size() && neighbour >= 0 && neighbour < tokens.size() && !isGap(p.words.at(k))
        && inner.contains(tokens.at(j).text)
        && !Lexicon::wordMatches(tokens.at(j), p.words.at(k), p.stems.at(k))
        && Lexicon::wordMatches(tokens.at(neighbour), p.words.at(k), p.stems.at(k));
}

int matchForward(const Tokens& tokens, const LexPhrase& p, qsizetype k, int j, const Skips& skips)
{
    if (k == p.words.size())
        return j;
    while (k > 0 && j < tokens.size() && SentenceTokens::isQuote(tokens.at(j)))
        ++j;
    if (k > 0 && innerFiller(tokens, p, k, j, j + 1, skips.inner))
        ++j;
    if (isGap(p.words.at(k))) {
        for (int g = 0; g <= maxGapWords; ++g) {
            if (g > 0 && (j + g - 1 >= tokens.size() || !gapWord(tokens.at(j + g - 1), skips)))
                break;
            if (const int end = matchForward(tokens, p, k + 1, j + g, skips); end >= 0)
                return end;
        }
        return -1;
    }
    if (j >= tokens.size() || !Lexicon::wordMatches(tokens.at(j), p.words.at(k), p.stems.at(k)))
        return -1;
    return matchForward(tokens, p, k + 1, j + 1, skips);
}

/// The start of \a p's words up to \a k matched backwards ending at token \a j, or -2 when they do
/// not match (a start is never below 0).
int matchBackward(const Tokens& tokens, const LexPhrase& p, qsizetype k, int j, const Skips& skips)
{
    if (k < 0)
        return j + 1;
    while (k < p.words.size() - 1 && j >= 0 && SentenceTokens::isQuote(tokens.at(j)))
        --j;
    if (k < p.words.size() - 1 && innerFiller(tokens, p, k, j, j - 1, skips.inner))
        --j;
    if (isGap(p.words.at(k))) {
        for (int g = 0; g <= maxGapWords; ++g) {
            if (g > 0 && (j - g + 1 < 0 || !gapWord(tokens.at(j - g + 1), skips)))
                break;
            if (const int start = matchBackward(tokens, p, k - 1, j - g, skips); start >= 0)
                return start;
        }
        return -2;
    }
    if (j < 0 || !Lexicon::wordMatches(tokens.at(j), p.words.at(k), p.stems.at(k)))
        return -2;
    return matchBackward(tokens, p, k - 1, j - 1, skips);
}

} // namespace

const QList<int>* Lexicon::candidates(const QString& role, const Token& token, bool last) const
{
    const auto index = m_index.constFind(role);
    if (index == m_index.cend())
        return nullptr;
    const QHash<quint64, QList<int>>& byKey = last ? index->last : index->first;
    const auto it = byKey.constFind(key(token));
    return it == byKey.cend() ? nullptr : &*it;
}

std::optional<LexMatch> Lexicon::at(const Tokens& tokens, int i, const QString& role) const
{
    if (i < 0 || i >= tokens.size())
        return std::nullopt;
    const QList<int>* candidates = this->candidates(role, tokens.at(i), false);
    if (!candidates)
        return std::nullopt;
    const QList<LexPhrase>& list = phrases(role);
    for (int k : *candidates) {
        const LexPhrase& p = list.at(k);
        if (const int end = matchForward(tokens, p, 0, i, Skips { m_inner, m_gapStops }); end >= 0)
            return LexMatch { i, end, p.tag };
    }
    return std::nullopt;
}

std::optional<LexMatch> Lexicon::before(const Tokens& tokens, int i, const QString& role) const
{
    int last = i - 1;
    while (last >= 0 && skippable(tokens.at(last)))
        --last;
    if (last < 0)
        return std::nullopt;
    const QList<int>* candidates = this->candidates(role, tokens.at(last), true);
    if (!candidates)
        return std::nullopt;
    const QList<LexPhrase>& list = phrases(role);
    for (int k : *candidates) {
        const LexPhrase& p = list.at(k);
        if (const int start = matchBackward(tokens, p, p.words.size() - 1, last, Skips { m_inner, m_gapStops }); start >= 0)
            return LexMatch { start, last + 1, p.tag };
    }
    return std::nullopt;
}

std::optional<LexMatch> Lexicon::find(const Tokens& tokens, const QString& role, int from, int to) const
{
    if (phrases(role).isEmpty())
        return std::nullopt;
    const int stop = to < 0 ? int(tokens.size()) : std::min(to, int(tokens.size()));
    for (int i = std::max(0, from); i < stop; ++i) {
        if (auto m = at(tokens, i, role))
            return m;
    }
    return std::nullopt;
}

bool Lexicon::isWord(const Tokens& tokens, int i, const QString& role) const
{
    if (i < 0 || i >= tokens.size())
        return false;
    const QList<int>* candidates = this->candidates(role, tokens.at(i), false);
    if (!candidates)
        return false;
    const QList<LexPhrase>& list = phrases(role);
    for (int k : *candidates) {
        const LexPhrase& p = list.at(k);
        if (p.words.size() == 1 && wordMatches(tokens.at(i), p.words.first(), p.stems.first()))
            return true;
    }
    return false;
}
