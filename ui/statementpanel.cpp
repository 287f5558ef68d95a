// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statementpanel.h"
#include "ui/shownlabels.h"

#include "core/models/statementmodel.h"
#include "ui/statementdelegate.h"
#include "ui/verdictstyle.h"
#include "core/check/language.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

StatementPanel::StatementPanel(StatementModel* model, QItemSelectionModel* selection, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(selection)
    , m_lang(new QComboBox(this))
    , m_filter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_list(new QListView(this))
    , m_details(new QTextBrowser(this))
    , m_reject(new QPushButton(this))
    , m_note(new QPlainTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Statements</b>"), this);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 1);
    titleRow->addWidget(new QLabel(tr("Read as:"), this));
    m_lang->addItem(QString(), QString()); // "Detected: ...", filled by setLanguage()
    for (const QString& code : Language::supported())
        m_lang->addItem(shownLanguageName(code), code);
    m_lang->setAccessibleName(tr("Article language"));
    m_lang->setAccessibleDescription(
        tr("The language the checker reads the article in: detected from the text, or one you choose."));
    m_lang->setToolTip(m_lang->accessibleDescription());
    titleRow->addWidget(m_lang);
    layout->addLayout(titleRow);
    connect(m_lang, &QComboBox::activated, this,
        [this](int index) { emit languageChosen(m_lang->itemData(index).toString()); });
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
    m_reject->setObjectName(QStringLiteral("rejectFlag"));
    // A shortcut of its own: QPushButton::setText() would reset the button's.
    auto* rejectKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(rejectKey, &QShortcut::activated, this, &StatementPanel::toggleRejected);
    m_reject->setAccessibleName(tr("Reject flag"));
    m_reject->setAccessibleDescription(tr("Marks the selected statement as misread by the engine; press "
                                          "again to restore the engine's verdict."));
    layout->addWidget(m_reject);
    m_note->setObjectName(QStringLiteral("reviewerNote"));
    m_note->setPlaceholderText(tr("Reviewer's note on this statement\u2026"));
    m_note->setAccessibleName(tr("Reviewer's note"));
    m_note->setAccessibleDescription(tr("A note kept with the article in the saved review and in reports."));
    m_note->setToolTip(
        tr("Your note on the selected statement: saved with the review and shown in reports."));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(m_note);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this] { setVerdictFilter(m_filter->currentData().toInt()); });
    connect(m_details, &QTextBrowser::anchorClicked, this, &StatementPanel::linkClicked);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatementPanel::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatementPanel::loadNote);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StatementPanel::refresh);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &StatementPanel::showDetails);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &StatementPanel::showDetails);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &StatementPanel::loadNote);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &StatementPanel::loadNote);
    connect(m_reject, &QPushButton::clicked, this, &StatementPanel::toggleRejected);
    connect(m_note, &QPlainTextEdit::textChanged, this, &StatementPanel::noteEdited);
    refresh();
    loadNote();
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
        const int n = m_model->effectiveCount(int(v));
        m_filter->addItem(
            VerdictStyle::icon(v), QStringLiteral("%1 (%2)").arg(shownVerdictLabel(v)).arg(n), int(v));
        if (n)
            counts << QStringLiteral("%1 %2").arg(n).arg(shownVerdictLabel(v).toLower());
    }
    const int rejected = m_model->effectiveCount(StatementModel::rejectedVerdict);
    m_filter->addItem(
        QStringLiteral("%1 (%2)").arg(shownRejectedLabel()).arg(rejected), StatementModel::rejectedVerdict);
    if (rejected)
        counts << QStringLiteral("%1 %2").arg(rejected).arg(shownRejectedLabel().toLower());
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
        const int v = m_model->index(row, 0).data(StatementModel::EffectiveVerdictRole).toInt();
        m_list->setRowHidden(row, verdict != -1 && v != verdict);
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
    const bool selected = index.isValid() && m_selection->isSelected(index);
    const bool rejected = selected && index.data(StatementModel::RejectedRole).toBool();
    m_reject->setEnabled(selected);
    m_reject->setText(rejected ? tr("Restore flag") : tr("Reject flag"));
    m_reject->setToolTip(rejected ? tr("Restore the engine's verdict on this statement (Ctrl+R)")
                                  : tr("The engine misread this sentence: reject its flag (Ctrl+R)"));
    m_note->setEnabled(selected);
    if (!selected) {
        m_details->clear();
        return;
    }
    const Statement& s = m_model->result().statements.at(index.row());
    QString html;
    if (rejected)
        html += tr("<p><b>\u2298 %1</b> \u2014 the engine's verdict was:</p>").arg(shownRejectedLabel());
    html += QStringLiteral("<p><b style='color:%1'>%2 %3</b></p><p>%4</p>")
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

void StatementPanel::loadNote()
{
    const QModelIndex index = m_selection->currentIndex();
    const QString note = index.isValid() ? index.data(StatementModel::NoteRole).toString() : QString();
    if (note == m_note->toPlainText())
        return;
    QSignalBlocker blocker(m_note);
    m_note->setPlainText(note);
}

void StatementPanel::noteEdited()
{
    const QModelIndex index = m_selection->currentIndex();
    if (index.isValid() && m_selection->isSelected(index))
        m_model->setData(index, m_note->toPlainText(), StatementModel::NoteRole);
}

void StatementPanel::toggleRejected()
{
    const QModelIndex index = m_selection->currentIndex();
    if (!index.isValid() || !m_selection->isSelected(index))
        return;
    m_model->setData(index, !index.data(StatementModel::RejectedRole).toBool(), StatementModel::RejectedRole);
}

void StatementPanel::setLanguage(const QString& lang, const QString& detected)
{
    m_lang->setItemText(0, tr("Detected: %1").arg(shownLanguageName(detected)));
    m_lang->setCurrentIndex(lang != detected ? std::max(0, m_lang->findData(lang)) : 0);
}
