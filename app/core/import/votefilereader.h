// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/recordfile.h"
#include "core/record/votedatabase.h"

#include <QList>
#include <QString>
#include <functional>

class QIODevice;

/// \brief What an imported vote file held: the resolutions that could be read and, with line numbers,
/// what could not.
struct ImportResult
{
    VoteDatabase database;
    QList<ReadError> errors; // the file, or its end, could not be read; what came before is kept
    QList<ReadError> warnings; // rows skipped or figures that disagree; the rest is read
    bool cancelled = false; // the progress callback said stop; database is then empty

    bool ok() const { return errors.isEmpty() && !cancelled; }
};

/// Called with bytes read and the file size (0 when unknown); return false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

/// \brief Reads vote files in any layout Plenary knows, recognised from the header: the UN Digital
/// Library's long CSV (one row per state per resolution), its wide CSV (one row per resolution, one
/// column per state), and Plenary's JSON records.
class VoteFileReader
{
public:
    /// At most this many warnings are listed one by one; the rest are summed up in one more line.
    static constexpr int maxMessages = 200;

    /// Safe to call from a worker thread; \a progress is called from that thread about every 1%.
    static ImportResult read(QIODevice& device, const QString& fileName, const ImportProgress& progress = {});
    static ImportResult readFile(const QString& path, const ImportProgress& progress = {});
};
