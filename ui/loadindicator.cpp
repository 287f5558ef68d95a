// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/loadindicator.h"

#include "ui/databaseloader.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

LoadIndicator::LoadIndicator(DatabaseLoader* loader, QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(240);
    m_bar->setAccessibleName(tr("Loading progress"));
    m_bar->setAccessibleDescription(tr("How much of the record file has been read"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_cancel->setAccessibleDescription(tr("Stops reading the file; nothing changes"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
    connect(m_cancel, &QToolButton::clicked, loader, &DatabaseLoader::cancel);
    connect(loader, &DatabaseLoader::progressChanged, this, [this](int permille) {
        m_bar->setValue(permille);
        show();
    });
    connect(loader, &DatabaseLoader::finished, this, &QWidget::hide);
}
