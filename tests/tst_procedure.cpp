// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/check/procedurecheck.h"
#include "core/check/procedurereader.h"
#include "core/record/recordlibrary.h"

#include <QElapsedTimer>
#include <QTest>

/// Procedure and identity claims (outcome, majority, date, session, symbol, title) in six languages,
/// read by the whole checker from one-sentence articles and checked against the embedded records.
class TestProcedure : public QObject
{
    Q_OBJECT

private:
    /// The claim as the row names it: "adopted", "two-thirds missed", "2025-12-03 weekday 4", "ES-11".
    static QString valueOf(const Claim& c)
    {
        switch (c.kind) {
        case ClaimKind::Outcome:
            return c.adopted.value_or(true) ? QStringLiteral("adopted") : QStringLiteral("rejected");
        case ClaimKind::Majority:
            return c.text
                + (c.adopted ? (*c.adopted ? QStringLiteral(" reached") : QStringLiteral(" missed"))
                             : QString());
        case ClaimKind::Date: {
            QStringList parts;
            if (!c.text.isEmpty())
                parts << c.text;
            if (c.weekday)
                parts << QStringLiteral("weekday %1").arg(c.weekday);
            return parts.join(u' ');
        }
        default:
            return c.text;
        }
    }

    static const VoteRecord& record(const QString& symbol)
    {
        const VoteRecord* r = RecordLibrary::find(RecordLibrary::embedded(), symbol);
        if (!r)
            qFatal("no embedded record %s", qPrintable(symbol));
        return *r;
    }

    static QList<Claim> claimsOf(const CheckResult& result, const QString& kind)
    {
        QList<Claim> out;
        for (const Statement& s : result.statements) {
            for (const Claim& c : s.claims) {
                if (claimKindKey(c.kind) == kind)
                    out << c;
            }
        }
        return out;
    }

    static VoteRecord tallyRecord(int yes, int no, Majority majority)
    {
        VoteRecord r;
        r.symbol = QStringLiteral("TEST/RES/2");
        r.majority = majority;
        for (int i = 0; i < yes + no; ++i)
            r.votes.append({ QStringLiteral("S%1").arg(i), QStringLiteral("State %1").arg(i),
                RegionalGroup::None, i < yes ? Vote::Yes : Vote::No });
        return r;
    }

private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value"); // empty: no claim of this kind may be read
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("explains"); // a phrase the explanation must hold

        const QString es9 = QStringLiteral("A/RES/ES-11/9");
        const QString es1 = QStringLiteral("A/RES/ES-11/1");
        const QString es8 = QStringLiteral("A/RES/ES-11/8");
        const QString es7 = QStringLiteral("A/RES/ES-11/7");
        auto row = [&](const char* name, const char* lang, const QString& symbol, const char* sentence,
                       const char* kind, const char* value, const char* verdict, const char* explains = "") {
            QTest::newRow(name) << QString::fromLatin1(lang) << symbol << QString::fromUtf8(sentence)
                                << QString::fromLatin1(kind) << QString::fromUtf8(value)
                                << QString::fromLatin1(verdict) << QString::fromUtf8(explains);
        };

