// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

class CsvReader;
class ImportContext;

/// \brief Reads the UN Digital Library's long vote CSV: one row per member state per resolution, rows
/// grouped into resolutions by undl_id (or by resolution and date), in any order.
class LongLayoutReader
{
public:
    /// True when the header (as ImportContext::columnKey keys) names a state code or vote column.
    static bool recognises(const QList<QByteArray>& keys);
    /// Reads the rows after the header that \a csv has just read into \a context's result.
    static void read(CsvReader& csv, ImportContext& context);
};
