// SPDX-License-Identifier: GPL-3.0-or-later
// Dates in a sentence and the vote they date: "on Wednesday, 3 December 2025", "am Montag (Ortszeit)".
#include "core/check/procedurereading.h"

namespace ProcedureReading {

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

} // namespace ProcedureReading
