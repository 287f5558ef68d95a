// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CountryFilterProxy;
class CountryVoteModel;
class QComboBox;
class QLineEdit;
class QTableView;

/// \brief The per-country table of a record with a search box and a filter by vote.
class CountryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CountryPanel(CountryVoteModel* model, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QTableView* table() const { return m_table; }

private:
    CountryFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_vote;
    QTableView* m_table;
};
