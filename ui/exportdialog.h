// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"
#include "ui/charts/chartkind.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

/// \brief Asks where and how to export the chart, then exports with ChartExporter (as --export does).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const VoteRecord& record, const std::optional<VoteRecord>& compare, ChartKind kind,
        QWidget* parent = nullptr);

    void setPath(const QString& path);
    /// Exports with the chosen settings; shows a message box and returns false on failure.
    bool exportNow();

private:
    void browse();

    VoteRecord m_record;
    std::optional<VoteRecord> m_compare;
    QComboBox* m_kind;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_scale;
    QComboBox* m_theme;
    QComboBox* m_locale;
    QLineEdit* m_path;
};
