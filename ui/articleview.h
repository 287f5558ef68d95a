// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>

class QItemSelectionModel;
class StatementModel;

/// \brief The article text with each statement highlighted in its verdict's colour. The selected
/// statement is emphasised and scrolled into view; clicking a highlight selects its statement.
class ArticleView : public QTextEdit
{
    Q_OBJECT

public:
    /// The model and selection model belong to the caller and are shared with the statement panel.
    ArticleView(StatementModel* model, QItemSelectionModel* selection, QWidget* parent = nullptr);

    void setArticleText(const QString& text);
    /// The span [start, end) of the emphasised statement, or {-1, -1} when none is selected.
    std::pair<int, int> emphasisedSpan() const;

protected:
    void changeEvent(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void updateHighlights();

    StatementModel* m_model;
    QItemSelectionModel* m_selection;
    std::pair<int, int> m_emphasised { -1, -1 };
};
