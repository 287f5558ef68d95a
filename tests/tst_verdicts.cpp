// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/record/recordlibrary.h"
#include "unreadable.h"

#include <QTest>

/// Short articles checked against the embedded record (A/RES/ES-11/9): the verdict of each statement, in
/// order, and words the first statement's explanation must hold.
class TestVerdicts : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("verdicts"); // one per statement, in order
        QTest::addColumn<QStringList>("explained"); // substrings of the first statement's explanation
        QTest::addColumn<QString>("needs");
        const auto row = [](const char* name, const char* lang, const char* text, const char* verdicts,
                             QStringList explained, const char* needs = "") {
            QTest::newRow(name) << QString::fromLatin1(lang) << QString::fromUtf8(text)
                                << QString::fromLatin1(verdicts) << explained << QString::fromLatin1(needs);
        };
        const QString sym = QStringLiteral("A/RES/ES-11/9");
        row("the number from before", "en",
            "The ministry later put the number at 13. Twelve states voted against.",
            "unverifiable consistent", { QStringLiteral("the number") });
        row("states named among a count given before", "en",
            "The resolution was adopted by 91 votes to 12. Washington and Budapest were both among the 91.",
            "consistent consistent", {});
        row("states named among a count given before, one wrongly", "fr",
            "Douze pays ont voté contre. Parmi les 12 figuraient la Russie et la Serbie.",
            "consistent contradicts-record", {});
        row("states named among a count the article never gave", "en",
            "The resolution was adopted. Hungary was among the 93.", "consistent", {});
        row("states that joined another on the fence vote as it did", "en",
            "Serbia was joined on the fence by Pakistan and Sri Lanka.", "contradicts-record",
            { QStringLiteral("Serbia") });
        row("the states voted with vote alike", "fr",
            "Les États-Unis ont joint leur voix à celles de la Russie, de la Biélorussie et de l'Érythrée.",
            "contradicts-record",
            { QStringLiteral("Eritrea is named among those in favour"), QStringLiteral("Said to have voted with") });
        row("a capital joined on the fence", "es",
            "Santiago fue acompañado en la abstención por Ucrania y Hungría.", "contradicts-record", { QStringLiteral("Chile") });
        row("a negated vote phrase in a relative clause, then the vote intended", "es",
            "Costa Rica, cuya delegación no llegó a votar, comunicó después que su intención había sido apoyar el texto.",
            "revised", { QStringLiteral("a change reported after the vote") });
        row("a count against a state is the opposite of its vote", "en",
            "Roughly 90 nations lined up against Moscow, and twelve voted against the text.",
            "consistent", { QStringLiteral("against it is in favour") });
        row("a count against a state that abstained claims no side", "de",
            "141 Staaten stimmten gegen China.", "unverifiable", { QStringLiteral("not about the vote") });
        row("a state that qualifies a noun is not opposed", "en", "Twelve countries voted against the US text.",
            "consistent", {});
        row("a list that opens the sentence, named among the group before, past a bracket", "en",
            "Twelve states voted against. Venezuela (which had lost its vote) was among them, alongside Cuba.",
            "consistent contradicts-record", {});
        row("a camp before an exhaustive list", "en",
            "The no camp was small and familiar, namely Russia, Belarus and Japan.", "contradicts-record",
            { QStringLiteral("Japan is named among those against") });
        row("a number of votes with no vote word repeats a count given before", "de",
            "Die Resolution erhielt 92 Ja-Stimmen. Gemessen an allen 193 Mitgliedstaaten entsprechen 92 Stimmen gut 47 Prozent.",
            "contradicts-record contradicts-record", {});
        row("a number of votes with no count of its value before is a quantity", "de",
            "Die Resolution erhielt 91 Ja-Stimmen. Später war von 95 Stimmen die Rede.", "consistent unverifiable", {});
        row("states named among a count two kinds share claim nothing", "en",
            "Twelve voted no and twelve did not vote. Cuba and Nicaragua were among the 12.", "contradicts-record", {});
        row("a state voted with gets no claim of its own", "en", "Hungary voted with Russia.", "contradicts-record",
            { QStringLiteral("Hungary") });
        row("a list after a vote verb that gives no vote votes as the state the sentence opens with", "es",
            "Junto a Rusia votaron Bielorrusia y Japón.", "contradicts-record",
            { QStringLiteral("Japan is named among those against"), QStringLiteral("voted with Russian Federation") });
        row("sanctions against a state are no vote against it", "en", "Some 45 countries imposed sanctions against Russia.",
            "unverifiable", {});
        row("a count that voted against a state", "en", "Ninety-one countries voted against Russia.", "consistent",
            { QStringLiteral("against it is in favour") });
        row("capitals after a vote verb that gives no vote vote as the capital the sentence opens with", "es",
            "Junto a Moscú votaron Washington y Minsk.", "contradicts-record",
            { QStringLiteral("United States of America is named among those against") });
        row("capitals that did the same as the sentence before", "fr",
            "La Hongrie a voté contre. Budapest et Belgrade ont fait de même.", "contradicts-record contradicts-record",
            { QStringLiteral("Hungary is named among those against") });
        row("a list completed in the next sentence", "fr",
            "Dans le camp du non figurent la Russie et la Biélorussie. Le Nicaragua et l’Érythrée complètent la liste.",
            "consistent consistent", { QStringLiteral("Russian Federation is named among those against") });
        row("a list added to in the next sentence", "ru",
            "Против проголосовали Россия и Беларусь. Список дополнили Никарагуа и Эритрея.", "consistent consistent",
            { QStringLiteral("named among those against") });
        row("a factor the record bears out", "ru", "Воздержавшихся оказалось почти впятеро больше, чем противников.",
            "consistent", { QStringLiteral("4.75 times"), QStringLiteral("nearly 5 times = 4 to 5 times") });
        row("a margin the record bears out", "es", "Los apoyos superaron a las abstenciones por apenas 34 votos.",
            "consistent", { QStringLiteral("34 more in favour than abstaining"), QStringLiteral("91 in favour and 57 abstaining: 34 more") });
        row("a margin the record refutes", "en", "There were 40 more abstentions than votes against.",
            "contradicts-record", { QStringLiteral("57 abstaining and 12 against: 45 more") });
        row("a margin before 'fewer'", "ru", "Число воздержавшихся лишь на 34 меньше числа голосовавших «за».",
            "consistent", { QStringLiteral("34 more in favour than abstaining") });
        row("a verb of multiplying", "es", "Las abstenciones multiplicaron por cinco a los votos en contra.",
            "consistent", { QStringLiteral("5 times as many abstaining as against") });
        row("a factor for every vote against", "de", "Auf jede Gegenstimme kamen fast fünf Enthaltungen.", "consistent",
            { QStringLiteral("nearly 5 times as many abstaining as against") });
        row("a factor for every vote against refuted", "en", "For every vote against there were ten abstentions.",
            "contradicts-record", { QStringLiteral("4.75 times") });
        row("a factor the record refutes", "en", "Twice as many states abstained as voted against.",
            "contradicts-record", { QStringLiteral("57 abstaining and 12 against: 4.75 times") });
        row("the number of the last count", "en",
            "Twelve states voted against. The ministry later put the number at 13.", "consistent revised",
            { QStringLiteral("12 against") });
        row("a state's change of vote", "en", "Costa Rica later said it had intended to vote in favour.", "revised",
            { QStringLiteral("a change reported after the vote"), QStringLiteral("did not vote") }, "countries");
        row("the number of supporters rose", "en",
            "According to the ministry, the number of supporters rose to 92 after Costa Rica joined.", "revised",
            { QStringLiteral("91 in favour") });
        row("the figure corrected", "en", "Twelve states voted against. The figure was later corrected to 13.",
            "consistent revised", {});
        row("revised in German", "de", "Das ukrainische Außenministerium sprach später von 92 Unterstützern.",
            "revised", { QStringLiteral("91 in favour") });
        row("revised in French", "fr",
            "Selon Kiev, le nombre de pays favorables est passé à 92 après le ralliement du Costa Rica.", "revised",
            { QStringLiteral("91 in favour") });
        row("revised in Russian", "ru", "МИД Украины позднее сообщил о 92 голосах в поддержку.", "revised",
            { QStringLiteral("91 in favour") });
        row("revised in Ukrainian", "uk",
            "Резолюцію підтримала 91 держава. Пізніше до прихильників приєдналася Коста-Рика, і їхня кількість "
            "зросла до 92.",
            "consistent revised", { QStringLiteral("91 in favour") });
        row("about outside", "en", "About 40 countries abstained.", "contradicts-record",
            { QStringLiteral("about 40 abstaining"), QStringLiteral("within \u00B13"),
                QStringLiteral("57 abstaining"), sym });
        row("about inside", "en", "About 55 countries abstained.", "consistent",
            { QStringLiteral("52 to 58"), sym });
        row("about five per cent", "en", "Some 95 states voted in favour.", "consistent",
            { QStringLiteral("within \u00B14"), QStringLiteral("91 in favour") });
        row("nearly under", "en", "Nearly 60 countries abstained.", "consistent",
            { QStringLiteral("nearly 60 = 57 to 60") });
        row("nearly is not over", "en", "Nearly 55 countries abstained.", "contradicts-record",
            { QStringLiteral("not over it"), QStringLiteral("57 abstaining") });
        row("more than holds", "en", "More than 90 states voted in favour.", "consistent",
            { QStringLiteral("more than 90 = at least 91") });
        row("more than fails", "en", "More than 95 states voted in favour.", "contradicts-record",
            { QStringLiteral("more than 95 in favour"), QStringLiteral("91 in favour") });
        row("at most", "en", "At most 10 states voted against.", "contradicts-record",
            { QStringLiteral("12 against") });
        row("complement", "en", "102 states did not vote for it.", "consistent",
            { QStringLiteral("102 not in favour"), QStringLiteral("193 members - 91 in favour"), sym });
        row("complement wrong", "en", "100 states did not vote for it.", "contradicts-record",
            { QStringLiteral("100 not in favour"), QStringLiteral("102 not in favour") });
        row("all but", "en", "All but 102 member states voted in favour.", "consistent",
            { QStringLiteral("all but 102 in favour"), QStringLiteral("193 members - 91 in favour") });
        row("all but of those voting", "en",
            "Of the 103 states that voted yes or no, all but 12 backed the resolution.", "consistent",
            { QStringLiteral("of 103 voting yes or no, 91 in favour") });
        row("all but wrong", "en", "All but 20 states voted in favour.", "contradicts-record",
            { QStringLiteral("all but 20 in favour"), QStringLiteral("102 not in favour") });
        row("took part", "en", "160 states took part in the vote.", "consistent",
            { QStringLiteral("160 taking part"), QStringLiteral("91 + 12 + 57") });
        row("took part wrong", "en", "150 states took part.", "contradicts-record",
            { QStringLiteral("160 taking part") });
        row("comparison holds", "en", "More states abstained than voted against.", "consistent",
            { QStringLiteral("57 abstaining and 12 against"), sym });
        row("comparison fails", "en", "More states voted against than abstained.", "contradicts-record",
            { QStringLiteral("more against than abstaining"),
                QStringLiteral("12 against and 57 abstaining") });
        row("nearly half", "en", "Nearly half of the members voted in favour.", "consistent",
            { QStringLiteral("91 of 193 members = 47.2%"), QStringLiteral("\u00B15 points") });
        row("two thirds of members", "en", "Two thirds of the members voted in favour.", "contradicts-record",
            { QStringLiteral("66.67% of members in favour"), QStringLiteral("47.2%") });
        row("two thirds of those voting", "en", "Two thirds of those voting backed the text.",
            "contradicts-record", { QStringLiteral("91 of 103 voting = 88.3%") });
        row("percent exact", "en", "88% of those voting backed the text.", "consistent",
            { QStringLiteral("\u00B10.5 points"), QStringLiteral("88.3%") }, "percent");
        row("percent wrong", "en", "80 per cent of those voting backed the text.", "contradicts-record",
            { QStringLiteral("88.3%") }, "percent");
        row("approx and exact agree", "en",
            "Some 90 states voted in favour. In all, 91 states voted in favour.", "consistent consistent",
            {});
        row("approx and exact disagree", "en",
            "Some 90 states voted in favour. In all, 100 states voted in favour.",
            "contradicts-article contradicts-record", { QStringLiteral("statement 2 gives 100 in favour") });
        row("revised in Ukrainian", "uk",
            "Пізніше приєдналася ще одна країна, тож за проголосували 92 країни.", "revised",
            { QStringLiteral("changed after the vote"), QStringLiteral("91 in favour") });
        row("preliminary figure in Ukrainian", "uk",
            "За попередніми даними МЗС, резолюцію підтримали 90 держав.", "revised",
            { QStringLiteral("91 in favour") });
        row("preliminary figure in Russian", "ru",
            "По предварительным данным, резолюцию поддержали 90 государств.", "revised",
            { QStringLiteral("91 in favour") });
        row("about in Ukrainian", "uk", "Близько 40 країн утрималися.", "contradicts-record",
            { QStringLiteral("within \u00B13"), QStringLiteral("57 abstaining") });
        row("comparison in German", "de", "Mehr Staaten enthielten sich als dagegen stimmten.", "consistent",
            { QStringLiteral("57 abstaining and 12 against") });
        row("complement in Spanish", "es", "102 países no votaron a favor.", "consistent",
            { QStringLiteral("193 members - 91 in favour") });
        row("list of the wrong size in French", "fr", "Les 12 contre, à savoir : la Russie et le Bélarus.",
            "contradicts-record", { QStringLiteral("2 states named as the 12 against") }, "countries");
        row("another year's vote", "en",
            "In March 2022, 141 countries voted in favour. Russia and 11 others voted against.",
            "unverifiable consistent", { QStringLiteral("of another vote (\u201CIn March 2022\u201D)"), sym });
        row("another text the same day", "fr",
            "Le même jour, le projet américain, amendé par les Européens, a été adopté à 93 voix contre 8.",
            "unverifiable", { QStringLiteral("of another vote (\u201CLe m\u00EAme jour\u201D)") });
        row("a second resolution", "es", "Minutos después, una segunda resolución fue aprobada con 93 votos.",
            "unverifiable", { QStringLiteral("segunda resoluci\u00F3n") });
        row("an anniversary dated in the record's year", "en",
            "Exactly four years ago, on Wednesday, 2 March 2022, the General Assembly adopted the resolution.",
            "unverifiable", { QStringLiteral("of another vote") });
        row("the record's own year", "en", "In December 2025, 91 countries voted in favour.", "consistent",
            { QStringLiteral("91 in favour") });
        row("another year in a clause of its own", "en", "China abstained, as it did in 2022.", "consistent",
            { QStringLiteral("China is named among those abstaining") }, "countries");
        row("another year in a relative clause", "en",
            "The United Kingdom, which abstained in 2020, voted in favour this time.", "consistent",
            { QStringLiteral("among those in favour") }, "countries");
        row("years ago", "en", "Three years ago, only five countries voted against, Belarus among them.",
            "unverifiable", { QStringLiteral("years ago") });
        row("another year's vote in Russian", "ru", "В марте 2022 года за резолюцию проголосовали 141 страна.",
            "unverifiable", { QStringLiteral("2022") });
        row("another year's vote in Spanish", "es", "En marzo de 2022, 141 países votaron a favor.",
            "unverifiable", { QStringLiteral("2022") });
        row("an amendment's vote", "en",
            "An amendment proposed by Russia was rejected by 60 votes to 30, with 50 abstentions.", "unverifiable",
            { QStringLiteral("of another vote (\u201Camendment\u201D)") });
        row("the Security Council's vote and outcome, in German", "de",
            "Im UN-Sicherheitsrat wurde am selben Tag eine US-Resolution mit zehn Stimmen angenommen.",
            "unverifiable",
            { QStringLiteral("10 in favour of another vote"), QStringLiteral("a text adopted (\u201Cangenommen\u201D) of another vote") });
        row("amendments in a relative clause", "en",
            "The resolution, which took in two amendments, was adopted by 91 votes to 12.", "consistent",
            { QStringLiteral("91 in favour") });
        row("another resolution's counts", "en", "Resolution ES-11/1 was backed by 141 states.",
            "contradicts-record", // the symbol: the sentence says ES-11/1 is the text voted on
            { QStringLiteral("141 in favour of another vote (\u201CA/RES/ES-11/1\u201D)") });
        row("a present-tense headline", "en",
            "UN rejects resolution on Ukrainian children\n\nIt was adopted by 91 votes to 12.",
            "contradicts-record consistent", { QStringLiteral("rejected") });
        row("present tense in the body", "en",
            "Vote on children\n\nThe Assembly adopts most texts by consensus. It was adopted by 91 votes to 12.",
            "consistent", {});
        row("co-sponsors given twice", "en",
            "The ministry said 48 states co-sponsored the draft. The draft had 39 co-sponsors.",
            "contradicts-article contradicts-article", { QStringLiteral("statement 2 gives 39 sponsors") });
        row("co-authors and submitters differ", "en",
            "The ministry speaks of 48 co-authors. One report says 39 states submitted the draft.",
            "contradicts-article contradicts-article", { QStringLiteral("statement 2 gives 39 sponsors") });
        row("co-sponsors changed", "en",
            "The text had 48 co-sponsors. Two more states later joined, bringing the number of co-sponsors to 50.",
            "unverifiable revised", {});
        row("companions named before the list that votes, in French", "fr",
            "Outre la Russie, seuls le Bélarus et la Syrie ont voté contre.", "contradicts-record",
            { QStringLiteral("Russian Federation is named among those against"),
                QStringLiteral("Syrian Arab Republic is named among those against; the record A/RES/ES-11/9 shows it did not vote") },
            "countries");
        row("companions named before the list, in German", "de",
            "Neben Russland und den USA stimmten unter anderem Belarus und Mali gegen den Text.",
            "contradicts-record",
            { QStringLiteral("United States of America is named among those against; the record A/RES/ES-11/9 shows it voted in favour"),
                QStringLiteral("Mali is named among those against") },
            "countries");
        row("a description between dashes before the vote", "fr",
            "Le Mali et le Niger – membres de l’Alliance des Etats du Sahel – se sont prononcés contre.",
            "consistent", { QStringLiteral("Niger is named among those against") }, "countries");
        row("a share counted by its subject", "en",
            "The 91 yes votes amounted to 47 per cent of the 193-member body.", "consistent",
            { QStringLiteral("47% of members in favour"), QStringLiteral("193 members") });
        row("a region is no state", "en", "In Latin America, Brazil and Mexico voted in favour.", "contradicts-record",
            { QStringLiteral("Brazil is named among those in favour; the record A/RES/ES-11/9 shows it abstained") },
            "countries");
        row("all three between dashes describe the list", "en",
            "Bolivia and Nicaragua \u2014 all three courted by Moscow \u2014 abstained.", "contradicts-record",
            { QStringLiteral("Nicaragua is named among those abstaining; the record A/RES/ES-11/9 shows it voted against") },
            "countries");
        row("Ukrainian round-number noun with 'more than'", "uk", "Понад півсотні країн утрималися.", "consistent",
            { QStringLiteral("more than 50 abstaining") });
        row("Ukrainian 'half a hundred' in two words", "uk", "Близько пів сотні держав утрималися.",
            "contradicts-record", { QStringLiteral("about 50 abstaining") });
        row("the Security Council after a short opener, to the end of the sentence", "en",
            "Hours later, Washington and Moscow joined forces in the 15-member Security Council to pass a text, "
            "resolution 2774, by 10 votes to none, with five abstentions.",
            "unverifiable", { QStringLiteral("10 in favour of another vote"), QStringLiteral("a body of 15 members") });
        row("the votes a text received, before a clause about a state", "fr",
            "La résolution adoptée par 91 voix, Washington vote pour", "consistent",
            { QStringLiteral("91 in favour") });
        row("a count of part of the membership is no total", "en",
            "Only four African states voted against. In all, 12 states voted against.",
            "unverifiable consistent", { QStringLiteral("a part of the membership (\u201Cafrican\u201D)") });
        row("companions named before 'eleven others'", "de", "Neben Russland stimmten elf weitere Staaten mit Nein.",
            "consistent", { QStringLiteral("12 = Russian Federation + 11 others") });
        row("the vote before 'Russia and eleven others'", "de",
            "Gegen die Resolution votierten Russland und elf weitere Länder.", "consistent",
            { QStringLiteral("12 = Russian Federation + 11 others") });
        row("a range is no tally", "en", "The number of co-sponsors rose from 39 to 48 before the vote.",
            "unverifiable", { QStringLiteral("sponsors or co-authors") });
        row("preliminary figures are revised", "en", "According to preliminary data, 90 countries voted in favour.",
            "revised", { QStringLiteral("91 in favour") });
        row("a state said to vote with another", "en", "Hungary voted with Russia.", "contradicts-record",
            { QStringLiteral("Hungary is named among those against; the record A/RES/ES-11/9 shows it voted in favour"),
                QStringLiteral("Said to have voted with Russian Federation, which the record shows voted against") },
            "countries");
        row("voting with another, the vote written out", "de",
            "Die Vereinigten Staaten stimmten gemeinsam mit Russland gegen die Resolution.", "contradicts-record",
            { QStringLiteral("Russian Federation is named among those against") }, "countries");
        row("a vote phrase before 'only' and the count", "de", "Der Abstimmung fern blieben lediglich 23 Staaten.",
            "contradicts-record", { QStringLiteral("23 not voting") });
        row("a regional count beside other claims is no claim", "de",
            "Die zwölf Gegenstimmen kamen aus Russland, Belarus und Nordkorea sowie aus sechs afrikanischen Staaten.",
            "consistent", { QStringLiteral("Belarus is named among those against") }, "countries");
        row("a translated title beside counts leaves the statement consistent", "es",
            "El texto, titulado «Regreso de los niños ucranianos», fue aprobado por 91 votos a favor.", "consistent",
            { QStringLiteral("translation cannot be compared") });
        row("a relative clause with commas of its own", "en",
            "Argentina, whose president, Javier Milei, counts himself among Trump's allies, opposed the resolution.",
            "contradicts-record", { QStringLiteral("Argentina is named among those against") }, "countries");
        row("a long clause between dashes", "en",
            "Mali and Niger \u2014 whose military rulers have drawn closer to Moscow since their coups \u2014 also voted it down.",
            "consistent", { QStringLiteral("Niger is named among those against") }, "countries");
        row("a comparison verb after a subject with a relative clause", "uk",
            "Кількість країн, що утрималися, майже вп'ятеро перевищила кількість тих, хто голосував проти.", "consistent",
            { QStringLiteral("nearly 5 times as many abstaining as against") });
        row("a list after the vote and a likewise phrase", "es",
            "Washington, que hasta ahora había respaldado a Kiev, votó en contra junto a Rusia, Bielorrusia y Hungría.",
            "contradicts-record", { QStringLiteral("Hungary is named among those against; the record A/RES/ES-11/9 shows it voted in favour") },
            "countries");
        row("a number before a relative pronoun names nothing", "fr",
            "Au total, 160 Etats ont participé au scrutin sur les 193 que compte l'organisation.", "consistent",
            { QStringLiteral("160 taking part") });
        row("N of the UN's 193 members", "en", "That means 102 of the UN's 193 members declined to endorse the text.",
            "consistent", { QStringLiteral("102 not in favour"), QStringLiteral("193 members") });
        row("a count beside the noun that names it", "es",
            "Las abstenciones, sesenta y siete en total, cuadruplicaron los votos en contra.", "contradicts-record",
            { QStringLiteral("67 abstaining") });
        row("'so hoch wie': a comparison, not an approximation", "de",
            "Die Zahl der Enthaltungen war mehr als dreimal so hoch wie die der Gegenstimmen.", "consistent",
            { QStringLiteral("abstain > no") });
        row("a state with 'too' after the vote of another", "en", "Russia voted no, and Hungary too.",
            "contradicts-record", { QStringLiteral("Hungary is named among those against; the record A/RES/ES-11/9 shows it voted in favour") },
            "countries");
        row("uk the count backing a state voted as it, with it", "uk", "Росію підтримали ще одинадцять держав.",
            "consistent", { QStringLiteral("12 = Russian Federation + 11 that backed it"), QStringLiteral("shows 12 against") });
        row("ru the count backing a state, one too many", "ru", "Россию поддержали ещё двенадцать государств.",
            "contradicts-record", { QStringLiteral("13 = Russian Federation + 12 that backed it") });
        row("ru the states backing a state voted as it", "ru", "Россию поддержали лишь Беларусь и Куба.", "consistent",
            { QStringLiteral("Said to have voted with Russian Federation") });
        row("uk a list after the count backing a state", "uk",
            "Росію підтримали лише дві держави: Білорусь і Швеція.", "contradicts-record",
            { QStringLiteral("3 = Russian Federation + 2 that backed it") });
        row("the outcome of another vote sets the scene", "en",
            "Once the amendments had been adopted, the United States voted in favour.", "consistent",
            { QStringLiteral("United States of America is named among those in favour") });
        row("a list completed in the next sentence", "en",
            "Twelve states voted against: Russia, Belarus, Cuba, Nicaragua, Iran and North Korea. Eritrea, Sudan, "
            "Burundi, Mali, Niger and Burkina Faso made up the rest.",
            "consistent consistent", { QStringLiteral("12 states named as the 12 against: 6 here, 6 in the next sentence") });
        row("a list completed in the next sentence, still short", "en",
            "Only twelve states voted against: Russia, Belarus and Cuba. Nicaragua and Iran made up the rest.",
            "contradicts-record consistent", { QStringLiteral("5 states named as the 12 against: 3 here, 2 in the next sentence") });
        row("a state said not to have voted in favour", "ru", "Белоруссия не поддержала резолюцию.", "consistent",
            { QStringLiteral("Belarus is said not to have voted in favour"), QStringLiteral("shows it voted against") });
        row("a state said not to have voted in favour, which it did", "en",
            "The United States did not vote in favour.", "contradicts-record",
            { QStringLiteral("said not to have voted in favour; the record A/RES/ES-11/9 shows it voted in favour") });
        row("a state that did not vote says it meant to vote in favour", "fr",
            "Le Cameroun, qui n'a pas voté, a fait savoir dans la soirée qu'il entendait appuyer le texte.", "revised",
            { QStringLiteral("Cameroon is named among those in favour, a change reported after the vote"),
                QStringLiteral("shows it did not vote") });
        row("a state recorded as not voting later says it meant to vote yes", "en",
            "Costa Rica, recorded as not voting, subsequently informed the Secretariat that it had intended to vote in "
            "favour.",
            "revised", {});
        row("another vote a few weeks later", "uk",
            "Коли через три тижні Асамблея ухвалювала гуманітарну резолюцію, «за» проголосували вже 140 держав.",
            "unverifiable", { QStringLiteral("of another vote") });
        row("another vote of another month and year", "de",
            "Die erste Ukraine-Resolution vom März 2022 hatte noch 141 Befürworter gefunden.", "unverifiable",
            { QStringLiteral("of another vote") });
        row("a verb of comparison", "en", "Abstentions outnumbered votes against by almost five to one.",
            "consistent", { QStringLiteral("nearly 5 times = 4 to 5 times"), QStringLiteral("4.75 times") });
        row("a comparison 'so viele ... wie' in German", "de",
            "Fünfmal so viele Länder enthielten sich, wie mit Nein stimmten.", "consistent",
            { QStringLiteral("5 times as many abstaining as against") });
        row("a factor the record refutes in German", "de", "Dreimal so viele Länder enthielten sich, wie mit Nein stimmten.",
            "contradicts-record", { QStringLiteral("4.75 times") });
        row("one figure of children given twice differently", "en",
            "Russia has deported 19,546 children. The ministry says 20,000 children were deported.",
            "contradicts-article contradicts-article", { QStringLiteral("statement 2 gives 20,000 children instead") });
        row("figures of children far apart are different things", "en",
            "Russia has deported 19,546 children. Only 1,850 children have been returned.",
            "unverifiable unverifiable", { QStringLiteral("not about the vote") });
        row("durations and distances are no statements", "en",
            "The debate lasted 5 hours. The report is due within 90 days. The front line is 1,200 kilometres long.",
            "", {});
        row("a question claims nothing", "en", "Did 95 states vote in favour? In fact 91 states voted in favour.",
            "consistent", { QStringLiteral("91 in favour") });
        row("a list closed by a bracket before its vote", "en",
            "Only a handful of states in the region (Cuba and Nicaragua) voted no.", "consistent",
            { QStringLiteral("Nicaragua is named among those against") }, "countries");
        row("a later figure is read as the count it is nearest to", "en",
            "91 states voted in favour, 12 against and 57 abstained. The ministry later put the figure at 92.",
            "consistent revised", { QStringLiteral("91 in favour") });
        row("present and voting: yes + no", "en", "A total of 103 countries voted either yes or no.",
            "consistent", { QStringLiteral("103 present and voting (91 + 12, yes + no)") });
        row("present and voting, wrong", "en", "In all, 113 states voted for or against the text.",
            "contradicts-record", { QStringLiteral("the record A/RES/ES-11/9 shows 103 present and voting") });
        row("a number describing the list is no count", "en",
            "Mali, Niger and Burkina Faso, the three Sahel juntas, also voted the text down.", "consistent",
            { QStringLiteral("Burkina Faso is named among those against") }, "countries");
        row("a count between commas after a list is a count", "en",
            "China, India and Brazil, 50 in all, abstained.", "contradicts-record",
            { QStringLiteral("50 abstaining") }, "countries");
        row("a clause between commas, then 'this time'", "ru",
            "Израиль и Венгрия, обычно близкие к Вашингтону, на этот раз воздержались.", "contradicts-record",
            { QStringLiteral("Israel is named among those abstaining; the record A/RES/ES-11/9 shows it voted in favour") },
            "countries");
        row("'among them' takes the group of the sentence before", "en",
            "Twelve states voted against. Among them were Russia, Belarus and China.",
            "consistent contradicts-record", {}, "countries");
        row("'among them' with no group before claims nothing", "en",
            "The debate lasted two days. Among them were Russia and Belarus.", "", {}, "countries");
        row("'so did' takes the vote of the sentence before", "en",
            "Brazil abstained. So did China itself, along with India and Israel.",
            "consistent contradicts-record", {}, "countries");
        row("'did the same' past a clause between commas", "en",
            "Georgia voted in favour. Türkiye, a NATO member that has hosted talks in Istanbul, did the same.",
            "consistent contradicts-record", {}, "countries");
        row("a figure less than half of the other is another count", "en",
            "91 states voted in favour. A dozen voted against. Only 40 voted in favour, one diplomat said.",
            "consistent consistent contradicts-record", { QStringLiteral("91 in favour") });
        row("sanctions against a state date no vote", "fr",
            "À Berne, le Conseil fédéral avait annoncé lundi 28 février la reprise des sanctions européennes "
            "contre la Russie.",
            "", {}, "countries");
        row("the date of another vote", "en",
            "The vote came after Russia on Feb. 25 vetoed a similar draft in the 15-member Security Council.",
            "unverifiable", { QStringLiteral("another vote") });
        row("a clause of time after another year", "en",
            "The last comparable rebuke came in 2014, when 100 states backed a resolution on Crimea.",
            "unverifiable", { QStringLiteral("another vote") });
        row("a text the Assembly also adopted", "fr",
            "L'Assemblée adopte aussi le texte américain par 93 voix contre 8.", "unverifiable",
            { QStringLiteral("another vote") });
        row("a state that did not vote declares its vote later", "uk",
            "Згодом у відомстві уточнили, що резолюцію підтримали 92 країни: Коста-Рика, яка під час "
            "голосування "
            "кнопку не натиснула, вже після засідання заявила про свою підтримку.",
            "revised",
            { QStringLiteral("Costa Rica is named among those in favour, a change reported after the vote") },
            "countries");
        row("counts after a region's base are the region's", "uk",
            "Із 54 африканських держав «за» проголосували менше двох десятків.", "unverifiable",
            { QStringLiteral("африканських") });
        row("list between dashes of the wrong size", "en",
            "Twelve states — Russia, Belarus and Nicaragua — voted against. In all, 12 voted against.",
            "contradicts-record consistent", { QStringLiteral("3 states named as the 12 against") },
            "countries");
        row("a correction of the article's own listing of a state", "fr",
            "Rectificatif : dans la première version de cet article, l'Argentine figurait par erreur parmi les pays "
            "ayant voté contre.",
            "revised", { QStringLiteral("a change reported after the vote") });
        row("a count that sided with a state is one more, with it", "fr", "Seuls onze États ont fait bloc avec la Russie.",
            "consistent", { QStringLiteral("12 = Russian Federation + 11 that sided with it") });
        row("a count that sided with a state, one too many", "en", "Twelve other countries sided with Russia.",
            "contradicts-record", { QStringLiteral("13 = Russian Federation + 12 that sided with it") });
        row("a count that sided with the state may take it in", "uk", "Україну підтримали 91 держава.", "consistent",
            { QStringLiteral("91 counting Ukraine among them") });
        row("the next sentence completes a list with new states only", "en",
            "Twelve states voted against: Russia, Belarus, Cuba, Nicaragua, Iran and North Korea. Eritrea, Sudan, "
            "Burundi, Mali, Niger, Burkina Faso and, once again, Cuba made up the rest.",
            "consistent consistent", { QStringLiteral("12 states named as the 12 against: 6 here, 6 in the next sentence") });
    }

    void verdicts()
    {
        QFETCH(QString, lang);
        QFETCH(QString, text);
        QFETCH(QString, verdicts);
        QFETCH(QStringList, explained);
        QFETCH(QString, needs);
        if (const QString why = unreadable(lang, needs, text, 1); !why.isEmpty())
            QSKIP(qPrintable(why));
        const CheckResult r = Checker().check(
            ArticleReader::fromText(text, QStringLiteral("t")), RecordLibrary::example(), lang);
        QStringList got;
        for (const Statement& s : r.statements)
            got << verdictKey(s.verdict);
        const QString first = r.statements.isEmpty() ? QString() : r.statements.first().explanation;
        QCOMPARE(got.join(u' '), verdicts);
        for (const QString& e : explained)
            QVERIFY2(first.contains(e), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(e, first)));
    }
};

QTEST_GUILESS_MAIN(TestVerdicts)
#include "tst_verdicts.moc"
