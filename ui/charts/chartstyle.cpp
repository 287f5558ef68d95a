// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartstyle.h"

#include <QPalette>
#include <QRegularExpression>
#include <QtGlobal>
#include <cmath>

namespace {

QColor blend(const QColor& from, const QColor& into, qreal amount)
{
    const auto mix = [&](int a, int b) { return qRound(a + (b - a) * amount); };
    return QColor(mix(from.red(), into.red()), mix(from.green(), into.green()), mix(from.blue(), into.blue()));
}

QColor better(const QColor& on, const QColor& first, const QColor& second)
{
    return ChartStyle::contrastRatio(on, first) >= ChartStyle::contrastRatio(on, second) ? first : second;
}

} // namespace

ChartStyle::ChartStyle(qreal scale, ChartTheme theme, const QLocale& locale)
    : m_scale(scale)
    , m_theme(theme)
    , m_locale(locale)
{
}

QFont ChartStyle::font(qreal pixelSize, bool bold) const
{
    QFont f;
    f.setPixelSize(qMax(6, qRound(pixelSize * m_scale)));
    f.setBold(bold);
    return f;
}

ChartTheme ChartStyle::themeFor(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? ChartTheme::Dark : ChartTheme::Light;
}

QColor ChartStyle::backgroundColor() const
{
    return m_theme == ChartTheme::Dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
}

QColor ChartStyle::textColor() const
{
    return m_theme == ChartTheme::Dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x1a, 0x1a, 0x1a);
}

QColor ChartStyle::secondaryTextColor() const
{
    return m_theme == ChartTheme::Dark ? QColor(0xb8, 0xb8, 0xb8) : QColor(0x4d, 0x4d, 0x4d);
}

QColor ChartStyle::gridColor() const
{
    return m_theme == ChartTheme::Dark ? QColor(0x44, 0x44, 0x44) : QColor(0xdd, 0xdd, 0xdd);
}

QColor ChartStyle::axisColor() const
{
    return m_theme == ChartTheme::Dark ? QColor(0x88, 0x88, 0x88) : QColor(0x99, 0x99, 0x99);
}

QColor ChartStyle::separatorColor() const
{
    return m_theme == ChartTheme::Dark ? QColor(0x55, 0x55, 0x55) : QColor(0xcc, 0xcc, 0xcc);
}

QColor ChartStyle::outlineColor() const
{
    return m_theme == ChartTheme::Dark ? QColor(Qt::white) : QColor(Qt::black);
}

QColor ChartStyle::voteColor(Vote vote)
{
    switch (vote) {
    case Vote::Yes:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Vote::No:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Vote::Abstain:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Vote::NonVoting:
        break;
    }
    return QColor(0x99, 0x99, 0x99); // grey
}

QColor ChartStyle::fadedColor(Vote vote) const
{
    return blend(voteColor(vote), backgroundColor(), 0.7);
}

QColor ChartStyle::textColorOn(Vote vote)
{
    return better(voteColor(vote), QColor(Qt::white), QColor(Qt::black));
}

QColor ChartStyle::textColorOnFaded(Vote vote) const
{
    const QColor fill = fadedColor(vote);
    if (contrastRatio(fill, secondaryTextColor()) >= 4.5)
        return secondaryTextColor();
    return better(fill, textColor(), QColor(m_theme == ChartTheme::Dark ? Qt::white : Qt::black));
}

qreal ChartStyle::relativeLuminance(const QColor& color)
{
    const auto linear = [](qreal c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

qreal ChartStyle::contrastRatio(const QColor& a, const QColor& b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString ChartStyle::number(int value) const
{
    return m_locale.toString(value);
}

QString ChartStyle::percent(int value) const
{
    // CLDR puts a (no-break) space before the sign in these languages; QLocale does not expose the pattern.
    static const QList<QLocale::Language> spaced { QLocale::German, QLocale::French, QLocale::Russian,
        QLocale::Spanish, QLocale::Swedish, QLocale::Finnish, QLocale::NorwegianBokmal, QLocale::Czech,
        QLocale::Danish };
    const QString space = spaced.contains(m_locale.language()) ? QStringLiteral("\u00A0") : QString();
    return m_locale.toString(value) + space + m_locale.percent();
}

QString ChartStyle::longDate(const QDate& date) const
{
    if (m_locale.language() == QLocale::English)
        return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
    QString format = m_locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("dddd[,.]?\\s*")));
    return m_locale.toString(date, format.trimmed());
}

QString ChartStyle::shortDate(const QDate& date) const
{
    if (m_locale.language() == QLocale::English)
        return m_locale.toString(date, QStringLiteral("d MMM yyyy"));
    QString format = m_locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("dddd[,.]?\\s*")));
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return m_locale.toString(date, format.trimmed());
}