        // English.
        row("en adopted", "en", es9, "The General Assembly adopted the resolution on 3 December 2025.",
            "outcome", "adopted", "consistent", "91 in favour, 12 against");
        row("en date", "en", es9, "The General Assembly adopted the resolution on 3 December 2025.", "date",
            "2025-12-03", "consistent");
        row("en rejected", "en", es9, "The resolution was rejected by the Assembly.", "outcome", "rejected",
            "contradicts-record", "shows it adopted");
        row("en failed to pass", "en", es9, "The draft failed to pass.", "outcome", "rejected",
            "contradicts-record");
        row("en not adopted", "en", es9, "The resolution was not adopted.", "outcome", "rejected",
            "contradicts-record");
        row("en two-thirds needed", "en", es9,
            "The resolution needed a two-thirds majority of members present and voting.", "majority",
            "two-thirds", "consistent", "69 in favour needed");
        row("en two-thirds missed", "en", es9, "The text failed to reach the two-thirds majority.",
            "majority", "two-thirds missed", "contradicts-record", "91 of 103 present and voting");
        row("en two-thirds cleared", "en", es9, "The text comfortably cleared the two-thirds threshold.",
            "majority", "two-thirds reached", "consistent");
        row("en simple majority", "en", es9, "Only a simple majority was needed for the vote.", "majority",
            "simple", "contradicts-record", "two-thirds majority");
        row("en weekday", "en", es9, "The vote took place on Wednesday.", "date", "weekday 3", "consistent");
        row("en wrong weekday", "en", es9, "The vote took place on Thursday, 3 December 2025.", "date",
            "2025-12-03 weekday 4", "contradicts-record", "was a Wednesday, not a Thursday");
        row("en wrong day", "en", es9, "The Assembly voted on December 4, 2025.", "date", "2025-12-04",
            "contradicts-record", "Wednesday, 3 December 2025");
        row("en day without year", "en", es9, "Twelve countries voted against the text on 3 December.",
            "date", "--12-03", "consistent");
        row("en session", "en", es9, "The vote came at the eleventh emergency special session.", "session",
            "ES-11", "consistent", "11th emergency special session");
        row("en wrong session", "en", es9,
            "The resolution was adopted at the tenth emergency special session.", "session", "ES-10",
            "contradicts-record");
        row("en session in digits", "en", es9, "The text was adopted at the 11th emergency special session.",
            "session", "ES-11", "consistent");
        row("en session symbol", "en", es9, "The Assembly voted in session ES-11 on Wednesday.", "session",
            "ES-11", "consistent");
        row("en other session named only", "en", es9,
            "The tenth emergency special session dealt with Palestine.", "session", "ES-10", "unverifiable",
            "another session");
        row("en may is no month", "en", es9, "Of the 12 who voted against, 3 may change their vote.", "date",
            "", "");
        row("en date without vote", "en", es9, "The invasion began on 24 February 2022.", "date", "", "");
        row("en regular session", "en", es9, "The resolution was adopted during the 80th session.", "session",
            "80", "contradicts-record", "80th regular session");
        row("en symbol", "en", es9, "The Assembly adopted resolution A/RES/ES-11/9.", "symbol",
            "A/RES/ES-11/9", "consistent");
        row("en short symbol", "en", es9, "The Assembly adopted resolution ES-11/9.", "symbol",
            "A/RES/ES-11/9", "consistent");
        row("en draft without revision", "en", es9, "The draft A/ES-11/L.16 was adopted.", "symbol",
            "A/ES-11/L.16", "consistent", "A/ES-11/L.16/Rev.1");
        row("en draft other revision", "en", es9, "The draft A/ES-11/L.16/Rev.2 was adopted.", "symbol",
            "A/ES-11/L.16/Rev.2", "contradicts-record");
        row("en other symbol adopted now", "en", es9, "The Assembly adopted resolution ES-11/8 on Wednesday.",
            "symbol", "A/RES/ES-11/8", "contradicts-record");
        row("en history symbol", "en", es9, "The text recalls resolution ES-11/1 of 2022.", "symbol",
            "A/RES/ES-11/1", "unverifiable", "another document");
        row("en title", "en", es9, "The resolution, titled \"Return of Ukrainian Children\", was adopted.",
            "title", "Return of Ukrainian Children", "consistent");
        row("en wrong title", "en", es9,
            "The resolution, titled \u201CReturn of Russian children\u201D, was adopted.", "title",
            "Return of Russian children", "contradicts-record");
        row("es translated title beside counts leaves the statement consistent", "es", es9,
            "El texto, titulado «Regreso de los niños ucranianos», fue aprobado por 91 votos a favor.", "title",
            "Regreso de los niños ucranianos", "unverifiable", "translation");
        row("en title without its leading article", "en", es8,
            "A resolution titled \"Path to peace\" was approved by 93 votes to 8.", "title", "Path to peace",
            "consistent");
        row("en title with another first word", "en", es8,
            "A resolution titled \"The road to peace\" was approved by 93 votes to 8.", "title",
            "The road to peace", "contradicts-record");
        // Negatives.
        row("en headline", "en", es9, "UN General Assembly", "outcome", "", "");
        row("en dateline", "en", es9,
            "KYIV, Dec 4 (Reuters) - The UN General Assembly voted on a resolution.", "date", "", "");
        row("en year only", "en", es9, "In 2022 the Assembly adopted a resolution demanding withdrawal.",
            "outcome", "", "");
        row("en year is no date", "en", es9,
            "In 2022 the Assembly adopted a resolution demanding withdrawal.", "date", "", "");
        row("en state rejected", "en", es9, "Russia rejected the resolution.", "outcome", "", "");
        row("en rejected by states is no outcome", "en", es9, "The resolution was rejected by Russia and 11 others.",
            "outcome", "", "");
        row("fr rejected by states is no outcome", "fr", es9,
            "Le texte a été rejeté par la Russie et onze autres pays.", "outcome", "", "");
        row("de rejected by eight states is no outcome", "de", es8,
            "Abgelehnt wurde der Text von acht Staaten, nämlich Russland, Belarus und Mali.", "outcome", "", "");
        row("ru took no part is no outcome", "ru", es9, "Более тридцати делегаций в голосовании участия не приняли.",
            "outcome", "", "");
        row("ru taking no part after the verb is no outcome", "ru", es9,
            "Марокко и Венесуэла не приняли участия в голосовании.", "outcome", "", "");
        row("uk the symbol of another vote, with its year", "uk", es1,
            "Для порівняння: резолюцію ES-11/7 у лютому 2025 року підтримали лише 93 країни.", "symbol", "A/RES/ES-11/7",
            "unverifiable", "of another vote");
        row("en by votes is the outcome", "en", es8, "The text was adopted by 93 votes to 8.", "outcome", "adopted",
            "consistent");
        row("de count after bei is no subject", "de", es9,
            "Eine Resolution ist am Mittwoch, dem 3. Dezember, bei zwölf Nein-Stimmen verabschiedet worden.",
            "outcome", "adopted", "consistent");
        row("de outcome dates the sentence", "de", es9,
            "Eine Resolution ist am Mittwoch, dem 3. Dezember, bei zwölf Nein-Stimmen verabschiedet worden.",
            "date", "--12-03 weekday 3", "consistent");
        row("de local time is no dateline", "de", es8,
            "Die UNO-Generalversammlung hat am Montag (Ortszeit) eine Resolution angenommen.", "date",
            "weekday 1", "consistent");
        row("en anniversary told by its date", "en", es1,
            "Exactly four years ago, on Wednesday, 2 March 2022, the General Assembly adopted the resolution.",
            "outcome", "adopted", "consistent");
        row("en anniversary of another vote", "en", es9,
            "Exactly four years ago, on Wednesday, 2 March 2022, the General Assembly adopted the resolution.",
            "outcome", "adopted", "unverifiable");
        row("en state with its article rejected", "en", es9,
            "Niger and the Central African Republic rejected it.", "outcome", "", "");
        row("en count rejected", "en", es9, "Twelve states rejected the text.", "outcome", "", "");
        row("en adopted as adjective", "en", es9, "The adopted resolution also grants a mandate.", "outcome",
            "", "");
        row("en amendment", "en", es9, "An amendment proposed by Belarus was rejected.", "outcome", "rejected",
            "unverifiable", "of another vote");
        row("en invasion date", "en", es1,
            "141 countries voted in favour on Wednesday, a week after the invasion began on 24 February "
            "2022.",
            "date", "weekday 3", "consistent");
        row("en quotation marks without marker", "en", es9, "Kyiv called it \u201Ca vote for justice\u201D.",
            "title", "", "");
        row("en present tense headline", "en", es9, "UN adopts resolution on return of Ukrainian children",
            "outcome", "adopted", "consistent");
        row("en present tense outside a headline", "en", es9,
            "Vote in New York\n\nThe Assembly adopts most resolutions without a vote.", "outcome", "", "");
        row("es present tense headline", "es", es9, "La ONU aprueba la resolución sobre los niños ucranianos",
            "outcome", "adopted", "consistent");

