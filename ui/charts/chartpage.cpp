// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartpage.h"

#include "ui/charts/flowchart.h"
#include "ui/charts/paintedchart.h"
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

ChartPage::ChartPage(const VoteRecord& record, ChartKind kind, const QSizeF& size,
    const std::optional<VoteRecord>& compare, ChartTheme theme, const QLocale& locale)
    : m_record(record)
    , m_compare(compare)
    , m_kind(kind)
    , m_size(size)
    , m_style(fontScaleFor(size), theme, locale)
{
}

QString ChartPage::subtitle(const VoteRecord& record, const ChartStyle& style)
{
    QStringList parts;
    if (!record.symbol.isEmpty())
        parts << record.symbol;
    if (record.date.isValid())
        parts << style.longDate(record.date);
    parts << QCoreApplication::translate("ChartPage", "recorded vote");
    return parts.join(QStringLiteral(" · "));
}

std::pair<VoteRecord, VoteRecord> ChartPage::comparedPair() const
{
    if (!m_compare)
        return { m_record, m_record };
    if (m_compare->date.isValid() && m_record.date.isValid() && m_compare->date < m_record.date)
        return { *m_compare, m_record };
    return { m_record, *m_compare };
}

QString ChartPage::title() const
{
    if (m_kind == ChartKind::Compare && m_compare) {
        const auto [first, second] = comparedPair();
        const auto label = [&](const VoteRecord& r) {
            return r.date.isValid() ? QStringLiteral("%1 (%2)").arg(
                       r.symbol, m_style.shortDate(r.date))
                                    : r.symbol;
        };
        return QStringLiteral("%1 \u2192 %2").arg(label(first), label(second));
    }
    return m_record.title;
}

QString ChartPage::pageSubtitle() const
{
    if (m_kind == ChartKind::Compare && m_compare) {
        const auto [first, second] = comparedPair();
        const auto name = [](const VoteRecord& r) {
            return r.title.isEmpty() ? r.symbol : QStringLiteral("\u201C%1\u201D").arg(r.title);
        };
        return QCoreApplication::translate("ChartPage", "How member states moved: %1 \u2192 %2").arg(name(first), name(second));
    }
    return subtitle(m_record, m_style);
}

QString ChartPage::sourceLine() const
{
    if (m_kind == ChartKind::Compare && m_compare) {
        const auto [first, second] = comparedPair();
        return QStringLiteral("%1: %2 · %3: %4")
            .arg(first.symbol, first.sourceLine(), second.symbol, second.sourceLine());
    }
    return m_record.sourceLine();
}

ChartPage::Frame ChartPage::frame() const
{
    const QRectF page(QPointF(0, 0), m_size);
    const qreal side = m_style.px(48);
    const QRectF content = page.adjusted(side, m_style.px(36), -side, -m_style.px(28));
    Frame f;
    const QFontMetricsF titleMetrics(m_style.font(30, true));
    const QRectF titleBounds
        = titleMetrics.boundingRect(QRectF(content.left(), content.top(), content.width(), page.height()),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title());
    f.title = QRectF(content.left(), content.top(), content.width(), titleBounds.height());
    const QFontMetricsF subtitleMetrics(m_style.font(18));
    f.subtitle
        = QRectF(content.left(), f.title.bottom() + m_style.px(6), content.width(), subtitleMetrics.height());
    const QFontMetricsF sourceMetrics(m_style.font(14));
    f.source = QRectF(
        content.left(), content.bottom() - sourceMetrics.height(), content.width(), sourceMetrics.height());
    f.chart = QRectF(content.left(), f.subtitle.bottom() + m_style.px(20), content.width(),
        f.source.top() - m_style.px(26) - f.subtitle.bottom() - m_style.px(20));
    return f;
}

QRectF ChartPage::chartArea() const
{
    return frame().chart;
}

void ChartPage::paint(QPainter& painter) const
{
    const QRectF page(QPointF(0, 0), m_size);
    const Frame f = frame();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.fillRect(page, m_style.backgroundColor());

    painter.setFont(m_style.font(30, true));
    painter.setPen(m_style.textColor());
    painter.drawText(f.title, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title());

    painter.setFont(m_style.font(18));
    painter.setPen(m_style.secondaryTextColor());
    painter.drawText(f.subtitle, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(m_style.font(18)).elidedText(pageSubtitle(), Qt::ElideRight, f.subtitle.width()));

    painter.setPen(QPen(m_style.separatorColor(), m_style.px(1)));
    painter.drawLine(QPointF(f.source.left(), f.source.top() - m_style.px(10)),
        QPointF(f.source.right(), f.source.top() - m_style.px(10)));
    painter.setFont(m_style.font(14));
    painter.setPen(m_style.secondaryTextColor());
    painter.drawText(f.source, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(m_style.font(14)).elidedText(sourceLine(), Qt::ElideRight, f.source.width()));

    const QRectF chartArea = f.chart;
    if (chartArea.height() <= 0) {
        painter.restore();
        return;
    }
    if (m_kind == ChartKind::Donut || m_kind == ChartKind::Bar) {
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
    } else if (const auto chart = PaintedChart::create(m_kind, m_record, m_compare, m_style)) {
        chart->paint(painter, chartArea);
    }
    painter.restore();
}
