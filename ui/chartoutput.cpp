// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chartoutput.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTemporaryDir>
#include <QCoreApplication>

namespace {

/// Renders the chart through ChartExporter into a temporary file and returns its bytes.
QByteArray rendered(
    const VoteRecord& record, const ExportSettings& settings, const QString& suffix, QString* error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        if (error)
            *error = QCoreApplication::translate("ChartOutput", "cannot make a temporary folder: %1").arg(dir.errorString());
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("chart.") + suffix);
    if (!ChartExporter::exportTo(path, record, settings, error))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

bool ChartOutput::copyToClipboard(const VoteRecord& record, const ExportSettings& settings, QString* error)
{
    ExportSettings png = settings;
    png.scale = std::max<qreal>(settings.scale, 2.0);
    const QByteArray pngBytes = rendered(record, png, QStringLiteral("png"), error);
    const QByteArray svgBytes = rendered(record, settings, QStringLiteral("svg"), error);
    if (pngBytes.isEmpty() || svgBytes.isEmpty())
        return false;
    auto* mime = new QMimeData; // ownership moves to the clipboard
    mime->setImageData(QImage::fromData(pngBytes, "PNG"));
    mime->setData(QStringLiteral("image/svg+xml"), svgBytes);
    mime->setText(ChartExporter::altText(record));
    QGuiApplication::clipboard()->setMimeData(mime);
    return true;
}

bool ChartOutput::print(
    QWidget* parent, const VoteRecord& record, const ExportSettings& settings, QString* error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(record.symbol);
    printer.setPageOrientation(
        settings.size.width() >= settings.size.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("ChartOutput", "Print Chart"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    ExportSettings png = settings;
    png.scale = 3.0;
    const QImage image = QImage::fromData(rendered(record, png, QStringLiteral("png"), error), "PNG");
    if (image.isNull())
        return false;
    QPainter painter;
    if (!painter.begin(&printer)) {
        if (error)
            *error = QCoreApplication::translate("ChartOutput", "the printer could not be started");
        return false;
    }
    const QRect page = painter.viewport();
    const QSize size = image.size().scaled(page.size(), Qt::KeepAspectRatio);
    painter.setViewport(page.x() + (page.width() - size.width()) / 2, page.y(), size.width(), size.height());
    painter.setWindow(image.rect());
    painter.drawImage(0, 0, image);
    return painter.end();
}