        // Majority not recorded (ES-11/1, ES-11/8).
        row("es11-1 adopted", "en", es1, "The General Assembly adopted the resolution.", "outcome", "adopted",
            "consistent", "either rule");
        row("es11-8 rejected", "en", es8, "The resolution was rejected.", "outcome", "rejected",
            "contradicts-record", "does not state");
        row("es11-1 two-thirds needed", "en", es1, "The resolution needed a two-thirds majority.", "majority",
            "two-thirds", "unverifiable", "does not state which majority");
        row("es11-1 two-thirds missed", "en", es1, "The resolution failed to reach a two-thirds majority.",
            "majority", "two-thirds missed", "contradicts-record");
        row("es11-1 date", "en", es1, "On Wednesday, 2 March 2022, the Assembly voted.", "date",
            "2022-03-02 weekday 3", "consistent");

        // Ukrainian.
        row("uk adopted", "uk", es9, "Генеральна Асамблея ООН ухвалила резолюцію 3 грудня 2025 року.",
            "outcome", "adopted", "consistent");
        row("uk date", "uk", es9, "Генеральна Асамблея ООН ухвалила резолюцію 3 грудня 2025 року.", "date",
            "2025-12-03", "consistent");
        row("uk rejected", "uk", es9, "Генасамблея відхилила резолюцію.", "outcome", "rejected",
            "contradicts-record");
        row("uk weekday", "uk", es9, "Голосування відбулося у середу.", "date", "weekday 3", "consistent");
        row("uk wrong weekday", "uk", es9, "Голосування відбулося у четвер, 3 грудня 2025 року.", "date",
            "2025-12-03 weekday 4", "contradicts-record", "Wednesday");
        row("uk session", "uk", es9,
            "Резолюцію ухвалено в рамках одинадцятої надзвичайної спеціальної сесії.", "session", "ES-11",
            "consistent");
        row("uk two-thirds", "uk", es9, "Для ухвалення потрібна більшість у дві третини голосів.", "majority",
            "two-thirds", "consistent");
        row("uk translated title", "uk", es9, "Резолюцію під назвою «Повернення українських дітей» ухвалено.",
            "title", "Повернення українських дітей", "unverifiable", "translation");
        row("uk english title", "uk", es9, "Резолюцію під назвою «Return of Ukrainian children» ухвалено.",
            "title", "Return of Ukrainian children", "consistent");
        row("uk symbol", "uk", es9, "Документ A/RES/ES-11/9 ухвалено.", "symbol", "A/RES/ES-11/9",
            "consistent");
        row("uk assembly is the subject, not the state before it", "uk", es7,
            "Мирну резолюцію щодо України Генасамблея ухвалила 93 голосами.", "outcome", "adopted",
            "consistent");
        row("uk state before the verb is the subject", "uk", es7, "Мирну резолюцію Україна ухвалила.",
            "outcome", "", "");
        row("de state after a preposition is no subject", "de", es7,
            "Am Dienstag, dem 24. Februar 2025, wurde eine Resolution für einen umfassenden Frieden in der Ukraine angenommen.",
            "outcome", "adopted", "consistent");
        row("de outcome after the majority", "de", es9,
            "Die Resolution wurde auf der elften Notstandssondertagung mit der erforderlichen Zweidrittelmehrheit angenommen.",
            "outcome", "adopted", "consistent");
        row("de date opening a long sentence that tells the outcome", "de", es7,
            "Am Dienstag, dem 24. Februar 2025, wurde eine Resolution für einen umfassenden Frieden in der Ukraine angenommen.",
            "date", "2025-02-24 weekday 2", "contradicts-record", "Monday");
        row("uk dateline", "uk", es9, "КИЇВ, 4 грудня (Укрінформ) - Генасамблея ООН проголосувала.", "date",
            "", "");

