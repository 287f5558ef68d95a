// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/numberfinder.h"

#include "core/check/language.h"
#include "core/check/numberpatterns.h"
#include "core/check/spelloutrules.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <unicode/fmtable.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace NumberPatterns;

namespace {

constexpr int scaleStem = 5; // letters of "thousand", "тисяча" that their forms share ("тисячі", "thousands")

/// \a text lowercased, without accents, with every run of non-letters one space.
QString plainLetters(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower().normalized(QString::NormalizationForm_D)) {
        if (c.isMark())
            continue;
        if (c.isLetter())
            out += c;
        else if (!out.endsWith(u' '))
            out += u' ';
    }
    return out.trimmed();
}

constexpr int maxDigits = 12;
constexpr int maxWordsInNumber = 11; // "nine hundred and ninety nine thousand nine hundred and ninety nine"
constexpr int maxWordsLength = 120;
// ICU parses per text searched, and the characters they read: a parse costs more than linear time in
// the length of its text (a Russian phrase of 12 words takes milliseconds), and no sentence needs more.
constexpr int maxParses = 256;
constexpr int maxParsedChars = 4000;
constexpr int maxCache = 4096;
// Matches after a number look at this many characters only: Qt checks the whole subject of a match.
constexpr int lookAhead = 40;

constexpr auto reOptions = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto reCaseless
    = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

struct Budget
{
    int parses = maxParses;
    int chars = maxParsedChars;

    bool take(qsizetype length)
    {
        if (parses <= 0 || chars < length)
            return false;
        --parses;
        chars -= int(length);
        return true;
    }
};

struct Reading
{
    qint64 value = 0;
    int length = 0; // in the normalised text
};

} // namespace

struct NumberFinder::Data
{
    QString lang;
    std::unique_ptr<icu::RuleBasedNumberFormat> format;
    QList<icu::UnicodeString> ruleSets;
    // A regional variant's words, read where the main rules read nothing: Swiss and Belgian French
    // "septante", "huitante", "nonante" (ICU's fr_CH rules).
    std::unique_ptr<icu::RuleBasedNumberFormat> regional;
    QList<icu::UnicodeString> regionalSets;
    QSet<QString> vocabulary; // every word ICU writes in the numbers it spells out
    QSet<QString> ordinals; // words that make the number before them an ordinal: "twenty-first"
    QSet<QString> months;
    QRegularExpression digits;
    QRegularExpression percent;
    QRegularExpression dozen;
    QList<std::pair<QRegularExpression, qint64>> roundNouns;
    QList<std::pair<QRegularExpression, qint64>> collectives;
    QList<std::pair<QString, qint64>> scales; // the stems of "thousand" and "million" as ICU spells them
    mutable QHash<QString, bool> startsNumber;
    mutable QHash<QString, std::optional<Reading>> readings;

    std::optional<Reading> parse(const QString& normalized) const;
    bool spells(qint64 value, QStringView written) const;
    bool isNumberWord(QStringView word) const;
    bool startsNumberWord(const QString& word, Budget& budget) const;
    std::optional<Reading> read(const QString& window, Budget& budget) const;
    bool isDate(const QString& text, int start, int end) const;
    bool isGermanOrdinal(const QString& text, int start, int end) const;
    void findDigits(const QString& text, QList<NumberMention>& out) const;
    void findWords(const QString& text, QList<NumberMention>& out) const;
    void findDozens(const QString& text, QList<NumberMention>& out) const;
    void applyScales(const QString& text, QList<NumberMention>& out) const;
};

