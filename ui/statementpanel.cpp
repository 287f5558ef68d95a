// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statementpanel.h"
#include "ui/shownlabels.h"

#include "core/models/statementmodel.h"
#include "ui/statementdelegate.h"
#include "ui/verdictstyle.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QTextBrowser>
#include <QVBoxLayout>

StatementPanel::StatementPanel(StatementModel* model, QItemSelectionModel* selection, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(selection)
    , m_filter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_list(new QListView(this))
    , m_details(new QTextBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Statements</b>"), this);
    layout->addWidget(title);
    m_filter->setAccessibleName(tr("Show statements"));
    m_filter->setAccessibleDescription(tr("Shows all statements or only those with one verdict; each entry gives the count."));
    layout->addWidget(m_filter);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setModel(model);
    m_list->setSelectionModel(selection);
    m_list->setItemDelegate(new StatementDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAccessibleName(tr("Checked statements"));
    m_list->setAccessibleDescription(tr("Every checkable statement of the article with its verdict. F8 and Shift+F8 move to the next and previous statement."));
    layout->addWidget(m_list, 3);
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Explanation"));
    m_details->setAccessibleDescription(tr("How the selected statement was checked: the claim as read, the recorded value, the rule and the record, with links to related statements."));
    m_details->setPlaceholderText(tr("Select a statement to see how it was checked."));
    layout->addWidget(m_details, 2);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this] { setVerdictFilter(m_filter->currentData().toInt()); });
    connect(m_details, &QTextBrowser::anchorClicked, this, &StatementPanel::linkClicked);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatementPanel::refresh);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &StatementPanel::showDetails);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &StatementPanel::showDetails);
    refresh();
}

void StatementPanel::refresh()
{
    const int current = m_filter->count() ? m_filter->currentData().toInt() : -1;
    const CheckResult& r = m_model->result();
    QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All statements (%1)").arg(r.statements.size()), -1);
    QStringList counts;
    for (Verdict v : allVerdicts) {
        m_filter->addItem(
            VerdictStyle::icon(v), QStringLiteral("%1 (%2)").arg(shownVerdictLabel(v)).arg(r.count(v)), int(v));
        if (r.count(v))
            counts << QStringLiteral("%1 %2").arg(r.count(v)).arg(shownVerdictLabel(v).toLower());
    }
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(current)));
    m_summary->setText(r.statements.isEmpty() ? tr("No checkable statements in this article.")
                                              : counts.join(QStringLiteral(" · ")));
    setVerdictFilter(m_filter->currentData().toInt());
    showDetails();
}

void StatementPanel::setVerdictFilter(int verdict)
{
    const int i = m_filter->findData(verdict);
    if (i >= 0 && i != m_filter->currentIndex()) {
        QSignalBlocker blocker(m_filter);
        m_filter->setCurrentIndex(i);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int v = m_model->index(row, 0).data(StatementModel::VerdictRole).toInt();
        m_list->setRowHidden(row, verdict >= 0 && v != verdict);
    }
}

void StatementPanel::setRecordReference(const QString& html)
{
    m_recordReference = html;
    showDetails();
}

void StatementPanel::linkClicked(const QUrl& url)
{
    if (url.scheme() == u"statement") {
        const int row = url.path().toInt() - 1;
        if (row >= 0 && row < m_model->rowCount()) {
            setVerdictFilter(-1);
            m_selection->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect);
        }
        return;
    }
    QDesktopServices::openUrl(url);
}

QString StatementPanel::detailsText() const
{
    return m_details->toPlainText();
}

void StatementPanel::showDetails()
{
    const QModelIndex index = m_selection->currentIndex();
    if (!index.isValid() || !m_selection->isSelected(index)) {
        m_details->clear();
        return;
    }
    const Statement& s = m_model->result().statements.at(index.row());
    QString html = QStringLiteral("<p><b style='color:%1'>%2 %3</b></p><p>%4</p>")
                       .arg(VerdictStyle::color(s.verdict).name(), VerdictStyle::glyph(s.verdict),
                           shownVerdictLabel(s.verdict), s.explanation.toHtmlEscaped());
    QString claims;
    for (const Claim& c : s.claims) {
        if (!c.rule.isEmpty())
            claims += QStringLiteral("<li>%1</li>").arg(c.rule.toHtmlEscaped());
    }
    if (!claims.isEmpty())
        html += tr("<p>Read as:</p><ul>%1</ul>").arg(claims);
    if (!s.related.isEmpty()) {
        QStringList related;
        for (int r : s.related)
            related << QStringLiteral("<a href=\"statement:%1\">%1</a>").arg(r + 1);
        html += tr("<p>Related statements: %1</p>").arg(related.join(QStringLiteral(", ")));
    }
    if (!m_recordReference.isEmpty())
        html += tr("<p>Checked against %1.</p>").arg(m_recordReference);
    m_details->setHtml(html);
}
