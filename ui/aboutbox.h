// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

/// \brief Plenary's About box: what it does, its data sources and their licences.
class AboutBox
{
public:
    static void show(QWidget* parent);
};
