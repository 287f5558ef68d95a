// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/claimextractor.h"
#include "claimspec.h"
#include "unreadable.h"

#include <QTest>

/// Sentences in six languages that name states, and the votes read for them (with the counts read
/// beside them), written as in claimspec.h.
class TestStateLists : public QObject
{
    Q_OBJECT

private slots:
    void extract_data()
    {
        claimColumns();
        const auto row = [](auto... cells) { claimRow(cells...); };
        row("en delegations", "en", "The Chinese delegation abstained, as did Indian diplomats and the Brazilians.",
            "state:CHN=A;state:IND=A;state:BRA=A");
        row("en adjectives before one delegation word", "en", "The Ugandan, Tanzanian and Ethiopian delegations abstained.",
            "state:UGA=A;state:TZA=A;state:ETH=A");
        row("en adjective without a delegation word", "en", "Chinese investment in Africa grew after India abstained.",
            "state:IND=A");
        row("en likewise after a semicolon", "en", "China and India abstained; so did Brazil and Paraguay.",
            "state:CHN=A;state:IND=A;state:BRA=A;state:PRY=A");
        row("uk likewise after a semicolon", "uk",
            "Від голосування утрималися Китай та Індія; так само вчинили Бразилія з Аргентиною та Парагвай.",
            "state:CHN=A;state:IND=A;state:BRA=A;state:ARG=A;state:PRY=A");
        row("fr capitals added", "fr", "Alger, Kinshasa et Libreville ont préféré s'abstenir.",
            "state:DZA=A;state:COD=A;state:GAB=A");
        row("en possessive abstention", "en", "Beijing's abstention was expected.", "state:CHN=A");
        row("fr preferred abstention", "fr", "Cuba et la Bolivie ont en revanche préféré l'abstention.",
            "state:CUB=A;state:BOL=A");
        row("en did not vote against is any vote but no", "en", "Cuba did not vote against.", "state:CUB!=N", "countries");
        row("es did not vote against is any vote but no", "es", "Cuba no votó en contra.", "state:CUB!=N", "countries");
        row("en sits on the fence", "en", "Kenya sits on the fence as the Assembly votes.", "state:KEN=A");
        row("en described group after so did", "en",
            "Burundi and Eritrea voted against, and so did Sudan and the Sahel juntas of Mali, Burkina Faso and Niger.",
            "state:BDI=N;state:ERI=N;state:SDN=N;state:MLI=N;state:BFA=N;state:NER=N");
        row("en possessive delegation", "en", "Australia's delegation also voted in favour, as did Fiji's and Tonga's.",
            "state:AUS=Y;state:FJI=Y;state:TON=Y");
        row("en abstaining were", "en", "Abstaining were 57 states, China and India among them.",
            "abstain=57;state:CHN=A;state:IND=A");
        row("de genitive before a vote noun", "de", "Chinas Enthaltung war erwartet worden.", "state:CHN=A");
        row("fr boycotted the vote", "fr", "Accra, Conakry et Monrovia ont purement et simplement boudé le vote.",
            "state:GHA=X;state:GIN=X;state:LBR=X");
        row("ru capitals after a clause opener", "ru", "Зато Вашингтон и Будапешт на этот раз оказались среди сторонников.",
            "state:USA=Y;state:HUN=Y");
        row("uk states among which", "uk", "Утрималися держави, серед яких Китай, Індія і навіть Угорщина.",
            "state:CHN=A;state:IND=A;state:HUN=A");
        row("de table row", "de", "Österreich – dafür", "state:AUT=Y");
        row("de table row abstention", "de", "China: Enthaltung", "state:CHN=A");
        row("en table row", "en", "Russia: against", "state:RUS=N");
        row("de delegation", "de", "Die chinesische Delegation enthielt sich.", "state:CHN=A");
        row("fr delegation", "fr", "La délégation chinoise s'est abstenue.", "state:CHN=A");
        row("es delegation", "es", "La delegación china se abstuvo.", "state:CHN=A");
        row("uk delegation", "uk", "Китайська делегація утрималася.", "state:CHN=A");
        row("ru delegation", "ru", "Китайская делегация воздержалась.", "state:CHN=A");
        row("en others", "en", "Russia and 11 other countries voted against.", "no=12;state:RUS=N");
        row("en states", "en", "China, India and Brazil abstained.", "state:CHN=A;state:IND=A;state:BRA=A");
        row("en among the", "en", "Benin and the Bahamas were among the 19 states that did not vote.",
            "state:BEN=X;state:BHS=X;non_voting=19");
        row("en likewise", "en", "China abstained, as did India and Brazil.",
            "state:CHN=A;state:IND=A;state:BRA=A");
        row("en relative clause", "en", "The United States, which wrote the resolution, also abstained.",
            "state:USA=A");
        row("uk others", "uk", "Росія та ще 11 країн проголосували проти.", "no=12;state:RUS=N", "countries");
        row("uk states", "uk", "Китай, Індія та Бразилія утрималися.", "state:CHN=A;state:IND=A;state:BRA=A",
            "countries");
        row("uk state before", "uk", "Проти голосували Росія, Білорусь та Іран.",
            "state:RUS=N;state:BLR=N;state:IRN=N");
        row("uk against the document, in particular", "uk",
            "Проти документа виступили, зокрема, Росія та Білорусь.", "state:RUS=N;state:BLR=N");
        row("uk list in commas", "uk", "Ще 12 держав, серед них Венесуела та Азербайджан, не голосували.",
            "non_voting=12;state:VEN=X;state:AZE=X");
        row("ru group then list", "ru", "Не участвовали 33 страны, в том числе Грузия и Сербия.",
            "non_voting=33;state:GEO=X;state:SRB=X");
        row("ru others", "ru", "Россия и ещё 11 стран проголосовали против.", "no=12;state:RUS=N",
            "countries");
        row("ru states", "ru", "Китай, Индия и Бразилия воздержались.", "state:CHN=A;state:IND=A;state:BRA=A",
            "countries");
        row("de passive agent list", "de", "Abgelehnt wurde der Text von acht Staaten, nämlich Russland, Belarus, "
            "Nordkorea, Nicaragua, dem Sudan, Mali, Niger und Burkina Faso.",
            "no=8;state:RUS=N;state:BLR=N;state:PRK=N;state:NIC=N;state:SDN=N;state:MLI=N;state:NER=N;state:BFA=N");
        row("de others", "de", "Russland und 11 weitere Staaten stimmten dagegen.", "no=12;state:RUS=N",
            "countries");
        row("de states", "de", "China, Indien und Brasilien enthielten sich.",
            "state:CHN=A;state:IND=A;state:BRA=A", "countries");
        row("fr group then list", "fr", "33 États n’ont pas pris part au vote, dont le Venezuela.",
            "non_voting=33;state:VEN=X");
        row("fr others", "fr", "La Russie et 11 autres pays ont voté contre.", "no=12;state:RUS=N",
            "countries");
        row("fr states", "fr", "La Chine, l’Inde et le Brésil se sont abstenus.",
            "state:CHN=A;state:IND=A;state:BRA=A", "countries");
        row("es others", "es", "Rusia y otros 11 países votaron en contra.", "no=12;state:RUS=N",
            "countries");
        row("es states", "es", "China, India y Brasil se abstuvieron.", "state:CHN=A;state:IND=A;state:BRA=A",
            "countries");
        row("en dash list", "en",
            "The eight states that voted against – Russia, Belarus, North Korea, Nicaragua, Mali, Niger and "
            "Sudan – were the usual core.",
            "no=8;no=7;state:RUS=N;state:BLR=N;state:PRK=N;state:NIC=N;state:MLI=N;state:NER=N;state:SDN=N");
        row("en along with others", "en", "China, India and Brazil abstained, along with 70 others.",
            "abstain=73;state:CHN=A;state:IND=A;state:BRA=A");
        row("fr porte le chiffre", "fr",
            "Le ministère a ensuite porté le chiffre à 92, le Costa Rica s’étant "
            "rallié après le vote.",
            "yes=92;state:CRI=Y");
        row("en headline verb of a count", "en",
            "UNGA: Nigeria abstains as 91 nations demand return of Ukrainian children", "state:NGA=A;yes=91");
        row("ru capital with its vote later in the clause", "ru",
            "Вашингтон по собственному же проекту воздержался.", "state:USA=A", "countries");
        row("uk quoted vote word later in the clause", "uk",
            "Україна, Молдова і Грузія тоді проголосували \u00ABза\u00BB.",
            "state:UKR=Y;state:MDA=Y;state:GEO=Y", "countries");
        row("fr filler inside a vote phrase", "fr", "La Syrie s'est finalement abstenue.", "state:SYR=A",
            "countries");
        row("en list continued in its clause", "en",
            "Canada voted in favour too, alongside a group of Pacific partners including Australia and "
            "Japan.",
            "state:CAN=Y;state:AUS=Y;state:JPN=Y", "countries");
        row("de relative clause does not continue a list", "de",
            "Die Vereinigten Staaten stimmten gemeinsam mit Russland gegen die Resolution, die die Ukraine "
            "und die EU vorgelegt hatten.",
            "state:USA=N;state:RUS=N", "countries");
        row("es a list with a verb of its own continues nothing", "es",
            "Colombia se abstiene y EE. UU. vota en contra", "state:COL=A;state:USA=N", "countries");
        row("en besides a state the count is of the others", "en",
            "Apart from Russia, only four states voted against.", "no=5;state:RUS=N", "countries");
        row("en agents of a passive stand with its subject", "en",
            "Russia was supported only by Belarus and Syria.", "state:BLR=X;state:SYR=X", "countries");
        row("uk others with two states", "uk",
            "США та Росія разом із шістнадцятьма іншими державами виступили проти.",
            "no=18;state:USA=N;state:RUS=N", "countries");
        row("en opposed by and others", "en",
            "Opposed by Russia, Belarus and ten others, the resolution still passed.",
            "no=12;state:RUS=N;state:BLR=N", "countries");
        row("en vote later in the clause", "en",
            "Britain, France and Germany lined up behind the new version and voted yes.",
            "state:GBR=Y;state:FRA=Y;state:DEU=Y", "countries");
        row("es amendment in a clause of time", "es",
            "Tras incorporar las enmiendas europeas, Estados Unidos se abstuvo.", "state:USA=A", "countries");
        row("en group described after along with", "en",
            "Among the abstainers were China and India, along with the Gulf monarchies of Saudi Arabia and "
            "Qatar.",
            "state:CHN=A;state:IND=A;state:SAU=A;state:QAT=A", "countries");
        row("ru companion before", "ru",
            "Вместе с Россией "
            "против голосовали "
            "Белоруссия, Иран и КНДР.",
            "state:RUS=N;state:BLR=N;state:IRN=N;state:PRK=N", "countries");
        row("ru including list", "ru",
            "В голосовании не участвовали 33 страны, в том числе Туркмения и Сербия.",
            "non_voting=33;state:TKM=X;state:SRB=X", "countries");
        row("ru parenthetical", "ru", "Сербия, как сообщается, проголосовала за.", "state:SRB=Y",
            "countries");
        row("uk parenthetical", "uk",
            "Угорщина, попри напружені відносини з Києвом, голосувала проти документа.", "state:HUN=N",
            "countries");
        row("de companion", "de",
            "Die Vereinigten Staaten stimmten gemeinsam mit Russland gegen die Resolution, die die Ukraine "
            "und die EU vorgelegt hatten.",
            "state:USA=N;state:RUS=N", "countries");
        row("en group before a trigger", "en", "Among the 12 that opposed were Russia, Belarus and Nicaragua.",
            "no=12;state:RUS=N;state:BLR=N;state:NIC=N", "countries");
        row("en joining after the vote", "en", "Hungary and Slovakia abstained, joining China and India.",
            "state:HUN=A;state:SVK=A;state:CHN=A;state:IND=A", "countries");
        row("en backers included", "en", "Backers included Germany, France and Japan.",
            "state:DEU=Y;state:FRA=Y;state:JPN=Y", "countries");
        row("en no votes came from", "en", "The no votes came from Russia, Belarus and Nicaragua.",
            "state:RUS=N;state:BLR=N;state:NIC=N", "countries");
        row("en among the opponents", "en", "Israel and the United States were among the opponents.",
            "state:ISR=N;state:USA=N", "countries");
        row("en joined by in voting", "en", "Russia was joined by Belarus and North Korea in voting against.",
            "state:RUS=N;state:BLR=N;state:PRK=N", "countries");
        row("fr vote phrase before the list", "fr", "Se sont prononcés contre la Russie, le Bélarus et l'Iran.",
            "state:RUS=N;state:BLR=N;state:IRN=N", "countries");
        row("es among those who abstained", "es", "China e India estuvieron entre los que se abstuvieron.",
            "state:CHN=A;state:IND=A", "countries");
        row("es vote phrase before the list", "es", "Votaron en contra Rusia, Bielorrusia e Irán.",
            "state:RUS=N;state:BLR=N;state:IRN=N", "countries");
        row("ru vote phrase before the list", "ru", "Против документа высказались Россия, Белоруссия и Иран.",
            "state:RUS=N;state:BLR=N;state:IRN=N", "countries");
        row("ru group before a dash", "ru", "Среди поддержавших резолюцию — Германия, Франция и Япония.",
            "state:DEU=Y;state:FRA=Y;state:JPN=Y", "countries");
        row("uk among those who abstained", "uk", "Китай та Індія опинилися серед тих, хто утримався.",
            "state:CHN=A;state:IND=A", "countries");
        row("uk vote phrase before the list", "uk", "Проти документа висловилися Росія, Білорусь та Іран.",
            "state:RUS=N;state:BLR=N;state:IRN=N", "countries");
        row("de separable verb after others", "de", "Russland und elf weitere Staaten lehnten den Text ab.",
            "no=12;state:RUS=N", "countries");
        row("de group of opponents with neben", "de",
            "Zu den Gegnern zählten neben Russland auch Belarus, Nordkorea und Nicaragua.",
            "state:RUS=N;state:BLR=N;state:PRK=N;state:NIC=N", "countries");
        row("en list between dashes", "en",
            "Only five states — Russia, Belarus, North Korea, Eritrea and Syria — voted against it.",
            "no=5;state:RUS=N;state:BLR=N;state:PRK=N;state:ERI=N;state:SYR=N", "countries");
        row("en list in brackets", "en",
            "Twelve countries (Russia, Belarus and Nicaragua among them) opposed the text.",
            "no=12;state:RUS=N;state:BLR=N;state:NIC=N", "countries");
        row("en bracket after the vote phrase opens the whole group", "en",
            "Four states voted against (Russia, Belarus, Syria and Eritrea).",
            "no=4;state:RUS=N;state:BLR=N;state:SYR=N;state:ERI=N", "countries");
        row("de bracket after a count opens the whole group", "de",
            "Die Zahl der Gegenstimmen belief sich auf lediglich fünf (Russland, Belarus, Syrien und Eritrea).",
            "no=5;no=4;state:RUS=N;state:BLR=N;state:SYR=N;state:ERI=N", "countries");
        row("en bracket with a vote phrase of its own", "en",
            "Russia voted against (Belarus abstained).", "state:RUS=N;state:BLR=A", "countries");
        row("de split verb past fillers and the object", "de",
            "Neben Russland lehnten auch Kuba, Iran und Nicaragua die Resolution ab.",
            "state:RUS=N;state:CUB=N;state:IRN=N;state:NIC=N", "countries");
        row("uk aside between the vote phrase and the list", "uk", "Утрималася, на подив багатьох, і Грузія.",
            "state:GEO=A", "countries");
        row("ru capital with companions before the vote", "ru", "Белград, как и Ереван, предпочёл воздержаться.",
            "state:SRB=A;state:ARM=A", "countries");
        row("en described group in a list", "en",
            "The 12 no votes: Russia, Belarus, Cuba and the Sahel trio (Mali, Niger and Burkina Faso).",
            "no=12;no=6;state:RUS=N;state:BLR=N;state:CUB=N;state:MLI=N;state:NER=N;state:BFA=N", "countries");
        row("ru described group after a dash", "ru",
            "Против проголосовали Россия, Куба и три государства Сахеля — Мали, Нигер и Буркина-Фасо.",
            "state:RUS=N;state:CUB=N;state:MLI=N;state:NER=N;state:BFA=N", "countries");
        row("en a colon list cut by a semicolon names some", "en",
            "The 57 abstainers spanned the map: China, India and Brazil; and, more unexpectedly, Georgia.",
            "abstain=57;state:CHN=A;state:IND=A;state:BRA=A", "countries");
        row("de companions between the vote and the list", "de",
            "Gegen den Text votierten neben Russland nur Belarus, Nordkorea, Eritrea und Syrien.",
            "state:RUS=N;state:BLR=N;state:PRK=N;state:ERI=N;state:SYR=N", "countries");
        row("uk companions between commas inside the vote phrase", "uk",
            "Проти, окрім самої Росії, проголосували лише Білорусь, КНДР, Еритрея та Сирія.",
            "state:RUS=N;state:BLR=N;state:PRK=N;state:ERI=N;state:SYR=N", "countries");
        row("en possessive in a clause between commas", "en",
            "Serbia, long regarded as Russia's closest friend in the Balkans, abstained.", "state:SRB=A",
            "countries");
        row("de companions before 'with Russia and N others'", "de",
            "Die Vereinigten Staaten stimmten gemeinsam mit Russland und sechzehn weiteren Staaten gegen den Text.",
            "no=18;state:USA=N;state:RUS=N", "countries");
        row("en 'among them' after a list takes the count before", "en",
            "A further 35 nations abstained, China and India among them.", "abstain=35;state:CHN=A;state:IND=A",
            "countries");
        row("en among the nations that voted", "en",
            "Fiji and Samoa were among the Pacific nations that voted in favour, and Morocco was among those that did not vote.",
            "state:FJI=Y;state:WSM=Y;state:MAR=X", "countries");
        row("de verb before the list, particle after it", "de",
            "Aus Afrika votierten Mali, Niger und Sudan dagegen.", "state:MLI=N;state:NER=N;state:SDN=N", "countries");
        row("de perfect tense with a word between", "de", "Nordmazedonien, ein Beitrittskandidat, hat sich überraschend enthalten.",
            "state:MKD=A", "countries");
        row("en capital that votes", "en", "Washington abstained, while Armenia broke with Moscow.",
            "state:USA=A", "countries");
        row("en capital in a clause is no state", "en", "Serbia, which keeps close ties with Moscow, abstained.",
            "state:SRB=A", "countries");
        row("fr capitals in a list", "fr", "Pékin et New Delhi ont choisi l'abstention.", "state:CHN=A;state:IND=A",
            "countries");
        row("fr capitals past a clause and after a likewise phrase", "fr",
            "Ottawa, de son côté, a voté pour, tout comme Paris, Londres et Berlin.",
            "state:CAN=Y;state:FRA=Y;state:GBR=Y;state:DEU=Y", "countries");
        row("fr capital inside a clause between commas", "fr", "Les Palaos, solidaires avec Moscou, ont voté contre.",
            "state:PLW=N", "countries");
        row("en capitals after 'while'", "en", "Beijing abstained, while Pretoria and Dublin backed the resolution.",
            "state:CHN=A;state:ZAF=Y;state:IRL=Y", "countries");
        row("de capital between the verb and the rest of its phrase", "de",
            "Als einziges EU-Land stimmte Budapest mit Nein.", "state:HUN=N", "countries");
        row("de a noun with an adjective between the vote phrase and the list", "de",
            "Enthalten haben sich die großen Schwellenländer China und Indien.", "state:CHN=A;state:IND=A", "countries");
        row("de a noun with an adjective between the list trigger and the list", "de",
            "Bei den Enthaltungen finden sich die großen Schwellenländer China, Indien und Brasilien.",
            "state:CHN=A;state:IND=A;state:BRA=A", "countries");
        row("ru a companion run stops at a state with a vote of its own", "ru",
            "Вашингтон голосует против вместе с Москвой, Тбилиси не голосует вовсе.",
            "state:USA=N;state:RUS=N;state:GEO=X", "countries");
        row("uk a denied vote before the list, the vote given after a colon", "uk",
            "Не підтримали документ і Іран із Кубою: обидві держави голосували «проти».", "state:IRN=N;state:CUB=N",
            "countries");
        row("uk a denied vote before the list", "uk", "Не підтримали документ Іран та Куба.",
            "state:IRN!=Y;state:CUB!=Y", "countries");
        row("en a denied vote, the vote given after a colon", "en", "China did not support the text: its delegation abstained.",
            "state:CHN=A", "countries");
        row("ru companions inside the vote phrase before the list", "ru",
            "Против вместе с Соединёнными Штатами голосовали также Израиль, Венгрия и Гаити.",
            "state:USA=N;state:ISR=N;state:HUN=N;state:HTI=N", "countries");
        row("de an aside between dashes with states inside a split vote phrase", "de",
            "Österreich und die Schweiz stimmten – wie Deutschland – für die Resolution.",
            "state:AUT=Y;state:CHE=Y;state:DEU=Y", "countries");
        row("de a list stops where states after a comma and 'und' have a vote of their own", "de",
            "Enthalten haben sich Senegal und Südafrika, und Kamerun und Togo nahmen nicht teil.",
            "state:SEN=A;state:ZAF=A;state:CMR=X;state:TGO=X", "countries");
        row("de companions with an article after the vote phrase", "de",
            "Dagegen stimmten neben den USA auch Israel und Ungarn.", "state:USA=N;state:ISR=N;state:HUN=N", "countries");
        row("de the vote after a colon and a subject", "de",
            "Von einer klaren Positionierung sahen China, Indien und Südafrika ab: Sie enthielten sich.",
            "state:CHN=A;state:IND=A;state:ZAF=A", "countries");
        row("uk the text after a colon is no subject", "uk", "Генасамблея вимагає від Росії: резолюцію підтримала 141 країна.",
            "yes=141", "countries");
        row("es capitals after a separator that ends the sentence", "es",
            "Colombia se inclinó por la abstención, así como Ciudad de Panamá y Lima.",
            "state:COL=A;state:PAN=A;state:PER=A", "countries");
        row("es a capital after an aside inside a list", "es",
            "También se abstuvieron Honduras y Paraguay, y, para sorpresa de varios analistas, Quito.",
            "state:HND=A;state:PRY=A;state:ECU=A", "countries");
        row("en 'and neither did' after a clause that did not vote", "en",
            "Uzbekistan did not vote, and neither did Azerbaijan.", "state:UZB=X;state:AZE=X", "countries");
        row("uk capital inside a phrase", "uk", "Позицію Москви підтримали Білорусь і КНДР.",
            "state:BLR=N;state:PRK=N", "countries");
        row("de a vote denied, then the one given instead", "de", "Kenia stimmte diesmal nicht zu, sondern enthielt sich.",
            "state:KEN=A", "countries");
        row("en a vote denied past its object, then the one given instead", "en",
            "Kenya did not vote for the text but abstained.", "state:KEN=A", "countries");
        row("ru a vote denied, then the one given instead", "ru", "Кения не поддержала резолюцию, а воздержалась.",
            "state:KEN=A", "countries");
        row("uk states in an aside are its objects, the vote is the subject's", "uk",
            "Монголія, затиснута між Росією та Китаєм, також обрала утримання.", "state:MNG=A", "countries");
        row("en a state after 'unlike' in an aside does not share the vote", "en", "Hungary, unlike Poland, abstained.",
            "state:HUN=A", "countries");
        row("en a state after 'like' in an aside shares the vote", "en", "Hungary, like Poland, voted yes.",
            "state:HUN=Y;state:POL=Y", "countries");
        row("de 'dagegen' before the particle is 'by contrast'", "de",
            "Die Slowakei, deren Regierung gern bremst, stimmte dem Text dagegen zu.", "state:SVK=Y", "countries");
        row("de a state left out of the vote is no claim; the longer vote phrase wins", "de",
            "Zugestimmt haben dagegen alle EU-Staaten außer Ungarn, außerdem etwa die Türkei und Ägypten.",
            "state:TUR=Y;state:EGY=Y", "countries");
        row("de abstentions in the perfect before the count", "de", "Enthalten haben sich 65 Staaten, etwa China.",
            "abstain=65;state:CHN=A", "countries");
        row("de a table row with a figure in brackets", "de", "USA (253): Enthaltung", "state:USA=A", "countries");
        row("fr a state voting yes in words", "fr", "Plus surprenant, la Serbie a voté oui, tout comme les Émirats arabes unis.",
            "state:SRB=Y;state:ARE=Y", "countries");
        row("fr not voting before the list, past a trigger", "fr", "N'ont pas voté, entre autres, le Cameroun et le Togo.",
            "state:CMR=X;state:TGO=X", "countries");
        row("fr a capital after a likewise phrase past the object", "fr",
            "Kinshasa a voté en faveur du texte, de même que Kigali.", "state:COD=Y;state:RWA=Y", "countries");
        row("de pluperfect and not voting before the list", "de",
            "Kasachstan hatte sich enthalten; nicht abgestimmt haben Marokko und Venezuela.",
            "state:KAZ=A;state:MAR=X;state:VEN=X", "countries");
        row("ru verb first, feminine", "ru", "Против резолюции проголосовала Россия.", "state:RUS=N", "countries");
        row("uk not taking part before the list", "uk", "У голосуванні не брали участі Марокко та Венесуела.",
            "state:MAR=X;state:VEN=X", "countries");
        row("fr a count with examples in a relative clause", "fr",
            "Quinze Etats, dont le Maroc et le Togo, n'ont pas pris part au vote.", "non_voting=15;state:MAR=X;state:TGO=X",
            "countries");
        row("es present perfect and verb-first not voting", "es",
            "Serbia se ha abstenido; no votaron Marruecos y Venezuela.", "state:SRB=A;state:MAR=X;state:VEN=X", "countries");
        row("en failed to vote for is not in favour", "en", "Serbia failed to vote for the resolution.", "state:SRB!=Y",
            "countries");
        row("es the no camp completed by a list", "es",
            "El bloque del «no» lo completaron, entre otros, Bielorrusia y Corea del Norte.", "state:BLR=N;state:PRK=N",
            "countries");
        row("es no vote recorded", "es", "Venezuela y Bolivia no registraron voto.", "state:VEN=X;state:BOL=X", "countries");
        row("de an aside inside the vote phrase", "de",
            "Auch Ägypten hat sich, wie es Diplomaten vorab erwartet hatten, enthalten.", "state:EGY=A", "countries");
        row("en an aside inside the vote phrase", "en", "Russia has, as expected, voted against.", "state:RUS=N",
            "countries");
        row("en an aside naming a state inside the phrase is no aside", "en", "Russia has, like Belarus, voted against.",
            "state:BLR=N", "countries");
        row("de a particle after the list before its relative clause", "de",
            "Südafrika hingegen, das sich zuvor enthalten hatte, stimmte für den geänderten Text.", "state:ZAF=Y",
            "countries");
        row("es a particle between the state and its vote", "es", "Cuba, en cambio, se abstuvo.", "state:CUB=A", "countries");
        row("en states among the group counted before the semicolon", "en",
            "The remaining 17 did not vote; Venezuela and Bolivia were among them.", "non_voting=17;state:VEN=X;state:BOL=X",
            "countries");
        row("en a state set apart by 'unlike' is no claim", "en", "Unlike Russia, the United States backed the resolution.",
            "state:USA=Y", "countries");
        row("ru a state set apart by 'в отличие от' is no claim", "ru", "В отличие от России, США поддержали резолюцию.",
            "state:USA=Y", "countries");
        row("en neither ... nor: not in favour", "en", "Neither China nor India voted in favour.",
            "state:CHN!=Y;state:IND!=Y", "countries");
        row("ru neither ... nor with the denied verb", "ru", "Ни Китай, ни Индия не поддержали резолюцию.",
            "state:CHN!=Y;state:IND!=Y", "countries");
        row("en neither nor supported", "en", "Neither China nor India supported the text.",
            "state:CHN!=Y;state:IND!=Y", "countries");
        row("en an aside inside a list", "en", "Russia, Belarus and, surprisingly, North Korea voted against.",
            "state:RUS=N;state:BLR=N;state:PRK=N", "countries");
        row("en a relative clause inside a list", "en", "The United States, which had wavered, and Israel voted in favour.",
            "state:USA=Y;state:ISR=Y", "countries");
        row("en a relative clause with a vote of its own ends the list", "en",
            "Russia, which voted against, and China abstained.", "state:RUS=N;state:CHN=A", "countries");
        row("ru the verb first, the list last", "ru", "Проголосовали против Россия и Белоруссия.", "state:RUS=N;state:BLR=N",
            "countries");
        row("en nor did after a clause", "en", "Costa Rica did not vote, nor did Venezuela.", "state:CRI=X;state:VEN=X",
            "countries");
        row("en followed by", "en", "Russia voted against, followed by Belarus and North Korea.",
            "state:RUS=N;state:BLR=N;state:PRK=N", "countries");
        row("de verb last in a clause of contrast", "de",
            "Die USA stimmten zu, während Russland und Belarus die Resolution ablehnten.",
            "state:USA=Y;state:RUS=N;state:BLR=N", "countries");
        row("en a state urged to vote cast no vote", "en", "Iran urged Qatar to vote against the text.", "", "countries");
        row("en a state that decided to vote did", "en", "Qatar decided to vote in favour.", "state:QAT=Y", "countries");
        row("en by ... and by", "en", "The resolution was backed by Japan and by South Korea.", "state:JPN=Y;state:KOR=Y",
            "countries");
        row("de a state listed wrongly among a group", "de",
            "In einer früheren Fassung war Serbien irrtümlich bei den Enthaltungen aufgeführt.", "state:SRB=A", "countries");
        row("ru a state included wrongly in a group", "ru",
            "В первоначальной версии Аргентина по ошибке была включена в число голосовавших против.", "state:ARG=N",
            "countries");
        row("ru together with them after a dash", "ru", "Воздержались Китай и Индия, а вместе с ними — Сербия.",
            "state:CHN=A;state:IND=A;state:SRB=A", "countries");
        row("en nor did after a denied vote is denied too", "en", "China did not support the text, nor did India.",
            "state:CHN!=Y;state:IND!=Y", "countries");
        row("en the vote given instead is not the one denied", "en",
            "China did not support the text but voted for a preambular paragraph.", "state:CHN!=Y", "countries");
        row("en unlike several states, up to the last comma", "en",
            "Unlike Russia, Belarus and Syria, Serbia voted in favour.", "state:SRB=Y", "countries");
        row("en 'except that' opens a clause", "en", "Nothing changed, except that Belarus abstained this time.",
            "state:BLR=A", "countries");
        row("en a vote foreseen, then the one cast", "en", "Qatar was expected to vote in favour but abstained.",
            "state:QAT=A", "countries");
        row("en a vote foreseen only is no vote", "en", "Qatar was expected to vote in favour.", "", "countries");
    }

    void extract() { compareRow(); }
};

QTEST_GUILESS_MAIN(TestStateLists)
#include "tst_statelists.moc"
