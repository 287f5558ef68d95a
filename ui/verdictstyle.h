// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/verdict.h"

#include <QColor>
#include <QIcon>

/// \brief How a verdict looks: a colour safe for colour-blind readers, a light tint for text
/// highlights, and an icon with its own glyph so the meaning never rests on hue alone.
class VerdictStyle
{
public:
    static QColor color(Verdict verdict);
    static QColor tint(Verdict verdict);
    static QString glyph(Verdict verdict);
    static QIcon icon(Verdict verdict);
};
