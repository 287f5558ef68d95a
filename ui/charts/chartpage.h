// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"
#include "ui/charts/chartkind.h"
#include "ui/charts/chartstyle.h"

#include <QSizeF>

class QPainter;

/// \brief One exported chart: title, subtitle, chart and source line laid out on a white page.
class ChartPage
{
public:
    /// \a size is the page in logical pixels (points for PDF); fonts scale with it.
    ChartPage(const VoteRecord& record, ChartKind kind, const QSizeF& size);

    /// Paints the page at (0, 0) in logical coordinates; the caller scales the painter to the device.
    void paint(QPainter& painter) const;

    /// "A/RES/ES-11/9 · 3 December 2025 · recorded vote"
    static QString subtitle(const VoteRecord& record);

private:
    VoteRecord m_record;
    ChartKind m_kind;
    QSizeF m_size;
    ChartStyle m_style;
};
