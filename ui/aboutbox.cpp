// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/aboutbox.h"

#include <QApplication>
#include <QMessageBox>
#include <QCoreApplication>

void AboutBox::show(QWidget* parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("AboutBox", "About Plenary"),
        QCoreApplication::translate("AboutBox", "<h3>Plenary %1</h3><p>Puts the official recorded vote of the UN General Assembly beside what an "
            "article says about it, and flags every checkable statement.</p>"
            "<p><b>Data sources and licences</b></p><ul>"
            "<li>Recorded votes: UN Digital Library voting records (\u00A9 United Nations; non-commercial "
            "use "
            "with attribution). A/RES/ES-11/1 per-country list from an unofficial compilation whose totals "
            "match the official count.</li>"
            "<li>UN regional groups: derived from the mledoze/countries database (ODbL 1.0).</li>"
            "<li>Example article: UNN news report of 4 December 2025, shown for checking.</li>"
            "<li>Number words and sentence boundaries: ICU (Unicode licence). Built with Qt (LGPL "
            "3).</li></ul>")
            .arg(QApplication::applicationVersion()));
}
