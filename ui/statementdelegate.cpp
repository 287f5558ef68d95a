// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statementdelegate.h"
#include "ui/shownlabels.h"

#include "core/models/statementmodel.h"
#include "ui/verdictstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace {
constexpr int iconSize = 20;
constexpr int margin = 6;
constexpr int textLines = 3;
}

void StatementDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto verdict = static_cast<Verdict>(index.data(StatementModel::VerdictRole).toInt());
    const bool rejected = index.data(StatementModel::RejectedRole).toBool();
    const QString note = index.data(StatementModel::NoteRole).toString();
    const QRect r = option.rect.adjusted(margin, margin, -margin, -margin);
    painter->save();
    // A rejected flag: a grey bar and the engine's icon faded, so its verdict stays recognisable.
    painter->fillRect(QRect(option.rect.left(), option.rect.top() + 2, 4, option.rect.height() - 4),
        rejected ? option.palette.color(QPalette::Mid) : VerdictStyle::color(verdict));
    painter->setOpacity(rejected ? 0.35 : 1.0);
    VerdictStyle::icon(verdict).paint(painter, QRect(r.left() + 2, r.top(), iconSize, iconSize));
    painter->setOpacity(1.0);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics fm(option.font);
    const QRect textRect(r.left() + iconSize + margin + 2, r.top(), r.width() - iconSize - margin - 2,
        fm.lineSpacing() * textLines);
    const QString number = QStringLiteral("%1. ").arg(index.row() + 1);
    painter->drawText(textRect, Qt::TextWordWrap | Qt::AlignTop,
        fm.elidedText(number + index.data().toString(), Qt::ElideRight,
            textRect.width() * textLines - fm.averageCharWidth() * 4));
    QFont small = option.font;
    small.setItalic(true);
    painter->setFont(small);
    const QFontMetrics sfm(small);
    QString line = rejected
        ? QStringLiteral("%1 \u2014 %2").arg(shownRejectedLabel(), shownVerdictLabel(verdict))
        : QStringLiteral("%1 \u2014 %2")
              .arg(shownVerdictLabel(verdict), index.data(StatementModel::ExplanationRole).toString());
    if (!note.isEmpty())
        line = QStringLiteral("\u270E %1").arg(line); // a pencil: the reviewer left a note
    const QRect lineRect(textRect.left(), textRect.bottom() + 2, textRect.width(), sfm.lineSpacing());
    painter->drawText(
        lineRect, Qt::AlignLeft | Qt::AlignVCenter, sfm.elidedText(line, Qt::ElideRight, lineRect.width()));
    painter->restore();
}

QSize StatementDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    return QSize(300, fm.lineSpacing() * (textLines + 1) + 2 * margin + 4);
}
