// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QItemSelectionModel;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class StatementModel;

/// \brief The side panel: checkable statements with verdict icons, a filter by verdict with counts,
/// the full explanation of the selected statement, and the reviewer's reject button and note.
class StatementPanel : public QWidget
{
    Q_OBJECT

public:
    /// The model and selection model belong to the caller and are shared with the article view.
    StatementPanel(StatementModel* model, QItemSelectionModel* selection, QWidget* parent = nullptr);

    /// -1 shows all statements; otherwise only those with this Verdict value
    /// (StatementModel::rejectedVerdict: the flags the reviewer rejected).
    void setVerdictFilter(int verdict);
    /// The record the statements were checked against, as shown under each explanation (HTML allowed).
    void setRecordReference(const QString& html);
    QListView* listView() const { return m_list; }
    QString detailsText() const;
    QPushButton* rejectButton() const { return m_reject; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    /// Rejects the selected statement's flag, or restores it when it is rejected.
    void toggleRejected();
    /// Shows the language the article was read in and the one detected from its text.
    void setLanguage(const QString& lang, const QString& detected);
    QComboBox* languageBox() const { return m_lang; }

signals:
    /// The user chose the language to read the article in; empty: detect it from the text.
    void languageChosen(const QString& lang);

private:
    void refresh();
    void showDetails();
    void loadNote();
    void noteEdited();
    void linkClicked(const QUrl& url);

    StatementModel* m_model;
    QItemSelectionModel* m_selection;
    QComboBox* m_lang;
    QComboBox* m_filter;
    QLabel* m_summary;
    QListView* m_list;
    QTextBrowser* m_details;
    QPushButton* m_reject;
    QPlainTextEdit* m_note;
    QString m_recordReference;
};