NumberFinder::NumberFinder(const QString& lang)
    : m_data(std::make_unique<Data>())
{
    Data& d = *m_data;
    d.lang = Language::isSupported(lang) ? lang : QStringLiteral("en");
    d.digits = digitPattern(d.lang);
    d.percent = percentPattern(d.lang);
    d.dozen = dozenPattern(d.lang);
    d.roundNouns = roundNouns(d.lang);
    d.collectives = collectiveNumerals(d.lang);
    d.months = monthNames(d.lang);
    QStringList sets;
    d.format = SpelloutRules::create(d.lang, &sets);
    if (!d.format)
        return;
    for (const QString& set : sets)
        d.ruleSets.append(
            icu::UnicodeString(reinterpret_cast<const UChar*>(set.utf16()), int32_t(set.size())));

    const SpelloutRules::Vocabulary words = SpelloutRules::vocabulary(d.lang, *d.format, d.ruleSets);
    d.vocabulary = words.cardinal;
    d.ordinals = words.ordinal;
    if (d.lang == u"fr") {
        QStringList regionalSets;
        d.regional = SpelloutRules::create(QStringLiteral("fr_CH"), &regionalSets);
        if (d.regional) {
            for (const QString& set : regionalSets)
                d.regionalSets.append(
                    icu::UnicodeString(reinterpret_cast<const UChar*>(set.utf16()), int32_t(set.size())));
            d.vocabulary.unite(SpelloutRules::vocabulary(QStringLiteral("fr_CH"), *d.regional, d.regionalSets).cardinal);
        }
    }
    // "870 тисяч", "19 546 thousand"? No: "870 thousand", "3,7 Millionen": the last word ICU writes for
    // 1,000 and 1,000,000, cut to a stem that its case and plural forms share.
    for (const qint64 scale : { qint64(1000), qint64(1000000) }) {
        icu::UnicodeString spelled;
        UErrorCode status = U_ZERO_ERROR;
        icu::FieldPosition pos;
        d.format->format(static_cast<int64_t>(scale), d.ruleSets.value(0), spelled, pos, status);
        if (U_FAILURE(status))
            continue;
        const QStringList parts = plainLetters(
            QString::fromUtf16(reinterpret_cast<const char16_t*>(spelled.getBuffer()), spelled.length()))
                                      .split(u' ', Qt::SkipEmptyParts);
        if (!parts.isEmpty() && parts.last().size() >= 3)
            d.scales.append({ parts.last().left(scaleStem), scale });
    }
}

NumberFinder::~NumberFinder() = default;

QString NumberFinder::language() const
{
    return m_data->lang;
}

QList<NumberMention> NumberFinder::find(const QString& text) const
{
    QList<NumberMention> out;
    m_data->findDigits(text, out);
    m_data->findWords(text, out);
    m_data->findDozens(text, out);
    m_data->applyScales(text, out);
    std::sort(out.begin(), out.end(),
        [](const NumberMention& a, const NumberMention& b) { return a.start < b.start; });
    // "сто сорока одним голосом": hundreds in one case, the rest in another, which ICU reads apart.
    for (qsizetype k = out.size() - 1; k > 0; --k) {
        NumberMention& a = out[k - 1];
        const NumberMention& b = out.at(k);
        if (a.words && b.words && !a.percent && a.value >= 100 && a.value < 1000 && a.value % 100 == 0
            && b.value > 0 && b.value < 100 && QStringView(text).mid(a.end, b.start - a.end).trimmed().isEmpty()) {
            a.value += b.value;
            a.end = b.end;
            a.percent = b.percent;
            a.percentValue = b.percent ? double(a.value) : 0;
            out.removeAt(k);
        }
    }
    return out;
}

