// SPDX-License-Identifier: GPL-3.0-or-later
// The regular expressions and word lists NumberFinder reads digits, percentages, dozens and months with.
#include "core/check/numberpatterns.h"

#include <QLocale>

namespace {

constexpr auto reOptions = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto reCaseless
    = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

} // namespace

namespace NumberPatterns {

bool usesSpaceGroups(const QString& lang)
{
    return lang == u"uk" || lang == u"ru" || lang == u"fr";
}

bool usesDotGroups(const QString& lang)
{
    return lang == u"de" || lang == u"es";
}

QRegularExpression digitPattern(const QString& lang)
{
    // Groups of three after the language's separator, or after no-break, narrow no-break and thin
    // spaces in every language; else a plain run of digits. A decimal part follows any of them.
    QString groups = QStringLiteral("\\d{1,3}(?:[\\x{00A0}\\x{202F}\\x{2009}]\\d{3})+(?!\\d)");
    if (lang == u"en")
        groups += QStringLiteral("|\\d{1,3}(?:,\\d{3})+(?!\\d)");
    if (usesDotGroups(lang))
        groups += QStringLiteral("|\\d{1,3}(?:\\.\\d{3})+(?!\\d|\\.\\d)");
    if (usesSpaceGroups(lang))
        groups += QStringLiteral("|\\d{1,3}(?: \\d{3})+(?!\\d|[.,]\\d)");
    return QRegularExpression(
        QStringLiteral("(?<!\\d)(?:%1|\\d+)(?<decimal>[.,]\\d+)?").arg(groups), reOptions);
}

QRegularExpression percentPattern(const QString& lang)
{
    QString words;
    if (lang == u"uk")
        words = QStringLiteral("відсот\\p{L}*|процент\\p{L}*");
    else if (lang == u"ru")
        words = QStringLiteral("процент\\p{L}*");
    else if (lang == u"de")
        words = QStringLiteral("prozent(?!\\p{L})");
    else if (lang == u"fr")
        words = QStringLiteral("pour[ \\x{00A0}]?cent(?!\\p{L})");
    else if (lang == u"es")
        words = QStringLiteral("por[ \\x{00A0}]ciento?(?!\\p{L})");
    else
        words = QStringLiteral("per[ \\x{00A0}]?cent(?!\\p{L})");
    return QRegularExpression(
        QStringLiteral("[ \\x{00A0}\\x{202F}\\x{2009}]?(?:%|\\x{FF05}|(?:%1))").arg(words), reCaseless);
}

// A word list is acceptable here: ICU's spell-out rules have no word for a dozen. The plural (group "plural")
// counts only after a number word ("deux douzaines"; "dozens of states" are many); half a dozen is group "half".
QRegularExpression dozenPattern(const QString& lang)
{
    QString re;
    QString half;
    if (lang == u"uk") {
        re = QStringLiteral("дюжин(?:а|у|и|і|ою)");
        half = QStringLiteral("пів[- ]?дюжини");
    } else if (lang == u"ru") {
        re = QStringLiteral("дюжин(?:а|у|ы|е|ой)");
        half = QStringLiteral("пол[- ]?дюжины");
    } else if (lang == u"de") {
        re = QStringLiteral("(?:ein\\s+)?dutzend(?<plural>e)?");
        half = QStringLiteral("(?:ein\\s+)?halbes\\s+dutzend");
    } else if (lang == u"fr") {
        re = QStringLiteral("(?:une\\s+)?douzaine(?<plural>s)?");
        half = QStringLiteral("(?:une\\s+)?demi-douzaine");
    } else if (lang == u"es") {
        re = QStringLiteral("(?:una\\s+)?docena(?<plural>s)?");
        half = QStringLiteral("(?:una\\s+)?media\\s+docena");
    } else {
        re = QStringLiteral("(?:a\\s+)?dozen(?<plural>s)?");
        half = QStringLiteral("half\\s+a\\s+dozen");
    }
    return QRegularExpression(QStringLiteral("(?<!\\p{L})(?:(?<half>%1)|%2)(?!\\p{L})").arg(half, re), reCaseless);
}

/// Nouns for "about N" in French, Spanish, Ukrainian and Russian ("une quarantaine de pays", "una veintena
/// de países", "півсотні країн", "полсотни стран"): words with no spell-out rule in ICU. Each pattern
/// captures the noun; the value follows it.
QList<std::pair<QRegularExpression, qint64>> roundNouns(const QString& lang)
{
    QList<std::pair<QString, qint64>> nouns;
    if (lang == u"uk" || lang == u"ru") {
        // Before the counted noun in the genitive: "понад півсотні країн", "около десятка стран".
        const QList<std::pair<QString, qint64>> slavic = lang == u"uk"
            ? QList<std::pair<QString, qint64>> { { QStringLiteral("(?:пів\\s?)сотн[іяею]"), 50 },
                  { QStringLiteral("десят(?:ок|ка|ки|ків)"), 10 },
                  { QStringLiteral("(?<!пів\\s)сотн[іяюею]"), 100 } }
            : QList<std::pair<QString, qint64>> { { QStringLiteral("пол\\s?сотни"), 50 },
                  { QStringLiteral("десят(?:ок|ка|ки|ков)"), 10 },
                  { QStringLiteral("(?<!пол\\s)сотн[июяе]"), 100 } };
        QList<std::pair<QRegularExpression, qint64>> out;
        for (const auto& [noun, value] : slavic)
            out.append(
                { QRegularExpression(QStringLiteral("(?<!\\p{L})%1(?=\\s+\\p{L})").arg(noun), reCaseless),
                    value });
        return out;
    }
    if (lang == u"fr") {
        nouns = { { QStringLiteral("dizaines?"), 10 }, { QStringLiteral("quinzaines?"), 15 },
            { QStringLiteral("vingtaines?"), 20 }, { QStringLiteral("trentaines?"), 30 },
            { QStringLiteral("quarantaines?"), 40 }, { QStringLiteral("cinquantaines?"), 50 },
            { QStringLiteral("soixantaines?"), 60 }, { QStringLiteral("centaines?"), 100 } };
    } else if (lang == u"es") {
        nouns = { { QStringLiteral("decenas?"), 10 }, { QStringLiteral("veintenas?"), 20 },
            { QStringLiteral("treintenas?"), 30 }, { QStringLiteral("cuarentenas?"), 40 },
            { QStringLiteral("cincuentenas?"), 50 }, { QStringLiteral("centenar(?:es)?"), 100 } };
    }
    QList<std::pair<QRegularExpression, qint64>> out;
    for (const auto& [noun, value] : nouns) {
        // "une quarantaine de", "una cuarentena de": only before "de", so that "la quarantaine" is not 40.
        out.append({ QRegularExpression(
                         QStringLiteral(
                             "(?<!\\p{L})(?:une?\\s+|una\\s+)?%1(?=\\s+(?:de|d['\\x{2019}]|del)\\s*\\p{L})")
                             .arg(noun),
                         reCaseless),
            value });
    }
    return out;
}

QList<std::pair<QRegularExpression, qint64>> collectiveNumerals(const QString& lang)
{
    QList<std::pair<QString, qint64>> words;
    if (lang == u"ru") {
        words = { { QStringLiteral("(?:двое|двоих)"), 2 }, { QStringLiteral("(?:трое|троих)"), 3 },
            { QStringLiteral("четвер(?:о|ых)"), 4 },
            { QStringLiteral("пятер(?:о|ых)"), 5 }, { QStringLiteral("шестер(?:о|ых)"), 6 },
            { QStringLiteral("семер(?:о|ых)"), 7 }, { QStringLiteral("восьмер(?:о|ых)"), 8 },
            { QStringLiteral("девятер(?:о|ых)"), 9 }, { QStringLiteral("десятер(?:о|ых)"), 10 } };
    } else if (lang == u"uk") {
        words = { { QStringLiteral("двоє"), 2 }, { QStringLiteral("троє"), 3 },
            { QStringLiteral("четверо"), 4 },
            { QStringLiteral("п['\\x{2019}\\x{02BC}]ятеро"), 5 }, { QStringLiteral("шестеро"), 6 },
            { QStringLiteral("семеро"), 7 }, { QStringLiteral("восьмеро"), 8 },
            { QStringLiteral("дев['\\x{2019}\\x{02BC}]ятеро"), 9 }, { QStringLiteral("десятеро"), 10 } };
    }
    QList<std::pair<QRegularExpression, qint64>> out;
    for (const auto& [word, value] : words)
        out.append({ QRegularExpression(QStringLiteral("(?<!\\p{L})(?:%1)(?!\\p{L})").arg(word), reCaseless), value });
    return out;
}

QSet<QString> monthNames(const QString& lang)
{
    QSet<QString> names;
    const QLocale locale(lang);
    for (int m = 1; m <= 12; ++m) {
        for (const auto format : { QLocale::LongFormat, QLocale::ShortFormat }) {
            for (QString name : { locale.monthName(m, format), locale.standaloneMonthName(m, format) }) {
                name = name.toLower();
                name.remove(u'.');
                if (!name.isEmpty())
                    names.insert(name);
            }
        }
    }
    if (lang == u"en")
        names.insert(QStringLiteral("sept"));
    return names;
}

} // namespace NumberPatterns
