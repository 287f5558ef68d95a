// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/recordlibrary.h"

#include "core/record/recordfile.h"

#include <QFile>

namespace {
const QString examplePath = QStringLiteral(":/articles/es11-9-unn.txt");
}

const QList<VoteRecord>& RecordLibrary::embedded()
{
    static const QList<VoteRecord> records = [] {
        RecordReadResult r = RecordFile::readFile(QStringLiteral(":/records/es11.json"));
        Q_ASSERT_X(r.ok(), "RecordLibrary", qPrintable(r.errorText()));
        return r.records;
    }();
    return records;
}

const VoteRecord& RecordLibrary::example()
{
    return embedded().constFirst();
}

QString RecordLibrary::exampleArticleText()
{
    QFile file(examplePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString RecordLibrary::exampleArticleName()
{
    return QStringLiteral("Example article (UNN, 4 December 2025)");
}

const VoteRecord* RecordLibrary::find(const QList<VoteRecord>& records, const QString& symbol)
{
    auto norm = [](QString s) { return s.remove(u' ').toUpper(); };
    const QString wanted = norm(symbol);
    for (const VoteRecord& r : records) {
        if (norm(r.symbol) == wanted)
            return &r;
    }
    return nullptr;
}
