// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"

#include "core/article/articlereader.h"
#include "core/check/checker.h"
#include "core/check/checkreport.h"
#include "core/check/resolutionchoice.h"
#include "core/import/votefilereader.h"
#include "core/record/recordfile.h"
#include "core/record/recordlibrary.h"
#include "core/report/claimreview.h"
#include "core/review/reviewfile.h"
#include "options.h"
#include "ui/charts/chartexporter.h"
#include "ui/report/reportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "plenary: %s\n", qPrintable(message));
}

/// Prints at most a screenful of an import's warnings; the reader has already capped the list.
void printWarnings(const QList<ReadError>& warnings)
{
    for (const ReadError& w : warnings)
        std::fprintf(stderr, "plenary: warning: %s\n", qPrintable(w.toString()));
}

/// The resolutions the options name: --record FILE (any layout VoteFileReader knows) or the embedded ones.
std::optional<VoteDatabase> chosenDatabase(const Options& options)
{
    if (options.recordPath.isEmpty())
        return VoteDatabase::fromRecords(RecordLibrary::embedded());
    ImportResult read = VoteFileReader::readFile(options.recordPath);
    printWarnings(read.warnings);
    if (!read.errors.isEmpty()) {
        printError(read.errors.first().toString());
        return std::nullopt;
    }
    if (read.database.isEmpty()) {
        printError(QStringLiteral("%1: no resolutions in the file").arg(options.recordPath));
        return std::nullopt;
    }
    return std::move(read.database);
}

/// Index of --resolution (or \a symbol) in \a db; the first resolution when none is named; -1 after an error.
qsizetype indexOfSymbol(const VoteDatabase& db, const QString& symbol, const Options& options)
{
    if (symbol.isEmpty())
        return 0;
    const qsizetype index = db.indexOf(symbol);
    if (index >= 0)
        return index;
    QStringList symbols;
    for (qsizetype i = 0; i < db.size() && i < 20; ++i)
        symbols << db.resolution(i).symbol;
    if (db.size() > 20)
        symbols << QStringLiteral("and %1 more").arg(db.size() - 20);
    const QString from
        = options.recordPath.isEmpty() ? QStringLiteral("the embedded records") : options.recordPath;
    printError(QStringLiteral("no record %1 in %2 (it has: %3)")
                   .arg(symbol, from, symbols.join(QStringLiteral(", "))));
    return -1;
}

void warn(const VoteRecord& record)
{
    for (const QString& w : record.warnings())
        std::fprintf(stderr, "plenary: warning: %s\n", qPrintable(w));
}

void headlessMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

/// --check of a saved review (FILE.plenary-review): its own record and article, re-checked by this engine,
/// with the reviewer's overrides and notes in --report and --claimreview. Returns 2 on errors, 1 when a
/// flag the reviewer did not reject contradicts, else 0.
int checkReview(const QString& path, const Options& options, QJsonArray& results, QString& text)
{
    const ReviewReadResult read = ReviewFile::readFile(path);
    if (!read.ok()) {
        printError(read.errorText());
        return 2;
    }
    const Review& review = *read.review;
    warn(review.record);
    const CheckResult result = Checker().check(review.article, review.record, review.result.lang);
    const OverrideMatch match = Review::attach(review.keyedOverrides(), result.statements);
    for (const KeyedOverride& k : match.unmatched)
        printError(
            QStringLiteral("%1: warning: an override found no statement: \u201C%2\u201D").arg(path, k.text));
    if (options.json)
        results.append(CheckReport::toJson(review.article, review.record, result));
    else
        text += CheckReport::toText(review.article, review.record, result);
    QString error;
    if (!options.reportPath.isEmpty()
        && !ReportWriter::write(
            options.reportPath, review.article, review.record, result, &error, match.overrides)) {
        printError(error);
        return 2;
    }
    if (!options.claimReviewPath.isEmpty()
        && !ClaimReview::write(options.claimReviewPath,
            ClaimReview::toJsonLd(review.article, review.record, result, options.reviewer,
                QDate::currentDate(), match.overrides),
            &error)) {
        printError(error);
        return 2;
    }
    for (const Statement& s : result.statements) {
        const bool contradicts
            = s.verdict == Verdict::ContradictsRecord || s.verdict == Verdict::ContradictsArticle;
        if (contradicts && !match.overrides.at(s.index).rejected)
            return 1;
    }
    return 0;
}

} // namespace

void quietHeadlessWarnings()
{
    qInstallMessageHandler(headlessMessage);
}

