// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <utility>

/// \brief The patterns NumberFinder reads numbers with, per language (en, uk, ru, de, fr, es).
namespace NumberPatterns {

/// Whether \a lang groups thousands with spaces ("1 850") or with dots ("1.850").
bool usesSpaceGroups(const QString& lang);
bool usesDotGroups(const QString& lang);
/// Digits with the thousands separators \a lang writes ("1,850", "1 850", "1.850", "19'546").
QRegularExpression digitPattern(const QString& lang);
/// A percentage after a number ("47%", "47 per cent", "47 Prozent", "47 відсотків").
QRegularExpression percentPattern(const QString& lang);
/// "a dozen", "дюжина", "ein Dutzend" and their kin.
QRegularExpression dozenPattern(const QString& lang);
/// Round-number nouns read as "about N" ("une quarantaine de", "una veintena de"), with N.
QList<std::pair<QRegularExpression, qint64>> roundNouns(const QString& lang);
/// Collective numerals of Russian and Ukrainian ("пятеро", "п'ятеро"), exact counts with no spell-out rule
/// in ICU, with their values. Not the nouns ("пятёрка", "вісімка"): they name the five permanent members or
/// the G8 as often as a count.
QList<std::pair<QRegularExpression, qint64>> collectiveNumerals(const QString& lang);
/// Lowercase month names of \a lang in every form QLocale knows.
QSet<QString> monthNames(const QString& lang);

} // namespace NumberPatterns