std::optional<Reading> NumberFinder::Data::parse(const QString& normalized) const
{
    // German often leaves out the "ein" ICU writes before "hundert" and "tausend".
    const bool withoutEin
        = lang == u"de" && (normalized.startsWith(u"hundert") || normalized.startsWith(u"tausend"));
    const QString parsed = withoutEin ? QStringLiteral("ein") + normalized : normalized;
    const icu::UnicodeString u(false, reinterpret_cast<const UChar*>(parsed.utf16()), int32_t(parsed.size()));
    icu::Formattable result;
    icu::ParsePosition pos(0);
    format->parse(u, result, pos); // reads with every public rule set and keeps the longest reading
    if (regional) {
        // "nonante-trois": the main rules read nothing, or only a part ("trois" of "septante-trois" is no
        // reading from the start); the regional rules may read more.
        icu::Formattable other;
        icu::ParsePosition otherPos(0);
        regional->parse(u, other, otherPos);
        if (otherPos.getIndex() > pos.getIndex()) {
            result = other;
            pos = otherPos;
        }
    }
    if (pos.getIndex() <= 0)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const double v = result.getDouble(status);
    if (U_FAILURE(status) || !(v >= 0) || v > 1e12 || v != std::floor(v))
        return std::nullopt;
    const int length = pos.getIndex() - (withoutEin ? 3 : 0);
    if (length <= 0)
        return std::nullopt;
    return Reading { static_cast<qint64>(v), length };
}

bool NumberFinder::Data::spells(qint64 value, QStringView written) const
{
    if (regional) {
        for (const icu::UnicodeString& set : regionalSets) {
            if (SpelloutRules::spellOut(*regional, set, value) == written)
                return true;
        }
    }
    for (const icu::UnicodeString& set : ruleSets) {
        const QString normalized = SpelloutRules::spellOut(*format, set, value);
        if (normalized.isEmpty())
            continue;
        if (normalized == written)
            return true;
        if (lang == u"de" && (written.startsWith(u"hundert") || written.startsWith(u"tausend"))
            && normalized.size() == written.size() + 3 && normalized.startsWith(u"ein")
            && QStringView(normalized).mid(3) == written)
            return true;
    }
    return false;
}

bool NumberFinder::Data::isNumberWord(QStringView word) const
{
    if (vocabulary.contains(word.toString()))
        return true;
    if (lang != u"de" || word.size() > maxWordsLength)
        return false;
    // German writes numbers below a million as one word: "zweihundertdreiundvierzig".
    const QString full = word.startsWith(u"hundert") || word.startsWith(u"tausend")
        ? QStringLiteral("ein") + word.toString()
        : word.toString();
    for (int n = 3; n <= int(full.size()); ++n) {
        if (vocabulary.contains(full.left(n)))
            return true;
    }
    return false;
}

bool NumberFinder::Data::startsNumberWord(const QString& word, Budget& budget) const
{
    if (const auto it = startsNumber.constFind(word); it != startsNumber.cend())
        return *it;
    if (!isNumberWord(word))
        return false; // not cached: a hostile text may hold any number of distinct words
    if (!budget.take(word.size()))
        return false;
    const bool starts = parse(word).has_value(); // "ciento" starts "ciento uno" but is no number alone
    if (startsNumber.size() > maxCache)
        startsNumber.clear();
    startsNumber.insert(word, starts);
    return starts;
}

std::optional<Reading> NumberFinder::Data::read(const QString& window, Budget& budget) const
{
    if (const auto it = readings.constFind(window); it != readings.cend())
        return *it;
    std::optional<Reading> found;
    QString w = window;
    // ICU reads the longest number it can; when that is not a spelling ICU itself would write, drop
    // the last word and read again.
    bool exhausted = false;
    for (int tries = 0; tries < 4 && !w.isEmpty(); ++tries) {
        if (!budget.take(w.size())) {
            exhausted = true;
            break;
        }
        auto reading = parse(w);
        if (!reading)
            break;
        int e = reading->length;
        while (e > 0 && w.at(e - 1) == u' ')
            --e;
        if (e < w.size() && w.at(e) != u' ') {
            const int cut = int(w.lastIndexOf(u' ', e - 1)); // the reading ended inside a word
            if (cut <= 0)
                break;
            w.truncate(cut);
            continue;
        }
        if (spells(reading->value, QStringView(w).left(e))) {
            found = Reading { reading->value, e };
            break;
        }
        const int cut = int(w.lastIndexOf(u' ', e - 1));
        if (cut <= 0)
            break;
        w.truncate(cut);
    }
    if (exhausted)
        return std::nullopt; // not cached: the budget, not the words, decided
    if (readings.size() > maxCache)
        readings.clear();
    readings.insert(window, found);
    return found;
}