int runExport(const Options& options)
{
    const auto db = chosenDatabase(options);
    if (!db)
        return 2;
    const qsizetype index = indexOfSymbol(*db, options.resolution, options);
    if (index < 0)
        return 2;
    const VoteRecord record = db->record(index);
    warn(record);
    ExportSettings settings;
    settings.kind = *chartKindFromKey(options.chart);
    settings.size = options.size;
    settings.scale = options.scale;
    settings.theme = options.theme == u"dark" ? ChartTheme::Dark : ChartTheme::Light;
    if (!options.locale.isEmpty())
        settings.locale = QLocale(options.locale);
    if (!options.compare.isEmpty()) {
        const qsizetype second = indexOfSymbol(*db, options.compare, options);
        if (second < 0)
            return 2;
        settings.compare = db->record(second);
    }
    QString error;
    if (!ChartExporter::exportTo(options.exportPath, record, settings, &error)) {
        printError(error);
        return 2;
    }
    return 0;
}

namespace {

/// What runCheck shares between the articles it checks.
struct CheckRun
{
    const Options& options;
    const VoteDatabase& db;
    const Checker& checker;
    bool propose = false; // choose the resolution per article from a --record file of several
    qsizetype named = 0; // the resolution otherwise
    QJsonArray results; // with --json
    QString text; // without
};

/// Reads and checks one article and adds its result to \a run. Returns 0 (consistent), 1 (a statement
/// contradicts) or 2 (the article could not be read, no resolution fits it, or a report failed).
int checkArticle(CheckRun& run, const QString& path)
{
    const Options& options = run.options;
    if (ReviewFile::isReviewPath(path))
        return checkReview(path, options, run.results, run.text);
    ArticleReadResult read = ArticleReader::readFile(path);
    if (!read.article) {
        printError(read.error->toString());
        return 2;
    }
    if (!options.lang.isEmpty())
        read.article->useLanguage(options.lang.toLower()); // split into sentences for the forced language
    qsizetype index = run.named;
    if (run.propose) {
        const ResolutionChoice choice = chooseResolution(run.db, *read.article, QString());
        // The message starts "plenary: "; name the article it is about.
        std::fprintf(stderr, "plenary: %s: %s\n", qPrintable(path), qPrintable(choice.message.mid(9)));
        if (!choice.ok())
            return 2;
        index = choice.index;
    }
    const VoteRecord record = run.db.record(index);
    warn(record);
    const CheckResult result = run.checker.check(*read.article, record, options.lang);
    if (options.json) {
        run.results.append(CheckReport::toJson(*read.article, record, result));
    } else {
        if (!run.text.isEmpty())
            run.text += u'\n';
        run.text += CheckReport::toText(*read.article, record, result);
    }
    // Options allow --report and --claimreview with one article only.
    QString error;
    if (!options.reportPath.isEmpty()
        && !ReportWriter::write(options.reportPath, *read.article, record, result, &error)) {
        printError(error);
        return 2;
    }
    if (!options.claimReviewPath.isEmpty()
        && !ClaimReview::write(options.claimReviewPath,
            ClaimReview::toJsonLd(*read.article, record, result, options.reviewer, QDate::currentDate()),
            &error)) {
        printError(error);
        return 2;
    }
    return result.contradicts() ? 1 : 0;
}

} // namespace

int runCheck(const Options& options)
{
    const auto db = chosenDatabase(options);
    if (!db)
        return 2;
    // The embedded records default to the example; a file's resolutions are proposed from each article.
    const bool propose = !options.recordPath.isEmpty() && options.resolution.isEmpty() && db->size() > 1;
    const qsizetype named = propose ? 0 : indexOfSymbol(*db, options.resolution, options);
    if (named < 0)
        return 2;
    const Checker checker; // built once: its lexicons and ICU formatters serve every article
    CheckRun run { options, *db, checker, propose, named, {}, {} };
    // An article that cannot be read does not stop the others: the exit code is the worst of them.
    int exitCode = 0;
    for (const QString& path : options.articles)
        exitCode = std::max(exitCode, checkArticle(run, path));
    if (options.json) {
        // One article: its object, as before; several: a list in argument order, whatever was read.
        const QJsonDocument doc = options.articles.size() == 1 && run.results.size() == 1
            ? QJsonDocument(run.results.first().toObject())
            : QJsonDocument(run.results);
        if (options.articles.size() > 1 || !run.results.isEmpty())
            std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        std::fputs(run.text.toUtf8().constData(), stdout);
    }
    return exitCode;
}

int runList(const Options& options)
{
    const ImportResult read = VoteFileReader::readFile(options.listPath);
    printWarnings(read.warnings);
    if (!read.errors.isEmpty()) {
        printError(read.errors.first().toString());
        return 2;
    }
    const VoteDatabase& db = read.database;
    QByteArray out;
    out.reserve(db.size() * 160);
    for (qsizetype i = 0; i < db.size(); ++i) {
        const VoteDatabase::Resolution& r = db.resolution(i);
        const VoteTotals& t = r.totals;
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                   .arg(r.symbol, r.date.toString(Qt::ISODate))
                   .arg(t.yes)
                   .arg(t.no)
                   .arg(t.abstain)
                   .arg(t.nonVoting)
                   .arg(r.title.simplified())
                   .toUtf8();
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
