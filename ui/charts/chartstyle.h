// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/vote.h"

#include <QColor>
#include <QFont>

/// \brief Colours (Okabe-Ito, safe for colour-blind readers) and pixel-sized fonts shared by the view and the
/// exporter.
class ChartStyle
{
public:
    /// \a scale multiplies every size; 1.0 suits a 1200 × 800 image.
    explicit ChartStyle(qreal scale = 1.0);

    qreal scale() const { return m_scale; }
    qreal px(qreal size) const { return size * m_scale; }
    /// Fonts use pixel sizes so that text keeps its size on PNG, SVG and PDF devices of any resolution.
    QFont font(qreal pixelSize, bool bold = false) const;

    static QColor voteColor(Vote vote);
    /// The colour of a part that is not emphasised: a light tint of its colour.
    static QColor fadedColor(Vote vote);
    /// Text colour with at least 4.5:1 contrast on the vote's colour.
    static QColor textColorOn(Vote vote);
    static QColor textColor() { return QColor(0x1a, 0x1a, 0x1a); }
    static QColor secondaryTextColor() { return QColor(0x4d, 0x4d, 0x4d); }

private:
    qreal m_scale = 1.0;
};
