// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartexporter.h"
#include "ui/shownlabels.h"
#include "core/io/atomicfile.h"

#include "core/record/votecomparison.h"
#include "ui/charts/chartpage.h"
#include "ui/charts/voteshares.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QCoreApplication>

namespace {

constexpr int minimumSide = 200;
constexpr int maximumSide = 10000;
constexpr qreal minimumScale = 1.0;
constexpr qreal maximumScale = 4.0;
constexpr qint64 maximumPixels = qint64(16384) * 16384;

enum class Format { Png, Svg, Pdf };

QString title(const VoteRecord& record)
{
    return record.title.isEmpty() ? record.symbol : record.title;
}

QString kindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Donut:
        return QCoreApplication::translate("ChartExporter", "Donut chart");
    case ChartKind::Bar:
        return QCoreApplication::translate("ChartExporter", "Bar chart");
    case ChartKind::Seats:
        return QCoreApplication::translate("ChartExporter", "Seat chart, one mark per member state,");
    case ChartKind::Groups:
        return QCoreApplication::translate("ChartExporter", "Bar chart by UN regional group");
    case ChartKind::Compare:
        break;
    }
    return QCoreApplication::translate("ChartExporter", "Flow chart");
}

QString describeComparison(const VoteRecord& record, const VoteRecord& compare)
{
    const bool compareFirst = compare.date.isValid() && record.date.isValid() && compare.date < record.date;
    const VoteComparison c = compareFirst ? VoteComparison(compare, record) : VoteComparison(record, compare);
    QStringList flows;
    for (Vote from : allVotes) {
        for (Vote to : allVotes) {
            if (const int n = c.count(from, to))
                flows << QCoreApplication::translate("ChartExporter", "%1 from %2 to %3").arg(n).arg(shownVotePhrase(from), shownVotePhrase(to));
        }
    }
    return QCoreApplication::translate("ChartExporter", "Flow chart of how member states voted on %1 and then on %2: %3 of %4 states "
                          "changed their vote (%5).")
        .arg(c.first().symbol, c.second().symbol)
        .arg(c.changes().size())
        .arg(c.commonCount())
        .arg(flows.join(QStringLiteral(", ")));
}

QString describe(const VoteRecord& record, ChartKind kind)
{
    const VoteShares members = VoteShares::ofMembership(record);
    QString text = kindName(kind);
    text += QCoreApplication::translate("ChartExporter", " of the recorded vote on %1").arg(record.symbol);
    if (!record.title.isEmpty())
        text += QStringLiteral(" \u201C%1\u201D").arg(record.title);
    if (record.date.isValid())
        text += QStringLiteral(", %1").arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                               .toString(record.date, QStringLiteral("d MMMM yyyy")));
    QStringList parts;
    for (const VoteShares::Part& part : members.parts())
        parts << QStringLiteral("%1 %2 (%3%)").arg(part.count).arg(shownVotePhrase(part.vote)).arg(part.percent);
    text += QCoreApplication::translate("ChartExporter", ": %1 of %2 members.").arg(parts.join(QStringLiteral(", "))).arg(members.base());

    const std::optional<int> needed = record.requiredYes();
    const std::optional<bool> adopted = record.adopted();
    if (needed && adopted) {
        const QString majority = record.majority == Majority::TwoThirds
            ? QCoreApplication::translate("ChartExporter", "A two-thirds majority")
            : QCoreApplication::translate("ChartExporter", "A simple majority");
        text += QCoreApplication::translate("ChartExporter", " %1 of members present and voting was required (%2 of %3); the resolution was %4.")
                    .arg(majority)
                    .arg(*needed)
                    .arg(record.totals().presentAndVoting())
                    .arg(*adopted ? QCoreApplication::translate("ChartExporter", "adopted") : QCoreApplication::translate("ChartExporter", "not adopted"));
    } else {
        text += QCoreApplication::translate("ChartExporter", " The required majority is not recorded.");
    }
    return text;
}

bool renderPng(QIODevice& out, const ChartPage& page, const QSize& size, qreal scale)
{
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)), QImage::Format_RGB32);
    if (image.isNull())
        return false;
    image.fill(page.style().backgroundColor());
    // Tell viewers the logical size: a 2× image declares 192 dpi.
    const int dotsPerMeter = qRound(96.0 * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.scale(scale, scale);
    page.paint(painter);
    painter.end();
    QImageWriter writer(&out, "png");
    return writer.write(image);
}

