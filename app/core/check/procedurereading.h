// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ProcedureReader's reading of one sentence, shared by procedurereader.cpp and proceduredates.cpp.

#include "core/check/claim.h"
#include "core/check/procedurelexicon.h"
#include "core/check/sentencetokens.h"

#include <QDate>

namespace ProcedureReading {

constexpr int maxChars = 4000; // a longer sentence is read for procedure claims up to here only
constexpr int maxClaims = 12; // procedure claims per sentence
constexpr int dateReach = 10; // words between a vote word and the date it is tied to
constexpr int maxTitle = 300; // characters of a quoted title
constexpr int assemblyReach = 10; // words between the Assembly and what it did ("condemned")
constexpr int titleReach = 6; // words between "title" and the quotation ("lautet in deutscher Übersetzung")

inline bool isYear(const ProcedureWord& w)
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
    /// The end of what the Assembly, as the subject, did at word \a i ("a exigé"), or -1.
    int assemblyActEnd(int i) const;
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

} // namespace ProcedureReading
