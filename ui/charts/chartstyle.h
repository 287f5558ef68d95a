// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/vote.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>

class QPalette;

enum class ChartTheme { Light, Dark };

/// \brief Colours (Okabe-Ito, safe for colour-blind readers) for a light or dark theme, pixel-sized fonts and
/// locale-aware numbers and dates, shared by the view and the exporter.
class ChartStyle
{
public:
    /// \a scale multiplies every size; 1.0 suits a 1200 × 800 image.
    explicit ChartStyle(
        qreal scale = 1.0, ChartTheme theme = ChartTheme::Light, const QLocale& locale = QLocale(QLocale::English));

    qreal scale() const { return m_scale; }
    qreal px(qreal size) const { return size * m_scale; }
    /// Fonts use pixel sizes so that text keeps its size on PNG, SVG and PDF devices of any resolution.
    QFont font(qreal pixelSize, bool bold = false) const;

    ChartTheme theme() const { return m_theme; }
    const QLocale& locale() const { return m_locale; }
    /// Dark when the palette's window colour is dark (lightness below 128).
    static ChartTheme themeFor(const QPalette& palette);

    QColor backgroundColor() const;
    QColor textColor() const;
    QColor secondaryTextColor() const;
    QColor gridColor() const;
    QColor axisColor() const;
    /// Rules between page parts (above the source line).
    QColor separatorColor() const;
    /// The thin gap drawn between adjacent coloured parts: the background colour.
    QColor gapColor() const { return backgroundColor(); }
    /// Outline of an emphasised part: the strongest contrast to the background.
    QColor outlineColor() const;

    /// The vote's colour; the same in both themes, so that colours keep their meaning.
    static QColor voteColor(Vote vote);
    /// The colour of a part that is not emphasised: the vote's colour blended into the background.
    QColor fadedColor(Vote vote) const;
    /// Black or white, whichever contrasts more (at least 4.5:1) with the vote's colour.
    static QColor textColorOn(Vote vote);
    /// Label colour inside a faded part, at least 4.5:1 against it.
    QColor textColorOnFaded(Vote vote) const;

    /// WCAG 2 relative luminance and contrast ratio (1 to 21).
    static qreal relativeLuminance(const QColor& color);
    static qreal contrastRatio(const QColor& a, const QColor& b);

    /// A count in the locale's digits and grouping: "1,234", "1.234", "1 234".
    QString number(int value) const;
    /// A whole-number percentage as the locale writes it: "47%" in English, "47 %" in German.
    QString percent(int value) const;
    /// The locale's long date without the weekday: "3 December 2025", "3. Dezember 2025", "3 грудня 2025 р.".
    QString longDate(const QDate& date) const;
    /// A compact date: "3 Dec 2025" in English, the locale's medium form elsewhere.
    QString shortDate(const QDate& date) const;

private:
    qreal m_scale = 1.0;
    ChartTheme m_theme = ChartTheme::Light;
    QLocale m_locale;
};
