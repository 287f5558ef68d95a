// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/boundedread.h"

#include <QIODevice>

#include <algorithm>

QByteArray BoundedRead::upTo(QIODevice& device, qint64 limit)
{
    constexpr qint64 chunk = 256 * 1024;
    QByteArray data;
    const qint64 wanted = limit + 1;
    if (!device.isSequential())
        data.reserve(qsizetype(std::min(wanted, std::max<qint64>(0, device.size() - device.pos()))));
    while (data.size() < wanted) {
        const QByteArray part = device.read(std::min(chunk, wanted - data.size()));
        if (part.isEmpty())
            break;
        data.append(part);
    }
    return data;
}
