// SPDX-License-Identifier: GPL-3.0-or-later
// How long checking a 1,000-word article takes, per language, beside the 20 ms target and beside reading
// the article by hand. Prints figures; asserts nothing (tests/bench/run.sh runs it).
//   bench_check [RUNS]   (default 50)

#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/check/language.h"
#include "core/record/recordlibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

constexpr int articleWords = 1000;
constexpr double targetMs = 20.0;
// Silent reading of non-fiction by English-speaking adults: 238 words per minute, the meta-analysis of
// 190 studies in M. Brysbaert, "How many words do we read per minute? A review and meta-analysis of
// reading rate", Journal of Memory and Language 109 (2019) 104047.
constexpr double readingWordsPerMinute = 238.0;

QStringList paragraphs(const QString& lang)
{
    QFile file(QStringLiteral(PLENARY_BENCH_DATA "/%1.txt").arg(lang));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList list = QString::fromUtf8(file.readAll()).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (QString& p : list)
        p = p.trimmed();
    return list;
}

/// Exactly \a words words: the paragraphs in turn, each round starting one paragraph later, the last one
/// cut at a word and closed with a full stop.
QString articleOf(const QStringList& paras, int words)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList out;
    int count = 0;
    for (int round = 0; count < words; ++round) {
        for (qsizetype i = 0; i < paras.size() && count < words; ++i) {
            const QString& p = paras.at((i + round) % paras.size());
            const QStringList w = p.split(space, Qt::SkipEmptyParts);
            if (count + w.size() <= words) {
                out << p;
                count += int(w.size());
            } else {
                QString cut = w.mid(0, words - count).join(u' ');
                while (!cut.isEmpty() && !cut.back().isLetterOrNumber())
                    cut.chop(1);
                out << cut + u'.';
                count = words;
            }
        }
    }
    return out.join(QStringLiteral("\n\n"));
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;
    const VoteRecord& record = RecordLibrary::example();
    const Checker checker; // once, as `plenary --check` does for all its articles
    const double readingMs = articleWords / readingWordsPerMinute * 60000.0;

    std::printf("Checking a %d-word article against %s (sentence splitting + Checker::check, language "
                "detected),\n%d runs after a first run that builds the language's lexicons and ICU "
                "formatters; one Checker.\n",
        articleWords, qPrintable(record.symbol), runs);
    std::printf("Reading it by hand: %d words at %.0f words/minute (Brysbaert 2019) = %.0f s.\n\n",
        articleWords, readingWordsPerMinute, readingMs / 1000.0);
    std::printf("  %-4s %-4s %9s %10s %9s %10s %8s %12s %14s\n", "file", "read", "sentences", "statements",
        "first ms", "median ms", "max ms", "median/20ms", "median/by hand");
    for (const QString& lang : Language::supported()) {
        const QStringList paras = paragraphs(lang);
        if (paras.isEmpty()) {
            std::printf("  %-4s no text in %s\n", qPrintable(lang), PLENARY_BENCH_DATA);
            continue;
        }
        const QString text = articleOf(paras, articleWords);
        const auto run = [&](CheckResult* result, int* sentences) {
            const auto start = std::chrono::steady_clock::now();
            const Article article = ArticleReader::fromText(text, lang);
            *result = checker.check(article, record);
            *sentences = int(article.sentences.size());
            return msSince(start);
        };
        CheckResult result;
        int sentences = 0;
        const double first = run(&result, &sentences);
        std::vector<double> samples;
        samples.reserve(size_t(runs));
        for (int i = 0; i < runs; ++i)
            samples.push_back(run(&result, &sentences));
        std::sort(samples.begin(), samples.end());
        const size_t n = samples.size();
        const double median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
        std::printf("  %-4s %-4s %9d %10lld %9.2f %10.2f %8.2f %12.3f %14.1e\n", qPrintable(lang),
            qPrintable(result.lang), sentences, static_cast<long long>(result.statements.size()), first,
            median, samples.back(), median / targetMs, median / readingMs);
    }
    std::printf("\n  target: a 1,000-word article in under %.0f ms (median/20ms < 1).\n", targetMs);
    return 0;
}
