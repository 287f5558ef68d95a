// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
class Tst : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst)
#include "tst_numberfinder.moc"
