// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

class CsvReader;
class ImportContext;

/// \brief Reads the wide vote CSV: one row per resolution with its counts, then one column per member
/// state (ISO 3166 alpha-3) holding YES, NO, ABSTAIN or nothing.
class WideLayoutReader
{
public:
    /// True when the header has a YES COUNT column or a Resolution column followed by ISO3 columns.
    static bool recognises(const QList<QByteArray>& keys, const QList<QByteArray>& names);
    static void read(CsvReader& csv, ImportContext& context);
};
