// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/countrypanel.h"
#include "ui/shownlabelsproxy.h"
#include "ui/shownlabels.h"

#include "core/models/countryfilterproxy.h"
#include "core/models/countryvotemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

CountryPanel::CountryPanel(CountryVoteModel* model, QWidget* parent)
    : QWidget(parent)
    , m_proxy(new CountryFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_vote(new QComboBox(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_search->setPlaceholderText(tr("Search member states, ISO codes or groups"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search member states"));
    m_vote->addItem(tr("All votes"), -1);
    for (Vote v : allVotes)
        m_vote->addItem(shownVoteLabel(v), int(v));
    m_vote->setAccessibleName(tr("Show votes"));
    m_vote->setAccessibleDescription(tr("Shows all member states or only those that voted one way."));
    m_table->setModel(new ShownLabelsProxy(this));
    qobject_cast<ShownLabelsProxy*>(m_table->model())->setSourceModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CountryVoteModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CountryVoteModel::NameColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Votes by member state"));
    m_table->setAccessibleDescription(tr("How each member state voted, with its ISO code and regional group; sort by any column."));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_vote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CountryFilterProxy::setSearchText);
    connect(m_vote, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setVoteFilter(m_vote->currentData().toInt()); });
}
