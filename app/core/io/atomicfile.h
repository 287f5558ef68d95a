// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// \brief Writes a whole file at once through QSaveFile: readers see the old file or the new one,
/// never a half-written one.
class AtomicFile
{
public:
    /// On failure returns false, leaves any old file as it was, and sets \a reason (without the path).
    static bool write(const QString& path, const QByteArray& bytes, QString* reason);
};
