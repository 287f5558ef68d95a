// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/procedurereader.h"

#include "core/check/procedurelexicon.h"

#include <QDate>
#include <QRegularExpression>

namespace {

constexpr int maxChars = 4000; // a longer sentence is read for procedure claims up to here only
constexpr int maxClaims = 12; // procedure claims per sentence
constexpr int dateReach = 10; // words between a vote word and the date it is tied to
constexpr int maxTitle = 300; // characters of a quoted title
constexpr int assemblyReach = 8; // words between the Assembly and what it did ("condemned")

bool isYear(const ProcedureWord& w)
{
    if (w.type != WordType::Digits || w.text.size() != 4)
        return false;
    const int y = w.text.toInt();
    return y >= 1945 && y <= 2100;
}

struct DateMention
{
    int first = 0;
    int last = 0;
    QDate date; // valid when the day and month are given (year 2000 when none is)
    bool hasYear = false;
    int weekday = 0;
};

class Reader
{
public:
    Reader(const QString& sentence, const Tokens& tokens, const ProcedureLexicon& lex, int offset, bool headline)
        : m_text(QStringView(sentence).left(maxChars))
        , m_words(ProcedureLexicon::split(m_text))
        , m_lex(lex)
        , m_offset(offset)
        , m_headline(headline)
    {
        for (const Token& t : tokens) {
            if (t.type == TokenType::Number || t.type == TokenType::Country)
                m_counted.append({ t.start, t.end });
            if (t.type == TokenType::Country)
                m_states.append({ t.start, t.end });
        }
    }

    void read(QList<Claim>& claims);

private:
    /// Whether a state is named in the word at \a i or the one after it ("contre | la Russie").
    bool namesStateAfter(int i) const
    {
        for (int k = i; k < m_words.size() && k <= i + 1; ++k) {
            const ProcedureWord& w = m_words.at(k);
            if (std::any_of(m_states.cbegin(), m_states.cend(),
                    [&w](const QPair<int, int>& s) { return s.first < w.end && w.start < s.second; }))
                return true;
        }
        return false;
    }

    bool counted(int i) const
    {
        const ProcedureWord& w = m_words.at(i);
        // "on Wednesday 3 December 2025 adopted": a date's numbers count nothing.
        if (std::any_of(m_dates.cbegin(), m_dates.cend(),
                [i](const DateMention& d) { return d.first <= i && i <= d.last; }))
            return false;
        if (w.type == WordType::Digits) {
            // Not the digits of a symbol or a draft ("ES-11/9", "L.16").
            const ProcedureWord* before = i > 0 ? &m_words.at(i - 1) : nullptr;
            return !before || before->end != w.start
                || (before->text != u"/" && before->text != u"." && before->text != u"-");
        }
        return std::any_of(m_counted.cbegin(), m_counted.cend(),
            [&w](const QPair<int, int>& s) { return s.first < w.end && w.start < s.second; });
    }
    Claim claim(ClaimKind kind, int first, int last) const
    {
        Claim c;
        c.kind = kind;
        c.start = m_offset + m_words.at(first).start;
        c.end = m_offset + m_words.at(last).end;
        return c;
    }
    bool subjectIsCounted(int i) const;
    int voteWordEnd(int i) const;
    void findDates();
    bool isDateline(const DateMention& d) const;
    bool opensAssemblyClause(const DateMention& d) const;
    int openingDateComma(const DateMention& d) const;
    bool agentIsState(int end) const;
    void readHistory();
    void readOutcome(QList<Claim>& claims);
    void readMajority(QList<Claim>& claims);
    void readDates(QList<Claim>& claims);
    void readSessions(QList<Claim>& claims);
    void readSymbols(QList<Claim>& claims);
    void readTitles(QList<Claim>& claims);
    /// The ordinal just before word \a i, 0 if none; \a first gets where it starts.
    int ordinalBefore(int i, int* first) const;

