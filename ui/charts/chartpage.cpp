// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartpage.h"

#include "ui/charts/votechart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <cmath>

namespace {

qreal fontScaleFor(const QSizeF& size)
{
    // 1.0 at 1200 × 800; text grows with the area, but not so much that it overflows a narrow or a flat page.
    const qreal byArea = std::sqrt(size.width() * size.height() / (1200.0 * 800.0));
    return std::max(0.35, std::min({ byArea, size.width() / 900.0, size.height() / 600.0 }));
}

} // namespace

ChartPage::ChartPage(const VoteRecord& record, ChartKind kind, const QSizeF& size)
    : m_record(record)
    , m_kind(kind)
    , m_size(size)
    , m_style(fontScaleFor(size))
{
}

QString ChartPage::subtitle(const VoteRecord& record)
{
    QStringList parts;
    if (!record.symbol.isEmpty())
        parts << record.symbol;
    if (record.date.isValid())
        parts << QLocale(QLocale::English, QLocale::UnitedKingdom)
                     .toString(record.date, QStringLiteral("d MMMM yyyy"));
    parts << QStringLiteral("recorded vote");
    return parts.join(QStringLiteral(" · "));
}

void ChartPage::paint(QPainter& painter) const
{
    const QRectF page(QPointF(0, 0), m_size);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.fillRect(page, Qt::white);

    const qreal side = m_style.px(48);
    const QRectF content = page.adjusted(side, m_style.px(36), -side, -m_style.px(28));

    const QFont titleFont = m_style.font(30, true);
    const QFontMetricsF titleMetrics(titleFont);
    const QRectF title
        = titleMetrics.boundingRect(QRectF(content.left(), content.top(), content.width(), page.height()),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_record.title);
    painter.setFont(titleFont);
    painter.setPen(ChartStyle::textColor());
    painter.drawText(QRectF(content.left(), content.top(), content.width(), title.height()),
        Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_record.title);

    const QFont subtitleFont = m_style.font(18);
    const QFontMetricsF subtitleMetrics(subtitleFont);
    const QRectF subtitle(content.left(), content.top() + title.height() + m_style.px(6), content.width(),
        subtitleMetrics.height());
    painter.setFont(subtitleFont);
    painter.setPen(ChartStyle::secondaryTextColor());
    painter.drawText(subtitle, Qt::AlignLeft | Qt::AlignVCenter, ChartPage::subtitle(m_record));

    const QFont sourceFont = m_style.font(14);
    const QFontMetricsF sourceMetrics(sourceFont);
    const QRectF source(
        content.left(), content.bottom() - sourceMetrics.height(), content.width(), sourceMetrics.height());
    painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), m_style.px(1)));
    painter.drawLine(QPointF(content.left(), source.top() - m_style.px(10)),
        QPointF(content.right(), source.top() - m_style.px(10)));
    painter.setFont(sourceFont);
    painter.setPen(ChartStyle::secondaryTextColor());
    painter.drawText(source, Qt::AlignLeft | Qt::AlignVCenter, m_record.sourceLine());

    const QRectF chartArea(content.left(), subtitle.bottom() + m_style.px(20), content.width(),
        source.top() - m_style.px(26) - subtitle.bottom() - m_style.px(20));
    if (chartArea.height() > 0) {
        // A chart that was never laid out renders blank: give it its geometry and lay it out before painting.
        QGraphicsScene scene;
        auto* chart = new VoteChart(m_record, m_kind, m_style); // owned by the scene
        chart->setBackgroundVisible(false);
        scene.addItem(chart);
        const QRectF local(QPointF(0, 0), chartArea.size());
        scene.setSceneRect(local);
        chart->setGeometry(local);
        if (chart->layout())
            chart->layout()->activate();
        // Posted events only: no user input is handled in the middle of an export.
        QCoreApplication::sendPostedEvents();
        scene.render(&painter, chartArea, local, Qt::IgnoreAspectRatio);
    }
    painter.restore();
}
