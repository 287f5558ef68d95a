// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/resolutionbrowser.h"
#include "ui/shownlabelsproxy.h"

#include "core/models/resolutionfilterproxy.h"
#include "core/models/resolutionlistmodel.h"
#include "core/record/votedatabase.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>

namespace {

QDateEdit* dateEdit(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(1945, 1, 1));
    edit->setEnabled(false);
    edit->setAccessibleName(accessibleName);
    edit->setAccessibleDescription(
        QCoreApplication::translate("ResolutionBrowser", "A date as year-month-day; Alt+Down opens a calendar."));
    return edit;
}

} // namespace

ResolutionBrowser::ResolutionBrowser(QWidget* parent)
    : QWidget(parent)
    , m_model(new ResolutionListModel(this))
    , m_proxy(new ResolutionFilterProxy(this))
    , m_labels(new ShownLabelsProxy(this))
    , m_search(new QLineEdit(this))
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_from(dateEdit(this, tr("Voted on or after")))
    , m_toEnabled(new QCheckBox(tr("To"), this))
    , m_to(dateEdit(this, tr("Voted on or before")))
    , m_session(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_show(new QPushButton(tr("&Show"), this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Symbol or title words, e.g. ES-11 children"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search resolutions by symbol or title words"));
    m_fromEnabled->setAccessibleName(tr("Only resolutions voted on or after a date"));
    m_fromEnabled->setAccessibleDescription(tr("When checked, the list leaves out resolutions voted on before the date beside it."));
    m_toEnabled->setAccessibleName(tr("Only resolutions voted on or before a date"));
    m_toEnabled->setAccessibleDescription(tr("When checked, the list leaves out resolutions voted on after the date beside it."));
    m_session->setAccessibleName(tr("Session"));
    m_session->setAccessibleDescription(tr("Shows the resolutions of one session only, or of all sessions."));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_subject->setPlaceholderText(tr("Subject contains"));
    m_subject->setClearButtonEnabled(true);
    m_subject->setAccessibleName(tr("Subject contains"));
    m_count->setAccessibleName(tr("Resolutions shown"));
    m_show->setAccessibleName(tr("Show the selected resolution"));
    m_show->setAccessibleDescription(tr("Shows the selected resolution's vote in the chart, the country table and the checks. Enter or a double click does the same."));
    m_show->setEnabled(false);

    m_labels->setSourceModel(m_proxy);
    m_table->setModel(m_labels);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResolutionListModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ResolutionListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setAccessibleName(tr("Resolutions"));
    m_table->setAccessibleDescription(tr("The resolutions of the loaded vote file that match the filters, with their tallies; sort by any column."));

    auto* filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 6);
    filters->addWidget(m_fromEnabled, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_toEnabled, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(m_session, 1, 4);
    filters->addWidget(m_subject, 1, 5);
    filters->setColumnStretch(5, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_show);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ResolutionFilterProxy::setSearchText);
    connect(m_subject, &QLineEdit::textChanged, m_proxy, &ResolutionFilterProxy::setSubject);
    connect(m_session, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setSession(m_session->currentData().toString()); });
    for (QCheckBox* box : { m_fromEnabled, m_toEnabled })
        connect(box, &QCheckBox::toggled, this, &ResolutionBrowser::updateDateRange);
    for (QDateEdit* edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &ResolutionBrowser::updateDateRange);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResolutionBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ResolutionBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResolutionBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ResolutionBrowser::updateCount);

    connect(m_table, &QAbstractItemView::activated, this, &ResolutionBrowser::pick);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { m_show->setEnabled(current.isValid()); });
    connect(m_show, &QPushButton::clicked, this, [this] { pick(m_table->currentIndex()); });

    setDatabase(nullptr);
}

void ResolutionBrowser::setDatabase(const VoteDatabase* database)
{
    m_model->setDatabase(database);

    QSet<QString> sessions;
    QDate first;
    QDate last;
    for (qsizetype i = 0; database && i < database->size(); ++i) {
        const VoteDatabase::Resolution& r = database->resolution(i);
        if (!r.session.isEmpty())
            sessions.insert(r.session);
        if (r.date.isValid()) {
            first = first.isValid() ? std::min(first, r.date) : r.date;
            last = last.isValid() ? std::max(last, r.date) : r.date;
        }
    }
    QStringList sorted(sessions.cbegin(), sessions.cend());
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(sorted.begin(), sorted.end(), collator);
    {
        const QSignalBlocker blocker(m_session);
        m_session->clear();
        m_session->addItem(tr("All sessions"), QString());
        for (const QString& s : sorted)
            m_session->addItem(s, s);
    }
    m_proxy->setSession(QString());
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(first.isValid() ? first : QDate::currentDate());
        m_to->setDate(last.isValid() ? last : QDate::currentDate());
    }
    updateDateRange();
    updateCount();
}

void ResolutionBrowser::selectResolution(qsizetype databaseIndex)
{
    if (databaseIndex < 0 || databaseIndex >= m_model->rowCount())
        return;
    const QModelIndex source = m_model->index(int(databaseIndex), 0);
    QModelIndex row = m_labels->mapFromSource(m_proxy->mapFromSource(source));
    if (!row.isValid()) {
        m_search->clear();
        m_subject->clear();
        m_session->setCurrentIndex(0);
        m_fromEnabled->setChecked(false);
        m_toEnabled->setChecked(false);
        row = m_labels->mapFromSource(m_proxy->mapFromSource(source));
    }
    m_table->setCurrentIndex(row);
    m_table->scrollTo(row);
}

void ResolutionBrowser::updateDateRange()
{
    m_proxy->setDateRange(m_fromEnabled->isChecked() ? m_from->date() : QDate(),
        m_toEnabled->isChecked() ? m_to->date() : QDate());
}

void ResolutionBrowser::updateCount()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    m_count->setText(
        (total == 1 ? tr("%1 of %2 resolution") : tr("%1 of %2 resolutions"))
            .arg(locale.toString(m_proxy->rowCount()), locale.toString(total)));
    m_show->setEnabled(m_table->currentIndex().isValid());
}

void ResolutionBrowser::pick(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    emit resolutionPicked(qsizetype(proxyIndex.data(ResolutionListModel::IndexRole).toLongLong()));
}
