// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/wordforms.h"

namespace {

enum class Position : quint8 { Any, NotLast };

struct Rule
{
    const char16_t* nominative; // ending of the nominative; "" for a word ending in a consonant
    const char16_t* endings; // space-separated endings that replace it
    int minStem;
    Position where;
};

// Longest nominative ending first; the first rule that fits the word applies.
constexpr Rule ukrainian[] = {
    { u"ий", u"ого ому им ім", 3, Position::Any }, // Південний Судан
    { u"і", u"их им ими", 4, Position::NotLast }, // Сполучені Штати
    { u"е", u"ого ому им ім", 4, Position::NotLast }, // Об'єднане Королівство
    { u"я", u"ї ю єю", 3, Position::Any }, // Росія, Корея
    { u"а", u"и і у ою ої ій ею", 3, Position::Any }, // Куба, Північна, Польща
    { u"ь", u"і ю ем еві", 3, Position::Any }, // Білорусь, Ізраїль
    { u"й", u"ю ї єм єві", 3, Position::Any }, // Китай
    { u"и", u"ів ам ах ами", 3, Position::Any }, // Штати, Нідерланди
    { u"о", u"а у ом і ові", 6, Position::Any }, // Королівство
    { u"", u"у ові ом і", 3, Position::Any }, // Іран
};

constexpr Rule russian[] = {
    { u"ая", u"ой ую ою ей", 3, Position::Any }, // Северная
    { u"ый", u"ого ому ым ом", 3, Position::Any }, // Южный Судан
    { u"ые", u"ых ым ыми", 4, Position::NotLast }, // Соединённые Штаты
    { u"ие", u"их им ими", 4, Position::NotLast }, // Арабские Эмираты
    { u"ое", u"ого ому ым ом", 4, Position::NotLast }, // Соединённое Королевство
    { u"я", u"и е ю ей ею", 3, Position::Any }, // Россия, Корея
    { u"а", u"ы и е у ой ою", 3, Position::Any }, // Куба, Америка
    { u"ь", u"и ью я ю е ем", 3, Position::Any }, // Беларусь, Израиль
    { u"й", u"я ю е ем", 3, Position::Any }, // Китай
    { u"ы", u"ов ам ах ами", 3, Position::Any }, // Штаты
    { u"о", u"а у ом е", 6, Position::Any }, // Королевство
    { u"", u"а у е ом", 3, Position::Any }, // Иран
};

bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
}

bool isCyrillicConsonant(QChar c)
{
    return isCyrillic(c) && !QStringView(u"аеёиоуыэюяіїєьйъ'").contains(c);
}

void addSlavic(
    const QString& word, bool last, const Rule* rules, size_t count, bool ukrainian, QStringList& out)
{
    if (word.isEmpty() || !isCyrillic(word.back()))
        return;
    for (size_t i = 0; i < count; ++i) {
        const Rule& r = rules[i];
        const QStringView nominative(r.nominative);
        if (!word.endsWith(nominative))
            continue;
        if (nominative.isEmpty() && !isCyrillicConsonant(word.back()))
            return;
        const QString stem = word.chopped(nominative.size());
        if (stem.size() < r.minStem || (r.where == Position::NotLast && last))
            return;
        for (QStringView ending : QStringView(r.endings).split(u' '))
            out << stem + ending.toString();
        if (ukrainian && nominative == u"а") {
            // Dative and locative of a stem in к, г, х: Америка -> Америці, Африка -> Африці.
            static constexpr char16_t from[] = u"кгх";
            static constexpr char16_t to[] = u"цзс";
            for (int k = 0; k < 3; ++k) {
                if (stem.back() == QChar(from[k]))
                    out << stem.chopped(1) + QChar(to[k]) + QStringLiteral("і");
            }
        }
        if (!ukrainian && nominative == u"а" && QStringView(u"жшщчц").contains(stem.back()))
            out << stem + QStringLiteral("ей"); // instrumental after a hushing consonant: Польшей, Камбоджей
        if (ukrainian && nominative == u"ь")
            out << stem + stem.back() + QStringLiteral("ю"); // Білоруссю
        return;
    }
}

void addGerman(const QString& word, bool last, QStringList& out)
{
    if (word.size() < 4 || !word.back().isLetter() || isCyrillic(word.back()))
        return;
    if (last) {
        if (word.endsWith(u'e'))
            out << word + u'n'; // in den Niederlanden
        else if (!QStringView(u"sxzß").contains(word.back()))
            out << word + u's'; // Russlands
        return;
    }
    // Adjectives before the noun: Vereinigte(s) -> Vereinigten, Vereinigter, Vereinigtem.
    const QString stem = word.endsWith(u"es") ? word.chopped(1) : word;
    if (!stem.endsWith(u'e'))
        return;
    for (QChar c : { u'n', u'r', u'm', u's' }) {
        if (stem + c != word)
            out << stem + c;
    }
    if (stem != word)
        out << stem;
}

} // namespace

QStringList WordForms::of(const QString& word, const QString& lang, bool last)
{
    QStringList out;
    if (lang == u"uk")
        addSlavic(word, last, ukrainian, std::size(ukrainian), true, out);
    else if (lang == u"ru")
        addSlavic(word, last, russian, std::size(russian), false, out);
    else if (lang == u"de")
        addGerman(word, last, out);
    out.removeAll(word);
    return out;
}
