// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class DatabaseLoader;
class QProgressBar;
class QToolButton;

/// \brief A progress bar and a Cancel button for a DatabaseLoader, shown only while it reads.
class LoadIndicator : public QWidget
{
    Q_OBJECT

public:
    /// The loader belongs to the caller.
    explicit LoadIndicator(DatabaseLoader* loader, QWidget* parent = nullptr);

    QToolButton* cancelButton() const { return m_cancel; }

private:
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};
