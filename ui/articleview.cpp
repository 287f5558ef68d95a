// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/articleview.h"
#include "ui/shownlabels.h"

#include "core/models/statementmodel.h"
#include "ui/verdictstyle.h"

#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>

ArticleView::ArticleView(StatementModel* model, QItemSelectionModel* selection, QWidget* parent)
    : QTextEdit(parent)
    , m_model(model)
    , m_selection(selection)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Article"));
    setAccessibleDescription(tr("The article text; checked statements are highlighted in their verdict colours."));
    document()->setDocumentMargin(16);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ArticleView::updateHighlights);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ArticleView::updateHighlights);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &ArticleView::updateHighlights);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &ArticleView::updateHighlights);
}

void ArticleView::setArticleText(const QString& text)
{
    setPlainText(text);
    updateHighlights();
}

std::pair<int, int> ArticleView::emphasisedSpan() const
{
    return m_emphasised;
}

void ArticleView::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_emphasised = { -1, -1 };
    const QModelIndex current = m_selection->currentIndex();
    const int chars = document()->characterCount();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const int start = index.data(StatementModel::StartRole).toInt();
        const int end = index.data(StatementModel::EndRole).toInt();
        if (end >= chars)
            continue;
        const auto verdict = static_cast<Verdict>(index.data(StatementModel::VerdictRole).toInt());
        const bool rejected = index.data(StatementModel::RejectedRole).toBool();
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(start);
        sel.cursor.setPosition(end, QTextCursor::KeepAnchor);
        const bool emphasised = index == current && m_selection->isSelected(index);
        const QColor base = palette().color(QPalette::Base);
        // A rejected flag keeps only a grey dotted underline: the reviewer found nothing to flag.
        const QColor background = rejected
            ? palette().color(emphasised ? QPalette::AlternateBase : QPalette::Base)
            : VerdictStyle::highlight(verdict, base, emphasised);
        sel.format.setBackground(background);
        sel.format.setForeground(VerdictStyle::textOn(background, palette().color(QPalette::Text)));
        sel.format.setUnderlineStyle(rejected ? QTextCharFormat::DotLine : QTextCharFormat::SingleUnderline);
        sel.format.setUnderlineColor(
            rejected ? palette().color(QPalette::Mid) : VerdictStyle::color(verdict));
        const QString engine = QStringLiteral("%1: %2").arg(
            shownVerdictLabel(verdict), index.data(StatementModel::ExplanationRole).toString());
        sel.format.setToolTip(
            rejected ? tr("%1 (the engine said: %2)").arg(shownRejectedLabel(), engine) : engine);
        if (emphasised) {
            sel.format.setFontWeight(QFont::DemiBold);
            m_emphasised = { start, end };
        }
        selections.append(sel);
    }
    setExtraSelections(selections);
    if (m_emphasised.first >= 0) {
        QTextCursor c(document());
        c.setPosition(m_emphasised.first);
        setTextCursor(c);
        // Bring the statement to the upper third of the view, where the eye starts reading.
        QScrollBar* bar = verticalScrollBar();
        bar->setValue(bar->value() + cursorRect(c).top() - viewport()->height() / 3);
    }
}

void ArticleView::mouseReleaseEvent(QMouseEvent* event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int row = m_model->rowAt(cursorForPosition(event->position().toPoint()).position());
    if (row >= 0)
        m_selection->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect);
}

void ArticleView::changeEvent(QEvent* event)
{
    QTextEdit::changeEvent(event);
    // Highlights are blended into the palette's base colour: a new palette needs new ones.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateHighlights();
}
