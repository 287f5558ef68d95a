// SPDX-License-Identifier: GPL-3.0-or-later
// plenary_accuracy DIR...: scores the checker over folders of golden cases (tests/data/articles for
// development, tests/data/holdout held out), per language and in total. Always exits 0 unless misused.
// A folder named "holdout" is held out: its case names and differences are never printed, only totals.
#include "goldencase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>
#include <cstdio>

namespace {

QString pct(int part, int whole)
{
    return QString::number(GoldenScore::percent(part, whole), 'f', 1) + u'%';
}

QString row(const QString& label, const GoldenScore& s)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
               .arg(label, -6)
               .arg(s.cases, 5)
               .arg(s.expected, 8)
               .arg(s.found, 6)
               .arg(s.matched, 7)
               .arg(pct(s.matched, s.expected), 7)
               .arg(pct(s.foundExpected, s.found), 9)
               .arg(QStringLiteral("%1 %2").arg(s.verdictsRight, 3).arg(pct(s.verdictsRight, s.expected), 6),
                   11)
               .arg(QStringLiteral("%1/%2 %3")
                        .arg(s.claimsFound)
                        .arg(s.expectedClaims)
                        .arg(pct(s.claimsFound, s.expectedClaims)),
                   16)
        + QStringLiteral("  %1/%2").arg(s.langRight).arg(s.cases);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList dirs = app.arguments().mid(1);
    if (dirs.isEmpty() || dirs.contains(QStringLiteral("--help")) || dirs.contains(QStringLiteral("-h"))) {
        out << "usage: plenary_accuracy DIR...\n"
               "Scores the checker over golden case folders (see tests/data/articles): recall, precision,\n"
               "verdict accuracy and claim recall per language and in total.\n";
        return dirs.isEmpty() ? 2 : 0;
    }
    bool verbose = false;
    for (const QString& root : dirs) {
        if (root == QStringLiteral("--verbose") || root == QStringLiteral("-v")) {
            verbose = true;
            continue;
        }
        // Held-out cases are never used for tuning: only their totals are printed, never their names.
        const bool heldOut = QFileInfo(root).fileName() == QStringLiteral("holdout");
        const QString label = heldOut ? QStringLiteral("held-out") : QStringLiteral("development");
        out << "== " << QDir::cleanPath(root) << " (" << label << ")\n";
        const QStringList cases = GoldenCase::caseDirs(root);
        if (cases.isEmpty()) {
            out << "no cases (folder missing or empty)\n\n";
            continue;
        }
        QMap<QString, GoldenScore> perLang;
        GoldenScore total;
        QStringList failing;
        QStringList broken;
        for (const QString& dir : cases) {
            const GoldenCase c = GoldenCase::load(dir);
            if (!c.ok()) {
                broken << c.name() + QStringLiteral(": ") + c.error();
                continue;
            }
            const CheckResult result = c.check();
            const GoldenScore s = c.score(result);
            perLang[c.lang().isEmpty() ? QStringLiteral("en") : c.lang()].add(s);
            total.add(s);
            const QStringList problems = c.problems(result);
            if (!problems.isEmpty()) {
                failing << c.name();
                if (verbose && !heldOut) {
                    for (const QString& p : problems)
                        out << "  " << c.name() << ": " << p << '\n';
                }
            }
        }
        out << "lang   cases expected  found matched  recall precision    verdicts     claims found  lang\n";
        for (auto it = perLang.cbegin(); it != perLang.cend(); ++it)
            out << row(it.key(), it.value()) << '\n';
        out << row(QStringLiteral("total"), total) << '\n';
        out << "verdicts, expected -> reported:";
        for (auto it = total.verdictPairs.cbegin(); it != total.verdictPairs.cend(); ++it) {
            const QStringList sides = it.key().split(QStringLiteral(" -> "));
            if (sides.size() == 2 && sides.at(0) != sides.at(1))
                out << "  " << it.key() << ' ' << it.value();
        }
        out << "\nclaims found by kind:";
        for (auto it = total.claimsExpected.cbegin(); it != total.claimsExpected.cend(); ++it)
            out << "  " << it.key() << ' ' << total.claimsFoundByKind.value(it.key()) << '/' << it.value();
        out << '\n';
        out << "not_listed snippets reported: " << total.notListedHit << '\n';
        out << "cases failing the strict golden test: " << failing.size() << '/' << total.cases;
        if (!failing.isEmpty() && !heldOut)
            out << " (" << failing.join(QStringLiteral(", ")) << ')';
        out << '\n';
        for (const QString& b : broken)
            out << "unreadable case: " << (heldOut ? QStringLiteral("(held out)") : b) << '\n';
        out << "SUMMARY " << label << ": recall " << pct(total.matched, total.expected)
            << ", verdict accuracy " << pct(total.verdictsRight, total.expected) << ", precision "
            << pct(total.foundExpected, total.found) << ", claim recall "
            << pct(total.claimsFound, total.expectedClaims) << " over " << total.cases << " cases, "
            << total.expected << " expected statements\n\n";
    }
    return 0;
}