        // Russian.
        row("ru adopted", "ru", es9, "Генеральная Ассамблея ООН приняла резолюцию в среду, 3 декабря.",
            "outcome", "adopted", "consistent");
        row("ru date", "ru", es9, "Генеральная Ассамблея ООН приняла резолюцию в среду, 3 декабря.", "date",
            "--12-03 weekday 3", "consistent");
        row("ru rejected", "ru", es9, "Генассамблея отклонила резолюцию.", "outcome", "rejected",
            "contradicts-record");
        row("ru session", "ru", es9, "Резолюция принята на одиннадцатой чрезвычайной специальной сессии.",
            "session", "ES-11", "consistent");
        row("ru two-thirds missed", "ru", es9, "Резолюция не набрала двух третей голосов.", "majority",
            "two-thirds missed", "contradicts-record");
        row("ru simple", "ru", es9, "Для принятия требовалось простое большинство.", "majority", "simple",
            "contradicts-record");
        row("ru translated title", "ru", es9,
            "Резолюция под названием «Возвращение украинских детей» принята.", "title",
            "Возвращение украинских детей", "unverifiable");

        // German.
        row("de nahm an", "de", es9, "Die Generalversammlung nahm die Resolution am Mittwoch an.", "outcome",
            "adopted", "consistent");
        row("de weekday", "de", es9, "Die Generalversammlung nahm die Resolution am Mittwoch an.", "date",
            "weekday 3", "consistent");
        row("de angenommen", "de", es9, "Die Resolution wurde mit 91 Stimmen angenommen.", "outcome",
            "adopted", "consistent");
        row("de lehnte ab", "de", es9, "Die Generalversammlung lehnte die Resolution ab.", "outcome",
            "rejected", "contradicts-record");
        row("de nicht angenommen", "de", es9, "Die Resolution wurde nicht angenommen.", "outcome", "rejected",
            "contradicts-record");
        row("de session", "de", es9, "Die Abstimmung fand auf der elften Notstandssondertagung statt.",
            "session", "ES-11", "consistent");
        row("de assembly condemned on a date", "de", es1,
            "Die Generalversammlung verurteilte am 3. März 2022 den russischen Angriff auf die Ukraine.",
            "date", "2022-03-03", "contradicts-record", "2 March 2022");
        row("de condemned without the assembly", "de", es1,
            "Die Ukraine verurteilte am 3. März 2022 den russischen Angriff.", "date", "", "");
        row("de two-thirds", "de", es9,
            "Erforderlich war eine Zweidrittelmehrheit der anwesenden Mitglieder.", "majority", "two-thirds",
            "consistent");
        row("de title", "de", es9,
            "Die Resolution mit dem Titel \u201ERückkehr ukrainischer Kinder\u201C wurde angenommen.",
            "title", "Rückkehr ukrainischer Kinder", "unverifiable");
        row("de wrong weekday", "de", es9, "Die Abstimmung fand am Donnerstag statt.", "date", "weekday 4",
            "contradicts-record", "Wednesday");
        row("de title a few words after the marker", "de", es1,
            "Ihr Titel lautet in deutscher Übersetzung \u201EAggression gegen die Ukraine\u201C.", "title",
            "Aggression gegen die Ukraine", "unverifiable", "translation");
        row("de what the Assembly did says it adopted", "de", es1,
            "Die Generalversammlung der Vereinten Nationen hat Russland mit großer Mehrheit aufgefordert, "
            "abzuziehen.",
            "outcome", "adopted", "consistent");
        row("ru title after a dash", "ru", es7,
            "Официальное название документа \u2014 \u00ABПродвижение всеобъемлющего мира\u00BB.", "title",
            "Продвижение всеобъемлющего мира", "unverifiable");
        row("en quoted speech after title is no title", "en", es9,
            "The title fight \"was never close\", he said.", "title", "", "");
        row("en what the Assembly did says it adopted", "en", es1,
            "The General Assembly has overwhelmingly demanded that Russia pull its troops out of Ukraine.",
            "outcome", "adopted", "consistent");

