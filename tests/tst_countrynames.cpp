// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/countryindex.h"
#include "core/check/countrynames.h"
#include "core/check/gettextcatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

// "ISO3=matched text" for each mention, in order.
QStringList mentions(const CountryNames& names, const QString& text)
{
    QStringList out;
    for (const CountryMention& m : names.find(text)) {
        out << m.iso3 + u'=' + text.mid(m.start, m.end - m.start)
                + (m.demonym ? QStringLiteral("~demonym") : m.capital ? QStringLiteral("~capital") : QString());
    }
    return out;
}

// A little-endian .mo file holding \a messages (msgid, msgstr pairs), as msgfmt writes it.
QByteArray moFile(const QList<std::pair<QByteArray, QByteArray>>& messages)
{
    auto put = [](QByteArray& b, quint32 v) {
        for (int i = 0; i < 4; ++i)
            b.append(char((v >> (8 * i)) & 0xff));
    };
    const quint32 n = quint32(messages.size());
    const quint32 originals = 28;
    const quint32 translations = originals + 8 * n;
    quint32 strings = translations + 8 * n;
    QByteArray header, tables, data;
    put(header, 0x950412de);
    put(header, 0);
    put(header, n);
    put(header, originals);
    put(header, translations);
    put(header, 0);
    put(header, 0);
    QByteArray ids, strs;
    for (const auto& m : messages) {
        put(ids, quint32(m.first.size()));
        put(ids, strings + quint32(data.size()));
        data += m.first + '\0';
    }
    for (const auto& m : messages) {
        put(strs, quint32(m.second.size()));
        put(strs, strings + quint32(data.size()));
        data += m.second + '\0';
    }
    return header + ids + strs + data;
}

bool systemIsoCodes()
{
    return QFile::exists(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"));
}

} // namespace

