// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"

#include <QWidget>

class QLabel;

/// \brief The line above the charts naming the record (symbol, title, date, draft, majority, source
/// link), and a warning banner when the record's published totals or membership do not add up.
class RecordHeader : public QWidget
{
    Q_OBJECT

public:
    explicit RecordHeader(QWidget* parent = nullptr);

    void setRecord(const VoteRecord& record);
    /// The record's source as a link, for explanations that name it.
    static QString sourceLink(const VoteRecord& record);
    QString warningText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateWarningColors();

    QLabel* m_info;
    QLabel* m_warning;
};
