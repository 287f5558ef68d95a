// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/check/claimextractor.h"
#include "core/check/countrynames.h"
#include "core/check/language.h"
#include "core/check/lexicon.h"
#include "core/check/numberfinder.h"
#include "core/check/sentencetokens.h"
#include "core/record/recordlibrary.h"

#include <QTest>

/// Sentences in six languages and the claims read from them; the verdicts and explanations of the
/// new count forms; the lexicon files.
///
/// Expected claims are written compactly, separated by ';': `kind=N` for a count, optionally
/// followed by `~approx` ("about", "more_than" ...), `%P` (a share in per cent) and `@base`;
/// `state:ISO=V` for a named state's vote; `comparison:abstain>no`, with `*F~approx` when it gives a factor
/// ("seven times as many": `comparison:abstain>no*7`). An empty string expects no claim.
class TestClaimExtractor : public QObject
{
    Q_OBJECT

private:
    static bool matches(const Claim& c, const QString& spec)
    {
        if (spec.startsWith(QStringLiteral("state:"))) {
            // "state:CUB=N", or "state:CUB!=N": any vote but no
            const bool negated = spec.contains(QStringLiteral("!="));
            const QStringList p = spec.mid(6).split(negated ? QStringLiteral("!=") : QStringLiteral("="));
            return c.kind == ClaimKind::StateVote && c.state == p.value(0) && c.notVote == negated
                && voteCode(c.stateVote) == p.value(1);
        }
        if (spec.startsWith(QStringLiteral("comparison:"))) {
            const QStringList f = spec.mid(11).split(u'*');
            const QStringList p = f.value(0).split(u'>');
            const QStringList factor = f.value(1).split(u'~');
            if (f.size() > 1 && (!c.factor || *c.factor != factor.value(0).toDouble()
                                    || approxKey(c.approx) != (factor.size() > 1 ? factor.value(1) : QStringLiteral("exact"))))
                return false;
            if (f.size() == 1 && c.factor)
                return false;
            return c.kind == ClaimKind::Comparison && claimKindKey(c.comparedKind) == p.value(0)
                && claimKindKey(c.compareWith) == p.value(1);
        }
        static const QRegularExpression re(
            QStringLiteral("^(\\w+)=(\\d+)(?:~(\\w+))?(?:%([\\d.]+))?(?:@(\\w+))?$"));
        const auto m = re.match(spec);
        if (!m.hasMatch())
            qFatal("bad spec %s", qPrintable(spec));
        if (claimKindKey(c.kind) != m.captured(1) || c.claimed != m.captured(2).toLongLong())
            return false;
        if (approxKey(c.approx) != (m.captured(3).isEmpty() ? QStringLiteral("exact") : m.captured(3)))
            return false;
        if (m.captured(4).isEmpty() != !c.percent)
            return false;
        if (c.percent && std::abs(*c.percent - m.captured(4).toDouble()) > 0.5)
            return false;
        return c.base == m.captured(5);
    }

    static QString describe(const QList<Claim>& claims)
    {
        QStringList out;
        for (const Claim& c : claims) {
            QString s = claimKindKey(c.kind) + u'=' + QString::number(c.claimed) + u'~' + approxKey(c.approx);
            if (c.percent)
                s += u'%' + QString::number(*c.percent);
            if (!c.base.isEmpty())
                s += u'@' + c.base;
            if (c.kind == ClaimKind::StateVote)
                s = QStringLiteral("state:%1%2%3").arg(c.state, c.notVote ? QStringLiteral("!=") : QStringLiteral("="), voteCode(c.stateVote));
            if (c.kind == ClaimKind::Comparison)
                s = QStringLiteral("comparison:%1>%2%3")
                        .arg(claimKindKey(c.comparedKind), claimKindKey(c.compareWith),
                            c.factor ? QStringLiteral("*%1~%2").arg(*c.factor).arg(approxKey(c.approx)) : QString());
            out << s;
        }
        return out.join(QStringLiteral("; "));
    }

