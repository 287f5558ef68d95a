// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/claim.h"
#include "core/check/claimextractor.h"
#include "unreadable.h"

#include <QTest>

#include <QRegularExpression>
#include <QString>
#include <QStringList>

/// Expected claims written compactly, separated by ';': `kind=N` for a count, optionally followed by
/// `~approx` ("about", "more_than" ...), `%P` (a share in per cent) and `@base`; `state:ISO=V` for a named
/// state's vote (`state:ISO!=V`: any vote but V); `comparison:abstain>no`, with `*F~approx` when it gives a
/// factor. An empty string expects no claim.

/// Whether claim \a c is the one \a spec describes.
inline bool matches(const Claim& c, const QString& spec)
{
    if (spec.startsWith(QStringLiteral("state:"))) {
        // "state:CUB=N", or "state:CUB!=N": any vote but no
        const bool negated = spec.contains(QStringLiteral("!="));
        const QStringList p = spec.mid(6).split(negated ? QStringLiteral("!=") : QStringLiteral("="));
        return c.kind == ClaimKind::StateVote && c.state == p.value(0) && c.notVote == negated
            && voteCode(c.stateVote) == p.value(1);
    }
    if (spec.startsWith(QStringLiteral("comparison:"))) {
        const QStringList f = spec.mid(11).split(u'*');
        const QStringList p = f.value(0).split(u'>');
        const QStringList factor = f.value(1).split(u'~');
        if (f.size() > 1 && (!c.factor || *c.factor != factor.value(0).toDouble()
                                || approxKey(c.approx) != (factor.size() > 1 ? factor.value(1) : QStringLiteral("exact"))))
            return false;
        if (f.size() == 1 && c.factor)
            return false;
        return c.kind == ClaimKind::Comparison && claimKindKey(c.comparedKind) == p.value(0)
            && claimKindKey(c.compareWith) == p.value(1);
    }
    static const QRegularExpression re(
        QStringLiteral("^(\\w+)=(\\d+)(?:~(\\w+))?(?:%([\\d.]+))?(?:@(\\w+))?$"));
    const auto m = re.match(spec);
    if (!m.hasMatch())
        qFatal("bad spec %s", qPrintable(spec));
    if (claimKindKey(c.kind) != m.captured(1) || c.claimed != m.captured(2).toLongLong())
        return false;
    if (approxKey(c.approx) != (m.captured(3).isEmpty() ? QStringLiteral("exact") : m.captured(3)))
        return false;
    if (m.captured(4).isEmpty() != !c.percent)
        return false;
    if (c.percent && std::abs(*c.percent - m.captured(4).toDouble()) > 0.5)
        return false;
    return c.base == m.captured(5);
}

inline QString describe(const QList<Claim>& claims)
{
    QStringList out;
    for (const Claim& c : claims) {
        QString s = claimKindKey(c.kind) + u'=' + QString::number(c.claimed) + u'~' + approxKey(c.approx);
        if (c.percent)
            s += u'%' + QString::number(*c.percent);
        if (!c.base.isEmpty())
            s += u'@' + c.base;
        if (c.kind == ClaimKind::StateVote)
            s = QStringLiteral("state:%1%2%3").arg(c.state, c.notVote ? QStringLiteral("!=") : QStringLiteral("="), voteCode(c.stateVote));
        if (c.kind == ClaimKind::Comparison)
            s = QStringLiteral("comparison:%1>%2%3")
                    .arg(claimKindKey(c.comparedKind), claimKindKey(c.compareWith),
                        c.factor ? QStringLiteral("*%1~%2").arg(*c.factor).arg(approxKey(c.approx)) : QString());
        out << s;
    }
    return out.join(QStringLiteral("; "));
}

/// Compares the claims read from \a sentence in \a lang (procedure claims left out) with \a expected.
inline void compareClaims(const QString& lang, const QString& sentence, const QString& expected)
{
    const ClaimExtractor extractor(lang);
    QList<Claim> claims = extractor.extract(sentence);
    claims.removeIf([](const Claim& c) { return isProcedure(c.kind); });
    const QStringList specs = expected.split(u';', Qt::SkipEmptyParts);
    const QString got = describe(claims);
    for (const QString& spec : specs) {
        QVERIFY2(std::any_of(claims.cbegin(), claims.cend(), [&](const Claim& c) { return matches(c, spec); }),
            qPrintable(QStringLiteral("missing %1; got %2").arg(spec, got)));
    }
    QVERIFY2(claims.size() == specs.size(),
        qPrintable(QStringLiteral("%1 claims, %2 expected: %3").arg(claims.size()).arg(specs.size()).arg(got)));
}

/// The columns of a data-driven claim test: lang, sentence, expected (as above), needs (see unreadable.h).
inline void claimColumns()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("needs");
}

/// One row of a claim test.
inline void claimRow(const char* name, const char* lang, const char* sentence, const char* expected, const char* needs = "")
{
    QTest::newRow(name) << QString::fromLatin1(lang) << QString::fromUtf8(sentence) << QString::fromUtf8(expected)
                        << QString::fromLatin1(needs);
}

/// The current row of a claim test: skipped while the finders cannot read its sentence, else compared.
inline void compareRow()
{
    QFETCH(QString, lang);
    QFETCH(QString, sentence);
    QFETCH(QString, expected);
    QFETCH(QString, needs);
    if (const QString why = unreadable(lang, needs, sentence, int(expected.count(QStringLiteral("state:"))));
        !why.isEmpty())
        QSKIP(qPrintable(why));
    compareClaims(lang, sentence, expected);
}