        // French.
        row("fr adopted", "fr", es9,
            "L'Assemblée générale a adopté la résolution le mercredi 3 décembre 2025.", "outcome", "adopted",
            "consistent");
        row("fr assembly demanded on a date", "fr", es1,
            "Le mercredi 2 mars 2022, l’Assemblée générale a exigé le retrait des troupes russes.", "date",
            "2022-03-02 weekday 3", "consistent");
        row("en date opening the assembly's clause", "en", es1,
            "On Wednesday, 2 March 2022, the General Assembly, meeting in its eleventh emergency special "
            "session in New York, voted to demand that Russia withdraw.",
            "date", "2022-03-02 weekday 3", "consistent");
        row("en opening date of another clause", "en", es1,
            "On 24 February 2022, Russian troops crossed the border in the east and the north; the Assembly "
            "voted a week later.",
            "date", "", "");
        row("uk date opening the assembly's clause", "uk", es1,
            "2 березня 2022 року, Генеральна Асамблея ООН на своїй одинадцятій надзвичайній спеціальній "
            "сесії "
            "в Нью-Йорку ухвалила резолюцію.",
            "date", "2022-03-02", "consistent");
        row("en condemned without the assembly", "en", es1, "Kyiv condemned the attack on 3 March 2022.",
            "date", "", "");
        row("fr date", "fr", es9, "L'Assemblée générale a adopté la résolution le mercredi 3 décembre 2025.",
            "date", "2025-12-03 weekday 3", "consistent");
        row("fr rejected", "fr", es9, "L'Assemblée a rejeté la résolution.", "outcome", "rejected",
            "contradicts-record");
        row("fr session", "fr", es9, "Le vote a eu lieu lors de la onzième session extraordinaire d'urgence.",
            "session", "ES-11", "consistent");
        row("fr session in digits", "fr", es9,
            "La résolution a été adoptée lors de la 11e session extraordinaire d'urgence.", "session",
            "ES-11", "consistent");
        row("fr title", "fr", es9, "La résolution intitulée « Retour des enfants ukrainiens » a été adoptée.",
            "title", "Retour des enfants ukrainiens", "unverifiable");
        row("fr two-thirds", "fr", es9, "Une majorité des deux tiers était nécessaire.", "majority",
            "two-thirds", "consistent");
        row("fr two-thirds missed", "fr", es9, "La résolution n'a pas obtenu la majorité des deux tiers.",
            "majority", "two-thirds missed", "contradicts-record");

