// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartexporter.h"

bool ChartExporter::exportTo(const QString& path, const VoteRecord&, const ExportSettings&, QString* error)
{
    if (error)
        *error = QStringLiteral("%1: export is not written yet").arg(path);
    return false;
}

QString ChartExporter::altText(const VoteRecord&)
{
    return {};
}
