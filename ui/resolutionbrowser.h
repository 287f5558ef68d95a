// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class ShownLabelsProxy;
class ResolutionFilterProxy;
class ResolutionListModel;
class VoteDatabase;

/// \brief Searches a VoteDatabase by words, date range, session and subject, lists the matches with
/// their tallies in sortable columns, and says which resolution the user picked.
class ResolutionBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit ResolutionBrowser(QWidget* parent = nullptr);

    /// The caller owns \a database and keeps it alive while it is shown; pass nullptr before destroying it.
    void setDatabase(const VoteDatabase* database);
    /// Makes the row of this database index current, clearing filters that hide it.
    void selectResolution(qsizetype databaseIndex);

    ResolutionListModel* model() const { return m_model; }
    ResolutionFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* searchBox() const { return m_search; }
    QCheckBox* fromEnabled() const { return m_fromEnabled; }
    QDateEdit* fromEdit() const { return m_from; }
    QCheckBox* toEnabled() const { return m_toEnabled; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* sessionBox() const { return m_session; }
    QLineEdit* subjectBox() const { return m_subject; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* showButton() const { return m_show; }

signals:
    void resolutionPicked(qsizetype databaseIndex);

private:
    void updateDateRange();
    void updateCount();
    void pick(const QModelIndex& proxyIndex);

    ResolutionListModel* m_model;
    ResolutionFilterProxy* m_proxy;
    ShownLabelsProxy* m_labels; // the table's model: m_proxy in the interface language
    QLineEdit* m_search;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QComboBox* m_session;
    QLineEdit* m_subject;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_show;
};
