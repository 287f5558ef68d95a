// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvreader.h"

#include <QBuffer>
#include <QTest>

namespace {

struct Parsed
{
    QList<QStringList> records;
    QList<int> lines;
    CsvReader::Status last = CsvReader::Status::End;
    ReadError error;
    QList<ReadError> warnings;
};

Parsed parse(const QByteArray& bytes, CsvReader::Limits limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader csv(buffer, QStringLiteral("test.csv"), limits);
    Parsed out;
    while ((out.last = csv.next()) == CsvReader::Status::Record) {
        QStringList fields;
        for (int i = 0; i < csv.fieldCount(); ++i)
            fields << csv.text(i);
        out.records << fields;
        out.lines << csv.line();
    }
    out.error = csv.error();
    out.warnings = csv.warnings();
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRecords_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        const QStringList ab { QStringLiteral("a"), QStringLiteral("b") };
        const QStringList cd { QStringLiteral("c"), QStringLiteral("d") };
        QTest::newRow("plain LF") << QByteArray("a,b\nc,d\n") << QList<QStringList> { ab, cd }
                                  << QList<int> { 1, 2 };
        QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << QList<QStringList> { ab, cd }
                              << QList<int> { 1, 2 };
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                       "a,b\nc,d\n")
                                         << QList<QStringList> { ab, cd } << QList<int> { 1, 2 };
        QTest::newRow("no newline at the end")
            << QByteArray("a,b\nc,d") << QList<QStringList> { ab, cd } << QList<int> { 1, 2 };
        QTest::newRow("blank lines skipped but counted")
            << QByteArray("a,b\n\n\nc,d\n") << QList<QStringList> { ab, cd } << QList<int> { 1, 4 };
        QTest::newRow("quoted comma")
            << QByteArray("\"a,1\",b\n")
            << QList<QStringList> { { QStringLiteral("a,1"), QStringLiteral("b") } } << QList<int> { 1 };
        QTest::newRow("doubled quotes")
            << QByteArray("\"say \"\"no\"\"\",b\n")
            << QList<QStringList> { { QStringLiteral("say \"no\""), QStringLiteral("b") } }
            << QList<int> { 1 };
        QTest::newRow("line break in quotes moves the next record's line")
            << QByteArray("\"two\nlines\",b\r\nc,d\n")
            << QList<QStringList> { { QStringLiteral("two\nlines"), QStringLiteral("b") }, cd }
            << QList<int> { 1, 3 };
        QTest::newRow("empty fields")
            << QByteArray(",,\n") << QList<QStringList> { { QString(), QString(), QString() } }
            << QList<int> { 1 };
        QTest::newRow("empty quoted field")
            << QByteArray("\"\",b\n") << QList<QStringList> { { QString(), QStringLiteral("b") } }
            << QList<int> { 1 };
        QTest::newRow("UTF-8 kept") << QByteArray("C\xC3\xB4te d'Ivoire\n")
                                    << QList<QStringList> { { QStringLiteral("C\u00F4te d'Ivoire") } }
                                    << QList<int> { 1 };
    }

    void readsRecords()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        const Parsed p = parse(bytes);
        QCOMPARE(p.last, CsvReader::Status::End);
        QCOMPARE(p.records, records);
        QCOMPARE(p.lines, lines);
        QVERIFY(p.warnings.isEmpty());
    }

    void unclosedQuoteNamesTheLineItStartsOn()
    {
        const Parsed p = parse("a,b\nc,d\n\"never\nclosed,e\n");
        QCOMPARE(p.last, CsvReader::Status::Error);
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.error.line, 3);
        QVERIFY2(p.error.message.contains(u"never closed"), qPrintable(p.error.message));
        QCOMPARE(p.error.toString().left(11), QStringLiteral("test.csv:3:"));
    }

    void hostileRecordIsBounded_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("overlong quoted field")
            << (QByteArray("ok\n\"") + QByteArray(3 * 1024 * 1024, 'x') + QByteArray("\"\n")) << 2;
        QTest::newRow("too many fields")
            << (QByteArray("ok\n") + QByteArray(5000, ',') + QByteArray("\n")) << 2;
    }

    void hostileRecordIsBounded()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        CsvReader::Limits limits;
        limits.maxRecordBytes = 1024 * 1024;
        limits.maxFields = 1000;
        const Parsed p = parse(bytes, limits);
        QCOMPARE(p.last, CsvReader::Status::Error);
        QCOMPARE(p.records.size(), 1);
        QCOMPARE(p.error.line, line);
    }

    void latin1IsDecodedWithOneWarning()
    {
        const Parsed p = parse("name\nFrance\nC\xF4te d'Ivoire\nS\xE3o Tom\xE9 \x96 Pr\xEDncipe\n");
        QCOMPARE(p.records.size(), 4);
        QCOMPARE(p.records.at(2).first(), QStringLiteral("C\u00F4te d'Ivoire"));
        QCOMPARE(p.records.at(3).first(), QStringLiteral("S\u00E3o Tom\u00E9 \u2013 Pr\u00EDncipe"));
        QCOMPARE(p.warnings.size(), 1);
        QCOMPARE(p.warnings.first().line, 3);
        QVERIFY(p.warnings.first().message.contains(u"Latin-1"));
    }

    void recordsAcrossReadBlocks()
    {
        // More than one 4 MiB block, with quoted line breaks: every record and line number must survive.
        QByteArray bytes;
        const int count = 120000;
        for (int i = 0; i < count; ++i)
            bytes += "row" + QByteArray::number(i) + ",\"quoted, with\nbreak\",padding-padding-padding\r\n";
        const Parsed p = parse(bytes);
        QCOMPARE(p.last, CsvReader::Status::End);
        QCOMPARE(p.records.size(), count);
        QCOMPARE(p.records.last().first(), QStringLiteral("row%1").arg(count - 1));
        QCOMPARE(p.records.last().at(1), QStringLiteral("quoted, with\nbreak"));
        QCOMPARE(p.lines.last(), 2 * count - 1);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