    /// Rows that depend on what the number and country finders read in a language are skipped,
    /// with the reason, until those finders read it.
    static QString unreadable(const QString& lang, const QString& needs, const QString& sentence, int states)
    {
        if (needs == u"countries" && CountryNames(lang).find(sentence).size() < std::max(states, 1))
            return QStringLiteral("the country finder does not know these names in this language yet");
        if (needs == u"percent") {
            const Tokens tokens = SentenceTokens::tokenize(sentence, NumberFinder(lang).find(sentence), {});
            if (std::none_of(tokens.cbegin(), tokens.cend(), [](const Token& t) { return t.percent; }))
                return QStringLiteral("the number finder does not read percentages yet");
        }
        if (needs == u"dates" && !NumberFinder(lang).find(sentence).isEmpty())
            return QStringLiteral("the number finder does not know dates in this language yet");
        return {};
    }

private slots:
    void extract_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("needs");
        const auto row = [](const char* name, const char* lang, const char* sentence, const char* expected,
                             const char* needs = "") {
            QTest::newRow(name) << QString::fromLatin1(lang) << QString::fromUtf8(sentence)
                                << QString::fromUtf8(expected) << QString::fromLatin1(needs);
        };
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
        row("en possessive abstention", "en", "Beijing's abstention was expected.", "state:CHN=A");
        row("en hyphenated tally", "en", "The measure carried the day with a lopsided 141-5, while 35 countries abstained.",
            "yes=141;no=5;abstain=35");
        row("fr preferred abstention", "fr", "Cuba et la Bolivie ont en revanche préféré l'abstention.",
            "state:CUB=A;state:BOL=A");
        row("de reported speech", "de",
            "Wie die Vereinten Nationen mitteilten, seien dreiundneunzig Staaten dafür gewesen, achtzehn hätten dagegen gestimmt.",
            "yes=93;no=18");
        row("de passive agent count", "de", "Der Entwurf wurde von 93 Staaten unterstützt.", "yes=93");
        row("en did not vote against is any vote but no", "en", "Cuba did not vote against.", "state:CUB!=N", "countries");
        row("es did not vote against is any vote but no", "es", "Cuba no votó en contra.", "state:CUB!=N", "countries");
        row("es factor after the verb", "es", "Las abstenciones superaron en más de nueve veces a los votos en contra.",
            "comparison:abstain>no*9~more_than");
        row("en table line with a dash", "en", "Not voting — 19", "non_voting=19");
        row("en sits on the fence", "en", "Kenya sits on the fence as the Assembly votes.", "state:KEN=A");
        row("en described group after so did", "en",
            "Burundi and Eritrea voted against, and so did Sudan and the Sahel juntas of Mali, Burkina Faso and Niger.",
            "state:BDI=N;state:ERI=N;state:SDN=N;state:MLI=N;state:BFA=N;state:NER=N");
        row("en possessive delegation", "en", "Australia's delegation also voted in favour, as did Fiji's and Tonga's.",
            "state:AUS=Y;state:FJI=Y;state:TON=Y");
        row("en abstaining were", "en", "Abstaining were 57 states, China and India among them.",
            "abstain=57;state:CHN=A;state:IND=A");
        row("en brought back is no vote", "en", "Only around 1,800 children have so far been brought back.", "quantity=1800~about");
        row("de genitive before a vote noun", "de", "Chinas Enthaltung war erwartet worden.", "state:CHN=A");
        row("de Swiss number words", "de",
            "Angenommen wurde der Text mit hunderteinundvierzig Ja- gegen fünf Nein-Stimmen bei fünfunddreissig Enthaltungen.",
            "yes=141;no=5;abstain=35");
        row("es table cells", "es", "Sí: 93 | No: 18 | Abstenciones: 65 | Sin voto: 17", "yes=93;no=18;abstain=65");
        row("fr boycotted the vote", "fr", "Accra, Conakry et Monrovia ont purement et simplement boudé le vote.",
            "state:GHA=X;state:GIN=X;state:LBR=X");
        row("ru capitals after a clause opener", "ru", "Зато Вашингтон и Будапешт на этот раз оказались среди сторонников.",
            "state:USA=Y;state:HUN=Y");
        row("uk states among which", "uk", "Утрималися держави, серед яких Китай, Індія і навіть Угорщина.",
            "state:CHN=A;state:IND=A;state:HUN=A");
        row("de share of the opening base", "de",
            "Von den 181 Staaten, die abstimmten oder sich enthielten, sagten fast 78 Prozent Ja.",
            "present=181;yes=78~nearly%78@present");
        row("es share above a figure", "es", "Entre los 111 países que votaron sí o no, el respaldo supera el 83%.",
            "voting=111;yes=83~more_than%83@voting");
        row("de table row", "de", "Österreich – dafür", "state:AUT=Y");
        row("de table row abstention", "de", "China: Enthaltung", "state:CHN=A");
        row("en table row", "en", "Russia: against", "state:RUS=N");
        row("en a dash in prose is no table row", "en", "Russia – against all odds – kept its allies.", "");
        row("de delegation", "de", "Die chinesische Delegation enthielt sich.", "state:CHN=A");
        row("fr delegation", "fr", "La délégation chinoise s'est abstenue.", "state:CHN=A");
        row("es delegation", "es", "La delegación china se abstuvo.", "state:CHN=A");
        row("uk delegation", "uk", "Китайська делегація утрималася.", "state:CHN=A");
        row("ru delegation", "ru", "Китайская делегация воздержалась.", "state:CHN=A");
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
        row("en others", "en", "Russia and 11 other countries voted against.", "no=12;state:RUS=N");
        row("en states", "en", "China, India and Brazil abstained.", "state:CHN=A;state:IND=A;state:BRA=A");
        row("en among the", "en", "Benin and the Bahamas were among the 19 states that did not vote.",
            "state:BEN=X;state:BHS=X;non_voting=19");
        row("en likewise", "en", "China abstained, as did India and Brazil.",
            "state:CHN=A;state:IND=A;state:BRA=A");
        row("en relative clause", "en", "The United States, which wrote the resolution, also abstained.",
            "state:USA=A");
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
        row("uk others", "uk", "Росія та ще 11 країн проголосували проти.", "no=12;state:RUS=N", "countries");
        row("uk states", "uk", "Китай, Індія та Бразилія утрималися.", "state:CHN=A;state:IND=A;state:BRA=A",
            "countries");
        row("uk state before", "uk", "Проти голосували Росія, Білорусь та Іран.",
            "state:RUS=N;state:BLR=N;state:IRN=N");
        row("uk against the document, in particular", "uk",
            "Проти документа виступили, зокрема, Росія та Білорусь.", "state:RUS=N;state:BLR=N");
        row("uk list in commas", "uk", "Ще 12 держав, серед них Венесуела та Азербайджан, не голосували.",
            "non_voting=12;state:VEN=X;state:AZE=X");
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
        row("ru group then list", "ru", "Не участвовали 33 страны, в том числе Грузия и Сербия.",
            "non_voting=33;state:GEO=X;state:SRB=X");
        row("ru others", "ru", "Россия и ещё 11 стран проголосовали против.", "no=12;state:RUS=N",
            "countries");
        row("ru states", "ru", "Китай, Индия и Бразилия воздержались.", "state:CHN=A;state:IND=A;state:BRA=A",
            "countries");
        // German
        row("de tally", "de", "91 Staaten stimmten dafür, 12 dagegen, 57 enthielten sich.",
            "yes=91;no=12;abstain=57");
        row("de zu", "de", "Die Resolution wurde mit 91 zu 12 Stimmen bei 57 Enthaltungen angenommen.",
            "yes=91;no=12;abstain=57");
        row("de passive agent list", "de", "Abgelehnt wurde der Text von acht Staaten, nämlich Russland, Belarus, "
            "Nordkorea, Nicaragua, dem Sudan, Mali, Niger und Burkina Faso.",
            "no=8;state:RUS=N;state:BLR=N;state:PRK=N;state:NIC=N;state:SDN=N;state:MLI=N;state:NER=N;state:BFA=N");
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
        row("de others", "de", "Russland und 11 weitere Staaten stimmten dagegen.", "no=12;state:RUS=N",
            "countries");
        row("de states", "de", "China, Indien und Brasilien enthielten sich.",
            "state:CHN=A;state:IND=A;state:BRA=A", "countries");
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
        row("fr group then list", "fr", "33 États n’ont pas pris part au vote, dont le Venezuela.",
            "non_voting=33;state:VEN=X");
        row("fr others", "fr", "La Russie et 11 autres pays ont voté contre.", "no=12;state:RUS=N",
            "countries");
        row("fr states", "fr", "La Chine, l’Inde et le Brésil se sont abstenus.",
            "state:CHN=A;state:IND=A;state:BRA=A", "countries");
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
        row("es others", "es", "Rusia y otros 11 países votaron en contra.", "no=12;state:RUS=N",
            "countries");
        row("es states", "es", "China, India y Brasil se abstuvieron.", "state:CHN=A;state:IND=A;state:BRA=A",
            "countries");
        row("es percent", "es", "El 47 % de los miembros votó a favor.", "yes=47%47@members", "percent");
        // Lists in apposition, companions, parenthetical clauses.
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
        row("en headline verb of a count", "en",
            "UNGA: Nigeria abstains as 91 nations demand return of Ukrainian children", "state:NGA=A;yes=91");
        row("en a state that demands casts no vote", "en", "Russia demands the return of its diplomats.", "",
            "countries");
        row("uk pressed the button are those present", "uk", "Загалом кнопку натиснули 174 делегації.",
            "present=174");
        row("ru capital with its vote later in the clause", "ru",
            "Вашингтон по собственному же проекту воздержался.", "state:USA=A", "countries");
        row("en vote words in a quotation are no vote", "en",
            "Kyiv's envoy called it \u201Ca vote for peace\u201D.", "", "countries");
        row("uk quoted vote word later in the clause", "uk",
            "Україна, Молдова і Грузія тоді проголосували \u00ABза\u00BB.",
            "state:UKR=Y;state:MDA=Y;state:GEO=Y", "countries");
        row("fr filler inside a vote phrase", "fr", "La Syrie s'est finalement abstenue.", "state:SYR=A",
            "countries");
        row("ru only is no filler inside a phrase", "ru", "Россия не только поддержала этот текст.", "",
            "countries");
        row("de joined vote words open the sentence", "de",
            "Mit Ja, Nein oder Enthaltung beteiligt waren insgesamt 174 Staaten.", "present=174");
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
        row("uk others with two states", "uk",
            "США та Росія разом із шістнадцятьма іншими державами виступили проти.",
            "no=18;state:USA=N;state:RUS=N", "countries");
        row("en opposed by and others", "en",
            "Opposed by Russia, Belarus and ten others, the resolution still passed.",
            "no=12;state:RUS=N;state:BLR=N", "countries");
        row("en money is no count", "en", "A children's project was supported with 2,000,000 euros.", "");
        row("en vote later in the clause", "en",
            "Britain, France and Germany lined up behind the new version and voted yes.",
            "state:GBR=Y;state:FRA=Y;state:DEU=Y", "countries");
        row("fr preposition is no vote later in the clause", "fr",
            "La Russie, qui nie toute déportation, affirme avoir évacué ces mineurs pour les protéger.", "",
            "countries");
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
        row("uk fronted object in words", "uk",
            "За резолюцію про повернення українських дітей проголосували дев’яносто три держави.", "yes=93");
        row("uk fronted object", "uk",
            "За резолюцію про повернення українських дітей проголосували 93 держави.", "yes=93");
        row("uk parenthetical", "uk",
            "Угорщина, попри напружені відносини з Києвом, голосувала проти документа.", "state:HUN=N",
            "countries");
        row("de companion", "de",
            "Die Vereinigten Staaten stimmten gemeinsam mit Russland gegen die Resolution, die die Ukraine "
            "und die EU vorgelegt hatten.",
            "state:USA=N;state:RUS=N", "countries");
        row("en the support of", "en", "It won the backing of 91 member states.", "yes=91");
        row("en ayes and nays", "en", "The measure passed with 91 ayes, 12 nays and 57 abstentions.",
            "yes=91;no=12;abstain=57");
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
        row("fr round-number noun", "fr", "Une quarantaine de pays n'ont pas pris part au scrutin.",
            "non_voting=40~about");
        row("fr vote phrase before the list", "fr", "Se sont prononcés contre la Russie, le Bélarus et l'Iran.",
            "state:RUS=N;state:BLR=N;state:IRN=N", "countries");
        row("fr approved and rejected by", "fr", "Le texte a été approuvé par 91 pays, rejeté par 12 et 57 se sont abstenus.",
            "yes=91;no=12;abstain=57");
        row("es round-number noun", "es", "Una veintena de países no votó.", "non_voting=20~about");
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
        row("de did not take part", "de", "Rund 30 Staaten beteiligten sich nicht an der Abstimmung.",
            "non_voting=30~about");
        row("de support of", "de", "Die Resolution erhielt die Unterstützung von 93 Staaten.", "yes=93");
        row("fr votes of members", "fr", "Le texte a été adopté avec les voix de 93 États membres.", "yes=93");
        row("fr chose abstention", "fr", "73 pays ont choisi l'abstention.", "abstain=73");
        row("es support of", "es", "La resolución obtuvo el apoyo de 93 países.", "yes=93");
        row("ru votes of members", "ru", "Документ был принят голосами 93 государств-членов.", "yes=93");
        row("uk chose to abstain", "uk", "73 країни вирішили утриматися.", "abstain=73");
        row("en neither nor", "en", "Neither China nor India supported the text.", "", "countries");
        row("en did not cast a ballot", "en", "Of the 193 member states, 33 did not cast a ballot.",
            "members=193;non_voting=33");
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
        row("en aside naming a state is no aside", "en", "Voted against, unlike Hungary, Belarus.", "",
            "countries");
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
        row("uk capital inside a phrase", "uk", "Позицію Москви підтримали Білорусь і КНДР.",
            "state:BLR=N;state:PRK=N", "countries");
        row("en a count beside its noun after a word", "en",
            "Abstentions, at 57, outnumbered votes against by nearly five to one.", "abstain=57;comparison:abstain>no*5~nearly", "");
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
        row("en the whole body after a possessive", "en",
            "Of the world's 193 nations, a hundred and two did not say yes.", "members=193;not_in_favour=102", "");
        row("de a state left out of the vote is no claim; the longer vote phrase wins", "de",
            "Zugestimmt haben dagegen alle EU-Staaten außer Ungarn, außerdem etwa die Türkei und Ägypten.",
            "state:TUR=Y;state:EGY=Y", "countries");
        row("en a count past 'just'", "en", "It was opposed by just five countries.", "no=5", "");
        row("de abstentions in the perfect before the count", "de", "Enthalten haben sich 65 Staaten, etwa China.",
            "abstain=65;state:CHN=A", "countries");
        row("de a table row with a figure in brackets", "de", "USA (253): Enthaltung", "state:USA=A", "countries");
        row("fr a state voting yes in words", "fr", "Plus surprenant, la Serbie a voté oui, tout comme les Émirats arabes unis.",
            "state:SRB=Y;state:ARE=Y", "countries");
        row("fr not voting before the list, past a trigger", "fr", "N'ont pas voté, entre autres, le Cameroun et le Togo.",
            "state:CMR=X;state:TGO=X", "countries");
        row("fr the object before the count, taken up by a pronoun", "fr", "Ce texte, cent quarante et un États l'ont approuvé.",
            "yes=141", "");
        row("fr a capital after a likewise phrase past the object", "fr",
            "Kinshasa a voté en faveur du texte, de même que Kigali.", "state:COD=Y;state:RWA=Y", "countries");
        row("en a share's subject, not the clause about the whole after it", "en",
            "The 91 yes votes represent just 47 per cent of the UN's 193 members, which means that more countries "
            "did not back the text than did.",
            "yes=91;yes=47%47@members;members=193", "percent");
        row("en the larger side within its clause", "en",
            "Roughly 73 per cent of the membership supported the text, while abstentions outnumbered no votes by "
            "seven to one.",
            "yes=73~about%73@members;comparison:abstain>no*7", "percent");
        row("de pluperfect and not voting before the list", "de",
            "Kasachstan hatte sich enthalten; nicht abgestimmt haben Marokko und Venezuela.",
            "state:KAZ=A;state:MAR=X;state:VEN=X", "countries");
        row("ru verb first, feminine", "ru", "Против резолюции проголосовала Россия.", "state:RUS=N", "countries");
        row("uk not taking part before the list", "uk", "У голосуванні не брали участі Марокко та Венесуела.",
            "state:MAR=X;state:VEN=X", "countries");
        row("fr a count with examples in a relative clause", "fr",
            "Quinze Etats, dont le Maroc et le Togo, n'ont pas pris part au vote.", "non_voting=15;state:MAR=X;state:TGO=X",
            "countries");
        row("en a ratio with a noun after one", "en", "Roughly one delegation in six pressed no button at all.", "", "");
        row("de taking part after the counted noun", "de",
            "Enthaltungen zählen nicht mit, obwohl sich insgesamt 160 Staaten an der Abstimmung beteiligten.",
            "present=160", "");
        row("es present perfect and verb-first not voting", "es",
            "Serbia se ha abstenido; no votaron Marruecos y Venezuela.", "state:SRB=A;state:MAR=X;state:VEN=X", "countries");
        row("en failed to vote for is not in favour", "en", "Serbia failed to vote for the resolution.", "state:SRB!=Y",
            "countries");
        row("en a share of the states of the membership", "en", "Voted yes: 48 % of the 193 states.",
            "yes=48%48@members;members=193", "percent");
        row("de a region in the subject does not scope the agent's count", "de",
            "Der Entwurf der Ukraine und der Europäer wurde von 93 Staaten unterstützt.", "yes=93", "");
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
        row("fr 'de' of an approximation is no 'of'", "fr", "Plus de cent Etats membres n'ont pas voté pour.",
            "not_in_favour=100~more_than", "");
        row("de a share of states a relative clause describes, its vote after", "de",
            "Rund 88 Prozent der Staaten, die sich für Ja oder Nein entschieden, stimmten somit zu.",
            "yes=88~about%88@voting", "percent");
        row("en states among the group counted before the semicolon", "en",
            "The remaining 17 did not vote; Venezuela and Bolivia were among them.", "non_voting=17;state:VEN=X;state:BOL=X",
            "countries");
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

    void extract()
    {
        QFETCH(QString, lang);
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QFETCH(QString, needs);
        if (const QString why
            = unreadable(lang, needs, sentence, int(expected.count(QStringLiteral("state:"))));
            !why.isEmpty())
            QSKIP(qPrintable(why));
        const ClaimExtractor extractor(lang);
        QList<Claim> claims = extractor.extract(sentence);
        claims.removeIf([](const Claim& c) { return isProcedure(c.kind); });
        const QStringList specs = expected.split(u';', Qt::SkipEmptyParts);
        const QString got = describe(claims);
        for (const QString& spec : specs) {
            QVERIFY2(
                std::any_of(claims.cbegin(), claims.cend(), [&](const Claim& c) { return matches(c, spec); }),
                qPrintable(QStringLiteral("missing %1; got %2").arg(spec, got)));
        }
        QVERIFY2(claims.size() == specs.size(),
            qPrintable(
                QStringLiteral("%1 claims, %2 expected: %3").arg(claims.size()).arg(specs.size()).arg(got)));
    }

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
