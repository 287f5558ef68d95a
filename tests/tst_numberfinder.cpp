// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/numberfinder.h"

#include <QTest>

#include <map>
#include <memory>

/// NumberFinder: which numbers in a sentence are counts or percentages, in each supported language,
/// and which are dates, symbols, decimals or times.
class TestNumberFinder : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<NumberFinder>> m_finders;

    const NumberFinder& finder(const QString& lang)
    {
        auto& f = m_finders[lang];
        if (!f)
            f = std::make_unique<NumberFinder>(lang);
        return *f;
    }

    static QList<qint64> values(const QList<NumberMention>& mentions)
    {
        QList<qint64> out;
        for (const NumberMention& m : mentions)
            out << m.value;
        return out;
    }

    // Each mention as "value=span", or "value%=span" for a percentage.
    static QStringList described(const QString& text, const QList<NumberMention>& mentions)
    {
        QStringList out;
        for (const NumberMention& m : mentions)
            out << QString::number(m.value) + (m.percent ? QStringLiteral("%=") : QStringLiteral("="))
                    + text.mid(m.start, m.end - m.start);
        return out;
    }

private slots:
    void counts_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        // English
        QTest::newRow("en digits before a noun")
            << "en"
            << "In all, 91 states voted for it." << QStringList { "91=91" };
        QTest::newRow("en thousands comma")
            << "en"
            << "Only 1,850 children have returned." << QStringList { "1850=1,850" };
        QTest::newRow("en thousands no-break space")
            << "en"
            << "Only 1\u00A0850 children have returned." << QStringList { "1850=1\u00A0850" };
        QTest::newRow("en plain space does not group")
            << "en"
            << "In 2024 141 states voted yes." << QStringList { "141=141" };
        QTest::newRow("en digits before a scale word") << "en" << "More than 870 thousand people have fled."
                                                       << QStringList { "870000=870 thousand" };
        QTest::newRow("uk digits before a declined scale word") << "uk" << "Україну залишили понад 870 тисяч людей."
                                                                << QStringList { "870000=870 тисяч" };
        QTest::newRow("de digits before millions") << "de" << "Rund 3 Millionen Menschen sind geflohen."
                                                   << QStringList { "3000000=3 Millionen" };
        QTest::newRow("en hyphenated tens")
            << "en"
            << "Ninety-one states voted yes." << QStringList { "91=Ninety-one" };
        QTest::newRow("en hundreds with and") << "en"
                                              << "All one hundred and ninety-three members took part."
                                              << QStringList { "193=one hundred and ninety-three" };
        QTest::newRow("en a hundred and two") << "en" << "A hundred and two did not; a thousand marched."
                                              << QStringList { "102=A hundred and two", "1000=a thousand" };
        QTest::newRow("en an article before another word") << "en" << "It was a close vote: a two-thirds majority."
                                                           << QStringList {};
        QTest::newRow("en a dozen") << "en"
                                    << "A dozen states abstained." << QStringList { "12=A dozen" };
        QTest::newRow("en twelve") << "en"
                                   << "Twelve countries opposed it." << QStringList { "12=Twelve" };
        QTest::newRow("en tally with comma")
            << "en"
            << "It passed by 91 votes to 12, 57 abstaining." << QStringList { "91=91", "12=12", "57=57" };
        QTest::newRow("en count at the very end") << "en"
                                                  << "Abstentions numbered 57" << QStringList { "57=57" };
        QTest::newRow("en per cent") << "en"
                                     << "Some 47 per cent of members voted yes."
                                     << QStringList { "47%=47 per cent" };
        QTest::newRow("en percent sign") << "en"
                                         << "88% of those voting backed it." << QStringList { "88%=88%" };
        QTest::newRow("en percent sign after space")
            << "en"
            << "88 % of those voting backed it." << QStringList { "88%=88 %" };
        QTest::newRow("en percent in words")
            << "en"
            << "Forty-seven per cent of members voted yes." << QStringList { "47%=Forty-seven per cent" };
        QTest::newRow("en percent and count") << "en"
                                              << "The 93 votes were 48.2 percent of the members."
                                              << QStringList { "93=93", "48%=48.2 percent" };

        QTest::newRow("uk tens multiplied") << "uk" << "Майже два десятки держав, а не десятки."
                                            << QStringList { "20=два десятки" };
        QTest::newRow("ru tens multiplied") << "ru" << "Почти два десятка государств и около десятка других."
                                            << QStringList { "20=два десятка", "10=десятка" };

        // Ukrainian: every case, and three ways to write the apostrophe
        QTest::newRow("uk nominative")
            << "uk"
            << "За проголосували дев'яносто один делегат." << QStringList { "91=дев'яносто один" };
        QTest::newRow("uk genitive feminine")
            << "uk"
            << "Підтримка дев’яноста однієї країни." << QStringList { "91=дев’яноста однієї" };
        QTest::newRow("uk modifier letter apostrophe")
            << "uk"
            << "пʼятдесят сім утрималися" << QStringList { "57=пʼятдесят сім" };
        QTest::newRow("uk twelve in two cases")
            << "uk"
            << "Проти дванадцять, з дванадцяти країн." << QStringList { "12=дванадцять", "12=дванадцяти" };
        QTest::newRow("uk genitive tens and units")
            << "uk"
            << "з п'ятдесяти семи держав" << QStringList { "57=п'ятдесяти семи" };
        QTest::newRow("uk instrumental")
            << "uk"
            << "ухвалено дев'яноста трьома голосами" << QStringList { "93=дев'яноста трьома" };
        QTest::newRow("uk accusative feminine")
            << "uk"
            << "підтримали двадцять одну країну" << QStringList { "21=двадцять одну" };
        QTest::newRow("uk hundreds genitive")
            << "uk"
            << "голоси ста сорока однієї держави" << QStringList { "141=ста сорока однієї" };
        QTest::newRow("uk tally") << "uk"
                                  << "93 голоси «за», 18 «проти», 65 утрималися."
                                  << QStringList { "93=93", "18=18", "65=65" };
        QTest::newRow("uk space grouping")
            << "uk"
            << "Повернулися 1 850 дітей і ще 2\u202F300." << QStringList { "1850=1 850", "2300=2\u202F300" };
        QTest::newRow("uk percent") << "uk"
                                    << "47 відсотків членів, сорок сім відсотків, 47,5 %."
                                    << QStringList { "47%=47 відсотків", "47%=сорок сім відсотків",
                                           "48%=47,5 %" };
        QTest::newRow("uk dozen") << "uk"
                                  << "Дюжина країн і ще дюжину" << QStringList { "12=Дюжина", "12=дюжину" };

        // Russian
        QTest::newRow("ru nominative") << "ru"
                                       << "Девяносто один голос «за»." << QStringList { "91=Девяносто один" };
        QTest::newRow("ru genitive") << "ru"
                                     << "Против двенадцати государств и девяноста одного."
                                     << QStringList { "12=двенадцати", "91=девяноста одного" };
        QTest::newRow("ru tens and units") << "ru"
                                           << "пятьдесят семь воздержались, сто сорок один за"
                                           << QStringList { "57=пятьдесят семь", "141=сто сорок один" };
        QTest::newRow("ru yo") << "ru"
                               << "четырёх стран" << QStringList { "4=четырёх" };
        QTest::newRow("ru percent") << "ru"
                                    << "47 процентов и сорок семь процентов"
                                    << QStringList { "47%=47 процентов", "47%=сорок семь процентов" };
        QTest::newRow("ru dozen") << "ru"
                                  << "около дюжины стран" << QStringList { "12=дюжины" };
        QTest::newRow("en a number word times a dozen") << "en" << "Three dozen countries stayed away, a dozen voted no."
                                                       << QStringList { "36=Three dozen", "12=a dozen" };
        QTest::newRow("uk hundreds and the rest in different cases") << "uk" << "сто сорока одним голосом"
                                                                   << QStringList { "141=сто сорока одним" };
        QTest::newRow("en half a dozen, dozens are no figure") << "en" << "Half a dozen states voted no; dozens of others abstained."
                                                           << QStringList { "6=Half a dozen" };
        QTest::newRow("fr plural dozens after a number word") << "fr" << "Deux douzaines de pays, et des douzaines d'autres."
                                                           << QStringList { "24=Deux douzaines" };
        QTest::newRow("es half a dozen and plural dozens") << "es" << "Media docena votó en contra y dos docenas se abstuvieron."
                                                        << QStringList { "6=Media docena", "24=dos docenas" };
        QTest::newRow("ru collective numerals, not the nouns") << "ru" << "Против проголосовали пятеро, «большая восьмёрка» раскололась."
                                                << QStringList { "5=пятеро" };
        QTest::newRow("uk collective numerals") << "uk" << "Проти проголосували п'ятеро, утрималися пʼятеро інших."
                                                << QStringList { "5=п'ятеро", "5=пʼятеро" };
        QTest::newRow("ru space grouping") << "ru"
                                           << "более 1 850 детей" << QStringList { "1850=1 850" };

        // German
        QTest::newRow("de one word") << "de"
                                     << "Einundneunzig Staaten stimmten zu."
                                     << QStringList { "91=Einundneunzig" };
        QTest::newRow("de soft hyphens")
            << "de"
            << "ein\u00ADund\u00ADneunzig Staaten" << QStringList { "91=ein\u00ADund\u00ADneunzig" };
        QTest::newRow("de twelve and fifty-seven") << "de"
                                                   << "zwölf dagegen, siebenundfünfzig Enthaltungen"
                                                   << QStringList { "12=zwölf", "57=siebenundfünfzig" };
        QTest::newRow("de hundred without ein")
            << "de"
            << "hunderteinundvierzig Staaten" << QStringList { "141=hunderteinundvierzig" };
        QTest::newRow("de dot grouping")
            << "de"
            << "Nur 1.850 Kinder kehrten zurück." << QStringList { "1850=1.850" };
        QTest::newRow("de percent") << "de"
                                    << "47 Prozent der Mitglieder, 47,5 % der Stimmen"
                                    << QStringList { "47%=47 Prozent", "48%=47,5 %" };
        QTest::newRow("de tally") << "de"
                                  << "Mit 93 Stimmen bei 18 Gegenstimmen und 65 Enthaltungen."
                                  << QStringList { "93=93", "18=18", "65=65" };
        QTest::newRow("de count before a full stop")
            << "de"
            << "Dafür waren 91. Dagegen 12." << QStringList { "91=91", "12=12" };
        QTest::newRow("de dozen") << "de"
                                  << "Ein Dutzend Staaten" << QStringList { "12=Ein Dutzend" };

        // French
        QTest::newRow("fr hyphenated") << "fr"
                                       << "quatre-vingt-onze voix pour, douze contre"
                                       << QStringList { "91=quatre-vingt-onze", "12=douze" };
        QTest::newRow("fr et") << "fr"
                               << "soixante et onze pays, cent quarante et un États"
                               << QStringList { "71=soixante et onze", "141=cent quarante et un" };
        QTest::newRow("fr cinquante-sept")
            << "fr"
            << "cinquante-sept abstentions" << QStringList { "57=cinquante-sept" };
        QTest::newRow("fr Swiss and Belgian") << "fr"
                                              << "nonante-trois voix, septante-trois abstentions, cent septante-quatre États"
                                              << QStringList { "93=nonante-trois", "73=septante-trois",
                                                     "174=cent septante-quatre" };
        QTest::newRow("fr tally") << "fr"
                                  << "91 voix pour, 12 contre et 57 abstentions"
                                  << QStringList { "91=91", "12=12", "57=57" };
        QTest::newRow("fr narrow space grouping")
            << "fr"
            << "1\u202F850 enfants et 2 300 adultes" << QStringList { "1850=1\u202F850", "2300=2 300" };
        QTest::newRow("fr percent") << "fr"
                                    << "47 pour cent des membres, 88\u202F% des votants"
                                    << QStringList { "47%=47 pour cent", "88%=88\u202F%" };
        QTest::newRow("fr dozen") << "fr"
                                  << "une douzaine de pays" << QStringList { "12=une douzaine" };

        // Spanish
        QTest::newRow("es y") << "es"
                              << "noventa y uno a favor, doce en contra"
                              << QStringList { "91=noventa y uno", "12=doce" };
        QTest::newRow("es hundreds") << "es"
                                     << "ciento cuarenta y uno votos, cincuenta y siete abstenciones"
                                     << QStringList { "141=ciento cuarenta y uno", "57=cincuenta y siete" };
        QTest::newRow("es dot grouping") << "es"
                                         << "Unos 1.850 niños" << QStringList { "1850=1.850" };
        QTest::newRow("es percent") << "es"
                                    << "el 47 por ciento y el 47,5 %"
                                    << QStringList { "47%=47 por ciento", "48%=47,5 %" };
        QTest::newRow("es dozen") << "es"
                                  << "una docena de países" << QStringList { "12=una docena" };
    }

    void counts()
    {
        QFETCH(QString, lang);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(described(text, finder(lang).find(text)), expected);
    }

    void notCounts_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected"); // the counts that remain

        QTest::newRow("en ISO date") << "en"
                                     << "The vote took place on 2025-12-04." << QList<qint64> {};
        QTest::newRow("en day month year")
            << "en"
            << "On 3 December 2025, 91 states voted for it." << QList<qint64> { 91 };
        QTest::newRow("en month day") << "en"
                                      << "On December 3 the Assembly met." << QList<qint64> {};
        QTest::newRow("en abbreviated month day") << "en"
                                                  << "On Dec. 3 the Assembly met." << QList<qint64> {};
        QTest::newRow("en time of day") << "en"
                                        << "The meeting opened at 10:30 in New York." << QList<qint64> {};
        QTest::newRow("en resolution symbol") << "en"
                                              << "Resolution A/RES/ES-11/9 was adopted." << QList<qint64> {};
        QTest::newRow("en session name")
            << "en"
            << "The 11th emergency special session (ES-11) resumed." << QList<qint64> {};
        QTest::newRow("en draft symbol") << "en"
                                         << "Draft L.16 was revised." << QList<qint64> {};
        QTest::newRow("en decimal") << "en"
                                    << "Aid rose by 2.5 billion." << QList<qint64> {};
        QTest::newRow("en ordinal word")
            << "en"
            << "It was the first and second vote of the session." << QList<qint64> {};
        QTest::newRow("en ordinal after tens")
            << "en"
            << "The twenty-first session and a five-year term." << QList<qint64> {};
        QTest::newRow("ru ordinal after tens")
            << "ru"
            << "двадцать первая сессия, сто сорок первого" << QList<qint64> {};
        QTest::newRow("fr ordinal after tens") << "fr"
                                               << "la vingt et unième session" << QList<qint64> {};
        QTest::newRow("en year after in")
            << "en"
            << "Russia invaded in 2022 and 141 states condemned it." << QList<qint64> { 141 };
        QTest::newRow("en one is a pronoun") << "en"
                                             << "One of the sponsors spoke." << QList<qint64> {};
        QTest::newRow("en article id") << "en"
                                       << "See story.php?id=12345 for more." << QList<qint64> {};
        QTest::newRow("en url") << "en"
                                << "https://news.un.org/en/story/2025/12/1163456 reports it."
                                << QList<qint64> {};
        QTest::newRow("en dozens is no number") << "en"
                                                << "Dozens of states spoke." << QList<qint64> {};
        QTest::newRow("uk date genitive")
            << "uk"
            << "3 грудня 2025 року 93 країни підтримали." << QList<qint64> { 93 };
        QTest::newRow("uk decimal comma") << "uk"
                                          << "зросла на 2,5 мільярда" << QList<qint64> {};
        QTest::newRow("uk one is a pronoun")
            << "uk"
            << "Одна з країн утрималася, один делегат пішов." << QList<qint64> {};
        QTest::newRow("uk family is not seven") << "uk"
                                                << "Сімʼя і сім'ї" << QList<qint64> {};
        QTest::newRow("ru date") << "ru"
                                 << "3 декабря 2025 г. в Нью-Йорке" << QList<qint64> {};
        QTest::newRow("ru ordinals") << "ru"
                                     << "первый, второго и третьей сессии" << QList<qint64> {};
        QTest::newRow("ru symbol") << "ru"
                                   << "резолюция A/RES/ES-11/9 и проект L.16" << QList<qint64> {};
        QTest::newRow("de date") << "de"
                                 << "Am 3. Dezember 2025 und am 04.12.2025" << QList<qint64> {};
        QTest::newRow("de ordinal") << "de"
                                    << "Auf der 11. Notstandssondertagung" << QList<qint64> {};
        QTest::newRow("de decimal comma") << "de"
                                          << "2,5 Milliarden Euro" << QList<qint64> {};
        QTest::newRow("de articles") << "de"
                                     << "Ein Staat, eine Stimme, einer dagegen, zweite Lesung"
                                     << QList<qint64> {};
        QTest::newRow("de time") << "de"
                                 << "um 10.30 Uhr" << QList<qint64> {};
        QTest::newRow("fr date") << "fr"
                                 << "le 3 décembre 2025" << QList<qint64> {};
        QTest::newRow("fr decimal comma") << "fr"
                                          << "2,5 milliards" << QList<qint64> {};
        QTest::newRow("fr articles") << "fr"
                                     << "Un pays, une voix" << QList<qint64> {};
        QTest::newRow("fr separate counts")
            << "fr"
            << "91 voix pour, 12 contre, 57 abstentions" << QList<qint64> { 91, 12, 57 };
        QTest::newRow("es date") << "es"
                                 << "el 3 de diciembre de 2025" << QList<qint64> {};
        QTest::newRow("es decimal comma") << "es"
                                          << "2,5 millones" << QList<qint64> {};
        QTest::newRow("es articles") << "es"
                                     << "Un país, una voz, uno de ellos" << QList<qint64> {};
        QTest::newRow("unknown language reads English")
            << "xx"
            << "Ninety-one states on 3 December" << QList<qint64> { 91 };
    }

    void notCounts()
    {
        QFETCH(QString, lang);
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(values(finder(lang).find(text)), expected);
    }

    void percentValueIsExact()
    {
        const QString text = QStringLiteral("Il a recueilli 47,5 % des voix.");
        const QList<NumberMention> found = finder(QStringLiteral("fr")).find(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().percent, true);
        QCOMPARE(found.first().percentValue, 47.5);
        QCOMPARE(found.first().value, 48);
        QCOMPARE(found.first().words, false);
    }

    void spansIndexTheText()
    {
        const QString text
            = QStringLiteral("\U0001F5F3 Of 193 members, ninety-three voted yes and a dozen abstained.");
        const QList<NumberMention> found = finder(QStringLiteral("en")).find(text);
        QCOMPARE(values(found), (QList<qint64> { 193, 93, 12 }));
        QCOMPARE(text.mid(found.at(0).start, found.at(0).end - found.at(0).start), QStringLiteral("193"));
        QCOMPARE(
            text.mid(found.at(1).start, found.at(1).end - found.at(1).start), QStringLiteral("ninety-three"));
        QCOMPARE(found.at(1).words, true);
        QCOMPARE(found.at(0).words, false);
        QCOMPARE(text.mid(found.at(2).start, found.at(2).end - found.at(2).start), QStringLiteral("a dozen"));
    }

    void hugeDigitRunIsNoNumber()
    {
        const QString text
            = QStringLiteral("Votes: ") + QString(200000, u'9') + QStringLiteral(" in favour.");
        QCOMPARE(values(finder(QStringLiteral("en")).find(text)), QList<qint64> {});
        const QString digits(200000, u'7');
        QCOMPARE(values(finder(QStringLiteral("en")).find(digits)), QList<qint64> {});
        QString groups = QStringLiteral("1");
        for (int i = 0; i < 50000; ++i)
            groups += QStringLiteral(" 000");
        QCOMPARE(values(finder(QStringLiteral("fr")).find(groups)), QList<qint64> {});
    }

    // Half a million short numbers, percentages and dates in one text: each is read, none is slow.
    void manySmallNumbers()
    {
        QString text;
        for (int i = 0; i < 100000; ++i)
            text += QStringLiteral("1 3 décembre 4,5 % ");
        const QList<NumberMention> found = finder(QStringLiteral("fr")).find(text);
        QCOMPARE(found.size(), 200000);
        QCOMPARE(found.at(0).value, 1);
        QCOMPARE(found.at(1).percentValue, 4.5);
    }

    void longTextOfNumberWords()
    {
        QString text;
        for (int i = 0; i < 60; ++i)
            text += QStringLiteral("ninety-one and twelve, ");
        const QList<NumberMention> found = finder(QStringLiteral("en")).find(text);
        QCOMPARE(found.size(), 2 * 60);
        QCOMPARE(found.first().value, 91);
        QCOMPARE(found.at(1).value, 12);
    }

    void hostileSentence_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("words"); // repeated in a changing order, without punctuation
        QTest::addColumn<qint64>("first");
        QTest::newRow("en") << "en" << QStringList { "ninety", "one", "hundred", "twelve", "thousand", "and" }
                            << 0LL;
        QTest::newRow("uk") << "uk"
                            << QStringList { "дев'яноста", "однієї", "сто", "дванадцяти", "тисяч", "сім" }
                            << 0LL;
        QTest::newRow("ru") << "ru"
                            << QStringList { "девяноста", "одного", "сто", "двенадцати", "тысяч", "семь" }
                            << 0LL;
        QTest::newRow("de") << "de"
                            << QStringList { "einundneunzig", "hundert", "zwölf", "tausend", "und", "sieben" }
                            << 0LL;
        QTest::newRow("fr") << "fr" << QStringList { "quatre-vingt", "onze", "cent", "douze", "mille", "et" }
                            << 0LL;
        QTest::newRow("es") << "es" << QStringList { "noventa", "y", "uno", "ciento", "doce", "mil" } << 0LL;
    }

    // A sentence of a million characters of number words in a changing order finishes and finds
    // numbers (the work per text is bounded, so not all of them).
    void hostileSentence()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, words);
        QString text;
        quint32 state = 12345;
        while (text.size() < 1000000) {
            state = state * 1103515245u + 12345u;
            text += words.at(int((state >> 16) % quint32(words.size()))) + u' ';
        }
        const QList<NumberMention> found = finder(lang).find(text);
        QVERIFY(!found.isEmpty());
        for (const NumberMention& m : found) {
            QVERIFY(m.start >= 0 && m.start < m.end && m.end <= text.size());
            QVERIFY(m.value >= 2);
        }
    }

    void articleBenchmark_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("sentences"); // %1 is replaced by a changing count
        QTest::newRow("en")
            << "en"
            << QStringList {
                   "On 3 December 2025 the General Assembly adopted the resolution by %1 votes to twelve.",
                   "Ninety-one states voted in favour, while fifty-seven abstained and a dozen were absent.",
                   "Some 47 per cent of members backed the text, against 38% a year earlier.",
                   "The draft, A/RES/ES-11/9, was introduced by Ukraine and co-sponsored by %1 countries.",
                   "One of the sponsors said that 1,850 children had returned home since the last session.",
               };
        QTest::newRow("uk")
            << "uk"
            << QStringList {
                   "3 грудня 2025 року Генеральна Асамблея ухвалила резолюцію %1 голосами проти дванадцяти.",
                   "За проголосували дев'яносто одна країна, п'ятдесят сім утрималися, дюжина була відсутня.",
                   "Близько 47 відсотків членів підтримали текст, рік тому таких було 38 %.",
                   "Проєкт A/RES/ES-11/9 внесла Україна, його співавторами стали %1 держав.",
                   "Одна з делегацій сказала, що додому повернулися 1 850 дітей.",
               };
        QTest::newRow("ru") << "ru"
                            << QStringList {
                                   "3 декабря 2025 года Генеральная Ассамблея приняла резолюцию %1 голосами "
                                   "против двенадцати.",
                                   "За проголосовали девяносто одно государство, пятьдесят семь "
                                   "воздержались, дюжина отсутствовала.",
                                   "Около 47 процентов членов поддержали текст, год назад таких было 38 %.",
                                   "Проект A/RES/ES-11/9 внесла Украина, его соавторами стали %1 государств.",
                                   "Одна из делегаций сказала, что домой вернулись 1 850 детей.",
                               };
        QTest::newRow("de")
            << "de"
            << QStringList {
                   "Am 3. Dezember 2025 nahm die Generalversammlung die Resolution mit %1 zu zwölf Stimmen "
                   "an.",
                   "Einundneunzig Staaten stimmten dafür, siebenundfünfzig enthielten sich, ein Dutzend "
                   "fehlte.",
                   "Rund 47 Prozent der Mitglieder unterstützten den Text, ein Jahr zuvor waren es 38 %.",
                   "Der Entwurf A/RES/ES-11/9 wurde von der Ukraine eingebracht und von %1 Staaten "
                   "unterstützt.",
                   "Eine Delegation sagte, seit der letzten Tagung seien 1.850 Kinder zurückgekehrt.",
               };
        QTest::newRow("fr")
            << "fr"
            << QStringList {
                   "Le 3 décembre 2025, l'Assemblée générale a adopté la résolution par %1 voix contre "
                   "douze.",
                   "Quatre-vingt-onze États ont voté pour, cinquante-sept se sont abstenus et une douzaine "
                   "étaient absents.",
                   "Quelque 47 pour cent des membres ont soutenu le texte, contre 38 % un an plus tôt.",
                   "Le projet A/RES/ES-11/9 a été présenté par l'Ukraine et parrainé par %1 pays.",
                   "Une délégation a déclaré que 1 850 enfants étaient rentrés chez eux.",
               };
        QTest::newRow("es")
            << "es"
            << QStringList {
                   "El 3 de diciembre de 2025 la Asamblea General aprobó la resolución por %1 votos contra "
                   "doce.",
                   "Noventa y un Estados votaron a favor, cincuenta y siete se abstuvieron y una docena no "
                   "votó.",
                   "Un 47 por ciento de los miembros apoyó el texto, frente al 38 % un año antes.",
                   "El proyecto A/RES/ES-11/9 fue presentado por Ucrania y copatrocinado por %1 países.",
                   "Una delegación dijo que 1.850 niños habían regresado a casa.",
               };
    }

    // The time to read a 1,000-word article with a new finder (caches empty); run with
    // "tst_numberfinder articleBenchmark -iterations 20". Asserts what is found, not the time.
    void articleBenchmark()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, sentences);
        QString article;
        int words = 0;
        for (int i = 0; words < 1000 || i % sentences.size() != 0; ++i) {
            QString sentence = sentences.at(i % sentences.size());
            sentence.replace(QStringLiteral("%1"), QString::number(60 + i));
            article += sentence + u' ';
            words += int(sentence.split(u' ', Qt::SkipEmptyParts).size());
        }
        QList<NumberMention> found;
        QBENCHMARK
        {
            const NumberFinder fresh(lang);
            found = fresh.find(article);
        }
        // Per round of five sentences: the changing count, twelve, 91, 57, 12, two percentages,
        // the changing count again, 1,850; dates, years and symbols are not read.
        const int rounds = int(article.count(QStringLiteral("A/RES/ES-11/9")));
        QVERIFY(rounds >= 12);
        QCOMPARE(found.size(), 9 * rounds);
        int percents = 0;
        for (const NumberMention& m : std::as_const(found))
            percents += m.percent ? 1 : 0;
        QCOMPARE(percents, 2 * rounds);
        QCOMPARE(found.at(1).value, 12);
        QCOMPARE(found.at(2).value, 91);
        QCOMPARE(found.at(3).value, 57);
        QCOMPARE(found.at(4).value, 12);
    }
};

QTEST_GUILESS_MAIN(TestNumberFinder)
#include "tst_numberfinder.moc"
