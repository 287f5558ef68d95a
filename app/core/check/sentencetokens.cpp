// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/sentencetokens.h"

#include <QRegularExpression>
#include <QStringTokenizer>
#include <QVarLengthArray>

Tokens SentenceTokens::tokenize(
    const QString& s, const QList<NumberMention>& numbers, const QList<CountryMention>& countries)
{
    static const QRegularExpression piece(
        QStringLiteral("[\\p{L}][\\p{L}\\p{M}'\\x{2019}]*|[,;:()\"\\x{201C}\\x{201D}\\x{00AB}\\x{00BB}\\x{"
                       "2013}\\x{2014}.!?]"));
    Tokens out;
    int ni = 0;
    int ci = 0;
    int pos = 0;
    auto it = piece.globalMatch(s);
    QRegularExpressionMatch pending = it.hasNext() ? it.next() : QRegularExpressionMatch();
    while (true) {
        const int nextNumber = ni < numbers.size() ? numbers.at(ni).start : INT_MAX;
        const int nextCountry = ci < countries.size() ? countries.at(ci).start : INT_MAX;
        while (pending.hasMatch() && pending.capturedStart() < pos)
            pending = it.hasNext() ? it.next() : QRegularExpressionMatch();
        const int nextPiece = pending.hasMatch() ? int(pending.capturedStart()) : INT_MAX;
        const int first = std::min({ nextNumber, nextCountry, nextPiece });
        if (first == INT_MAX)
            break;
        Token t;
        if (first == nextNumber) {
            const NumberMention& n = numbers.at(ni++);
            t = { TokenType::Number, n.start, n.end, s.mid(n.start, n.end - n.start), n.value, {}, n.words };
            t.percent = n.percent;
            t.percentValue = n.percentValue;
            t.roughly = n.roughly;
        } else if (first == nextCountry) {
            const CountryMention& c = countries.at(ci++);
            t = { TokenType::Country, c.start, c.end, s.mid(c.start, c.end - c.start), 0, c.iso3, false };
            t.capital = c.capital;
            t.demonym = c.demonym;
            t.possessive = s.mid(c.end, 2) == u"'s" || s.mid(c.end, 2) == u"\u2019s";
        } else {
            // A word runs into a mention only through an elision ("l'Inde"): it stops where the mention
            // starts.
            const int end = std::min({ int(pending.capturedEnd()), std::max(nextNumber, first + 1),
                std::max(nextCountry, first + 1) });
            QString text = s.mid(first, end - first).toLower();
            text.replace(u'\u2019', u'\'');
            // A German compound ending in the word ("Rückführungsresolution") is the resolution.
            if (text.size() > 13 && text.endsWith(u"resolution") && !text.startsWith(u"gegen")
                && !text.startsWith(u"vorgänger") && !text.startsWith(u"vorjahres"))
                text = QStringLiteral("resolution");
            t = { text.at(0).isLetter() ? TokenType::Word : TokenType::Punct, first, end, text, 0, {},
                false };
            t.upper = s.at(first).isUpper();
        }
        pos = t.end;
        // Skip mentions that overlap what was taken.
        while (ni < numbers.size() && numbers.at(ni).start < pos)
            ++ni;
        while (ci < countries.size() && countries.at(ci).start < pos)
            ++ci;
        out.append(t);
    }
    return out;
}

bool SentenceTokens::isQuote(const Token& t)
{
    return t.type == TokenType::Punct
        && (t.text == u"\"" || t.text == u"\u201C" || t.text == u"\u201D" || t.text == u"\u00AB"
            || t.text == u"\u00BB");
}

bool SentenceTokens::isDash(const Token& t)
{
    return t.type == TokenType::Punct && (t.text == u"\u2013" || t.text == u"\u2014");
}

int SentenceTokens::phraseAt(const Tokens& tokens, int i, const QString& phrase)
{
    // Called for every token and phrase: the words are views, not a QStringList built per call.
    int j = i;
    for (const QStringView w : QStringView(phrase).tokenize(u' ')) {
        while (j < tokens.size() && isQuote(tokens.at(j)))
            ++j;
        if (j >= tokens.size() || tokens.at(j).type != TokenType::Word || tokens.at(j).text != w)
            return -1;
        ++j;
    }
    return j;
}

bool SentenceTokens::phraseBefore(const Tokens& tokens, int i, const QString& phrase)
{
    QVarLengthArray<QStringView, 8> words;
    for (const QStringView w : QStringView(phrase).tokenize(u' '))
        words.append(w);
    int j = i - 1;
    while (j >= 0 && (isQuote(tokens.at(j)) || tokens.at(j).text == u":"))
        --j;
    for (qsizetype k = words.size() - 1; k >= 0; --k) {
        if (j < 0 || tokens.at(j).type != TokenType::Word || tokens.at(j).text != words.at(k))
            return false;
        --j;
    }
    return true;
}
