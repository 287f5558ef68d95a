// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QIODevice;

/// \brief Reads a device up to a size limit without reserving the limit up front.
///
/// QIODevice::read(limit) allocates \a limit bytes before it reads; for a 64 MiB limit that is
/// 64 MiB per small file (slow under AddressSanitizer, wasteful everywhere). This reads in chunks.
class BoundedRead
{
public:
    /// At most \a limit + 1 bytes from \a device, so a caller can tell "exactly the limit" from "more".
    static QByteArray upTo(QIODevice& device, qint64 limit);
};