/// Country names in six languages: names, case forms, longest match, negatives, hostile input, and the
/// gettext reader on broken catalogues.
class TestCountryNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qunsetenv("PLENARY_ISO_CODES_ROOT");
        if (!systemIsoCodes())
            QSKIP("iso-codes is not installed (Debian package iso-codes)");
        QVERIFY(CountryNames().hasIsoCodes());
    }

    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char* name, const char* text, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        // English
        row("en press names", "Russia and North Korea voted against.", { "RUS=Russia", "PRK=North Korea" });
        row("en UN name", "The Democratic People's Republic of Korea abstained.",
            { "PRK=Democratic People's Republic of Korea" });
        row("en DPRK", "the DPRK delegate", { "PRK=DPRK" });
        row("en DR Congo", "DR Congo and the Democratic Republic of the Congo",
            { "COD=DR Congo", "COD=Democratic Republic of the Congo" });
        row("en Congo alone", "Congo voted yes", { "COG=Congo" });
        row("en Turkey", "Türkiye, also called Turkey", { "TUR=Türkiye", "TUR=Turkey" });
        row("en UN parentheses", "Iran (Islamic Republic of), Lao PDR and Viet Nam",
            { "IRN=Iran (Islamic Republic of)", "LAO=Lao PDR", "VNM=Viet Nam" });
        row("en longest Guinea", "Papua New Guinea, Guinea-Bissau, Equatorial Guinea and Guinea",
            { "PNG=Papua New Guinea", "GNB=Guinea-Bissau", "GNQ=Equatorial Guinea", "GIN=Guinea" });
        row("en Niger Nigeria", "Niger and Nigeria", { "NER=Niger", "NGA=Nigeria" });
        row("en abbreviated Saint", "St. Lucia and St Kitts and Nevis", { "LCA=St. Lucia", "KNA=St Kitts and Nevis" });
        row("de Nord-Korea is not Korea", "Nord-Korea und Süd-Sudan", { "PRK=Nord-Korea", "SSD=Süd-Sudan" });
        row("es press names", "Argelia, Arabia Saudita y EE. UU.",
            { "DZA=Argelia", "SAU=Arabia Saudita", "USA=EE. UU." });
        row("ru abbreviation and full name", "ЦАР и Центральноафриканская Республика",
            { "CAF=ЦАР", "CAF=Центральноафриканская Республика" });
        row("uk fleeting vowel", "солідарність Єгипту", { "EGY=Єгипту" });
        row("ru instrumental after a hushing consonant", "с Польшей и Камбоджей", { "POL=Польшей", "KHM=Камбоджей" });
        row("fr RD du Congo", "la RD du Congo et la Centrafrique", { "COD=RD du Congo", "CAF=Centrafrique" });
        row("en regions are no states", "In Latin America and North America, unlike America itself",
            { "USA=America" });
        row("uk regions are no states", "Латинська Америка і Америка", { "USA=Америка" });
        row("en Sudan", "Sudan and South Sudan", { "SDN=Sudan", "SSD=South Sudan" });
        row("en US dotted", "the U.S. and the US", { "USA=U.S.", "USA=US" });
        row("en possessive", "Russia’s and Korea's votes", { "RUS=Russia", "KOR=Korea" });
        row("en territory", "American Samoa is no member", {});
        row("en Cote d'Ivoire", "Côte d’Ivoire", { "CIV=Côte d’Ivoire" });
        // Ukrainian
        row("uk Belarus cases", "Білорусь і Білорусі, з Білоруссю",
            { "BLR=Білорусь", "BLR=Білорусі", "BLR=Білоруссю" });
        row("uk genitive list", "Росії, Китаю, Індії та Бразилії",
            { "RUS=Росії", "CHN=Китаю", "IND=Індії", "BRA=Бразилії" });
        row("uk North Korea", "представник Північної Кореї та КНДР", { "PRK=Північної Кореї", "PRK=КНДР" });
        row("uk United States", "Сполучених Штатів і США", { "USA=Сполучених Штатів", "USA=США" });
        row("uk Niger Nigeria", "Нігерія і Нігер, Нігерії та Нігеру",
            { "NGA=Нігерія", "NER=Нігер", "NGA=Нігерії", "NER=Нігеру" });
        row("uk Austria Australia", "Австрія та Австралія, Австрії",
            { "AUT=Австрія", "AUS=Австралія", "AUT=Австрії" });
        row("uk Guinea-Bissau", "Гвінея-Бісау, Гвінеї-Бісау і Гвінея",
            { "GNB=Гвінея-Бісау", "GNB=Гвінеї-Бісау", "GIN=Гвінея" });
        row("uk Sudan", "Південний Судан, Південного Судану і Судан",
            { "SSD=Південний Судан", "SSD=Південного Судану", "SDN=Судан" });
        row("uk Vietnam apostrophe", "В'єтнаму та В’єтнам", { "VNM=В'єтнаму", "VNM=В’єтнам" });
        row("uk Turkey", "Туреччина і Туреччиною", { "TUR=Туреччина", "TUR=Туреччиною" });
        row("uk multiword cases", "Об’єднаних Арабських Еміратів і Великої Британії",
            { "ARE=Об’єднаних Арабських Еміратів", "GBR=Великої Британії" });
        row("ru Britain", "Великобритании и Объединёнными Арабскими Эмиратами",
            { "GBR=Великобритании", "ARE=Объединёнными Арабскими Эмиратами" });
        row("de Kingdom genitive", "des Vereinigten Königreichs", { "GBR=Vereinigten Königreichs" });
        row("uk America dative", "Америці", { "USA=Америці" });
        // Russian
        row("ru cases", "Белоруссии, Северной Кореи, Китая и Индии",
            { "BLR=Белоруссии", "PRK=Северной Кореи", "CHN=Китая", "IND=Индии" });
        row("ru United States", "России и Соединённых Штатов, Соединенными Штатами",
            { "RUS=России", "USA=Соединённых Штатов", "USA=Соединенными Штатами" });
        row("ru South Sudan", "Южного Судана", { "SSD=Южного Судана" });
        row("ru Turkey", "Турции", { "TUR=Турции" });
        // German
        row("de genitive", "Russlands Stimme und Nordkorea", { "RUS=Russlands", "PRK=Nordkorea" });
        row("de adjective case", "mit den Vereinigten Staaten und den Niederlanden",
            { "USA=Vereinigten Staaten", "NLD=Niederlanden" });
        row("de Turkey", "der Türkei und Weißrussland", { "TUR=Türkei", "BLR=Weißrussland" });
        // French
        row("fr elision", "l'Inde, d'Inde et l’Iran", { "IND=Inde", "IND=Inde", "IRN=Iran" });
        row("fr names", "les États-Unis, la Corée du Nord, la Russie et la Biélorussie",
            { "USA=États-Unis", "PRK=Corée du Nord", "RUS=Russie", "BLR=Biélorussie" });
        row("fr Turquie", "la Turquie et la RDC", { "TUR=Turquie", "COD=RDC" });
        // Spanish
        row("es names", "Corea del Norte, EE. UU., Rusia y Turquía",
            { "PRK=Corea del Norte", "USA=EE. UU.", "RUS=Rusia", "TUR=Turquía" });
        row("es Bielorrusia", "la República Democrática del Congo y Bielorrusia",
            { "COD=República Democrática del Congo", "BLR=Bielorrusia" });
        // Adjectives and peoples are no names: they are flagged (a state only beside a delegation word, or
        // where it votes: StateListReader::keepDelegations and keepVotingCapitals).
        row("en people flagged", "Russians and Koreans", { "RUS=Russians~capital" });
        row("uk adjectives flagged", "Російські та російські дипломати, росіяни",
            { "RUS=Російські~demonym", "RUS=російські~demonym" });
        row("ru adjectives flagged", "Российские и российские дипломаты, россияне",
            { "RUS=Российские~demonym", "RUS=российские~demonym" });
        row("de adjectives flagged", "Russische Diplomaten und russische",
            { "RUS=Russische~demonym", "RUS=russische~demonym" });
        row("fr adjectives flagged", "Les Russes et les russes", { "RUS=Russes~demonym", "RUS=russes~demonym" });
        row("es adjectives flagged", "Los rusos y Rusos", { "RUS=rusos~demonym", "RUS=Rusos~demonym" });
        row("es adjective and name", "la delegación china y China", { "CHN=china~demonym", "CHN=China" });
        row("de genitive of a name that is also a Spanish adjective", "Chinas Enthaltung", { "CHN=Chinas" });
        row("no lowercase", "the turkey, us, chad and jordan", {});
        row("no capitals-only", "Us and Usa and Кндр", {});
        row("no mixed script", "Rоссия and Ru\u0441sia", {}); // Latin R in Cyrillic, Cyrillic с in Latin
    }

    void find()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(mentions(CountryNames(), text), expected);
    }

    void languageFilter()
    {
        const QString text = QStringLiteral("Russland und Russia");
        QCOMPARE(mentions(CountryNames(QStringLiteral("de")), text),
            QStringList({ "RUS=Russland", "RUS=Russia" }));
        QCOMPARE(mentions(CountryNames(QStringLiteral("fr")), text), QStringList({ "RUS=Russia" }));
    }

    void lookup()
    {
        const CountryNames names;
        QCOMPARE(names.lookup(QStringLiteral("Russian Federation")), QStringLiteral("RUS"));
        QCOMPARE(names.lookup(QStringLiteral("  north korea ")), QStringLiteral("PRK"));
        QCOMPARE(names.lookup(QStringLiteral("Білорусі")), QStringLiteral("BLR"));
        QCOMPARE(names.lookup(QStringLiteral("Russia and China")), QString());
        QCOMPARE(names.lookup(QStringLiteral("Guinea")), QStringLiteral("GIN"));
        QCOMPARE(names.lookup(QString()), QString());
    }

    void namesPerLanguage()
    {
        const CountryNames names;
        for (const char* lang : { "en", "uk", "ru", "de", "fr", "es" }) {
            const int n = names.nameCount(QString::fromLatin1(lang));
            qInfo("%s: %d names", lang, n);
            QVERIFY2(n >= 193, lang); // at least one name for each member state
        }
    }

    void hostileInput()
    {
        const CountryNames names;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(names.find(QString(1 << 20, u'a')).isEmpty());
        QString words;
        for (int i = 0; i < 100000; ++i)
            words += QStringLiteral("Росії ");
        QCOMPARE(names.find(words).size(), 100000);
        QString mixed;
        for (int i = 0; i < 20000; ++i)
            mixed += QString::fromUtf8("Ru\u0441s Россия-Russia'Ї ") + QChar(0xD800) + QChar(0xDC00)
                + QChar(0xDFFF);
        QCOMPARE(names.find(mixed).size(), 40000);
        const QString lone = QString(QChar(0xD800)) + QStringLiteral("Russia") + QChar(0xDC00);
        QCOMPARE(mentions(names, lone), QStringList({ "RUS=Russia" }));
        QVERIFY2(timer.elapsed() < 5000, "hostile input took seconds");
    }

    void gettextCatalog()
    {
        const QByteArray mo
            = moFile({ { "", "Content-Type: text/plain; charset=UTF-8\n" }, { "Belarus", "Білорусь" },
                { QByteArray("ctx\x04"
                             "Chad"),
                    "Чад" },
                { QByteArray("one\0many", 8), "один" } });
        GettextCatalog c;
        QVERIFY2(c.read(mo), qPrintable(c.error()));
        QCOMPARE(c.size(), 3);
        QCOMPARE(c.translate(QStringLiteral("Belarus")), QStringLiteral("Білорусь"));
        QCOMPARE(c.translate(QStringLiteral("Chad")), QStringLiteral("Чад"));
        QCOMPARE(c.translate(QStringLiteral("Missing")), QString());
        // Every truncation that cuts into the strings is refused, without a crash.
        for (qsizetype n = 0; n < mo.size() - 1; ++n)
            QVERIFY(!c.read(QByteArrayView(mo).first(n)) || n >= mo.size() - 1);
        QVERIFY(!c.read(QByteArrayView("garbage that is long enough to hold a header")));
        QVERIFY(!c.error().isEmpty());
        // Random damage: either refused or read, never a crash or an out-of-bounds read.
        QRandomGenerator rng(42);
        for (int round = 0; round < 2000; ++round) {
            QByteArray bad = mo;
            for (int k = 0; k < 4; ++k)
                bad[rng.bounded(int(bad.size()))] = char(rng.bounded(256));
            c.read(bad);
        }
        // A count that claims more messages than fit.
        QByteArray huge = mo;
        huge[8] = char(0xff);
        huge[9] = char(0xff);
        QVERIFY(!c.read(huge));
    }

    // iso-codes with a truncated Ukrainian and a garbage Russian catalogue, no German one.
    void brokenIsoCodes()
    {
        if (!systemIsoCodes())
            QSKIP("iso-codes is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        QVERIFY(QDir(root).mkpath(QStringLiteral("share/iso-codes/json")));
        QVERIFY(QFile::copy(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"),
            root + QStringLiteral("/share/iso-codes/json/iso_3166-1.json")));
        for (const char* lang : { "uk", "ru", "fr" })
            QVERIFY(
                QDir(root).mkpath(QStringLiteral("share/locale/%1/LC_MESSAGES").arg(QLatin1String(lang))));
        QFile real(QStringLiteral("/usr/share/locale/uk/LC_MESSAGES/iso_3166-1.mo"));
        QVERIFY(real.open(QIODevice::ReadOnly));
        auto write = [&](const char* lang, const QByteArray& bytes) {
            QFile f(
                root + QStringLiteral("/share/locale/%1/LC_MESSAGES/iso_3166-1.mo").arg(QLatin1String(lang)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write("uk", real.read(real.size() / 2));
        QByteArray garbage(4096, '\0');
        QRandomGenerator rng(7);
        for (char& b : garbage)
            b = char(rng.bounded(256));
        garbage.replace(0, 4, QByteArray("\xde\x12\x04\x95", 4));
        write("ru", garbage);
        write("fr", moFile({ { "France", "France" }, { "Germany", "Allemagne" } }));

        qputenv("PLENARY_ISO_CODES_ROOT", QFile::encodeName(root));
        const CountryNames names;
        qunsetenv("PLENARY_ISO_CODES_ROOT");
        QVERIFY(names.hasIsoCodes());
        QCOMPARE(mentions(names, QStringLiteral("Allemagne et Russie")),
            QStringList({ "DEU=Allemagne", "RUS=Russie" }));
        // No Ukrainian catalogue was read: only the compiled-in aliases are known.
        QCOMPARE(mentions(names, QStringLiteral("Росії та Індії")), QStringList({ "RUS=Росії" }));
        QVERIFY(names.nameCount(QStringLiteral("uk")) < 100);
        QVERIFY(names.nameCount(QStringLiteral("de")) < 100);
    }

    void missingIsoCodes()
    {
        QTemporaryDir dir;
        qputenv("PLENARY_ISO_CODES_ROOT", QFile::encodeName(dir.path()));
        const CountryNames names;
        qunsetenv("PLENARY_ISO_CODES_ROOT");
        QVERIFY(!names.hasIsoCodes());
        QCOMPARE(names.nameCount(QStringLiteral("en")) >= 193, true);
        QCOMPARE(mentions(names, QStringLiteral("Russia, North Korea and Білорусі")),
            QStringList({ "RUS=Russia", "PRK=North Korea", "BLR=Білорусі" }));
    }

    // Figures for people, not limits: a 1,000-word article and building the index.
    void articleTiming()
    {
        const CountryNames names;
        const QString sentence = QStringLiteral(
            "The resolution was adopted by 93 votes in favour to 24 against, with 58 abstentions, after "
            "Russia, China and the Democratic People's Republic of Korea voted against it on Thursday.");
        QCOMPARE(names.find(sentence).size(), 3);
        // A 1,000-word article: 40 sentences of 25 words in the six languages, each searched once.
        const QStringList sentences = { sentence,
            QStringLiteral(
                "Резолюцію підтримали 93 країни, проти проголосували Росія, Білорусь, Північна Корея і ще "
                "21 держава, зокрема Сирія та Нікарагуа, а 58 утрималися."),
            QStringLiteral(
                "Против голосовали Россия, Белоруссия и Северная Корея, а Китай и Индия воздержались при "
                "голосовании в Генеральной Ассамблее ООН в четверг."),
            QStringLiteral(
                "Die Resolution wurde mit 93 Stimmen angenommen; Russland, Belarus und Nordkorea stimmten "
                "dagegen, China und Indien enthielten sich der Stimme."),
            QStringLiteral(
                "La résolution a été adoptée par 93 voix contre 24; la Russie, la Biélorussie et la Corée du "
                "Nord ont voté contre, la Chine s'est abstenue."),
            QStringLiteral("La resolución fue aprobada con 93 votos a favor; Rusia, Bielorrusia y Corea del "
                           "Norte votaron en contra, mientras China e India se abstuvieron.") };
        QElapsedTimer timer;
        timer.start();
        int found = 0;
        for (int i = 0; i < 40; ++i)
            found += int(names.find(sentences.at(i % sentences.size())).size());
        qInfo("40 sentences (about 1,000 words): %lld us, %d states", timer.nsecsElapsed() / 1000, found);
        QCOMPARE(found, 180); // 27 in each round of six sentences
        QElapsedTimer build;
        build.start();
        const CountryIndex index(QStringLiteral("/usr"));
        qInfo("building the index: %lld ms", build.elapsed());
    }

    void benchmarkSentence()
    {
        const CountryNames names;
        const QString sentence = QStringLiteral(
            "The resolution was adopted by 93 votes in favour to 24 against, with 58 abstentions, after "
            "Russia, China and the Democratic People's Republic of Korea voted against it on Thursday.");
        QCOMPARE(names.find(sentence).size(), 3);
        QBENCHMARK
        {
            names.find(sentence);
        }
    }
};

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
