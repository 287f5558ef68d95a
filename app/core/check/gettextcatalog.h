// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>

/// \brief The messages of a compiled GNU gettext catalogue (.mo): msgid -> msgstr, read with bounds checks.
///
/// A file that is too large, truncated, or whose tables point outside it is refused as a whole: the
/// catalogue stays empty and error() says why. Contexts are dropped ("ctx\x04id" is read as "id") and
/// of plural forms only the first is kept.
class GettextCatalog
{
public:
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;
    static constexpr quint32 maxMessages = 200000;

    bool load(const QString& path);
    bool read(QByteArrayView data);

    /// The translation of \a msgid, or an empty string when the catalogue has none.
    QString translate(const QString& msgid) const { return m_messages.value(msgid); }
    qsizetype size() const { return m_messages.size(); }
    QString error() const { return m_error; }

private:
    bool fail(const QString& why);

    QHash<QString, QString> m_messages;
    QString m_error;
};
