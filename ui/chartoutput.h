// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartexporter.h"

class QWidget;

/// \brief The chart on the clipboard (as an image and as SVG) and on paper, drawn by ChartExporter
/// like every export.
class ChartOutput
{
public:
    static bool copyToClipboard(const VoteRecord& record, const ExportSettings& settings, QString* error);
    /// Asks for a printer and prints the chart on one page; false when cancelled or failed.
    static bool print(
        QWidget* parent, const VoteRecord& record, const ExportSettings& settings, QString* error);
};
