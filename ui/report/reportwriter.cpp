// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/reportwriter.h"
#include "core/io/atomicfile.h"

#include "core/report/reporthtml.h"
#include "ui/charts/chartexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace {

const QSize chartSize(1000, 640);
constexpr int pdfChartWidth = 520; // document pixels, narrower than the text column of an A4 page
const QString chartResource = QStringLiteral("plenary-chart.png");

ReportContent content(const VoteRecord& record, const QList<Override>& overrides)
{
    ReportContent c;
    c.overrides = overrides;
    ExportSettings settings;
    settings.size = chartSize;
    c.chartSvg = ChartExporter::svgBytes(record, settings);
    c.version = QCoreApplication::applicationVersion();
    c.generated = QDate::currentDate();
    return c;
}

/// The chart drawn from its SVG at twice the size it is shown, so the PDF stays sharp.
QImage chartImage(const QByteArray& svg, const QSize& shown)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QImage image(shown * 2, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image;
}

QByteArray pdfBytes(const Article& article, const VoteRecord& record, const CheckResult& result,
    const QList<Override>& overrides)
{
    ReportContent c = content(record, overrides);
    const QSize shown(pdfChartWidth, pdfChartWidth * chartSize.height() / chartSize.width());
    const QImage image = chartImage(c.chartSvg, shown);
    if (!image.isNull()) {
        c.chartImage = chartResource;
        c.chartImageSize = shown;
    }
    c.chartSvg.clear();

    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    if (!image.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(chartResource), image);
    doc.setHtml(ReportHtml::build(article, record, result, c));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(ReportHtml::title(article, record));
        writer.setCreator(QStringLiteral("Plenary"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        doc.print(&writer);
    }
    buffer.close();
    return bytes;
}

} // namespace

bool ReportWriter::write(const QString& path, const Article& article, const VoteRecord& record,
    const CheckResult& result, QString* error, const QList<Override>& overrides)
{
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = QStringLiteral("Cannot write report %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"html" || suffix == u"htm")
        bytes = ReportHtml::build(article, record, result, content(record, overrides)).toUtf8();
    else if (suffix == u"pdf")
        bytes = pdfBytes(article, record, result, overrides);
    else if (suffix.isEmpty())
        return fail(QStringLiteral("the file name has no suffix; use .html or .pdf"));
    else
        return fail(QStringLiteral("unknown file type \u201C.%1\u201D; use .html or .pdf").arg(suffix));
    if (bytes.isEmpty())
        return fail(QStringLiteral("the report could not be rendered"));

    QString reason;
    if (!AtomicFile::write(path, bytes, &reason))
        return fail(reason);
    return true;
}