        // Spanish.
        row("es adopted", "es", es9,
            "La Asamblea General aprobó la resolución el miércoles 3 de diciembre de 2025.", "outcome",
            "adopted", "consistent");
        row("es date", "es", es9,
            "La Asamblea General aprobó la resolución el miércoles 3 de diciembre de 2025.", "date",
            "2025-12-03 weekday 3", "consistent");
        row("es date without year", "es", es9, "La votación se celebró el 3 de diciembre.", "date", "--12-03",
            "consistent");
        row("es rejected", "es", es9, "La Asamblea rechazó la resolución.", "outcome", "rejected",
            "contradicts-record");
        row("es session", "es", es9,
            "La votación tuvo lugar en el undécimo período extraordinario de sesiones de emergencia.",
            "session", "ES-11", "consistent");
        row("es title", "es", es9, "La resolución, titulada «Regreso de los niños ucranianos», fue aprobada.",
            "title", "Regreso de los niños ucranianos", "unverifiable");
        row("es two-thirds", "es", es9, "Se necesitaba una mayoría de dos tercios.", "majority", "two-thirds",
            "consistent");
        row("es draft", "es", es9, "El proyecto A/ES-11/L.16/Rev.1 fue aprobado.", "symbol",
            "A/ES-11/L.16/Rev.1", "consistent");
    }

    void reads()
    {
        QFETCH(QString, lang);
        QFETCH(QString, symbol);
        QFETCH(QString, sentence);
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, verdict);
        QFETCH(QString, explains);

        const Article article = ArticleReader::fromText(sentence, QStringLiteral("t"));
        const CheckResult result = Checker().check(article, record(symbol), lang);
        const QList<Claim> claims = claimsOf(result, kind);
        QStringList read;
        for (const Claim& c : claims)
            read << valueOf(c);
        if (value.isEmpty()) {
            QVERIFY2(claims.isEmpty(), qPrintable(read.join(QStringLiteral("; "))));
            return;
        }
        QCOMPARE(read, QStringList { value });
        const Claim& c = claims.first();
        QCOMPARE(verdictKey(c.verdict), verdict);
        QVERIFY2(c.explanation.contains(symbol), qPrintable(c.explanation));
        QVERIFY2(c.explanation.contains(explains), qPrintable(c.explanation));
        // The span lies inside the sentence.
        QVERIFY(c.start >= 0 && c.end <= sentence.size() && c.start < c.end);
    }

    void outcomeWhenMajorityUnknown_data()
    {
        QTest::addColumn<int>("yes");
        QTest::addColumn<int>("no");
        QTest::addColumn<bool>("claimedAdopted");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("two thirds reached: adopted either way")
            << 6 << 3 << true << QStringLiteral("consistent");
        QTest::newRow("two thirds reached: rejection contradicts")
            << 6 << 3 << false << QStringLiteral("contradicts-record");
        QTest::newRow("tie: rejected either way") << 4 << 4 << false << QStringLiteral("consistent");
        QTest::newRow("tie: adoption contradicts") << 4 << 4 << true << QStringLiteral("contradicts-record");
        QTest::newRow("between: depends on the rule") << 5 << 4 << true << QStringLiteral("unverifiable");
        QTest::newRow("between: rejection also unsettled")
            << 5 << 4 << false << QStringLiteral("unverifiable");
    }

    void outcomeWhenMajorityUnknown()
    {
        QFETCH(int, yes);
        QFETCH(int, no);
        QFETCH(bool, claimedAdopted);
        QFETCH(QString, verdict);
        Claim c;
        c.kind = ClaimKind::Outcome;
        c.adopted = claimedAdopted;
        ProcedureCheck::check(c, tallyRecord(yes, no, Majority::Unknown));
        QCOMPARE(verdictKey(c.verdict), verdict);
        QVERIFY(c.explanation.contains(QStringLiteral("TEST/RES/2")));
        // With the rule recorded, the same tally is settled.
        Claim d = c;
        ProcedureCheck::check(d, tallyRecord(yes, no, Majority::Simple));
        QCOMPARE(d.verdict, claimedAdopted == (yes > no) ? Verdict::Consistent : Verdict::ContradictsRecord);
    }

    void germanDateWithOrdinalDot()
    {
        // Read directly: the article's sentence splitter (ICU, English rules) breaks after "3." today.
        const QString s = QStringLiteral(
            "Die Generalversammlung nahm die Resolution am Mittwoch, dem 3. Dezember 2025, an.");
        QList<Claim> claims;
        ProcedureReader::read(s, {}, QStringLiteral("de"), 0, claims);
        QStringList read;
        for (Claim& c : claims) {
            ProcedureCheck::check(c, record(QStringLiteral("A/RES/ES-11/9")));
            read << claimKindKey(c.kind) + u' ' + valueOf(c) + u' ' + verdictKey(c.verdict);
        }
        QCOMPARE(read,
            QStringList({ QStringLiteral("outcome adopted consistent"),
                QStringLiteral("date 2025-12-03 weekday 3 consistent") }));
    }

    void hostileTextIsBounded()
    {
        QString s;
        for (int i = 0; i < 3000; ++i)
            s += QStringLiteral("adopted on 3 December 2025 at the eleventh emergency special session, "
                                "needing a two-thirds majority, titled \u201C");
        s += QString(100000, u'9') + QStringLiteral(" ES-11/9 \u00AB");
        QElapsedTimer timer;
        timer.start();
        for (const QString& lang : { QStringLiteral("en"), QStringLiteral("uk"), QStringLiteral("de") }) {
            QList<Claim> claims;
            ProcedureReader::read(s, {}, lang, 0, claims);
            QVERIFY(claims.size() <= 12);
            for (const Claim& c : claims)
                QVERIFY(c.start >= 0 && c.end <= s.size());
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestProcedure)
#include "tst_procedure.moc"
