// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/claimextractor.h"
#include "core/check/countrynames.h"
#include "core/check/language.h"
#include "core/check/lexicon.h"
#include "core/check/numberfinder.h"
#include "core/check/sentencetokens.h"

#include "claimspec.h"
#include "unreadable.h"

#include <QTest>

/// Sentences in six languages and the counts read from them (written as in claimspec.h); the lexicon
/// files. States: tst_statelists.cpp; verdicts and explanations: tst_verdicts.cpp.
class TestClaimExtractor : public QObject
{
    Q_OBJECT

private slots:
    void extract_data()
    {
        claimColumns();
        const auto row = [](auto... cells) { claimRow(cells...); };
        // English
        row("en tally in words", "en", "91 states voted in favour, 12 against and 57 abstained.",
            "yes=91;no=12;abstain=57");
        row("en by votes to", "en", "The resolution was adopted by 91 votes to 12, with 57 abstentions.",
            "yes=91;no=12;abstain=57");
        row("en about", "en", "About 40 countries abstained.", "abstain=40~about");
        row("en more than", "en", "More than 90 states backed the text.", "yes=90~more_than");
        row("en fewer than", "en", "Fewer than 15 countries opposed it.", "no=15~less_than");
        row("en at least", "en", "At least 90 states voted yes.", "yes=90~at_least");
        row("en all but", "en", "All but 102 member states voted in favour.", "not_in_favour=102@all_but");
        row("en complement", "en", "102 states did not vote for it.", "not_in_favour=102");
        row("en took part", "en", "160 countries took part in the vote.", "present=160");
        row("en comparison", "en", "More states abstained than voted against.", "comparison:abstain>no");
        row("en one in six is a ratio", "en", "Roughly one in six members recorded no vote.", "");
        row("en abstentions numbered", "en", "The abstentions numbered fifty-seven.", "abstain=57");
        row("en ayes to nays", "en", "Counting only ayes and nays, the split was 93 to 18.", "yes=93;no=18");
        row("en membership as a base", "en", "Of its 193 members, 102 did not vote in favour.",
            "members=193;not_in_favour=102");
        row("uk membership as a base", "uk",
            "Отже, із 193 членів Організації резолюцію не підтримали п'ятдесят дві країни.",
            "members=193;not_in_favour=52");
        row("de not with yes", "de", "Damit votierten 52 der 193 UN-Mitglieder nicht mit Ja.",
            "not_in_favour=52;members=193");
        row("de present base", "de", "Unter den 160 Staaten, die Ja, Nein oder Enthaltung wählten, stimmten 91 zu.",
            "present=160;yes=91");
        row("en hyphenated tally", "en", "The measure carried the day with a lopsided 141-5, while 35 countries abstained.",
            "yes=141;no=5;abstain=35");
        row("de reported speech", "de",
            "Wie die Vereinten Nationen mitteilten, seien dreiundneunzig Staaten dafür gewesen, achtzehn hätten dagegen gestimmt.",
            "yes=93;no=18");
        row("de passive agent count", "de", "Der Entwurf wurde von 93 Staaten unterstützt.", "yes=93");
        row("es factor after the verb", "es", "Las abstenciones superaron en más de nueve veces a los votos en contra.",
            "comparison:abstain>no*9~more_than");
        row("en table line with a dash", "en", "Not voting — 19", "non_voting=19");
        row("en brought back is no vote", "en", "Only around 1,800 children have so far been brought back.", "quantity=1800~about");
        row("de Swiss number words", "de",
            "Angenommen wurde der Text mit hunderteinundvierzig Ja- gegen fünf Nein-Stimmen bei fünfunddreissig Enthaltungen.",
            "yes=141;no=5;abstain=35");
        row("es the exact figure after the approximate one", "es",
            "Más de treinta delegaciones, en concreto 33, ni siquiera llegaron a pulsar el botón.", "non_voting=33");
        row("en a headline's count that asks", "en", "141 nations ask Russia to pull out of Ukraine",
            "yes=141");
        row("en a part of the membership in a sentence about what was needed", "en",
            "A two-thirds majority was needed, and 141 of the 193 member states voted in favour.", "yes=141;members=193");
        row("ru half a hundred alone", "ru", "Воздержались около полсотни стран.", "abstain=50~about");
        row("en a share of a part is no membership", "en", "Africa supplied only 20 percent of the 141 states.",
            "quantity=141");
        row("es table cells", "es", "Sí: 93 | No: 18 | Abstenciones: 65 | Sin voto: 17", "yes=93;no=18;abstain=65;non_voting=17");
        row("de share of the opening base", "de",
            "Von den 181 Staaten, die abstimmten oder sich enthielten, sagten fast 78 Prozent Ja.",
            "present=181;yes=78~nearly%78@present");
        row("es share above a figure", "es", "Entre los 111 países que votaron sí o no, el respaldo supera el 83%.",
            "voting=111;yes=83~more_than%83@voting");
        row("en a dash in prose is no table row", "en", "Russia – against all odds – kept its allies.", "");
        row("en times as many", "en", "Seven times as many states abstained as voted against.",
            "comparison:abstain>no*7");
        row("en as many is no comparison", "en", "As many states abstained as voted against.", "");
        row("uk multiplier word", "uk", "Утрималося, отже, всемеро більше держав, ніж проголосувало проти.",
            "comparison:abstain>no*7");
        row("uk sides between commas", "uk",
            "Тих, хто утримався, виявилося всемеро більше, ніж тих, хто голосував «проти».", "comparison:abstain>no*7");
        row("uk number of times", "uk", "Утрималося в сім разів більше держав, ніж проголосувало проти.",
            "comparison:abstain>no*7");
        row("ru nearly five times", "ru", "Воздержавшихся оказалось почти впятеро больше, чем противников документа.",
            "comparison:abstain>no*5~nearly");
        row("fr more than three times", "fr",
            "Les abstentions, elles, ont été plus de trois fois plus nombreuses que les votes contre.",
            "comparison:abstain>no*3~more_than");
        row("en fewer comparison", "en", "Fewer states voted against than abstained.",
            "comparison:abstain>no");
        row("en nearly half", "en", "Nearly half of the members voted in favour.",
            "yes=50~nearly%50@members");
        row("en two thirds", "en", "Two thirds of those voting backed the text.", "yes=67%66.67@voting");
        row("en percent members", "en", "47 per cent of members voted in favour.", "yes=47%47@members",
            "percent");
        row("en percent voting", "en", "88% of those voting backed the text.", "yes=88%88@voting", "percent");
        row("en neg date", "en", "The vote took place on 3 December 2025 at 10:30.", "");
        row("en neg symbol", "en", "See A/ES-11/L.16 and https://example.org/news/2025/91 for the text.", "");
        row("en neg headline", "en", "Ukraine thanks its partners", "");
        row("en neg quotation", "en", "\u201CWe will bring back 1,850 children,\u201D she said.", "");
        row("en neg majority", "en", "A two-thirds majority was required.", "");
        // Ukrainian
        row("uk number first", "uk", "91 країна проголосувала за, 12 — проти, 57 утрималися.",
            "yes=91;no=12;abstain=57");
        row("uk verb first", "uk", "За резолюцію проголосували 91 країна, проти — 12.", "yes=91;no=12");
        row("uk abstained first", "uk", "Утрималися 57 держав.", "abstain=57");
        row("uk about", "uk", "Близько 40 країн утрималися.", "abstain=40~about");
        row("uk more than", "uk", "Понад 90 держав підтримали резолюцію.", "yes=90~more_than");
        row("uk at least", "uk", "Щонайменше 90 країн проголосували за.", "yes=90~at_least");
        row("uk complement", "uk", "102 країни не підтримали резолюцію.", "not_in_favour=102");
        row("uk took part", "uk", "У голосуванні взяли участь 160 країн.", "present=160");
        row("uk did not take part in the vote, verb first", "uk", "Не взяли участі в голосуванні 19 країн.",
            "non_voting=19");
        row("uk did not take part in the vote, verb last", "uk",
            "Ще 33 члени ООН участі в голосуванні не брали.", "non_voting=33");
        row("en did not cast a vote", "en", "Twelve members did not cast a vote.", "non_voting=12");
        row("uk comparison", "uk", "Більше країн утрималися, ніж проголосували проти.",
            "comparison:abstain>no");
        row("uk nearly half", "uk", "Майже половина членів ООН проголосувала за.",
            "yes=50~nearly%50@members");
        row("uk percent", "uk", "47 відсотків членів ООН проголосували за.", "yes=47%47@members", "percent");
        row("uk words", "uk", "Дев’яносто одна країна проголосувала за.", "yes=91");
        row("uk two thirds", "uk", "Дві третини членів ООН проголосували за.", "yes=67%66.67@members");
        row("uk percent in words", "uk", "Сорок сім відсотків членів ООН проголосували за.",
            "yes=47%47@members", "percent");
        row("uk neg date", "uk", "Голосування відбулося 3 грудня 2025 року о 10:30.", "", "dates");
        // Russian
        row("ru number first", "ru", "91 страна проголосовала за, 12 — против, 57 воздержались.",
            "yes=91;no=12;abstain=57");
        row("ru verb first", "ru", "За проголосовали 91 государство, против — 12.", "yes=91;no=12");
        row("ru about", "ru", "Около 40 стран воздержались.", "abstain=40~about");
        row("ru more than", "ru", "Более 90 государств поддержали резолюцию.", "yes=90~more_than");
        row("ru complement", "ru", "102 страны не поддержали резолюцию.", "not_in_favour=102");
        row("ru took part", "ru", "В голосовании приняли участие 160 стран.", "present=160");
        row("ru in its support spoke", "ru", "В её поддержку высказались 93 государства.", "yes=93");
        row("ru comparison", "ru", "Больше стран воздержались, чем проголосовали против.",
            "comparison:abstain>no");
        row("ru nearly half", "ru", "Почти половина членов ООН проголосовала за.",
            "yes=50~nearly%50@members");
        row("ru words", "ru", "Девяносто одна страна проголосовала за.", "yes=91");
        row("ru neg date", "ru", "Голосование прошло 3 декабря 2025 года в 10:30.", "", "dates");
        // German
        row("de tally", "de", "91 Staaten stimmten dafür, 12 dagegen, 57 enthielten sich.",
            "yes=91;no=12;abstain=57");
        row("de zu", "de", "Die Resolution wurde mit 91 zu 12 Stimmen bei 57 Enthaltungen angenommen.",
            "yes=91;no=12;abstain=57");
        row("de about", "de", "Etwa 40 Staaten enthielten sich.", "abstain=40~about");
        row("de more than", "de", "Mehr als 90 Staaten stimmten dafür.", "yes=90~more_than");
        row("de complement", "de", "102 Staaten stimmten nicht dafür.", "not_in_favour=102");
        row("de took part", "de", "160 Staaten nahmen an der Abstimmung teil.", "present=160");
        row("de comparison", "de", "Mehr Staaten enthielten sich als dagegen stimmten.",
            "comparison:abstain>no");
        row("de nearly half", "de", "Fast die Hälfte der Mitglieder stimmte dafür.",
            "yes=50~nearly%50@members");
        row("de words", "de", "Einundneunzig Staaten stimmten dafür, zwölf dagegen.", "yes=91;no=12");
        row("de neg date", "de", "Die Abstimmung fand am 3. Dezember 2025 um 10:30 Uhr statt.", "", "dates");
        row("de percent", "de", "47 Prozent der Mitglieder stimmten dafür.", "yes=47%47@members", "percent");
        // French
        row("fr tally", "fr", "La résolution a été adoptée par 91 voix pour, 12 contre et 57 abstentions.",
            "yes=91;no=12;abstain=57");
        row("fr contre", "fr", "Adoptée par 91 voix contre 12.", "yes=91;no=12");
        row("fr about", "fr", "Environ 40 pays se sont abstenus.", "abstain=40~about");
        row("fr more than", "fr", "Plus de 90 pays ont voté pour.", "yes=90~more_than");
        row("fr complement", "fr", "102 pays n'ont pas voté pour le texte.", "not_in_favour=102");
        row("fr took part", "fr", "160 pays ont pris part au vote.", "present=160");
        row("fr comparison", "fr", "Plus de pays se sont abstenus que n'ont voté contre.",
            "comparison:abstain>no");
        row("fr nearly half", "fr", "Près de la moitié des membres ont voté pour.",
            "yes=50~nearly%50@members");
        row("fr words", "fr", "Quatre-vingt-onze pays ont voté pour, douze contre.", "yes=91;no=12");
        row("fr percent", "fr", "47 % des membres ont voté pour.", "yes=47%47@members", "percent");
        // Spanish
        row("es tally", "es", "La resolución obtuvo 91 votos a favor, 12 en contra y 57 abstenciones.",
            "yes=91;no=12;abstain=57");
        row("es contra", "es", "Aprobada por 91 votos contra 12.", "yes=91;no=12");
        row("es about", "es", "Unos 40 países se abstuvieron.", "abstain=40~about");
        row("es more than", "es", "Más de 90 países votaron a favor.", "yes=90~more_than");
        row("es complement", "es", "102 países no votaron a favor.", "not_in_favour=102");
        row("es took part", "es", "En la votación participaron 160 países.", "present=160");
        row("es comparison", "es", "Más países se abstuvieron que votaron en contra.",
            "comparison:abstain>no");
        row("es nearly half", "es", "Casi la mitad de los miembros votaron a favor.",
            "yes=50~nearly%50@members");
        row("es words", "es", "Noventa y un países votaron a favor y doce en contra.", "yes=91;no=12");
        row("es neg date", "es", "La votación tuvo lugar el 3 de diciembre de 2025 a las 10:30.", "",
            "dates");
        row("es percent", "es", "El 47 % de los miembros votó a favor.", "yes=47%47@members", "percent");
        // Lists in apposition, companions, parenthetical clauses.
        row("en base that said yes or no", "en", "91 of the 103 states that said yes or no backed it.",
            "yes=91;voting=103");
        row("de yes and no votes as a base", "de",
            "Die hat der Text mit 141 von 146 Ja- und Nein-Stimmen weit übertroffen.", "voting=146");
        row("ru either against, abstained or not voting", "ru",
            "В общей сложности 100 стран из 193 либо голосовали против, либо воздержались, либо не "
            "голосовали.",
            "not_in_favour=100");
        row("de negated yes", "de", "Einhundert Länder haben eben nicht zugestimmt.", "not_in_favour=100");
        row("de corrected figure in a correction note", "de",
            "In einer früheren Version hieß es irrtümlich, 140 Staaten hätten zugestimmt; tatsächlich waren "
            "es 141.",
            "yes=140;yes=141");
        row("de membership after gemessen an", "de",
            "Gemessen an den 193 Mitgliedern entspricht das Ja mehr als drei Vierteln.",
            "members=193;yes=75~more_than%75");
        row("de table cell after a bar", "de", "nicht abgestimmt | 19", "non_voting=19");
        row("en total label is the membership", "en", "Total: 193", "members=193");
        row("en votes to spare are no count", "en", "With 91, the sponsors had 22 votes to spare.", "");
        row("uk what a count takes in is not its kind", "uk",
            "Не підтримали резолюцію, якщо рахувати разом противників, утриманих і відсутніх, рівно 100 "
            "держав-членів.",
            "not_in_favour=100");
        row("en a state that demands casts no vote", "en", "Russia demands the return of its diplomats.", "",
            "countries");
        row("uk pressed the button are those present", "uk", "Загалом кнопку натиснули 174 делегації.",
            "present=174");
        row("en vote words in a quotation are no vote", "en",
            "Kyiv's envoy called it \u201Ca vote for peace\u201D.", "", "countries");
        row("ru only is no filler inside a phrase", "ru", "Россия не только поддержала этот текст.", "",
            "countries");
        row("de joined vote words open the sentence", "de",
            "Mit Ja, Nein oder Enthaltung beteiligt waren insgesamt 174 Staaten.", "present=174");
        row("en a number in a name is no quantity", "en", "Viewers of Canal 9 Noticias saw the vote live.", "");
        row("en range is no figure", "en", "Diplomats had predicted between 55 and 60 abstentions.", "");
        row("de lead of one side over another", "de",
            "Der Vorsprung der Befürworter vor den Gegnern betrug 79 Stimmen.", "comparison:yes>no");
        row("uk difference is no count", "uk",
            "Прихильників було на двадцять більше, ніж тих, хто утримався.", "");
        row("ru factor with a half", "ru",
            "Воздержавшихся оказалось в три с половиной раза больше, чем голосовавших против.",
            "comparison:abstain>no*3");
        row("ru part of a base", "ru", "Из 35 воздержавшихся государств четыре входят в ОДКБ.", "abstain=35");
        row("de of which", "de", "Insgesamt gab es achtzehn Gegenstimmen, von denen drei aus Europa kamen.",
            "no=18");
        row("en money is no count", "en", "A children's project was supported with 2,000,000 euros.", "");
        row("fr preposition is no vote later in the clause", "fr",
            "La Russie, qui nie toute déportation, affirme avoir évacué ces mineurs pour les protéger.", "",
            "countries");
        row("uk fronted object in words", "uk",
            "За резолюцію про повернення українських дітей проголосували дев’яносто три держави.", "yes=93");
        row("uk fronted object", "uk",
            "За резолюцію про повернення українських дітей проголосували 93 держави.", "yes=93");
        row("en the support of", "en", "It won the backing of 91 member states.", "yes=91");
        row("en ayes and nays", "en", "The measure passed with 91 ayes, 12 nays and 57 abstentions.",
            "yes=91;no=12;abstain=57");
        row("fr round-number noun", "fr", "Une quarantaine de pays n'ont pas pris part au scrutin.",
            "non_voting=40~about");
        row("fr approved and rejected by", "fr", "Le texte a été approuvé par 91 pays, rejeté par 12 et 57 se sont abstenus.",
            "yes=91;no=12;abstain=57");
        row("es round-number noun", "es", "Una veintena de países no votó.", "non_voting=20~about");
        row("de did not take part", "de", "Rund 30 Staaten beteiligten sich nicht an der Abstimmung.",
            "non_voting=30~about");
        row("de support of", "de", "Die Resolution erhielt die Unterstützung von 93 Staaten.", "yes=93");
        row("fr votes of members", "fr", "Le texte a été adopté avec les voix de 93 États membres.", "yes=93");
        row("fr chose abstention", "fr", "73 pays ont choisi l'abstention.", "abstain=73");
        row("es support of", "es", "La resolución obtuvo el apoyo de 93 países.", "yes=93");
        row("ru votes of members", "ru", "Документ был принят голосами 93 государств-членов.", "yes=93");
        row("uk chose to abstain", "uk", "73 країни вирішили утриматися.", "abstain=73");
        row("en did not cast a ballot", "en", "Of the 193 member states, 33 did not cast a ballot.",
            "members=193;non_voting=33");
        row("en aside naming a state is no aside", "en", "Voted against, unlike Hungary, Belarus.", "",
            "countries");
        row("de verb around the count", "de", "Insgesamt blieben siebzehn Mitgliedstaaten dem Votum fern.",
            "non_voting=17");
        row("de negated verb around the count", "de",
            "Damit unterstützten zweiundfünfzig Mitgliedstaaten die Resolution nicht.", "not_in_favour=52");
        row("en base of those present", "en", "Of the 176 delegations that took part, 65 abstained.",
            "present=176;abstain=65");
        row("fr base of those present", "fr", "Sur les 174 délégations qui ont pris part au scrutin, 73 se sont abstenues.",
            "present=174;abstain=73");
        row("en a remaining base is no membership", "en",
            "Of the remaining 90 member states, 57 abstained and 33 stayed out of the vote altogether.",
            "abstain=57;non_voting=33");
        row("en a count beside its noun after a word", "en",
            "Abstentions, at 57, outnumbered votes against by nearly five to one.", "abstain=57;comparison:abstain>no*5~nearly", "");
        row("en the whole body after a possessive", "en",
            "Of the world's 193 nations, a hundred and two did not say yes.", "members=193;not_in_favour=102", "");
        row("en a count past 'just'", "en", "It was opposed by just five countries.", "no=5", "");
        row("fr the object before the count, taken up by a pronoun", "fr", "Ce texte, cent quarante et un États l'ont approuvé.",
            "yes=141", "");
        row("en a share's subject, not the clause about the whole after it", "en",
            "The 91 yes votes represent just 47 per cent of the UN's 193 members, which means that more countries "
            "did not back the text than did.",
            "yes=91;yes=47%47@members;members=193", "percent");
        row("en the larger side within its clause", "en",
            "Roughly 73 per cent of the membership supported the text, while abstentions outnumbered no votes by "
            "seven to one.",
            "yes=73~about%73@members;comparison:abstain>no*7", "percent");
        row("en a ratio with a noun after one", "en", "Roughly one delegation in six pressed no button at all.", "", "");
        row("de taking part after the counted noun", "de",
            "Enthaltungen zählen nicht mit, obwohl sich insgesamt 160 Staaten an der Abstimmung beteiligten.",
            "present=160", "");
        row("en a share of the states of the membership", "en", "Voted yes: 48 % of the 193 states.",
            "yes=48%48@members;members=193", "percent");
        row("de a region in the subject does not scope the agent's count", "de",
            "Der Entwurf der Ukraine und der Europäer wurde von 93 Staaten unterstützt.", "yes=93", "");
        row("fr 'de' of an approximation is no 'of'", "fr", "Plus de cent Etats membres n'ont pas voté pour.",
            "not_in_favour=100~more_than", "");
        row("de a share of states a relative clause describes, its vote after", "de",
            "Rund 88 Prozent der Staaten, die sich für Ja oder Nein entschieden, stimmten somit zu.",
            "yes=88~about%88@voting", "percent");
        row("ru the votes a majority needed, of the votes cast", "ru",
            "Требовалось две трети, то есть не менее 69 голосов из 103 поданных за и против.", "voting=103", "");
        row("en a verb of exceeding is more than", "en", "Abstentions exceeded 50.", "abstain=50~more_than", "");
        row("en a yes withheld is not in favour", "en", "A hundred member states withheld a yes.", "not_in_favour=100", "");
        row("fr a filler inside the vote phrase", "fr", "Dix-neuf pays n'ont donc pas voté du tout.", "non_voting=19", "");
        row("es a filler inside the vote phrase", "es", "Noventa y tres países votaron así a favor.", "yes=93", "");
        row("de a compound ending in 'Resolution' is the resolution", "de",
            "Damit stimmten 102 der 193 Mitgliedstaaten nicht für die Rückführungsresolution.",
            "not_in_favour=102;members=193", "");
        row("de the part of the votes cast that was needed is no count", "de",
            "Nötig waren 69 der 103 abgegebenen Ja- und Nein-Stimmen.", "voting=103", "");
        row("en the part of the votes cast that was needed, after namely", "en",
            "The motion needed a two-thirds majority, namely sixty-nine of the 103 votes cast.", "voting=103", "");
        row("en a part of the votes cast is a count without a need", "en",
            "91 of the 103 votes cast were in favour.", "voting=103;yes=91", "");
        row("en the votes needed are no count", "en", "The text cleared the bar easily: 69 yes votes were required out of 103.",
            "");
        row("uk yes and no together, and the votes needed", "uk",
            "«За» і «проти» разом висловилися 103 держави, тож вистачало 69 голосів.", "voting=103");
        row("uk 'за' opening a clause without a vote word is no count", "uk",
            "За даними ООН, за тиждень країну вже залишили понад 870 тисяч людей.", "quantity=870000~more_than");
        row("en a ratio to one counts nothing", "en", "Abstentions outnumbered no votes roughly nine to one.",
            "comparison:abstain>no*9~about");
        row("en a time counts nothing", "en", "The debate began at 10 a.m. and 91 states voted in favour.",
            "yes=91");
        row("en cast a ballot of some kind", "en", "A total of 160 countries cast a ballot of some kind.",
            "present=160");
    }

