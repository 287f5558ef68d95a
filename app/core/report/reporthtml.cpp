// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporthtml.h"

#include <QFileInfo>
#include <QLocale>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString longDate(const QDate& date)
{
    if (!date.isValid())
        return QStringLiteral("not recorded");
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(label), valueHtml);
}

QString inlineSvg(const QByteArray& svg)
{
    const qsizetype start = svg.indexOf("<svg");
    if (start < 0)
        return {};
    return QString::fromUtf8(svg.mid(start)).trimmed();
}

QString verdictBadge(Verdict verdict)
{
    return QStringLiteral("<span class=\"verdict\" style=\"color: %1\">%2 %3</span>")
        .arg(verdictColorName(verdict), verdictGlyph(verdict), esc(verdictLabel(verdict)));
}

const QString rejectedLabel = QStringLiteral("Rejected by reviewer");

QString rejectedBadge()
{
    return QStringLiteral("<span class=\"verdict\" style=\"color: #555555\">\u2298 %1</span>")
        .arg(rejectedLabel);
}

/// The reviewer's override and note of one statement, or nothing.
QString reviewerHtml(Verdict engine, const Override& o)
{
    QString h;
    if (o.rejected)
        h += QStringLiteral("<p class=\"override\">The reviewer rejected this flag: the engine misread the "
                            "sentence. The engine's verdict was %1.</p>\n")
                 .arg(verdictBadge(engine));
    if (!o.note.isEmpty()) {
        const QString when = o.when.isValid()
            ? QStringLiteral(" (%1)").arg(esc(o.when.toUTC().toString(Qt::ISODate)))
            : QString();
        h += QStringLiteral("<p class=\"note\">Reviewer\u2019s note%1: %2</p>\n").arg(when, esc(o.note));
    }
    return h;
}

