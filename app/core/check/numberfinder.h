// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <memory>

/// \brief A count written in a sentence, in digits ("1,850") or words ("ninety-one", "a dozen"),
/// or a percentage ("47 per cent", "88 %", "сорок сім відсотків").
struct NumberMention
{
    int start = 0; // UTF-16 offsets in the text searched; a percentage spans its sign or word
    int end = 0;
    qint64 value = 0; // a percentage's value rounded to a whole number
    bool words = false;
    bool percent = false;
    double percentValue = 0; // the percentage as written ("47,5 %" is 47.5)
    bool roughly = false; // a round-number noun: "une quarantaine" (about 40), "una veintena"
};

/// \brief Finds counts and percentages in text of one supported language (en, uk, ru, de, fr, es).
///
/// Digits are read with the language's grouping ("1,850", "1 850", "1.850"); number words with ICU's
/// rule-based spell-out format, every case and gender of the language. Dates, years, times, decimals
/// and parts of symbols ("ES-11", "L.16") are not counts and are left out, and so are the words for one
/// (pronouns and articles). Work is bounded: a text of any length costs at most a fixed number of ICU
/// parses.
class NumberFinder
{
public:
    /// \a lang is a code of Language::supported(); anything else reads English.
    explicit NumberFinder(const QString& lang = QStringLiteral("en"));
    ~NumberFinder();
    NumberFinder(const NumberFinder&) = delete;
    NumberFinder& operator=(const NumberFinder&) = delete;

    QString language() const;
    QList<NumberMention> find(const QString& text) const;

private:
    struct Data; // ICU and the caches stay out of this header
    std::unique_ptr<Data> m_data;
};
