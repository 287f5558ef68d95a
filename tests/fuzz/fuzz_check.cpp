// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes, read as a .txt and as an .html article (ArticleReader's byte entry point:
// size limit, UTF-8 validation, HTML stripping, sentence splitting), then checked against the embedded
// example record in each supported language and with the language detected. A crash, a sanitizer
// report or a run past -timeout is a bug. Build with the `fuzz` preset; .ci/fuzz.sh runs it.

#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/check/language.h"
#include "core/record/recordlibrary.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

void checkEveryWay(const Article& article)
{
    static const Checker checker; // one for the whole run, as `plenary --check` keeps one
    const VoteRecord& record = RecordLibrary::example();
    for (const QString& lang : Language::supported()) {
        const CheckResult result = checker.check(article, record, lang);
        if (result.lang != lang)
            __builtin_trap(); // a forced language must be the one read
    }
    const CheckResult detected = checker.check(article, record);
    if (!Language::isSupported(detected.lang))
        __builtin_trap();
    // Every statement's span lies inside the article, as the JSON output and the window rely on.
    for (const Statement& s : detected.statements) {
        if (s.start < 0 || s.start > s.end || s.end > article.text.size())
            __builtin_trap();
    }
}

void readAndCheck(const QByteArray& bytes, const QString& name)
{
    QByteArray copy = bytes; // QBuffer wants a modifiable array; this one shares the fuzzer's bytes
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const ArticleReadResult read = ArticleReader::read(buffer, name);
    if (read.article.has_value() == read.error.has_value())
        __builtin_trap(); // exactly one of an article and an error
    if (read.article)
        checkEveryWay(*read.article);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    readAndCheck(bytes, QStringLiteral("fuzz.txt"));
    readAndCheck(bytes, QStringLiteral("fuzz.html"));
    return 0;
}
