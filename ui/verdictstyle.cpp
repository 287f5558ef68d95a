// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/verdictstyle.h"

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