const char16_t* const style = uR"(
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #222222; max-width: 52em; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #cccccc; }
h3 { font-size: 1em; margin: 1.2em 0 0.3em 0; }
.subtitle { color: #555555; margin-top: 0; }
table.record th { text-align: left; padding: 2px 1em 2px 0; vertical-align: top; font-weight: normal; color: #555555; }
table.record td { padding: 2px 0; }
table.summary td { padding: 2px 1.2em 2px 0; }
.chart { line-height: 100%; }
.chart svg { width: 100%; height: auto; }
.verdict { font-weight: bold; }
.statement-text { margin: 0.3em 0 0.3em 1.2em; font-style: italic; }
.explanation { margin: 0.3em 0 0.3em 1.2em; }
.override, .note { margin: 0.3em 0 0.3em 1.2em; border-left: 3px solid #888888; padding-left: 0.5em; }
.related { margin: 0.3em 0 0.3em 1.2em; color: #555555; }
.footer { margin-top: 2.5em; border-top: 1px solid #cccccc; color: #555555; font-size: 0.85em; }
)";

} // namespace

QString ReportHtml::title(const Article& article, const VoteRecord& record)
{
    const bool isUrl = article.name.startsWith(u"http://") || article.name.startsWith(u"https://");
    const QString name = isUrl ? article.name : QFileInfo(article.name).fileName();
    return QStringLiteral("Check of \u201C%1\u201D against %2").arg(name, record.symbol);
}

QString ReportHtml::build(
    const Article& article, const VoteRecord& record, const CheckResult& result, const ReportContent& content)
{
    const QString docTitle = title(article, record);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                        "<meta charset=\"utf-8\" />\n<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
             .arg(esc(docTitle), QString::fromUtf16(style));
    // The symbol on a line of its own, so it never breaks at a slash.
    const QString against = QStringLiteral(" against %1").arg(record.symbol);
    h += QStringLiteral("<h1>%1<br />%2</h1>\n")
             .arg(esc(docTitle.chopped(against.size())), esc(against.trimmed()));
    h += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(esc(record.title));

    const VoteTotals t = record.totals();
    h += QStringLiteral("<h2>The recorded vote</h2>\n<table class=\"record\">\n");
    h += row(QStringLiteral("Symbol"), esc(record.symbol));
    h += row(QStringLiteral("Title"), esc(record.title));
    h += row(QStringLiteral("Date"), esc(longDate(record.date)));
    h += row(QStringLiteral("Yes"), QString::number(t.yes));
    h += row(QStringLiteral("No"), QString::number(t.no));
    h += row(QStringLiteral("Abstain"), QString::number(t.abstain));
    h += row(QStringLiteral("Non-voting"), QString::number(t.nonVoting));
    QString majority = majorityDescription(record.majority);
    if (!majority.isEmpty())
        majority[0] = majority.at(0).toUpper();
    if (const std::optional<bool> adopted = record.adopted())
        majority += *adopted ? QStringLiteral(" \u2014 adopted") : QStringLiteral(" \u2014 not adopted");
    h += row(QStringLiteral("Majority"), esc(majority));
    const QString link = record.undlLink();
    QString source = record.sourceLine();
    if (source.startsWith(u"Source: "))
        source.remove(0, 8);
    h += row(QStringLiteral("Source"),
        link.isEmpty() ? esc(source) : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(link), esc(source)));
    h += row(QStringLiteral("Data snapshot"), esc(longDate(record.snapshot)));
    h += QStringLiteral("</table>\n");
    for (const QString& w : record.warnings())
        h += QStringLiteral("<p><b>Warning:</b> %1</p>\n").arg(esc(w));

    if (!content.chartImage.isEmpty()) {
        h += QStringLiteral(
            "<p class=\"chart\"><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\" /></p>\n")
                 .arg(esc(content.chartImage))
                 .arg(content.chartImageSize.width())
                 .arg(content.chartImageSize.height())
                 .arg(esc(QStringLiteral("Chart of the vote on %1").arg(record.symbol)));
    } else if (const QString svg = inlineSvg(content.chartSvg); !svg.isEmpty()) {
        h += QStringLiteral("<div class=\"chart\">\n%1\n</div>\n").arg(svg);
    }

    const auto overrideOf = [&content](int statement) {
        return statement < content.overrides.size() ? content.overrides.at(statement) : Override {};
    };
    int rejected = 0;
    QList<int> counts(allVerdicts.size(), 0);
    for (const Statement& s : result.statements) {
        if (overrideOf(s.index).rejected)
            ++rejected;
        else
            ++counts[int(s.verdict)];
    }
    h += QStringLiteral("<h2>Summary</h2>\n<table class=\"summary\">\n");
    for (Verdict v : allVerdicts)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(verdictBadge(v)).arg(counts.at(int(v)));
    if (rejected > 0)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(rejectedBadge()).arg(rejected);
    h += QStringLiteral("</table>\n<p>%1 statements checked.</p>\n").arg(result.statements.size());

    h += QStringLiteral("<h2>Statements</h2>\n");
    if (result.statements.isEmpty())
        h += QStringLiteral("<p>The article makes no claim about the vote that Plenary can check.</p>\n");
    for (const Statement& s : result.statements) {
        h += QStringLiteral("<h3 id=\"statement-%1\">%1. %2</h3>\n")
                 .arg(s.index + 1)
                 .arg(overrideOf(s.index).rejected ? rejectedBadge() : verdictBadge(s.verdict));
        h += QStringLiteral("<p class=\"statement-text\">\u201C%1\u201D</p>\n").arg(esc(s.text));
        if (!s.explanation.isEmpty())
            h += QStringLiteral("<p class=\"explanation\">%1</p>\n").arg(esc(s.explanation));
        h += reviewerHtml(s.verdict, overrideOf(s.index));
        if (!s.related.isEmpty()) {
            QStringList r;
            for (int i : s.related)
                r << QString::number(i + 1);
            h += QStringLiteral("<p class=\"related\">Related statements: %1</p>\n")
                     .arg(r.join(QStringLiteral(", ")));
        }
    }

    const QString sources = record.sources.isEmpty() ? source : record.sources.join(QStringLiteral("; "));
    h += QStringLiteral("<div class=\"footer\">\n<p>Data sources: %1. Tallies are counted from the per-state "
                        "votes of the record; data snapshot of %2.</p>\n")
             .arg(esc(sources), esc(longDate(record.snapshot)));
    const QString program = content.version.isEmpty() ? QStringLiteral("Plenary")
                                                      : QStringLiteral("Plenary %1").arg(content.version);
    h += QStringLiteral("<p>Generated by %1 on %2.</p>\n</div>\n</body>\n</html>\n")
             .arg(esc(program), esc(content.generated.toString(Qt::ISODate)));
    return h;
}