bool renderSvg(
    QIODevice& out, const ChartPage& page, const QSize& size, const QString& title, const QString& desc)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&out);
    generator.setResolution(96); // the size is in CSS pixels
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(desc);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    page.paint(painter);
    return painter.end();
}

bool renderPdf(QIODevice& out, const ChartPage& page, const QSize& size, const QString& title)
{
    QPdfWriter writer(&out);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Plenary"));
    writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const qreal scale = painter.device()->width() / qreal(size.width());
    painter.scale(scale, scale);
    page.paint(painter);
    return painter.end();
}

QByteArray render(Format format, const VoteRecord& record, const ExportSettings& settings)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSize size = settings.size;
    const ChartPage page(record, settings.kind, QSizeF(size), settings.compare, settings.theme, settings.locale);
    const QString description = settings.kind == ChartKind::Compare
        ? describeComparison(record, *settings.compare)
        : describe(record, settings.kind);
    const QString docTitle = settings.kind == ChartKind::Compare ? page.title() : title(record);
    bool rendered = false;
    switch (format) {
    case Format::Png:
        rendered = renderPng(buffer, page, size, settings.scale);
        break;
    case Format::Svg:
        rendered = renderSvg(buffer, page, size, docTitle, description);
        break;
    case Format::Pdf:
        rendered = renderPdf(buffer, page, size, docTitle);
        break;
    }
    buffer.close();
    return rendered ? bytes : QByteArray();
}

} // namespace

bool ChartExporter::exportTo(
    const QString& path, const VoteRecord& record, const ExportSettings& settings, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = QCoreApplication::translate("ChartExporter", "Cannot export %1: %2").arg(shown, reason);
        return false;
    };

    const QString suffix = QFileInfo(path).suffix().toLower();
    Format format = Format::Png;
    if (suffix == u"png")
        format = Format::Png;
    else if (suffix == u"svg")
        format = Format::Svg;
    else if (suffix == u"pdf")
        format = Format::Pdf;
    else if (suffix.isEmpty())
        return fail(QCoreApplication::translate("ChartExporter", "the file name has no suffix; use .png, .svg or .pdf"));
    else
        return fail(QCoreApplication::translate("ChartExporter", "unknown file type \u201C.%1\u201D; use .png, .svg or .pdf").arg(suffix));

    const QSize size = settings.size;
    if (size.width() < minimumSide || size.height() < minimumSide || size.width() > maximumSide
        || size.height() > maximumSide) {
        return fail(QCoreApplication::translate("ChartExporter", "size %1 \u00D7 %2 is out of range (%3 to %4 per side)")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(minimumSide)
                        .arg(maximumSide));
    }
    if (!(settings.scale >= minimumScale && settings.scale <= maximumScale))
        return fail(QCoreApplication::translate("ChartExporter", "scale %1 is out of range (%2 to %3)")
                        .arg(settings.scale)
                        .arg(minimumScale)
                        .arg(maximumScale));
    if (format == Format::Png
        && qint64(size.width() * settings.scale) * qint64(size.height() * settings.scale) > maximumPixels)
        return fail(QCoreApplication::translate("ChartExporter", "%1 \u00D7 %2 at scale %3 is too many pixels for a PNG")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(settings.scale));

    if (settings.kind == ChartKind::Compare && !settings.compare)
        return fail(QCoreApplication::translate("ChartExporter", "--chart compare needs a second resolution (--compare SYMBOL2)"));

    // Render to memory first, so a failure never leaves a half-written file behind.
    const QByteArray bytes = render(format, record, settings);
    if (bytes.isEmpty())
        return fail(QCoreApplication::translate("ChartExporter", "the chart could not be rendered"));

    QString reason;
    if (!AtomicFile::write(path, bytes, &reason))
        return fail(reason);
    return true;
}

QByteArray ChartExporter::svgBytes(const VoteRecord& record, const ExportSettings& settings)
{
    if (settings.kind == ChartKind::Compare && !settings.compare)
        return {};
    return render(Format::Svg, record, settings);
}

QString ChartExporter::altText(const VoteRecord& record)
{
    return describe(record, ChartKind::Donut);
}