void NumberFinder::Data::findWords(const QString& text, QList<NumberMention>& out) const
{
    if (!format)
        return;
    static const QRegularExpression word(QStringLiteral("\\p{L}+"), reOptions);
    QList<int> origin;
    const QString norm = SpelloutRules::normalize(text, &origin);
    const int n = int(norm.size());
    Budget budget;
    int skipUntil = -1;
    const QList<NumberMention> taken = out; // digits, in order: "47 pour cent" holds no word "cent"
    qsizetype k = 0;
    for (auto it = word.globalMatch(norm); it.hasNext();) {
        const auto m = it.next();
        const int s = int(m.capturedStart());
        if (s < skipUntil || (s > 0 && norm.at(s - 1).isDigit()))
            continue;
        while (k < taken.size() && taken.at(k).end <= origin.at(s))
            ++k;
        if (k < taken.size() && taken.at(k).start <= origin.at(s))
            continue;
        const bool article = lang == u"en" && m.captured() == u"a"
            && (QStringView(norm).mid(m.capturedEnd()).startsWith(u" hundred")
                || QStringView(norm).mid(m.capturedEnd()).startsWith(u" thousand"));
        if (!article && !startsNumberWord(m.captured(), budget))
            continue;
        // The window: the words of numbers that follow, separated by single spaces.
        int e = int(m.capturedEnd());
        for (int words = 1; words < maxWordsInNumber && e + 1 < n && norm.at(e) == u' ';) {
            int next = e + 1;
            while (next < n && norm.at(next).isLetter())
                ++next;
            if (next == e + 1 || next - s > maxWordsLength
                || !isNumberWord(QStringView(norm).mid(e + 1, next - e - 1)))
                break;
            e = next;
            ++words;
        }
        // "a hundred and two": an English article before a scale word is "one", which ICU reads.
        auto reading = read(article ? QStringLiteral("one") + norm.mid(s + 1, e - s - 1) : norm.mid(s, e - s), budget);
        if (!reading)
            continue;
        if (article)
            reading->length -= 2;
        const int end = s + reading->length;
        skipUntil = end;
        if (reading->value < 2)
            continue; // "one", "один", "ein", "un", "uno" are mostly pronouns and articles
        // "twenty-first", "сорок первого", "vingt et unième" are ordinals; "five-year" is no count.
        const int after = origin.at(end - 1) + 1;
        if (after + 1 < text.size() && (text.at(after) == u'-' || text.at(after) == u'\u2010')
            && text.at(after + 1).isLetter())
            continue;
        bool ordinal = false; // the next word that is not a cardinal word ("et", "and") decides
        for (int from = end, words = 0; !ordinal && words < 3 && from + 1 < n && norm.at(from) == u' ';
             ++words) {
            int next = from + 1;
            while (next < n && norm.at(next).isLetter() && next - from < maxWordsLength)
                ++next;
            const QString following = norm.mid(from + 1, next - from - 1);
            ordinal = ordinals.contains(following);
            if (ordinal)
                skipUntil = next;
            if (!vocabulary.contains(following))
                break;
            from = next;
        }
        if (ordinal)
            continue;
        NumberMention mention { origin.at(s), origin.at(end - 1) + 1, reading->value, true };
        const auto p = percent.match(norm.mid(end, lookAhead), 0, QRegularExpression::NormalMatch,
            QRegularExpression::AnchorAtOffsetMatchOption);
        if (p.hasMatch()) {
            mention.percent = true;
            mention.percentValue = double(reading->value);
            mention.end = origin.at(end + int(p.capturedEnd()) - 1) + 1;
            skipUntil = end + int(p.capturedEnd());
        }
        out.append(mention);
    }
}

