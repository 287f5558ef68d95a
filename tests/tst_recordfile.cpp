// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/recordfile.h"
#include "core/record/recordlibrary.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString recordsDir()
{
    return QStringLiteral(PLENARY_TEST_DATA "/records");
}

/// A device that claims to be larger than any record file may be, without holding the bytes.
class OversizedDevice : public QIODevice
{
public:
    explicit OversizedDevice(qint64 size)
        : m_size(size)
    {
    }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_size - pos());
        std::fill_n(data, n, ' ');
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_size;
};

/// A pipe-like device (no size known in advance) that streams \a total bytes of white space.
class StreamingDevice : public QIODevice
{
public:
    explicit StreamingDevice(qint64 total)
        : m_left(total)
    {
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_left);
        std::fill_n(data, n, ' ');
        m_left -= n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_left;
};

VoteRecord richRecord()
{
    VoteRecord r;
    r.symbol = QStringLiteral("A/RES/TEST/2");
    r.title = QStringLiteral("Quotes \"inside\", a back\\slash, Cyrillic "
                             "\u0423\u043A\u0440\u0430\u0457\u043D\u0430 and \U0001F5F3");
    r.date = QDate(2023, 2, 23);
    r.body = QStringLiteral("committee");
    r.session = QStringLiteral("ES-11");
    r.draft = QStringLiteral("A/ES-11/L.7");
    r.undlRecord = QStringLiteral("4003874");
    r.majority = Majority::TwoThirds;
    r.membership = 4;
    r.publishedTotals = VoteTotals { 2, 1, 0, 1 };
    r.sponsors = QStringList { QStringLiteral("UKR"), QStringLiteral("CAN") };
    r.sources = QStringList { QStringLiteral("https://digitallibrary.un.org/record/4003874"),
        QStringLiteral("GA/12492") };
    r.snapshot = QDate(2024, 1, 31);
    r.votes = {
        { QStringLiteral("UKR"), QStringLiteral("Ukraine"), RegionalGroup::EasternEuropean, Vote::Yes },
        { QStringLiteral("CAN"), QStringLiteral("Canada"), RegionalGroup::WesternEuropeanOthers, Vote::Yes },
        { QStringLiteral("RUS"), QStringLiteral("Russian Federation"), RegionalGroup::EasternEuropean,
            Vote::No },
        // A former member: not in the compiled-in list, so its name and no group must survive.
        { QStringLiteral("YUG"), QStringLiteral("Yugoslavia"), RegionalGroup::None, Vote::NonVoting },
    };
    return r;
}

VoteRecord minimalRecord()
{
    VoteRecord r;
    r.symbol = QStringLiteral("A/RES/TEST/3");
    r.date = QDate(2020, 1, 1);
    r.votes = { { QStringLiteral("FRA"), QStringLiteral("France"), RegionalGroup::WesternEuropeanOthers,
        Vote::Abstain } };
    return r;
}

} // namespace

