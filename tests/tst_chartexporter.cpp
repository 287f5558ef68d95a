// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartexporter.h"

#include <QTest>

class TestChartExporter : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