void NumberFinder::Data::findDozens(const QString& text, QList<NumberMention>& out) const
{
    // A number word before a round noun multiplies it: "three dozen", "два десятка".
    const auto wordBefore = [&](int start) {
        return std::find_if(out.begin(), out.end(), [&](const NumberMention& o) {
            return o.words && !o.percent && o.end < start && QStringView(text).mid(o.end, start - o.end).trimmed().isEmpty();
        });
    };
    for (auto it = dozen.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool half = m.capturedStart(u"half") >= 0;
        NumberMention n { int(m.capturedStart()), int(m.capturedEnd()), half ? 6 : 12, true };
        if (const auto before = half ? out.end() : wordBefore(n.start); before != out.end() && before->value < 100) {
            n.start = before->start;
            n.value = before->value * 12;
            out.erase(before);
        } else if (m.capturedStart(u"plural") >= 0) {
            continue; // "dozens of states": many, no figure
        }
        out.append(n);
    }
    for (const auto& [pattern, value] : collectives) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out.append({ int(m.capturedStart()), int(m.capturedEnd()), value, true });
        }
    }
    for (const auto& [pattern, value] : roundNouns) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            NumberMention n { int(m.capturedStart()), int(m.capturedEnd()), value, true };
            n.roughly = true;
            // "два десятка", "два десятки": a number word before the noun multiplies it; "десятки
            // країн" alone are many, no figure.
            if (const auto before = wordBefore(n.start); before != out.end()) {
                n.start = before->start;
                n.value = before->value * value;
                out.erase(before);
            } else if (m.captured().startsWith(u"десят", Qt::CaseInsensitive)
                && (m.captured().endsWith(u'и') || m.captured().endsWith(u"ів") || m.captured().endsWith(u"ов"))) {
                continue;
            }
            out.append(n);
        }
    }
}

bool NumberFinder::Data::isDate(const QString& text, int start, int end) const
{
    auto letterNear = [&](int i, int step) {
        while (i >= 0 && i < text.size() && (text.at(i).isSpace() || text.at(i) == u'.'))
            i += step;
        return i >= 0 && i < text.size() && text.at(i).isLetter();
    };
    if (!letterNear(end, 1) && !letterNear(start - 1, -1))
        return false;
    // "3 December", "3 грудня", "3. Dezember", "3 de diciembre"; "December 3", "Dec. 3".
    static const QRegularExpression after(
        QStringLiteral("\\.?[ \\x{00A0}\\x{202F}]+(?:(?:de|of)[ \\x{00A0}]+)?(\\p{L}+)"), reOptions);
    static const QRegularExpression before(
        QStringLiteral("(?<!\\p{L})(\\p{L}+)\\.?[ \\x{00A0}\\x{202F}]+$"), reOptions);
    const auto a = after.match(text.mid(end, lookAhead), 0, QRegularExpression::NormalMatch,
        QRegularExpression::AnchorAtOffsetMatchOption);
    if (a.hasMatch() && months.contains(a.captured(1).toLower()))
        return true;
    const auto b = before.match(text.mid(qMax(0, start - 24), start - qMax(0, start - 24)));
    return b.hasMatch() && months.contains(b.captured(1).toLower());
}

bool NumberFinder::Data::isGermanOrdinal(const QString& text, int start, int end) const
{
    // "der 11. Notstandssondertagung", "am 3. Dezember": a German ordinal is a number and a dot.
    if (lang != u"de" || end + 1 >= text.size() || text.at(end) != u'.' || !text.at(end + 1).isSpace())
        return false;
    static const QRegularExpression article(
        QStringLiteral(
            "(?<!\\p{L})(?:der|die|das|den|dem|des|am|im|vom|zum|zur|beim|seit|ihrer|seiner)\\s+$"),
        reCaseless);
    return article.match(text.mid(qMax(0, start - 12), start - qMax(0, start - 12))).hasMatch();
}