    void extract() { compareRow(); }

    void shippedLexiconsLoad()
    {
        for (const QString& lang : Language::supported()) {
            const Lexicon& lex = Lexicon::forLanguage(lang);
            QVERIFY2(!lex.isEmpty(), qPrintable(lang));
            QCOMPARE(lex.lang(), lang);
            for (const char* role : { "count_after", "count_before", "state_after", "approx", "fractions",
                     "percent_bases", "comparison", "revision_markers", "and", "members" })
                QVERIFY2(!lex.phrases(QString::fromLatin1(role)).isEmpty(),
                    qPrintable(lang + u' ' + QString::fromLatin1(role)));
        }
        QVERIFY(Lexicon::forLanguage(QStringLiteral("xx")).isEmpty());
    }

    void brokenLexicons_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray ok
            = R"("lang": "en", "count_after": {"yes": ["voted for"]}, "members": ["members"], "and": ["and"])";
        QTest::newRow("not json") << QByteArray("{ \"lang\": ") << QStringLiteral("not a JSON object");
        QTest::newRow("unknown role")
            << "{" + ok + R"(, "colours": ["red"]})" << QStringLiteral("unknown role");
        QTest::newRow("uppercase") << "{" + ok + R"(, "other_after": ["Other"]})"
                                   << QStringLiteral("not lowercase");
        QTest::newRow("short stem") << "{" + ok + R"(, "other_after": ["ot*"]})"
                                    << QStringLiteral("stem shorter");
        QTest::newRow("inner star") << "{" + ok + R"(, "other_after": ["o*ther"]})"
                                    << QStringLiteral("inside a word");
        QTest::newRow("double space")
            << "{" + ok + R"(, "other_after": ["all  but"]})" << QStringLiteral("empty word");
        QTest::newRow("leading gap") << "{" + ok + R"(, "other_after": ["... but"]})"
                                     << QStringLiteral("must stand between words");
        QTest::newRow("trailing gap") << "{" + ok + R"(, "other_after": ["all ..."]})"
                                      << QStringLiteral("must stand between words");
        QTest::newRow("unknown tag") << "{" + ok + R"(, "approx": {"roughly": ["roughly"]}})"
                                     << QStringLiteral("unknown tag");
        QTest::newRow("bad share") << "{" + ok + R"(, "fractions": {"150": ["one and a half"]}})"
                                   << QStringLiteral("not a number from 0 to 100");
        QTest::newRow("not a list") << "{" + ok + R"(, "and": "and"})" << QStringLiteral("expected a list");
        QTest::newRow("no language") << QByteArray(R"({"count_after": {}, "members": ["m"], "and": ["and"]})")
                                     << QStringLiteral("\"lang\"");
        QTest::newRow("missing role") << QByteArray(R"({"lang": "de", "members": ["m"], "and": ["und"]})")
                                      << QStringLiteral("missing role \"count_after\"");
    }

    void brokenLexicons()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Lexicon lex = Lexicon::fromJson(json);
        QVERIFY(lex.isEmpty());
        QVERIFY2(lex.errors().join(u'\n').contains(error), qPrintable(lex.errors().join(u'\n')));
        // A claim reader with an empty lexicon reads nothing and does not fail.
        QVERIFY(lex.phrases(QStringLiteral("count_after")).isEmpty());
    }

    void stemsMatchInflectedForms()
    {
        const Lexicon lex = Lexicon::fromJson(QStringLiteral(
            R"({"lang": "uk", "count_after": {"yes": ["проголосува* за"]}, "members": ["член*"], "and": ["і"]})")
                                                  .toUtf8());
        QVERIFY2(lex.errors().isEmpty(), qPrintable(lex.errors().join(u'\n')));
        for (const char* s : { "проголосувала за", "проголосували «за»", "проголосував за" }) {
            const Tokens t = SentenceTokens::tokenize(QString::fromUtf8(s), {}, {});
            QVERIFY2(lex.at(t, 0, QStringLiteral("count_after")), s);
        }
        const Tokens t = SentenceTokens::tokenize(QStringLiteral("голосували за"), {}, {});
        QVERIFY(!lex.at(t, 0, QStringLiteral("count_after")));
    }

    void gapsSpanSeparableVerbs()
    {
        const Lexicon lex = Lexicon::fromJson(QStringLiteral(
            R"({"lang": "de", "count_after": {"non_voting": ["nahmen ... nicht teil"]}, "members": ["mitglied*"], "and": ["und"]})")
                                                  .toUtf8());
        QVERIFY2(lex.errors().isEmpty(), qPrintable(lex.errors().join(u'\n')));
        const auto read = [&](const char* s, bool backwards) {
            const Tokens t = SentenceTokens::tokenize(QString::fromUtf8(s), {}, {});
            const auto m = backwards ? lex.before(t, int(t.size()), QStringLiteral("count_after"))
                                     : lex.at(t, 0, QStringLiteral("count_after"));
            return m ? m->end - m->start : 0;
        };
        QCOMPARE(read("nahmen nicht teil", false), 3);
        QCOMPARE(read("nahmen an dem Votum gar nicht teil", false), 7);
        QCOMPARE(read("nahmen an dem Votum gar nicht teil", true), 7);
        // Up to four words; never across punctuation.
        QCOMPARE(read("nahmen an der langen Sitzung gar nicht teil", false), 0);
        QCOMPARE(read("nahmen, wie erwartet, nicht teil", false), 0);
        // Never across a negation: "stimmten diesmal nicht zu" is no "stimmten ... zu".
        const Lexicon yes = Lexicon::fromJson(QStringLiteral(
            R"({"lang": "de", "count_after": {"yes": ["stimmten ... zu"]}, "negations": ["nicht"], "members": ["mitglied*"], "and": ["und"]})")
                                                  .toUtf8());
        QVERIFY2(yes.errors().isEmpty(), qPrintable(yes.errors().join(u'\n')));
        const auto matched = [&](const char* s) {
            const Tokens t = SentenceTokens::tokenize(QString::fromUtf8(s), {}, {});
            return yes.at(t, 0, QStringLiteral("count_after")).has_value();
        };
        QVERIFY(matched("stimmten diesmal zu"));
        QVERIFY(!matched("stimmten diesmal nicht zu"));
    }
};

QTEST_GUILESS_MAIN(TestClaimExtractor)
#include "tst_claimextractor.moc"
