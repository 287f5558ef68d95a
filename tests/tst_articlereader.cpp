// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"

#include <QBuffer>
#include <QTest>

namespace {

QString inputDir()
{
    return QStringLiteral(PLENARY_TEST_DATA "/articles-input");
}

QStringList sentenceTexts(const Article& a)
{
    QStringList out;
    for (const Sentence& s : a.sentences)
        out << s.text;
    return out;
}

} // namespace

/// ArticleReader: decoding, HTML stripping and sentence splitting of news articles.
class TestArticleReader : public QObject
{
    Q_OBJECT

private:
    static Article readOk(const QString& file)
    {
        const ArticleReadResult r = ArticleReader::readFile(inputDir() + u'/' + file);
        if (r.error)
            qWarning("%s", qPrintable(r.error->toString()));
        return r.article.value_or(Article {});
    }

private slots:
    void goodFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("sentences");

        QTest::newRow("plain text, headline on its own line, abbreviations")
            << "plain.txt"
            << QStringList { "Assembly backs resolution on Ukraine",
                   "The General Assembly adopted the text on Wednesday.", "The U.S. delegation voted no.",
                   "Mr. Smith said so.", "Ninety-one states voted in favour." };
        QTest::newRow("CRLF line ends")
            << "crlf.txt"
            << QStringList { "Assembly backs resolution on Ukraine",
                   "The General Assembly adopted the text on Wednesday.", "Mr. Smith said so." };
        QTest::newRow("UTF-8 byte order mark")
            << "utf8-bom.txt" << QStringList { "The General Assembly adopted the text.", "It passed." };
        const QStringList html { "Assembly backs Ukraine & its children",
            "The resolution was adopted on 3 December.",
            "Kyiv called it \u201Ca strong signal\u201D of support.", "Ninety-one states voted in favour.",
            "Twelve voted against.", "First item", "Second item" };
        QTest::newRow("HTML: tags, script, style, comment gone; entities decoded; blocks split")
            << "page.html" << html;
        QTest::newRow("HTML with CRLF line ends reads the same") << "page-crlf.html" << html;
    }

    void goodFile()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, sentences);
        const Article a = readOk(file);
        QCOMPARE(sentenceTexts(a), sentences);
        QCOMPARE(a.name, inputDir() + u'/' + file);
        QVERIFY2(!a.text.contains(u'\r'), "carriage returns must not reach the article view");
        QVERIFY(!a.text.startsWith(QChar(0xFEFF)));
        for (const Sentence& s : a.sentences)
            QCOMPARE(a.text.mid(s.start, s.end - s.start), s.text);
    }

    void htmlHidesWhatTheBrowserHides()
    {
        const Article a = readOk(QStringLiteral("page.html"));
        for (const char* hidden :
            { "999", "fake", "color", "500 states", "Ignored head title", "<", "&amp;", "&#8220;", "&nbsp;" })
            QVERIFY2(!a.text.contains(QString::fromUtf8(hidden)), hidden);
    }

    void badFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("invalid UTF-8 on line 3") << "invalid-utf8-line3.txt" << 3 << "not valid UTF-8";
        QTest::newRow("UTF-16 with a byte order mark") << "utf16le-bom.txt" << 1 << "UTF-16";
        QTest::newRow("NUL byte on line 2") << "nul-byte-line2.txt" << 2 << "NUL";
        QTest::newRow("missing file") << "no-such-article.txt" << 0 << "cannot open";
    }

    void badFile()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, says);
        const QString path = inputDir() + u'/' + file;
        const ArticleReadResult r = ArticleReader::readFile(path);
        QVERIFY(!r.article);
        QVERIFY(r.error);
        QCOMPARE(r.error->fileName, path);
        QCOMPARE(r.error->line, line);
        QVERIFY2(r.error->message.contains(says), qPrintable(r.error->toString()));
        if (line > 0)
            QVERIFY2(r.error->toString().startsWith(QStringLiteral("%1:%2: ").arg(path).arg(line)),
                qPrintable(r.error->toString()));
    }

    void invalidUtf8NamesTheByte()
    {
        const ArticleReadResult r
            = ArticleReader::readFile(inputDir() + QStringLiteral("/invalid-utf8-line3.txt"));
        QVERIFY(r.error);
        // "The third line has a bad byte: caf" is 34 bytes; the bad byte is the 35th.
        QVERIFY2(r.error->message.contains(QStringLiteral("byte 35")), qPrintable(r.error->toString()));
    }

    void oversizedArticleIsRefused()
    {
        QByteArray data(ArticleReader::maxFileSize + 1, 'a');
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const ArticleReadResult r = ArticleReader::read(buffer, QStringLiteral("huge.txt"));
        QVERIFY(!r.article);
        QVERIFY(r.error);
        QCOMPARE(r.error->fileName, QStringLiteral("huge.txt"));
        QVERIFY2(
            r.error->message.contains(QStringLiteral("at most 16 MiB")), qPrintable(r.error->toString()));
    }

    void splitting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        QTest::newRow("U.S. mid-sentence")
            << "The U.S. delegation voted no. Others agreed."
            << QStringList { "The U.S. delegation voted no.", "Others agreed." };
        QTest::newRow("Mr. before a name")
            << "Mr. Smith said so. He left." << QStringList { "Mr. Smith said so.", "He left." };
        QTest::newRow("headline without a full stop")
            << "UN backs Ukraine\nThe vote was held on Monday."
            << QStringList { "UN backs Ukraine", "The vote was held on Monday." };
        QTest::newRow("symbol with full stops stays whole")
            << "Draft A/ES-11/L.16/Rev.1 was adopted. It passed."
            << QStringList { "Draft A/ES-11/L.16/Rev.1 was adopted.", "It passed." };
        QTest::newRow("question and exclamation")
            << "Who voted no? Twelve states! Enough."
            << QStringList { "Who voted no?", "Twelve states!", "Enough." };
        QTest::newRow("German date with a day number and a full stop")
            << u"Die Abstimmung am 3. Dezember 2025 erforderte eine Zweidrittelmehrheit. Russland stimmte dagegen."_qs
            << QStringList { u"Die Abstimmung am 3. Dezember 2025 erforderte eine Zweidrittelmehrheit."_qs,
                   u"Russland stimmte dagegen."_qs };
        QTest::newRow("German ordinal after an article")
            << u"Die Abstimmung fand auf der 11. Notstandssondertagung der Generalversammlung statt."_qs
            << QStringList { u"Die Abstimmung fand auf der 11. Notstandssondertagung der Generalversammlung statt."_qs };
        QTest::newRow("German count at the end of a sentence still ends it")
            << u"Dafür stimmten die Staaten mit 91. Dagegen stimmten 12 Staaten."_qs
            << QStringList { u"Dafür stimmten die Staaten mit 91."_qs, u"Dagegen stimmten 12 Staaten."_qs };
        QTest::newRow("German word ending in r before a full stop ends the sentence (ICU's 'r.' is an abbreviation only alone)")
            << u"Die Ja-Stimmen entsprachen 48 Prozent der 193 Mitglieder. Mehr als 60 Länder enthielten sich dafür."_qs
            << QStringList { u"Die Ja-Stimmen entsprachen 48 Prozent der 193 Mitglieder."_qs,
                   u"Mehr als 60 Länder enthielten sich dafür."_qs };
        QTest::newRow("German abbreviations keep their sentence")
            << u"Die Resolution Nr. 5 wurde angenommen, vgl. Dr. Meier und die Staaten der Welt. Russland stimmte dagegen."_qs
            << QStringList { u"Die Resolution Nr. 5 wurde angenommen, vgl. Dr. Meier und die Staaten der Welt."_qs,
                   u"Russland stimmte dagegen."_qs };
        QTest::newRow("abbreviations in names ICU lacks: U.N., St.")
            << u"The U.N. General Assembly voted. St. Lucia and St. Kitts and Nevis voted yes. Cuba abstained."_qs
            << QStringList { u"The U.N. General Assembly voted."_qs, u"St. Lucia and St. Kitts and Nevis voted yes."_qs,
                   u"Cuba abstained."_qs };
        QTest::newRow("a line break after a day number is a break")
            << u"Die Sitzung vom 3.\nDezember war kurz."_qs
            << QStringList { u"Die Sitzung vom 3."_qs, u"Dezember war kurz."_qs };
        QTest::newRow("a scraper's date stamp is no part of the first sentence")
            << " date 2025-12-04 The aggressor state and 11 others opposed it. Then 91 backed it."
            << QStringList { "The aggressor state and 11 others opposed it.", "Then 91 backed it." };
        QTest::newRow("a date and time stamp")
            << "2025-12-04T10:15 Russia voted no." << QStringList { "Russia voted no." };
        QTest::newRow("an ISO date inside a sentence stays")
            << "On 2025-12-04 the ministry said so." << QStringList { "On 2025-12-04 the ministry said so." };
        QTest::newRow("only white space") << " \n\t \n" << QStringList {};
        QTest::newRow("empty") << "" << QStringList {};
    }

    void splitting()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        const Article a = ArticleReader::fromText(text, QStringLiteral("t"));
        QCOMPARE(sentenceTexts(a), sentences);
    }

    void spansIndexTheText()
    {
        const QString text = QStringLiteral("  \U0001F5F3 Headline with \U0001F1FA\U0001F1E6 flag\n\n   "
                                            "Ninety-one states voted yes.   The U.S. "
                                            "voted no.\r\nMr. Smith said so.");
        const Article a = ArticleReader::fromText(text, QStringLiteral("t"));
        QCOMPARE(a.sentences.size(), 4);
        int previousEnd = 0;
        for (const Sentence& s : a.sentences) {
            QCOMPARE(a.text.mid(s.start, s.end - s.start), s.text);
            QVERIFY(s.start >= previousEnd);
            QVERIFY(!s.text.front().isSpace() && !s.text.back().isSpace());
            previousEnd = s.end;
        }
        QCOMPARE(a.sentences.at(1).text, QStringLiteral("Ninety-one states voted yes."));
    }

    void codePointOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf16");
        QTest::addColumn<int>("codePoints");
        QTest::newRow("ASCII") << "Vote." << 3 << 3;
        QTest::newRow("after one emoji") << "\U0001F5F3 Vote." << 3 << 2;
        QTest::newRow("after a flag (two astral characters)") << "\U0001F1FA\U0001F1E6 x" << 5 << 3;
        QTest::newRow("BMP accents count once each") << "caf\u00E9 \u0423" << 6 << 6;
        QTest::newRow("past the end clamps") << "\U0001F5F3" << 10 << 1;
        QTest::newRow("start") << "\U0001F5F3" << 0 << 0;
    }

    void codePointOffsets()
    {
        QFETCH(QString, text);
        QFETCH(int, utf16);
        QFETCH(int, codePoints);
        const Article a = ArticleReader::fromText(text, QStringLiteral("t"));
        QCOMPARE(a.codePointOffset(utf16), codePoints);
    }
};

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
