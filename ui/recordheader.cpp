// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recordheader.h"
#include "ui/shownlabels.h"

#include <QLabel>
#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

RecordHeader::RecordHeader(QWidget* parent)
    : QWidget(parent)
    , m_info(new QLabel(this))
    , m_warning(new QLabel(this))
{
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_info->setOpenExternalLinks(true);
    m_info->setAccessibleName(tr("Record"));
    m_warning->setWordWrap(true);
    updateWarningColors();
    m_warning->setAccessibleName(tr("Record warnings"));
    m_warning->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_info);
    layout->addWidget(m_warning);
}

QString RecordHeader::sourceLink(const VoteRecord& r)
{
    return r.undlLink().isEmpty()
        ? r.sourceLine().toHtmlEscaped()
        : tr("<a href=\"%1\">UN Digital Library record %2</a>").arg(r.undlLink(), r.undlRecord);
}

void RecordHeader::setRecord(const VoteRecord& r)
{
    QString majority = shownMajorityDescription(r.majority);
    if (!majority.isEmpty())
        majority[0] = majority.at(0).toUpper();
    m_info->setText(tr("<b>%1</b> \u201C%2\u201D \u2014 %3, %4. %5 required. %6")
                        .arg(r.symbol.toHtmlEscaped(), r.title.toHtmlEscaped(),
                            QLocale().toString(r.date, QStringLiteral("d MMMM yyyy")),
                            r.draft.isEmpty() ? tr("recorded vote")
                                              : tr("draft ") + r.draft.toHtmlEscaped(),
                            majority.toHtmlEscaped(), sourceLink(r)));
    const QStringList warnings = r.warnings();
    m_warning->setText(QStringLiteral("\u26A0 ") + warnings.join(QStringLiteral("\n\u26A0 ")));
    m_warning->setVisible(!warnings.isEmpty());
}

QString RecordHeader::warningText() const
{
    return m_warning->isVisibleTo(parentWidget()) ? m_warning->text() : QString();
}

void RecordHeader::updateWarningColors()
{
    // Amber on the window's side of light or dark; text over 8:1 against its background in both.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_warning->setStyleSheet(dark
            ? QStringLiteral("background:#3D3000;color:#FFE08A;border:1px solid #8A6D00;padding:6px;")
            : QStringLiteral("background:#FFF3CD;color:#5C4400;border:1px solid #E6C65C;padding:6px;"));
}

void RecordHeader::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateWarningColors();
}
