// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/sentencetokens.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

/// \brief One phrase of a lexicon: lowercase words, each either exact or a stem ("проголосувал*").
struct LexPhrase
{
    QStringList words; // without the trailing '*'
    QList<bool> stems; // per word: matches any word starting with it
    QString tag; // the sub-key the phrase was listed under ("yes", "about", "66.67"), or empty
};

/// \brief Where a phrase matched: tokens [start, end) and the phrase's tag.
struct LexMatch
{
    int start = 0;
    int end = 0;
    QString tag;
};

/// \brief The words the claim readers look for in one language, read from resources/lexicons/<lang>.json.
///
/// A file is an object of roles. A role is a list of phrases, or an object of tags to lists of phrases
/// ("count_after": {"yes": [...], "no": [...]}). Phrases are lowercase words separated by single
/// spaces; a word ending in '*' (at least three letters before it) is a stem that matches any
/// inflected form. A file that fails validation gives an empty lexicon and errors; nothing aborts.
class Lexicon
{
public:
    Lexicon() = default;

    /// The lexicon of \a lang, read once from the resources and kept; empty if \a lang has none.
    static const Lexicon& forLanguage(const QString& lang);
    /// Reads and validates a lexicon file; on any error the result is empty and errors() says why.
    static Lexicon fromJson(const QByteArray& json);
    /// The roles a lexicon may hold, and the tags allowed under the tagged ones.
    static const QHash<QString, QStringList>& schema();

    bool isEmpty() const { return m_roles.isEmpty(); }
    const QStringList& errors() const { return m_errors; }
    QString lang() const { return m_lang; }
    const QList<LexPhrase>& phrases(const QString& role) const;

    /// The longest phrase of \a role starting at token \a i (quotes skipped), or nullopt.
    std::optional<LexMatch> at(const Tokens& tokens, int i, const QString& role) const;
    /// The longest phrase of \a role ending just before token \a i (quotes, colons and dashes
    /// skipped), or nullopt.
    std::optional<LexMatch> before(const Tokens& tokens, int i, const QString& role) const;
    /// The first phrase of \a role anywhere in \a tokens.
    std::optional<LexMatch> find(const Tokens& tokens, const QString& role, int from = 0, int to = -1) const;
    /// Is token \a i one of the single-word phrases of \a role (",", "and", "the" ...)?
    bool isWord(const Tokens& tokens, int i, const QString& role) const;

    static bool wordMatches(const Token& token, const QString& word, bool stem);

private:
    /// A role's phrases by the first three letters of their first and of their last word, longest
    /// first: at() and before() try only the phrases that can match the token they start from.
    struct Index
    {
        QHash<quint64, QList<int>> first;
        QHash<quint64, QList<int>> last;
    };
    static quint64 key(QStringView word, bool lower = false);
    static quint64 key(const Token& token);
    /// The phrases of \a role whose first (or last) word may match \a token, or nullptr.
    const QList<int>* candidates(const QString& role, const Token& token, bool last) const;

    QString m_lang;
    QHash<QString, QList<LexPhrase>> m_roles; // phrases longest first
    QHash<QString, Index> m_index;
    QSet<QString> m_inner; // filler words that may stand between two words of a phrase
    QSet<QString> m_gapStops; // negations, which a gap in a phrase never spans
    QStringList m_errors;
};
