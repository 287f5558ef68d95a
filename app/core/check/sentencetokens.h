// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/countrynames.h"
#include "core/check/numberfinder.h"

#include <QList>
#include <QString>

enum class TokenType : quint8 { Word, Number, Country, Punct };

/// \brief A word, number, named state or punctuation mark of a sentence.
struct Token
{
    TokenType type = TokenType::Word;
    int start = 0; // UTF-16 offsets in the sentence
    int end = 0;
    QString text; // lowercase for words
    qint64 value = 0;
    QString iso3;
    bool words = false; // a number written in words
    bool percent = false; // a share in per cent ("47%", "47 per cent")
    double percentValue = 0;
    bool roughly = false; // "une quarantaine": about the value
    bool capital = false; // a country token from a capital city's name ("Washington")
    bool possessive = false; // a country token followed by "'s" ("Australia's delegation")
    bool demonym = false; // a country token from a nationality adjective ("Chinese"), before StateListReader::keepDelegations
    bool upper = false; // a word written with a capital first letter ("Canal" in "Canal 9 Noticias")
};

using Tokens = QList<Token>;

/// \brief Splits a sentence into tokens, with counts and named states as single tokens, and matches
/// phrases (lowercase words separated by spaces; quotes between words are skipped).
class SentenceTokens
{
public:
    static Tokens tokenize(
        const QString& sentence, const QList<NumberMention>& numbers, const QList<CountryMention>& countries);
    static bool isQuote(const Token& token);
    /// An en or em dash between words ("the eight against \u2013 Russia, ... \u2013 were").
    static bool isDash(const Token& token);
    /// Index after the phrase when it starts at token \a i, else -1.
    static int phraseAt(const Tokens& tokens, int i, const QString& phrase);
    /// Does the phrase end just before token \a i (quotes and a colon allowed between)?
    static bool phraseBefore(const Tokens& tokens, int i, const QString& phrase);
};
