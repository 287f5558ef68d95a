// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes, read as a .txt and as an .html article (ArticleReader's byte entry point:
// size limit, UTF-8 validation, HTML stripping, sentence splitting), then checked against the embedded
// example record with the language detected and forced to one of the six (chosen by the input).
// A crash, a sanitizer report or a run past -timeout is a bug. Build with the `fuzz` preset;
// .ci/fuzz.sh runs it.

#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/check/language.h"
#include "core/record/recordlibrary.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

/// Checks \a article with the language detected and forced to \a lang.
void check(const Article& article, const QString& lang)
{
    static const Checker checker; // one for the whole run, as `plenary --check` keeps one
    const VoteRecord& record = RecordLibrary::example();
    const CheckResult forced = checker.check(article, record, lang);
    if (forced.lang != lang)
        __builtin_trap(); // a forced language must be the one read
    const CheckResult detected = checker.check(article, record);
    if (!Language::isSupported(detected.lang))
        __builtin_trap();
    // Every statement's span lies inside the article, as the JSON output and the window rely on.
    for (const CheckResult* r : { &forced, &detected }) {
        for (const Statement& s : r->statements) {
            if (s.start < 0 || s.start > s.end || s.end > article.text.size())
                __builtin_trap();
        }
    }
}

void readAndCheck(const QByteArray& bytes, const QString& name, const QString& lang)
{
    QByteArray copy = bytes; // QBuffer wants a modifiable array; this one shares the fuzzer's bytes
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const ArticleReadResult read = ArticleReader::read(buffer, name);
    if (read.article.has_value() == read.error.has_value())
        __builtin_trap(); // exactly one of an article and an error
    if (read.article)
        check(*read.article, lang);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    // The forced language comes from the input's last byte: every language is forced on some inputs, and
    // an input costs four checks rather than fourteen (checking grows with the text, and sanitizers
    // slow it about twentyfold).
    const QStringList& langs = Language::supported();
    const QString& lang = langs.at(size ? data[size - 1] % langs.size() : 0);
    readAndCheck(bytes, QStringLiteral("fuzz.txt"), lang);
    readAndCheck(bytes, QStringLiteral("fuzz.html"), lang);
    return 0;
}
