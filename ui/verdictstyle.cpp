// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/verdictstyle.h"

#include "ui/charts/chartstyle.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

QColor VerdictStyle::color(Verdict verdict)
{
    return QColor(verdictColorName(verdict));
}

QColor VerdictStyle::tint(Verdict verdict)
{
    QColor c = color(verdict);
    c.setAlpha(60);
    return c;
}

QColor VerdictStyle::highlight(Verdict verdict, const QColor& base, bool emphasised)
{
    const QColor c = color(verdict);
    const qreal amount = emphasised ? 0.55 : 0.25;
    const auto mix = [&](int from, int to) { return qRound(from + (to - from) * amount); };
    return QColor(mix(base.red(), c.red()), mix(base.green(), c.green()), mix(base.blue(), c.blue()));
}

QColor VerdictStyle::textOn(const QColor& background, const QColor& preferred)
{
    if (ChartStyle::contrastRatio(background, preferred) >= 4.5)
        return preferred;
    return ChartStyle::contrastRatio(background, Qt::white) >= ChartStyle::contrastRatio(background, Qt::black)
        ? QColor(Qt::white)
        : QColor(Qt::black);
}

QString VerdictStyle::glyph(Verdict verdict)
{
    return verdictGlyph(verdict);
}

QIcon VerdictStyle::icon(Verdict verdict)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(verdict));
    if (it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color(verdict));
        p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        QFont f = p.font();
        f.setPixelSize(int(size * 0.62));
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph(verdict));
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(verdict), icon);
    return icon;
}
