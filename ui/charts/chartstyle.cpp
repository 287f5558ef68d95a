// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartstyle.h"

#include <QtGlobal>

ChartStyle::ChartStyle(qreal scale)
    : m_scale(scale)
{
}

QFont ChartStyle::font(qreal pixelSize, bool bold) const
{
    QFont f;
    f.setPixelSize(qMax(6, qRound(pixelSize * m_scale)));
    f.setBold(bold);
    return f;
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

QColor ChartStyle::fadedColor(Vote vote)
{
    const QColor c = voteColor(vote);
    const auto tint = [](int channel) { return channel + (255 - channel) * 7 / 10; };
    return QColor(tint(c.red()), tint(c.green()), tint(c.blue()));
}

QColor ChartStyle::textColorOn(Vote vote)
{
    return vote == Vote::Yes ? QColor(Qt::white) : QColor(Qt::black);
}
