// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/countrynames.h"

#include "core/check/countryindex.h"

namespace {

bool isApostrophe(QChar c)
{
    return QStringView(u"'\u2019\u02bc\u2018`\u00b4").contains(c);
}

bool isDash(QChar c)
{
    return c == u'-' || (c.unicode() >= 0x2010 && c.unicode() <= 0x2014);
}

// Whether the text between two words fits the name's: spaces and dashes always, an apostrophe only where
// the name has one ("Côte d'Ivoire", "В'єтнам"), a full stop after an abbreviated word ("St. Lucia"),
// other punctuation only as in the name ("U.S.").
bool gapFits(QStringView gap, const QString& nameGap)
{
    if (gap.size() > 4)
        return false;
    const bool wantApostrophe = nameGap.contains(u'\'');
    bool apostrophe = false;
    for (QChar c : gap) {
        if (c.isSpace() || isDash(c))
            continue;
        if (isApostrophe(c)) {
            if (!wantApostrophe)
                return false;
            apostrophe = true;
        } else if (!nameGap.contains(c) && c != u'.') {
            return false; // a full stop may shorten a word of the name: "St. Lucia" as "St Lucia"
        }
    }
    return apostrophe || !wantApostrophe;
}

bool hasLowercase(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLower(); });
}

// The words of a text with their forms in the index, looked up once.
struct Words
{
    QList<WordSpan> spans;
    QList<const QList<CountryWordForm>*> forms;

    Words(const CountryIndex& index, QStringView text)
    {
        CountryIndex::words(text, spans);
        forms.reserve(spans.size());
        for (const WordSpan& w : std::as_const(spans)) {
            const int length = w.end - w.start;
            forms.append(length > CountryIndex::maxWordLength
                    ? nullptr
                    : index.forms(CountryIndex::fold(text.sliced(w.start, length))));
        }
    }
};

struct Match
{
    int name = -1;
    int words = 0;
};

// The longest name in \a languages that starts at word \a i of \a w.
Match longestAt(
    const CountryIndex& index, quint8 languages, const Words& w, QStringView text, int i, bool checkCase)
{
    Match best;
    const QList<CountryWordForm>* first = w.forms.at(i);
    if (!first)
        return best;
    // A name starts with a capital; a nationality adjective may not ("la délégation chinoise").
    const bool small = checkCase && !text.at(w.spans.at(i).start).isUpper();
    for (const CountryWordForm& f : *first) {
        const QList<int>* candidates = index.namesStartingWith(f.word);
        if (!candidates || !(f.languages & languages))
            continue;
        for (int c : *candidates) {
            const CountryName& n = index.name(c);
            const int count = int(n.words.size());
            if (count < best.words)
                break; // the rest are no longer
            // Of two as long, a name wins over an adjective: German "Chinas" (of China) over Spanish "chinas".
            if (count == best.words && !(n.plain && !index.name(best.name).plain))
                continue;
            if (small && !n.demonym)
                continue;
            if (i + count > w.spans.size())
                continue;
            quint8 langs = n.languages & languages & f.languages;
            for (int k = 1; k < count && langs; ++k) {
                const WordSpan& prev = w.spans.at(i + k - 1);
                const WordSpan& cur = w.spans.at(i + k);
                const QList<CountryWordForm>* forms = w.forms.at(i + k);
                if (!forms || !gapFits(text.sliced(prev.end, cur.start - prev.end), n.gaps.at(k - 1))) {
                    langs = 0;
                    break;
                }
                quint8 found = 0;
                for (const CountryWordForm& g : *forms) {
                    if (g.word == n.words.at(k))
                        found |= g.languages;
                }
                langs &= found;
            }
            if (!langs)
                continue;
            if (checkCase && n.capitalsOnly) {
                bool upper = true;
                for (int k = 0; k < count && upper; ++k) {
                    const WordSpan& s = w.spans.at(i + k);
                    upper = !hasLowercase(text.sliced(s.start, s.end - s.start));
                }
                if (!upper)
                    continue;
            }
            best = { c, count };
        }
    }
    return best;
}

} // namespace

CountryNames::CountryNames()
    : m_index(CountryIndex::shared())
    , m_languages(0xff)
{
}

CountryNames::CountryNames(const QString& lang)
    : m_index(CountryIndex::shared())
{
    const quint8 bit = CountryIndex::languageBit(lang);
    m_languages = bit ? quint8(bit | CountryIndex::languageBit(u"en")) : quint8(0xff);
}

bool CountryNames::hasIsoCodes() const
{
    return m_index->hasIsoCodes();
}

int CountryNames::nameCount(const QString& lang) const
{
    return m_index->nameCount(lang);
}

QList<CountryMention> CountryNames::find(const QString& text) const
{
    QList<CountryMention> out;
    const Words words(*m_index, text);
    for (int i = 0; i < words.spans.size();) {
        const Match m = longestAt(*m_index, m_languages, words, text, i, true);
        if (m.name < 0) {
            ++i;
            continue;
        }
        const CountryName& n = m_index->name(m.name);
        if (!n.iso3.isEmpty()) {
            int end = words.spans.at(i + m.words - 1).end;
            if (!n.trailing.isNull() && end < text.size() && text.at(end) == n.trailing)
                ++end;
            // Spanish "china" is the adjective, "China" the state.
            const bool small = !text.at(words.spans.at(i).start).isUpper();
            const bool demonym = n.demonym && (small || !n.plain);
            out.append({ words.spans.at(i).start, end, n.iso3, n.capital && !demonym, demonym });
        }
        i += m.words;
    }
    return out;
}

QString CountryNames::lookup(const QString& name) const
{
    const Words words(*m_index, name);
    const Match m = words.spans.isEmpty() ? Match() : longestAt(*m_index, m_languages, words, name, 0, false);
    if (m.name < 0 || m.words != words.spans.size())
        return QString();
    return m_index->name(m.name).iso3;
}
