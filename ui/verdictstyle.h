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
    /// An opaque highlight behind text: the verdict's colour blended into \a base (the text's background),
    /// stronger when \a emphasised.
    static QColor highlight(Verdict verdict, const QColor& base, bool emphasised);
    /// \a preferred when it has at least 4.5:1 contrast with \a background, else black or white.
    static QColor textOn(const QColor& background, const QColor& preferred);
    static QString glyph(Verdict verdict);
    static QIcon icon(Verdict verdict);
};
