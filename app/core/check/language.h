// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// \brief The languages the checker reads, as ISO 639-1 codes: en, uk, ru, de, fr, es.
class Language
{
public:
    static const QStringList& supported();
    static bool isSupported(const QString& code);
    /// The English name of a supported language ("Ukrainian"), or the code itself.
    static QString name(const QString& code);
    /// The supported language \a text is most likely written in, from its script and its commonest
    /// short words; "en" when nothing points elsewhere.
    static QString detect(QStringView text);
};