    QStringView m_text;
    Words m_words;
    const ProcedureLexicon& m_lex;
    int m_offset;
    bool m_headline; // the article's headline: present-tense outcome verbs count ("UN adopts ...")
    QList<QPair<int, int>> m_counted; // spans of counts and named states
    QList<QPair<int, int>> m_states; // spans of named states
    QList<DateMention> m_dates;
    QList<bool> m_covered; // words taken by a majority phrase
    bool m_history = false;
    bool m_voteWord = false;
    bool m_outcome = false;
};

bool Reader::subjectIsCounted(int i) const
{
    // "12 states rejected", "Russia rejected": a count or a state (not after a preposition) before the
    // verb, within three words; a parenthesis between commas ("The resolution, tabled by Ukraine, passed") is
    // skipped.
    int seen = 0;
    bool skipped = false;
    for (int j = i - 1; j >= 0 && seen < 3; --j) {
        const ProcedureWord& w = m_words.at(j);
        if (w.type == WordType::Punct) {
            if (w.text == u"," && !skipped) {
                for (int k = j - 1; k >= 0 && k > j - 20; --k) {
                    if (m_words.at(k).text == u",") {
                        j = k;
                        skipped = true;
                        break;
                    }
                }
            }
            continue;
        }
        if (ProcedureLexicon::matchAny(m_words, j, m_lex.assembly) >= 0)
            return false; // "Мирну резолюцію щодо України Генасамблея ухвалила": the Assembly is the subject
        if (counted(j)) {
            // "mit 91 Stimmen angenommen", "з 91 голосом": the count follows a preposition.
            int k = j - 1;
            while (k >= 0 && counted(k) && m_words.at(k).type != WordType::Punct)
                --k;
            const ProcedureWord& w = m_words.at(j);
            const bool state = std::any_of(m_states.cbegin(), m_states.cend(),
                [&w](const QPair<int, int>& s) { return s.first < w.end && w.start < s.second; });
            // "in der Ukraine angenommen", "a resolution on Ukraine passed": a state after a preposition
            // or an article is no subject ("Мирну резолюцію Україна ухвалила" is one).
            if (state) {
                while (k >= 0 && ProcedureLexicon::matchAny(m_words, k, m_lex.stateArticles) == k + 1)
                    --k; // "the Central African Republic rejected it" (the subject)
                return k < 0 || ProcedureLexicon::matchAny(m_words, k, m_lex.objectBefore) != k + 1;
            }
            return k < 0 || ProcedureLexicon::matchAny(m_words, k, m_lex.countPrepositions) != k + 1;
        }
        ++seen;
    }
    return false;
}

bool Reader::agentIsState(int end) const
{
    // "Le texte a été rejeté par la Russie et onze autres pays", "Abgelehnt wurde der Text von acht
    // Staaten": who voted so, not what became of the text.
    int by = -1;
    for (int j = end; j < m_words.size() && j <= end + 3 && by < 0; ++j) {
        if (m_words.at(j).type == WordType::Punct)
            break;
        by = ProcedureLexicon::matchAny(m_words, j, m_lex.agentPrepositions); // "wurde der Text von"
    }
    if (by < 0)
        return false;
    int k = by;
    while (k < m_words.size() && ProcedureLexicon::matchAny(m_words, k, m_lex.stateArticles) == k + 1)
        ++k;
    if (k >= m_words.size())
        return false;
    if (m_words.at(k).type == WordType::Digits || counted(k)) {
        // "von acht Staaten" is who; "by 93 votes to 8", "par 91 voix" is how many.
        int n = k + 1;
        while (n < m_words.size() && counted(n) && m_words.at(n).type != WordType::Punct)
            ++n;
        return n < m_words.size() && m_words.at(n).type == WordType::Word && voteWordEnd(n) < 0;
    }
    const ProcedureWord& w = m_words.at(k);
    return std::any_of(m_states.cbegin(), m_states.cend(),
        [&w](const QPair<int, int>& s) { return s.first < w.end && w.start < s.second; });
}

int Reader::voteWordEnd(int i) const
{
    // A word of the vote, or what the resolution does after the Assembly as its subject: "Die
    // Generalversammlung verurteilte am 3. März", "l'Assemblée générale a exigé".
    const int e = ProcedureLexicon::matchAny(m_words, i, m_lex.voteWords);
    if (e >= 0)
        return e;
    const int act = ProcedureLexicon::matchAny(m_words, i, m_lex.assemblyActs);
    if (act < 0)
        return -1;
    for (int j = i - 1; j >= 0 && j >= i - assemblyReach; --j) {
        const QString& t = m_words.at(j).text;
        // The full stop of an abbreviation ("the U.N. General Assembly") ends nothing.
        const bool abbreviation = t == u"." && j > 0 && m_words.at(j - 1).text.size() == 1;
        if (t == u";" || t == u":" || (t == u"." && !abbreviation) || t == u"?" || t == u"!")
            break;
        if (ProcedureLexicon::matchAny(m_words, j, m_lex.assembly) >= 0)
            return act;
    }
    return -1;
}

void Reader::findDates()
{
    // English and German write months with a capital: "3 may abstain" holds no date.
    const bool capitalMonths = m_lex.lang == u"en" || m_lex.lang == u"de";
    const auto month = [&](int i) {
        return i < m_words.size() && m_words.at(i).type == WordType::Word
                && (!capitalMonths || m_words.at(i).initialCap)
            ? m_lex.months.value(m_words.at(i).text)
            : 0;
    };
    const auto day = [&](int i) {
        if (i >= m_words.size() || m_words.at(i).type != WordType::Digits || m_words.at(i).text.size() > 2)
            return 0;
        const int d = m_words.at(i).text.toInt();
        return d >= 1 && d <= 31 ? d : 0;
    };
    const auto skipDayMark = [&](int i) {
        // "3." (de), "3rd", "1er", "3 de" (es).
        while (i < m_words.size()
            && (m_words.at(i).text == u"." || m_words.at(i).text == u"de" || m_words.at(i).text == u"st"
                || m_words.at(i).text == u"nd" || m_words.at(i).text == u"rd" || m_words.at(i).text == u"th"
                || m_words.at(i).text == u"er"))
            ++i;
        return i;
    };
    for (int i = 0; i < m_words.size(); ++i) {
        DateMention d;
        int dd = 0;
        int mm = 0;
        int j = i;
        if ((dd = day(i))) {
            j = skipDayMark(i + 1);
            if (!(mm = month(j)))
                continue;
            ++j;
        } else if ((mm = month(i))) {
            j = i + 1;
            if (j < m_words.size() && m_words.at(j).text == u".")
                ++j;
            if (!(dd = day(j)))
                continue;
            j = skipDayMark(j + 1);
        } else {
            continue;
        }
        d.first = i;
        d.last = j - 1;
        while (d.last > i && m_words.at(d.last).type == WordType::Punct)
            --d.last;
        // The year: "3 December 2025", "December 3, 2025", "3 de diciembre de 2025".
        int k = j;
        if (k < m_words.size() && m_words.at(k).text == u".")
            ++k;
        if (k < m_words.size() && (m_words.at(k).text == u"," || m_words.at(k).text == u"de"))
            ++k;
        int year = 2000;
        if (k < m_words.size() && isYear(m_words.at(k))) {
            year = m_words.at(k).text.toInt();
            d.hasYear = true;
            d.last = k;
        }
        d.date = QDate(year, mm, dd);
        if (!d.date.isValid())
            continue;
        // A weekday just before: "on Wednesday, 3 December", "am Mittwoch, dem 3.", "el miércoles 3 de".
        int b = i - 1;
        while (b >= 0 && (m_words.at(b).text == u"," || m_lex.dateArticles.contains(m_words.at(b).text))
            && b > i - 4)
            --b;
        if (b >= 0 && m_lex.weekdays.contains(m_words.at(b).text)) {
            d.weekday = m_lex.weekdays.value(m_words.at(b).text);
            d.first = b;
        }
        m_dates.append(d);
        i = d.last;
    }
    // Weekdays on their own: "on Wednesday".
    for (int i = 0; i < m_words.size(); ++i) {
        const int wd = m_lex.weekdays.value(m_words.at(i).text);
        if (!wd || m_words.at(i).type != WordType::Word)
            continue;
        const bool inDate = std::any_of(m_dates.cbegin(), m_dates.cend(),
            [i](const DateMention& d) { return d.first <= i && i <= d.last; });
        if (!inDate) {
            DateMention d;
            d.first = d.last = i;
            d.weekday = wd;
            m_dates.append(d);
        }
    }
    std::sort(m_dates.begin(), m_dates.end(),
        [](const DateMention& a, const DateMention& b) { return a.first < b.first; });
}

bool Reader::isDateline(const DateMention& d) const
{
    // "KYIV, Dec 4 (Reuters) -", "NEW YORK, 24 February 2025 (Newswire) -".
    if (d.first > 6)
        return false;
    const int next = d.last + 1;
    // "am Montag (Ortszeit) ...", "on Monday (local time)": a preposition before the date is prose.
    const bool prose = d.first > 0 && m_words.at(d.first - 1).type == WordType::Word && !m_words.at(d.first - 1).caps;
    if (next < m_words.size() && !prose) {
        const QString& t = m_words.at(next).text;
        if (t == u"(" || t == u"-" || t == u"\u2014" || t == u"\u2013")
            return true;
    }
    return d.first >= 2 && m_words.at(d.first - 1).text == u"," && m_words.at(d.first - 2).caps;
}

int Reader::openingDateComma(const DateMention& d) const
{
    // "Am Dienstag, dem 24. Februar 2025, wurde ...", "On Wednesday, 2 March 2022, the General Assembly
    // ...": a date that opens the sentence before a comma; the comma's word, or -1.
    if (d.first > 1 || (d.first == 1 && m_words.at(0).type != WordType::Word))
        return -1;
    int k = d.last + 1;
    if (k < m_words.size() && m_words.at(k).type == WordType::Word)
        ++k; // "3 грудня 2025 року,"
    return k < m_words.size() && m_words.at(k).text == u"," ? k : -1;
}

bool Reader::opensAssemblyClause(const DateMention& d) const
{
    // "On Wednesday, 2 March 2022, the General Assembly, meeting in ..., voted": a date that opens the
    // sentence before a comma dates the clause of the Assembly after it, however far its vote word is.
    const int k = openingDateComma(d);
    if (k < 0)
        return false;
    const int a = ProcedureLexicon::findAny(m_words, k + 1, k + 4, m_lex.assembly);
    if (a < 0)
        return false;
    for (int v = a + 1; v < m_words.size() && m_words.at(v).text != u";"; ++v) {
        if (voteWordEnd(v) >= 0)
            return true;
    }
    return false;
}

void Reader::readHistory()
{
    const int h = ProcedureLexicon::findAny(m_words, 0, int(m_words.size()), m_lex.history);
    m_history = h >= 0;
    // "Four years ago, on 2 March 2022, the Assembly adopted ...": a time told by its full date is that
    // date's; the claim extractor marks it as a time and the checker compares the year with the record's.
    if (m_history && ProcedureLexicon::matchAny(m_words, h, m_lex.otherTime) > h
        && std::any_of(m_dates.cbegin(), m_dates.cend(), [](const DateMention& d) { return d.hasYear; }))
        m_history = false;
    for (int i = 1; i < m_words.size() && !m_history; ++i) {
        if (!isYear(m_words.at(i)) || ProcedureLexicon::matchAny(m_words, i - 1, m_lex.yearPrepositions) != i)
            continue;
        const bool inDate = std::any_of(m_dates.cbegin(), m_dates.cend(),
            [i](const DateMention& d) { return d.hasYear && d.first <= i && i <= d.last; });
        m_history = !inDate;
    }
    for (int i = 0; i < m_words.size() && !m_voteWord; ++i)
        m_voteWord = voteWordEnd(i) >= 0;
}

void Reader::readOutcome(QList<Claim>& claims)
{
    if (m_history)
        return; // "In 2022 the Assembly adopted ...": another vote
    for (int i = 0; i < m_words.size(); ++i) {
        if (m_covered.at(i) || m_words.at(i).type != WordType::Word)
            continue;
        int ea = ProcedureLexicon::matchAny(m_words, i, m_lex.adopted);
        int er = ProcedureLexicon::matchAny(m_words, i, m_lex.rejected);
        if (m_headline && ea < 0 && er < 0) {
            ea = ProcedureLexicon::matchAny(m_words, i, m_lex.adoptedHeadline);
            er = ProcedureLexicon::matchAny(m_words, i, m_lex.rejectedHeadline);
        }
        int end = std::max(ea, er);
        bool adopted = ea >= er;
        int negFrom = i - 3;
        int negTo = i;
        // German separable verbs: "nahm ... an", "lehnte ... ab", within the clause.
        for (const auto* list : { &m_lex.adoptedSplit, &m_lex.rejectedSplit }) {
            for (const auto& [head, particle] : *list) {
                if (end >= 0 || m_words.at(i).text != head)
                    continue;
                for (int j = i + 1; j < m_words.size() && j < i + 30; ++j) {
                    const QString& t = m_words.at(j).text;
                    if (t == u";")
                        break;
                    if (t == particle
                        && (j + 1 == m_words.size() || m_words.at(j + 1).type == WordType::Punct)) {
                        end = j + 1;
                        adopted = list == &m_lex.adoptedSplit;
                        negFrom = i + 1; // "nahm ... nicht an"
                        negTo = j;
                        break;
                    }
                }
            }
        }
        if (end < 0)
            continue;
        if (i > 0 && ProcedureLexicon::matchAny(m_words, i - 1, m_lex.blockers) == i)
            continue; // "the adopted text", "states rejected"
        if (subjectIsCounted(i) || agentIsState(end))
            continue;
        // "an amendment was rejected", "the Security Council adopted a US text": read, and told of another
        // vote by the claim extractor (unverifiable); a later outcome in the sentence may be the record's.
        const bool otherDocument = ProcedureLexicon::findAny(m_words, i - 6, end + 4, m_lex.otherDocuments) >= 0;
        const bool negated = ProcedureLexicon::findAny(m_words, negFrom, negTo, m_lex.negations) >= 0;
        Claim c = claim(ClaimKind::Outcome, i, end - 1);
        c.adopted = adopted != negated;
        c.rule = QStringLiteral("\u201C%1\u201D")
                     .arg(m_text.mid(m_words.at(i).start, m_words.at(end - 1).end - m_words.at(i).start));
        claims.append(c);
        if (otherDocument) {
            i = end - 1;
            continue;
        }
        m_outcome = true;
        return; // one outcome per sentence
    }
}

void Reader::readMajority(QList<Claim>& claims)
{
    const bool requirement = ProcedureLexicon::findAny(m_words, 0, int(m_words.size()), m_lex.required) >= 0
        || ProcedureLexicon::findAny(m_words, 0, int(m_words.size()), m_lex.missed) >= 0;
    for (int i = 0; i < m_words.size() && claims.size() < maxClaims; ++i) {
        int end = ProcedureLexicon::matchAny(m_words, i, m_lex.twoThirds);
        QString text = QStringLiteral("two-thirds");
        if (end < 0) {
            end = ProcedureLexicon::matchAny(m_words, i, m_lex.simple);
            text = QStringLiteral("simple");
        }
        if (end < 0)
            continue;
        // A bare "two thirds" is a majority only beside "majority", "threshold" or "needed".
        const bool majorityNear
            = ProcedureLexicon::findAny(m_words, i - 4, end + 4, m_lex.majorityWords) >= 0;
        if (!majorityNear && !requirement)
            continue;
        Claim c = claim(ClaimKind::Majority, i, end - 1);
        c.text = text;
        const int from = i - 10;
        const int to = end + 12; // "..., un seuil qu'il a franchi sans difficulté"
        if (ProcedureLexicon::findAny(m_words, from, to, m_lex.missed) >= 0)
            c.adopted = false;
        else if (ProcedureLexicon::findAny(m_words, from, i, m_lex.reached) >= 0
            || ProcedureLexicon::findAny(m_words, end, to, m_lex.reached) >= 0)
            c.adopted = true;
        // The majority's words only: "... mit der erforderlichen Zweidrittelmehrheit angenommen" also
        // tells the outcome.
        for (int k = i; k < std::min(end, int(m_words.size())); ++k)
            m_covered[k] = true;
        claims.append(c);
        i = end - 1;
    }
}

void Reader::readDates(QList<Claim>& claims)
{
    if (m_history)
        return;
    QList<bool> taken(m_dates.size(), false);
    for (int v = 0; v < m_words.size(); ++v) {
        const int ve = voteWordEnd(v);
        if (ve < 0)
            continue;
        if (namesStateAfter(ve)) {
            v = ve - 1;
            continue; // "les sanctions contre la Russie", "the war against Ukraine": no vote to date
        }
        int best = -1;
        int bestDistance = dateReach + 1;
        for (qsizetype k = 0; k < m_dates.size(); ++k) {
            const DateMention& d = m_dates.at(k);
            const int distance = d.first >= ve ? d.first - ve + 1 : d.last < v ? v - d.last : 0;
            if (distance < bestDistance) {
                best = int(k);
                bestDistance = distance;
            }
        }
        if (best >= 0)
            taken[best] = true;
        v = ve - 1;
    }
    // A sentence telling the outcome is dated by a date that opens it ("Am Dienstag, ..., wurde ...
    // angenommen") or by its one date.
    for (qsizetype k = 0; k < m_dates.size(); ++k)
        taken[k] = taken.at(k) || opensAssemblyClause(m_dates.at(k))
            || (m_outcome && (openingDateComma(m_dates.at(k)) >= 0 || m_dates.size() == 1));
    for (qsizetype k = 0; k < m_dates.size() && claims.size() < maxClaims; ++k) {
        const DateMention& d = m_dates.at(k);
        if (!taken.at(k) || isDateline(d)
            || ProcedureLexicon::findAny(m_words, d.first - 2, d.first, m_lex.dateBlockers) >= 0)
            continue;
        Claim c = claim(ClaimKind::Date, d.first, d.last);
        c.weekday = d.weekday;
        if (d.date.isValid()) {
            if (d.hasYear) {
                c.date = d.date;
                c.text = d.date.toString(Qt::ISODate);
            } else {
                c.text = QStringLiteral("--%1-%2")
                             .arg(d.date.month(), 2, 10, QLatin1Char('0'))
                             .arg(d.date.day(), 2, 10, QLatin1Char('0'));
            }
        }
        claims.append(c);
    }
}

int Reader::ordinalBefore(int i, int* first) const
{
    if (i <= 0)
        return 0;
    // Words: "eleventh", "одинадцятої", "elften", "onzième", "undécimo"; two words ("восемьдесят первой").
    if (m_words.at(i - 1).type == WordType::Word) {
        if (i >= 2 && m_words.at(i - 2).type == WordType::Word) {
            if (const int n = m_lex.ordinal(m_words.at(i - 2).text + u' ' + m_words.at(i - 1).text)) {
                *first = m_words.at(i - 2).start;
                return n;
            }
        }
        if (const int n = m_lex.ordinal(m_words.at(i - 1).text)) {
            *first = m_words.at(i - 1).start;
            return n;
        }
    }
    // Digits: "11th", "11-ї", "11-й", "11.", "11e", "11ème", "11.º", "80th".
    static const QRegularExpression digits(
        QStringLiteral("(?<![\\d/"
                       ".])(\\d{1,3})(?:\\s*-?\\s*\\p{L}{1,3}\\.?|\\.\\s*[\\x{00BA}\\x{00AA}]?|[\\x{00BA}\\x{"
                       "00AA}\\x{00B0}])?\\s*$"));
    const int at = m_words.at(i).start;
    const int from = std::max(0, at - 12);
    const auto m = digits.match(m_text.mid(from, at - from));
    if (!m.hasMatch())
        return 0;
    *first = from + int(m.capturedStart(1));
    return m.captured(1).toInt();
}

void Reader::readSessions(QList<Claim>& claims)
{
    QList<bool> inEmergency(m_words.size(), false);
    for (int pass = 0; pass < 2; ++pass) {
        const QList<Phrase>& phrases = pass == 0 ? m_lex.emergencySession : m_lex.regularSession;
        for (int i = 0; i < m_words.size() && claims.size() < maxClaims; ++i) {
            if (inEmergency.at(i))
                continue;
            const int end = ProcedureLexicon::matchAny(m_words, i, phrases);
            if (end < 0)
                continue;
            for (int k = i; k < end; ++k)
                inEmergency[k] = true;
            int first = 0;
            const int n = ordinalBefore(i, &first);
            if (n <= 0)
                continue;
            Claim c = claim(ClaimKind::Session, i, end - 1);
            c.start = m_offset + first;
            c.text = pass == 0 ? QStringLiteral("ES-%1").arg(n) : QString::number(n);
            c.adopted = (m_outcome || m_voteWord) && !m_history;
            claims.append(c);
            i = end - 1;
        }
    }
    static const QRegularExpression esSession(QStringLiteral("(?<![\\w/-])ES-(\\d{1,2})(?![\\w/-]|\\.\\d)"));
    for (auto it = esSession.globalMatch(m_text); it.hasNext() && claims.size() < maxClaims;) {
        const auto m = it.next();
        Claim c;
        c.kind = ClaimKind::Session;
        c.text = QStringLiteral("ES-%1").arg(m.captured(1).toInt());
        c.start = m_offset + int(m.capturedStart());
        c.end = m_offset + int(m.capturedEnd());
        c.adopted = (m_outcome || m_voteWord) && !m_history;
        claims.append(c);
    }
}

void Reader::readSymbols(QList<Claim>& claims)
{
    static const QRegularExpression symbol(
        QStringLiteral("(?<![\\w/.-])(?:(A/RES/)?(ES-\\d{1,2}/\\d{1,4})|A/RES/(\\d{1,3}/\\d{1,4})"
                       "|(A/(?:ES-\\d{1,2}|\\d{1,3})/L\\.\\d{1,4}(?:/Rev\\.\\d{1,2})?))(?![\\w/-]|\\.\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = symbol.globalMatch(m_text); it.hasNext() && claims.size() < maxClaims;) {
        const auto m = it.next();
        Claim c;
        c.kind = ClaimKind::Symbol;
        if (m.hasCaptured(2))
            c.text = QStringLiteral("A/RES/") + m.captured(2).toUpper();
        else if (m.hasCaptured(3))
            c.text = QStringLiteral("A/RES/") + m.captured(3);
        else
            c.text = m.captured(4).toUpper().replace(QStringLiteral("/REV."), QStringLiteral("/Rev."));
        c.start = m_offset + int(m.capturedStart());
        c.end = m_offset + int(m.capturedEnd());
        c.adopted = (m_outcome || m_voteWord) && !m_history;
        claims.append(c);
    }
}

void Reader::readTitles(QList<Claim>& claims)
{
    for (int i = 0; i < m_words.size() && claims.size() < maxClaims; ++i) {
        const int end = ProcedureLexicon::matchAny(m_words, i, m_lex.titleMarkers);
        if (end < 0)
            continue;
        // The quotation must open right after the marker (a colon allowed): «…», “…”, „…“, "…", ‘…’.
        int p = m_words.at(end - 1).end;
        while (p < m_text.size() && (m_text.at(p).isSpace() || m_text.at(p) == u':'))
            ++p;
        if (p >= m_text.size())
            continue;
        const QChar open = m_text.at(p);
        QString closers;
        if (open == u'\u201C')
            closers = QStringLiteral("\u201D\u201C");
        else if (open == u'\u00AB')
            closers = QStringLiteral("\u00BB");
        else if (open == u'\u201E')
            closers = QStringLiteral("\u201C\u201D");
        else if (open == u'"')
            closers = QStringLiteral("\"");
        else if (open == u'\u2018')
            closers = QStringLiteral("\u2019");
        else
            continue;
        int q = p + 1;
        while (q < m_text.size() && q - p <= maxTitle && !closers.contains(m_text.at(q))
            && m_text.at(q) != u'\n')
            ++q;
        if (q >= m_text.size() || !closers.contains(m_text.at(q)) || q == p + 1)
            continue;
        Claim c;
        c.kind = ClaimKind::Title;
        c.text = m_text.mid(p + 1, q - p - 1).trimmed().toString();
        c.noun = m_lex.lang; // the language the title is written in, for the check
        c.start = m_offset + m_words.at(i).start;
        c.end = m_offset + q + 1;
        claims.append(c);
        while (i + 1 < m_words.size() && m_words.at(i + 1).start <= q)
            ++i;
    }
}

void Reader::read(QList<Claim>& claims)
{
    if (m_words.isEmpty())
        return;
    m_covered = QList<bool>(m_words.size(), false);
    QList<Claim> found;
    findDates();
    readHistory();
    readMajority(found);
    readOutcome(found);
    readDates(found);
    readSessions(found);
    readSymbols(found);
    readTitles(found);
    if (found.size() > maxClaims)
        found.resize(maxClaims);
    claims.append(found);
}

} // namespace

void ProcedureReader::read(const QString& sentence, const Tokens& tokens, const QString& lang, int offset,
    QList<Claim>& claims, bool headline)
{
    Reader(sentence, tokens, ProcedureLexicon::forLanguage(lang), offset, headline).read(claims);
}
