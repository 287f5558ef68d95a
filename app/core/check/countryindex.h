// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

/// \brief A word in a text: its UTF-16 span.
struct WordSpan
{
    int start = 0;
    int end = 0;
};

/// \brief One indexed country name as a sequence of word ids.
struct CountryName
{
    QString
        iso3; // empty for a name that is no member state: it matches so that no shorter name inside it does
    QList<int> words;
    QStringList gaps; // the characters other than spaces between word k and k + 1 in the name ("-", "'", ".")
    QChar trailing; // punctuation that ends the name ("U.S."), or null
    quint8 languages = 0; // CountryIndex::languageBit() of each language it is a name in
    bool capitalsOnly = false; // written all in capitals ("US"): matches only so
    bool capital = false; // a capital city standing for its state ("Washington"): a state only where it votes
    bool demonym = false; // a nationality adjective ("Chinese", "chinoise", "китайська"): a state only beside a
                          // delegation word ("the Chinese delegation"); it may start with a small letter
    bool plain = true; // also a name of the state as written with a capital ("China" beside Spanish "china")
};

/// \brief A word of the text as a form of a name word, in the languages whose case endings give it.
struct CountryWordForm
{
    int word = 0;
    quint8 languages = 0;
};

/// \brief The immutable index of member-state names in English, Ukrainian, Russian, German, French and
/// Spanish, with their case forms: from Debian's iso-codes (JSON names, gettext translations), the UN
/// names compiled in, and the alias file resources/countries/aliases.tsv.
///
/// Built once per data root and shared (shared() is thread-safe); the root is $PLENARY_ISO_CODES_ROOT,
/// "/usr" by default. Without iso-codes the index holds the UN names and the aliases only.
class CountryIndex
{
public:
    static constexpr int maxWordLength = 48; // longer words are no name words and are not folded
    static constexpr int maxNameWords = 12;

    explicit CountryIndex(const QString& root);
    static std::shared_ptr<const CountryIndex> shared();

    static const QStringList& languages(); // en uk ru de fr es
    static quint8 languageBit(QStringView lang); // 0 for a language the index has no names in
    /// The words of \a text: runs of letters, digits and marks; apostrophes, hyphens and the rest split.
    static void words(QStringView text, QList<WordSpan>& out);
    /// A word as the index keys it: lowercase, "ё" as "е", stress marks dropped.
    static QString fold(QStringView word);

    bool hasIsoCodes() const { return m_hasIsoCodes; }
    /// What could not be read of iso-codes (missing or malformed files).
    QStringList problems() const { return m_problems; }
    /// Names of member states indexed in \a lang (a name shared by languages counts in each; capital
    /// cities standing for states do not count).
    int nameCount(const QString& lang) const;

    const QList<CountryWordForm>* forms(const QString& folded) const;
    const QList<int>* namesStartingWith(int word) const;
    const CountryName& name(int i) const { return m_names.at(i); }

private:
    struct Candidate
    {
        QString name;
        QString iso3; // "-" for no member state
        quint8 languages = 0;
        int priority = 0;
        bool capital = false;
        bool demonym = false;
        bool plain = false;
    };
    enum class NameKind : quint8 { Plain, Capital, Demonym };

    void add(const QString& name, const QString& iso3, const QString& lang, int priority,
        NameKind kind = NameKind::Plain);
    void addWithHead(const QString& name, const QString& iso3, const QString& lang, int priority);
    void readAliases(const QString& path);
    bool readIsoCodes(const QString& root);
    void build();

    QHash<QString, Candidate> m_candidates; // by folded words joined by spaces; only while building
    QList<CountryName> m_names;
    QHash<QString, QList<CountryWordForm>> m_forms;
    QHash<int, QList<int>> m_byFirstWord; // word id -> names, most words first
    bool m_hasIsoCodes = false;
    QStringList m_problems;
};
