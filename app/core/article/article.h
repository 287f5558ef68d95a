// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/// \brief A span of an article: [start, end) in UTF-16 units of Article::text.
struct Sentence
{
    int start = 0;
    int end = 0;
    QString text;
};

/// \brief A news article as read: its plain text and its sentences.
struct Article
{
    QString name; // file name, or a label for embedded text
    QString text;
    QString lang; // the language the sentences were split for (Language::supported()), detected on reading
    QList<Sentence> sentences;

    /// Splits the text again for \a lang when it differs from lang (a language forced by the user).
    void useLanguage(const QString& lang);

    /// Converts a UTF-16 offset in text to Unicode code points, as the JSON output reports offsets.
    int codePointOffset(int utf16Offset) const;
};