void NumberFinder::Data::findDigits(const QString& text, QList<NumberMention>& out) const
{
    const int n = int(text.size());
    auto at = [&](int i) { return i >= 0 && i < n ? text.at(i) : QChar(); };
    for (auto it = digits.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int s = int(m.capturedStart());
        int e = int(m.capturedEnd());
        const QString whole = m.captured();
        const bool decimal = m.capturedLength(u"decimal") > 0;
        QString digitsOnly;
        for (const QChar c : QStringView(whole).left(whole.size() - m.capturedLength(u"decimal"))) {
            if (c.isDigit())
                digitsOnly += c;
        }
        if (digitsOnly.size() > maxDigits)
            continue;
        const QChar before = at(s - 1);
        const QChar after = at(e);
        // Parts of symbols, codes and addresses: "ES-11", "A/RES/76/262", "L.16", "3rd", "id=12345".
        if (before.isLetter() || before == u'/' || before == u'.' || before == u'_' || before == u'='
            || before == u'#' || before == u'&' || before == u'?' || before == u'@' || after.isLetter()
            || after == u'/' || after == u'_' || after == u'=' || after == u'@')
            continue;
        if ((before == u'-' || before == u',') && at(s - 2).isLetterOrNumber())
            continue;
        // Dates ("2025-12-04", "04.12.2025"), times ("10:30"), ranges of a symbol ("76-262").
        if ((after == u'-' || after == u'.' || after == u':' || after == u',') && at(e + 1).isDigit())
            continue;
        if (before == u':' && at(s - 2).isDigit())
            continue;
        const QChar next = after.isSpace() ? at(e + 1) : after;
        const auto p = next == u'%' || next == u'\uFF05' || next.isLetter()
            ? percent.match(text.mid(e, lookAhead), 0, QRegularExpression::NormalMatch,
                QRegularExpression::AnchorAtOffsetMatchOption)
            : QRegularExpressionMatch();
        if (p.hasMatch()) {
            QString number = digitsOnly;
            if (decimal)
                number += u'.' + m.captured(u"decimal").mid(1);
            bool ok = false;
            const double v = number.toDouble(&ok);
            if (!ok)
                continue;
            NumberMention mention { s, e + int(p.capturedEnd()), qint64(std::llround(v)), false, true, v };
            out.append(mention);
            continue;
        }
        if (decimal)
            continue; // "2.5 billion", "2,5 Milliarden": not counts
        const qint64 value = digitsOnly.toLongLong();
        // Days of the month, German ordinals and years.
        if (digitsOnly.size() <= 2 && whole.size() <= 2 && value >= 1 && value <= 31 && isDate(text, s, e))
            continue;
        if (isGermanOrdinal(text, s, e))
            continue;
        if (digitsOnly.size() == 4 && whole.size() == 4 && value >= 1900 && value <= 2100)
            continue;
        out.append({ s, e, value, false });
    }
}

void NumberFinder::Data::applyScales(const QString& text, QList<NumberMention>& out) const
{
    // "870 тисяч людей", "3,7 millones"? Only whole digits: "870 thousand" is 870,000.
    for (NumberMention& m : out) {
        if (m.words || m.percent || m.value <= 0 || m.value >= 1000000)
            continue;
        int k = m.end;
        while (k < text.size() && k < m.end + 2 && text.at(k).isSpace())
            ++k;
        int e = k;
        while (e < text.size() && e < k + 24 && text.at(e).isLetter())
            ++e;
        if (e == k)
            continue;
        const QString word = plainLetters(text.mid(k, e - k));
        for (const auto& [stem, scale] : scales) {
            if (word.startsWith(stem)) {
                m.value *= scale;
                m.end = e;
                break;
            }
        }
    }
}
