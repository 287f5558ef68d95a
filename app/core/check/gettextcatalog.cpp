// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/gettextcatalog.h"

#include "core/io/boundedread.h"

#include <QFile>

namespace {

constexpr quint32 magicLittle = 0x950412deU;
constexpr quint32 magicBig = 0xde120495U;
constexpr qsizetype headerSize = 28; // magic, revision, count, two table offsets, hash size and offset

quint32 word(QByteArrayView data, qsizetype at, bool bigEndian)
{
    const auto b = [&](qsizetype i) { return quint32(quint8(data.at(at + i))); };
    return bigEndian ? (b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3))
                     : (b(3) << 24 | b(2) << 16 | b(1) << 8 | b(0));
}

// The part of a message before the first NUL (plural forms follow it) and after a context marker.
QString message(QByteArrayView bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        bytes = bytes.first(nul);
    const qsizetype eot = bytes.indexOf('\x04');
    if (eot >= 0)
        bytes = bytes.sliced(eot + 1);
    return QString::fromUtf8(bytes);
}

} // namespace

bool GettextCatalog::load(const QString& path)
{
    m_messages.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > maxFileSize)
        return fail(QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(maxFileSize));
    return read(BoundedRead::upTo(file, maxFileSize));
}

bool GettextCatalog::read(QByteArrayView data)
{
    m_messages.clear();
    m_error.clear();
    if (data.size() > maxFileSize)
        return fail(QStringLiteral("catalogue larger than %1 bytes").arg(maxFileSize));
    if (data.size() < headerSize)
        return fail(QStringLiteral("truncated header (%1 bytes)").arg(data.size()));
    const quint32 magic = word(data, 0, false);
    if (magic != magicLittle && magic != magicBig)
        return fail(QStringLiteral("not a gettext catalogue (bad magic number)"));
    const bool big = magic == magicBig;
    const quint32 revision = word(data, 4, big);
    if ((revision >> 16) > 1)
        return fail(QStringLiteral("unknown catalogue revision %1").arg(revision >> 16));
    const quint32 count = word(data, 8, big);
    const qint64 originals = word(data, 12, big);
    const qint64 translations = word(data, 16, big);
    if (count > maxMessages)
        return fail(QStringLiteral("%1 messages, more than %2").arg(count).arg(maxMessages));
    const qint64 size = data.size();
    const qint64 tableBytes = qint64(count) * 8;
    if (originals + tableBytes > size || translations + tableBytes > size)
        return fail(QStringLiteral("string tables run past the end of the catalogue"));

    QHash<QString, QString> messages;
    messages.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const qint64 idLength = word(data, originals + 8 * i, big);
        const qint64 idOffset = word(data, originals + 8 * i + 4, big);
        const qint64 strLength = word(data, translations + 8 * i, big);
        const qint64 strOffset = word(data, translations + 8 * i + 4, big);
        if (idOffset + idLength > size || strOffset + strLength > size)
            return fail(QStringLiteral("message %1 points past the end of the catalogue").arg(i));
        const QString id = message(data.sliced(idOffset, idLength));
        if (id.isEmpty())
            continue; // the header entry
        const QString str = message(data.sliced(strOffset, strLength));
        if (!str.isEmpty())
            messages.insert(id, str);
    }
    m_messages = std::move(messages);
    return true;
}

bool GettextCatalog::fail(const QString& why)
{
    m_messages.clear();
    m_error = why;
    return false;
}
