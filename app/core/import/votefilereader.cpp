// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/votefilereader.h"

#include "core/import/csvreader.h"
#include "core/import/importcontext.h"
#include "core/import/longlayoutreader.h"
#include "core/import/widelayoutreader.h"

#include <QFile>

namespace {

bool looksLikeJson(QIODevice& device)
{
    QByteArray head = device.peek(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    for (const char c : std::as_const(head)) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

void readJson(QIODevice& device, const QString& fileName, ImportResult& result)
{
    const RecordReadResult read = RecordFile::read(device, fileName);
    result.errors = read.errors;
    if (read.ok())
        result.database = VoteDatabase::fromRecords(read.records);
}

void readCsv(CsvReader& csv, ImportContext& context)
{
    const CsvReader::Status status = csv.next();
    if (status == CsvReader::Status::Error) {
        context.error(csv.error().line, csv.error().message);
        return;
    }
    if (status == CsvReader::Status::End) {
        context.error(0, QStringLiteral("the file is empty"));
        return;
    }
    QList<QByteArray> names;
    QList<QByteArray> keys;
    for (int i = 0; i < csv.fieldCount(); ++i) {
        names << ImportContext::trimmed(csv.field(i)).toByteArray();
        keys << ImportContext::columnKey(csv.field(i));
    }
    if (WideLayoutReader::recognises(keys, names)) {
        WideLayoutReader::read(csv, context);
    } else if (LongLayoutReader::recognises(keys)) {
        LongLayoutReader::read(csv, context);
    } else {
        context.error(csv.line(),
            QStringLiteral(
                "not a vote file Plenary knows: expected the UN Digital Library's long CSV header "
                "(undl_id, ms_code, ms_name, ms_vote, date, resolution, title, total_yes, ...), its "
                "wide CSV header (Resolution, Date, YES COUNT, ..., then one ISO3 column per state) "
                "or a Plenary JSON record file"));
    }
}

} // namespace

ImportResult VoteFileReader::read(QIODevice& device, const QString& fileName, const ImportProgress& progress)
{
    ImportResult result;
    const qint64 total = device.isSequential() ? 0 : device.size();
    ImportContext context(result, fileName, progress, total);
    if (!context.progress(0))
        return result;
    if (looksLikeJson(device)) {
        readJson(device, fileName, result);
    } else {
        CsvReader csv(device, fileName);
        readCsv(csv, context);
        if (!csv.warnings().isEmpty())
            result.warnings = csv.warnings() + result.warnings;
    }
    if (result.cancelled)
        return result;
    context.finish();
    return result;
}

ImportResult VoteFileReader::readFile(const QString& path, const ImportProgress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.errors.append({ path, 0, QStringLiteral("cannot open the file: %1").arg(file.errorString()) });
        return result;
    }
    return read(file, path, progress);
}
