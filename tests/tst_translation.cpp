// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QComboBox>
#include "ui/statementpanel.h"
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "runplenary.h"

namespace {

bool hasCyrillic(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x400 && c.unicode() < 0x500; });
}

QStringList placeholders(const QString& text)
{
    QStringList found;
    for (const QRegularExpressionMatch& m : QRegularExpression(QStringLiteral("%\\d")).globalMatch(text))
        found << m.captured();
    found.sort();
    return found;
}

} // namespace

/// The Ukrainian interface: Plenary's translation and Qt's own, loaded as the program loads them.
class TestTranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installTranslations(QLocale(QLocale::Ukrainian, QLocale::Ukraine))); }

    void windowMenusAndTabsAreUkrainian()
    {
        MainWindow w;
        const QList<QAction*> menus = w.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), QStringLiteral("&Файл"));
        auto* tabs = w.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Діаграма"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("&Резолюції"));
    }

    void tablesAndLanguageChoiceAreUkrainian()
    {
        MainWindow w;
        QTableView* countries = nullptr;
        for (QTableView* t : w.findChildren<QTableView*>())
            countries = t->model()->columnCount() == 4 && t->model()->rowCount() == 193 ? t : countries;
        QVERIFY(countries);
        QCOMPARE(countries->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Держава-член"));
        QStringList votes;
        for (int row = 0; row < countries->model()->rowCount(); ++row)
            votes << countries->model()->index(row, 3).data().toString();
        QVERIFY(votes.contains(QStringLiteral("За")));
        QVERIFY(!votes.contains(QStringLiteral("Yes")));
        QCOMPARE(w.statementPanel()->languageBox()->itemText(0), QStringLiteral("Визначено: Англійська"));
    }

    void qtStandardButtonsAreUkrainian()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Скасувати"));
    }

    void everyMessageIsTranslated()
    {
        QFile file(QStringLiteral(PLENARY_SOURCE "/resources/plenary_uk.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const QString text = xml.readElementText();
                if (type == u"vanished" || type == u"obsolete")
                    continue;
                ++messages;
                const QByteArray where = (context + QStringLiteral(": ") + source).toUtf8();
                QVERIFY2(type != u"unfinished", where.constData());
                QVERIFY2(!text.trimmed().isEmpty(), where.constData());
                QVERIFY2(placeholders(text) == placeholders(source), where.constData());
                QVERIFY2(text.contains(u'&') == source.contains(u'&'), where.constData());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 150, qPrintable(QString::number(messages)));
    }

    void headlessExportStaysEnglishInAUkrainianLocale()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("chart.svg"));
        qputenv("LANGUAGE", "uk");
        qputenv("LANG", "uk_UA.UTF-8");
        qputenv("LC_ALL", "uk_UA.UTF-8");
        const PlenaryRun r = runPlenary({ QStringLiteral("--export"), out });
        qunsetenv("LC_ALL");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile svg(out);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        QVERIFY(text.contains(QStringLiteral("members")));
        QVERIFY(!hasCyrillic(text));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
