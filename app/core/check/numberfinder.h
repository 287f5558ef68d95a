// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <memory>

/// \brief A count written in a sentence, in digits ("1,850") or words ("ninety-one", "a dozen").
struct NumberMention
{
    int start = 0; // UTF-16 offsets in the text searched
    int end = 0;
    qint64 value = 0;
    bool words = false;
};

/// \brief Finds counts in English text. Number words are parsed with ICU's rule-based spell-out
/// format; dates, years, times, percentages, decimals and parts of symbols ("ES-11", "L.16") are
/// not counts and are left out.
class NumberFinder
{
public:
    NumberFinder();
    ~NumberFinder();
    NumberFinder(const NumberFinder&) = delete;
    NumberFinder& operator=(const NumberFinder&) = delete;

    QList<NumberMention> find(const QString& text) const;

private:
    void findDigits(const QString& text, QList<NumberMention>& out) const;
    void findWords(const QString& text, QList<NumberMention>& out) const;
    std::optional<qint64> parseWords(const QString& lower, int start, int* end) const;
    bool spellsOut(qint64 value, QStringView written) const;

    struct Spellout; // ICU stays out of this header
    std::unique_ptr<Spellout> m_spellout;
    mutable QHash<QString, bool> m_startsNumber; // single words that spell a number on their own
};
