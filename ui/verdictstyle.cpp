// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/verdictstyle.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

QColor VerdictStyle::color(Verdict verdict)
{
    // Okabe-Ito colours.
    switch (verdict) {
    case Verdict::ContradictsRecord:
        return QColor(0xD5, 0x5E, 0x00);
    case Verdict::ContradictsArticle:
        return QColor(0xCC, 0x79, 0xA7);
    case Verdict::Revised:
        return QColor(0x56, 0xB4, 0xE9);
    case Verdict::Unverifiable:
        return QColor(0x99, 0x99, 0x99);
    case Verdict::Consistent:
        return QColor(0x00, 0x9E, 0x73);
    }
    return Qt::gray;
}

QColor VerdictStyle::tint(Verdict verdict)
{
    QColor c = color(verdict);
    c.setAlpha(60);
    return c;
}

QString VerdictStyle::glyph(Verdict verdict)
{
    switch (verdict) {
    case Verdict::ContradictsRecord:
        return QStringLiteral("\u2716");
    case Verdict::ContradictsArticle:
        return QStringLiteral("\u2260");
    case Verdict::Revised:
        return QStringLiteral("\u21BB");
    case Verdict::Unverifiable:
        return QStringLiteral("?");
    case Verdict::Consistent:
        return QStringLiteral("\u2714");
    }
    return {};
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