/// RecordFile: the JSON record format, its errors, and the embedded ES-11 records.
class TestRecordFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QList<VoteRecord>>("records");
        QTest::newRow("every field set, non-member state, unicode title")
            << QList<VoteRecord> { richRecord() };
        QTest::newRow("only required fields") << QList<VoteRecord> { minimalRecord() };
        QTest::newRow("two records") << QList<VoteRecord> { richRecord(), minimalRecord() };
        VoteRecord noSponsors = richRecord();
        noSponsors.sponsors = QStringList();
        QTest::newRow("empty sponsor list stays distinct from no list") << QList<VoteRecord> { noSponsors };
        QTest::newRow("embedded ES-11 records") << RecordLibrary::embedded();
    }

    void roundTrip()
    {
        QFETCH(QList<VoteRecord>, records);
        const QByteArray written = RecordFile::write(records);
        QBuffer buffer;
        buffer.setData(written);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const RecordReadResult read = RecordFile::read(buffer, QStringLiteral("roundtrip.json"));
        QVERIFY2(read.ok(), qPrintable(read.errorText()));
        QCOMPARE(read.records.size(), records.size());
        // Byte comparison first: on failure it shows where the two differ.
        QCOMPARE(RecordFile::write(read.records), written);
        QVERIFY(read.records == records);
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(read.records.at(i).totals(), records.at(i).totals());
            QCOMPARE(read.records.at(i).sponsors.has_value(), records.at(i).sponsors.has_value());
        }
    }

    void embeddedEs11_9()
    {
        const VoteRecord* r = RecordLibrary::find(RecordLibrary::embedded(), QStringLiteral("a/res/es-11/9"));
        QVERIFY(r);
        QCOMPARE(&RecordLibrary::example(), r);
        QCOMPARE(r->symbol, QStringLiteral("A/RES/ES-11/9"));
        QCOMPARE(r->date, QDate(2025, 12, 3));
        QCOMPARE(r->totals(), (VoteTotals { 91, 12, 57, 33 }));
        QCOMPARE(r->votes.size(), 193);
        QCOMPARE(r->membership, 193);
        QCOMPARE(r->draft, QStringLiteral("A/ES-11/L.16/Rev.1"));
        QCOMPARE(r->undlRecord, QStringLiteral("4094643"));
        QCOMPARE(r->undlLink(), QStringLiteral("https://digitallibrary.un.org/record/4094643"));
        QCOMPARE(r->majority, Majority::TwoThirds);
        QCOMPARE(r->requiredYes(), std::optional<int>(69)); // ceil(2/3 of 91 + 12 = 103)
        QCOMPARE(r->adopted(), std::optional<bool>(true));
        QCOMPARE(r->voteOf(u"RUS")->vote, Vote::No);
        QCOMPARE(r->voteOf(u"rus")->name, QStringLiteral("Russian Federation"));
        QCOMPARE(r->warnings(), QStringList());
    }

    void embeddedEs11_1()
    {
        const VoteRecord* r = RecordLibrary::find(RecordLibrary::embedded(), QStringLiteral("A/RES/ES-11/1"));
        QVERIFY(r);
        QCOMPARE(r->totals(), (VoteTotals { 141, 5, 35, 12 }));
        QCOMPARE(r->votes.size(), 193);
        QCOMPARE(r->date, QDate(2022, 3, 2));
        QCOMPARE(r->warnings(), QStringList());
    }

    void embeddedRecordsAgreeWithPublishedTotals_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<VoteTotals>("expected");
        QTest::newRow("ES-11/9 91-12-57") << QStringLiteral("A/RES/ES-11/9") << VoteTotals { 91, 12, 57, 33 };
        QTest::newRow("ES-11/8 93-8-73") << QStringLiteral("A/RES/ES-11/8") << VoteTotals { 93, 8, 73, 19 };
        QTest::newRow("ES-11/7 93-18-65") << QStringLiteral("A/RES/ES-11/7") << VoteTotals { 93, 18, 65, 17 };
        QTest::newRow("ES-11/1 141-5-35") << QStringLiteral("A/RES/ES-11/1") << VoteTotals { 141, 5, 35, 12 };
    }

    void embeddedRecordsAgreeWithPublishedTotals()
    {
        QFETCH(QString, symbol);
        QFETCH(VoteTotals, expected);
        const VoteRecord* r = RecordLibrary::find(RecordLibrary::embedded(), symbol);
        QVERIFY(r);
        QCOMPARE(r->totals(), expected);
        QCOMPARE(r->publishedTotals, std::optional<VoteTotals>(expected));
        QCOMPARE(r->votes.size(), 193);
        QCOMPARE(r->warnings(), QStringList());
    }

    void requiredMajority_data()
    {
        QTest::addColumn<int>("yes");
        QTest::addColumn<int>("no");
        QTest::addColumn<Majority>("majority");
        QTest::addColumn<std::optional<int>>("required");
        QTest::addColumn<std::optional<bool>>("adopted");
        QTest::newRow("two thirds of 3: 2 needed, 2 is enough")
            << 2 << 1 << Majority::TwoThirds << std::optional<int>(2) << std::optional<bool>(true);
        QTest::newRow("two thirds of 4: 3 needed, 2 is not enough")
            << 2 << 2 << Majority::TwoThirds << std::optional<int>(3) << std::optional<bool>(false);
        QTest::newRow("simple of 4: tie fails")
            << 2 << 2 << Majority::Simple << std::optional<int>(3) << std::optional<bool>(false);
        QTest::newRow("simple of 3") << 2 << 1 << Majority::Simple << std::optional<int>(2)
                                     << std::optional<bool>(true);
        QTest::newRow("majority not recorded")
            << 2 << 1 << Majority::Unknown << std::optional<int>() << std::optional<bool>();
    }

    void requiredMajority()
    {
        QFETCH(int, yes);
        QFETCH(int, no);
        QFETCH(Majority, majority);
        QFETCH(std::optional<int>, required);
        QFETCH(std::optional<bool>, adopted);
        VoteRecord r;
        r.majority = majority;
        const auto& states = MemberStates::all();
        for (int i = 0; i < yes + no; ++i)
            r.votes.append(
                { states.at(i).iso3, states.at(i).name, states.at(i).group, i < yes ? Vote::Yes : Vote::No });
        r.votes.append(
            { states.at(yes + no).iso3, states.at(yes + no).name, states.at(yes + no).group, Vote::Abstain });
        QCOMPARE(r.requiredYes(), required);
        QCOMPARE(r.adopted(), adopted);
    }

    void goodFileLoads()
    {
        const RecordReadResult r
            = RecordFile::readFile(recordsDir() + QStringLiteral("/good-three-states.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.records.size(), 1);
        const VoteRecord& v = r.records.first();
        QCOMPARE(v.symbol, QStringLiteral("A/RES/TEST/1"));
        QCOMPARE(v.totals(), (VoteTotals { 1, 1, 1, 0 }));
        QCOMPARE(v.voteOf(u"DEU")->name, QStringLiteral("Germany"));
        QCOMPARE(v.voteOf(u"DEU")->group, RegionalGroup::WesternEuropeanOthers);
        QCOMPARE(v.majority, Majority::Simple);
        QCOMPARE(v.body, QStringLiteral("plenary"));
        QCOMPARE(v.warnings(), QStringList());
    }

    void badFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QStringList>("says"); // each must appear in the message

        QTest::newRow("truncated file is not valid JSON")
            << "bad-truncated.json" << 13 << QStringList { "not valid JSON" };
        QTest::newRow("wrong format name")
            << "bad-format.json" << 2 << QStringList { "not a Plenary record file", "plenary-record" };
        QTest::newRow("unsupported version")
            << "bad-version.json" << 3 << QStringList { "unsupported format version 2" };
        QTest::newRow("version written as text")
            << "bad-version-as-text.json" << 3 << QStringList { "\"version\" must be the number 1" };
        QTest::newRow("record without votes")
            << "bad-missing-votes.json" << 5 << QStringList { "missing \"votes\"" };
        QTest::newRow("unknown vote code Q")
            << "bad-vote-code.json" << 13 << QStringList { "\"Q\"", "DEU", "Y, N, A or X" };
        QTest::newRow("state listed twice")
            << "bad-duplicate-state.json" << 14 << QStringList { "FRA", "twice" };
        QTest::newRow("non-member without a name")
            << "bad-nonmember-without-name.json" << 14
            << QStringList { "XKX", "not a current UN member state", "\"name\"" };
        QTest::newRow("month 13 is not a date")
            << "bad-date.json" << 8 << QStringList { "\"date\"", "2024-13-45", "YYYY-MM-DD" };
        QTest::newRow("misspelt majority key")
            << "bad-majority.json" << 9 << QStringList { "\"two-third\"", "two-thirds" };
        QTest::newRow("empty file") << "bad-empty.json" << 1 << QStringList { "empty" };
        QTest::newRow("top level is an array")
            << "bad-top-level-array.json" << 1 << QStringList { "JSON object" };
        QTest::newRow("invalid UTF-8 in the title")
            << "bad-invalid-utf8.json" << 7 << QStringList { "not valid JSON" };
        QTest::newRow("binary garbage") << "bad-binary-garbage.json" << 1 << QStringList { "not valid JSON" };
    }

    void badFile()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QStringList, says);
        const QString path = recordsDir() + u'/' + file;
        const RecordReadResult r = RecordFile::readFile(path);
        QVERIFY2(!r.ok(), "a broken file must not load");
        QVERIFY(r.records.isEmpty());
        const ReadError& e = r.errors.first();
        QCOMPARE(e.fileName, path);
        QCOMPARE(e.line, line);
        for (const QString& s : says)
            QVERIFY2(e.message.contains(s),
                qPrintable(QStringLiteral("\"%1\" does not say \"%2\"").arg(e.message, s)));
        QVERIFY2(r.errorText().startsWith(QStringLiteral("%1:%2: ").arg(path).arg(line)),
            qPrintable(r.errorText()));
    }

    void missingFileIsNamed()
    {
        const QString path = recordsDir() + QStringLiteral("/no-such-file.json");
        const RecordReadResult r = RecordFile::readFile(path);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().fileName, path);
        QVERIFY2(r.errorText().contains(QStringLiteral("cannot open")), qPrintable(r.errorText()));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("100000 nested arrays") << QByteArray(100000, '[');
        QTest::newRow("100000 nested objects") << QByteArray("{\"a\":").repeated(100000);
        QByteArray deepValid
            = QByteArray("{\"format\":\"plenary-record\",\"version\":1,\"records\":[{\"symbol\":")
            + QByteArray(500, '[') + QByteArray(500, ']') + "}]}";
        QTest::newRow("500 nested arrays inside a valid file") << deepValid;
        QTest::newRow("only a NUL byte") << QByteArray(1, '\0');
        QTest::newRow("lone UTF-16 BOM") << QByteArray("\xFF\xFE{\0}\0", 6);
    }

    void hostileInput()
    {
        QFETCH(QByteArray, data);
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const RecordReadResult r = RecordFile::read(buffer, QStringLiteral("hostile.json"));
        QVERIFY(!r.ok());
        QVERIFY(r.records.isEmpty());
        QCOMPARE(r.errors.first().fileName, QStringLiteral("hostile.json"));
        QVERIFY(r.errors.first().line >= 1);
    }

    void oversizedFileIsRefusedUnread()
    {
        OversizedDevice device(RecordFile::maxFileSize + 1);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const RecordReadResult r = RecordFile::read(device, QStringLiteral("huge.json"));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().fileName, QStringLiteral("huge.json"));
        QVERIFY2(
            r.errors.first().message.contains(QStringLiteral("at most 64 MiB")), qPrintable(r.errorText()));
        QCOMPARE(device.pos(), 0); // the size alone decides: nothing was read
    }

    void fileOfExactlyTheLimitIsRead()
    {
        // One byte under the limit passes the size check and fails only as JSON.
        OversizedDevice device(RecordFile::maxFileSize);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const RecordReadResult r = RecordFile::read(device, QStringLiteral("limit.json"));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(!r.errors.first().message.contains(QStringLiteral("MiB")), qPrintable(r.errorText()));
    }

    void oversizedStreamIsRefused()
    {
        StreamingDevice device(RecordFile::maxFileSize + 10);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const RecordReadResult r = RecordFile::read(device, QStringLiteral("pipe.json"));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().message.contains(QStringLiteral("larger than 64 MiB")),
            qPrintable(r.errorText()));
    }

    void publishedTotalsThatDisagreeWarn()
    {
        const RecordReadResult r
            = RecordFile::readFile(recordsDir() + QStringLiteral("/warn-published-totals-disagree.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const VoteRecord& v = r.records.first();
        QCOMPARE(v.totals(), (VoteTotals { 1, 1, 1, 0 }));
        const QStringList w = v.warnings();
        QCOMPARE(w.size(), 1);
        QVERIFY2(w.first().contains(QStringLiteral("A/RES/TEST/1")), qPrintable(w.first()));
        QVERIFY2(w.first().contains(QStringLiteral("(2 yes, 1 no, 0 abstain, 0 non-voting)")),
            qPrintable(w.first()));
        QVERIFY2(w.first().contains(QStringLiteral("(1 yes, 1 no, 1 abstain, 0 non-voting)")),
            qPrintable(w.first()));
    }

    void membershipMismatchWarns()
    {
        VoteRecord r = minimalRecord();
        r.membership = 193;
        const QStringList w = r.warnings();
        QCOMPARE(w.size(), 1);
        QVERIFY2(
            w.first().contains(QStringLiteral("lists 1 states")) && w.first().contains(QStringLiteral("193")),
            qPrintable(w.first()));
    }

    void saveToUnwritablePathFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A regular file where a directory should be: no user, not even root, can write below it.
        const QString blocker = dir.filePath(QStringLiteral("not-a-dir"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString path = blocker + QStringLiteral("/out.json");
        QString error;
        QVERIFY(!RecordFile::save(path, { minimalRecord() }, &error));
        QVERIFY2(error.startsWith(path + u':'), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("cannot write")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void saveReplacesExistingFileCompletely()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("records.json"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(200000, 'x')); // longer than what replaces it
        }
        QString error;
        QVERIFY2(RecordFile::save(path, { minimalRecord() }, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), RecordFile::write({ minimalRecord() }));
        const RecordReadResult back = RecordFile::readFile(path);
        QVERIFY2(back.ok(), qPrintable(back.errorText()));
        QVERIFY(back.records == QList<VoteRecord> { minimalRecord() });
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("records.json") });
    }
};

QTEST_GUILESS_MAIN(TestRecordFile)
#include "tst_recordfile.moc"
