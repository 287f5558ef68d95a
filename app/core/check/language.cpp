// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/language.h"

#include <QHash>
#include <QSet>

namespace {

constexpr qsizetype maxLettersLooked = 20000; // the start of an article is enough to tell

// Short words that are common in one language and rare in the others of the same script.
const QHash<QString, QString>& markerWords()
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> h;
        const auto add = [&h](const char* lang, std::initializer_list<const char*> list) {
            for (const char* w : list)
                h.insert(QString::fromUtf8(w), QString::fromLatin1(lang));
        };
        add("en", { "the", "and", "of", "to", "in", "was", "were", "with", "that", "for", "by", "against", "voted" });
        add("de", { "der", "die", "und", "das", "den", "von", "mit", "für", "gegen", "stimmten", "ist", "nicht", "sich" });
        add("fr", { "le", "la", "les", "et", "des", "du", "une", "pour", "contre", "ont", "est", "au", "sur" });
        add("es", { "el", "los", "las", "y", "del", "una", "por", "contra", "votaron", "con", "que", "se", "fue" });
        add("uk", { "і", "та", "що", "проти", "було", "це", "від", "які", "його" });
        add("ru", { "и", "что", "против", "было", "это", "от", "которые", "его" });
        return h;
    }();
    return words;
}

} // namespace

const QStringList& Language::supported()
{
    static const QStringList codes = { QStringLiteral("en"), QStringLiteral("uk"), QStringLiteral("ru"),
        QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es") };
    return codes;
}

bool Language::isSupported(const QString& code)
{
    return supported().contains(code);
}

QString Language::name(const QString& code)
{
    static const QHash<QString, QString> names = { { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("uk"), QStringLiteral("Ukrainian") }, { QStringLiteral("ru"), QStringLiteral("Russian") },
        { QStringLiteral("de"), QStringLiteral("German") }, { QStringLiteral("fr"), QStringLiteral("French") },
        { QStringLiteral("es"), QStringLiteral("Spanish") } };
    return names.value(code, code);
}

QString Language::detect(QStringView text)
{
    text = text.left(maxLettersLooked);
    // Script first: Cyrillic is Ukrainian or Russian, told apart by letters only one of them has.
    int cyrillic = 0;
    int latin = 0;
    int ukrainianOnly = 0; // і ї є ґ
    int russianOnly = 0; // ы э ъ ё
    for (QChar c : text) {
        const char16_t u = c.toLower().unicode();
        if (u >= 0x0400 && u <= 0x04FF) {
            ++cyrillic;
            if (u == u'і' || u == u'ї' || u == u'є' || u == u'ґ')
                ++ukrainianOnly;
            else if (u == u'ы' || u == u'э' || u == u'ъ' || u == u'ё')
                ++russianOnly;
        } else if ((u >= u'a' && u <= u'z') || (u >= 0x00C0 && u <= 0x024F)) {
            ++latin;
        }
    }

    QHash<QString, int> score;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !text.at(i).isLetter())
            ++i;
        qsizetype j = i;
        while (j < text.size() && text.at(j).isLetter())
            ++j;
        if (j > i && j - i <= 10) {
            const auto it = markerWords().constFind(text.mid(i, j - i).toString().toLower());
            if (it != markerWords().cend())
                ++score[*it];
        }
        i = j;
    }

    if (cyrillic > latin) {
        if (ukrainianOnly != russianOnly)
            return ukrainianOnly > russianOnly ? QStringLiteral("uk") : QStringLiteral("ru");
        return score.value(QStringLiteral("ru")) > score.value(QStringLiteral("uk")) ? QStringLiteral("ru")
                                                                                        : QStringLiteral("uk");
    }
    QString best = QStringLiteral("en");
    for (const QString& code : { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es") }) {
        if (score.value(code) > score.value(best))
            best = code;
    }
    return best;
}
