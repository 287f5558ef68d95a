// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/numberfinder.h"

#include <QRegularExpression>

#include <unicode/fmtable.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace {

constexpr int maxDigits = 12;
constexpr int maxWordsLength = 120;
constexpr int maxWordParses
    = 256; // per text searched: ICU parses are slow, and no sentence holds more // "nine hundred and
           // ninety-nine thousand nine hundred and ninety-nine" is 66

const QRegularExpression& digitPattern()
{
    // Groups of three after commas, no-break or thin spaces; or a plain run of digits.
    static const QRegularExpression re(
        QStringLiteral("\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:[\\x{00A0}\\x{202F}]\\d{3})+(?!\\d)|\\d+"));
    return re;
}

const QRegularExpression& monthPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
                       "oct(ober)?|nov(ember)?|dec(ember)?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isMonthAt(QStringView text)
{
    return monthPattern().match(text.toString()).hasMatch();
}

bool endsWithMonth(QStringView before)
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
            "oct(ober)?|nov(ember)?|dec(ember)?)\\.?\\s+$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(before.right(16).toString()).hasMatch();
}

QString normalizeWords(QStringView s)
{
    QString out = s.toString().toLower();
    out.replace(u'-', u' ');
    out.replace(QStringLiteral(" and "), QStringLiteral(" "));
    return out.simplified();
}

} // namespace

struct NumberFinder::Spellout
{
    std::unique_ptr<icu::RuleBasedNumberFormat> format;
};

NumberFinder::NumberFinder()
    : m_spellout(std::make_unique<Spellout>())
{
    UErrorCode status = U_ZERO_ERROR;
    m_spellout->format
        = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("en"), status);
    if (U_FAILURE(status))
        m_spellout->format.reset();
}

NumberFinder::~NumberFinder() = default;

QList<NumberMention> NumberFinder::find(const QString& text) const
{
    QList<NumberMention> out;
    findDigits(text, out);
    findWords(text, out);
    std::sort(out.begin(), out.end(),
        [](const NumberMention& a, const NumberMention& b) { return a.start < b.start; });
    return out;
}

void NumberFinder::findDigits(const QString& text, QList<NumberMention>& out) const
{
    const int n = int(text.size());
    auto at = [&](int i) { return i >= 0 && i < n ? text.at(i) : QChar(); };
    for (auto it = digitPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int s = int(m.capturedStart());
        const int e = int(m.capturedEnd());
        const QString digits = m.captured().remove(QRegularExpression(QStringLiteral("\\D")));
        if (digits.size() > maxDigits)
            continue;
        const QChar before = at(s - 1);
        const QChar after = at(e);
        // Parts of symbols and codes: "ES-11", "A/RES/76/262", "L.16", "3rd", "10am".
        if (before.isLetter() || before == u'/' || before == u'.' || before == u'_' || after.isLetter()
            || after == u'/' || after == u'_')
            continue;
        if (before == u'-' && (at(s - 2).isLetterOrNumber()))
            continue;
        // Dates ("2025-12-04", "04.12.2025"), times ("10:30"), decimals ("2.5").
        if ((after == u'-' || after == u'.' || after == u':' || after == u',') && at(e + 1).isDigit())
            continue;
        if (before == u':' && at(s - 2).isDigit())
            continue;
        // Percentages belong to a later version of the checker.
        const QStringView rest = QStringView(text).mid(e);
        if (rest.startsWith(u'%') || rest.trimmed().startsWith(u"per cent", Qt::CaseInsensitive)
            || rest.trimmed().startsWith(u"percent", Qt::CaseInsensitive) || rest.startsWith(u" %"))
            continue;
        // Days of the month and years.
        if (digits.size() <= 2
            && (isMonthAt(rest.trimmed().left(12)) || endsWithMonth(QStringView(text).left(s))))
            continue;
        const qint64 value = digits.toLongLong();
        if (digits.size() == 4 && m.captured().size() == 4 && value >= 1900 && value <= 2100)
            continue;
        out.append({ s, e, value, false });
    }
}

bool NumberFinder::spellsOut(qint64 value, QStringView written) const
{
    icu::UnicodeString formatted;
    m_spellout->format->format(static_cast<int64_t>(value), formatted);
    std::string utf8;
    formatted.toUTF8String(utf8);
    return normalizeWords(QString::fromStdString(utf8)) == normalizeWords(written);
}

std::optional<qint64> NumberFinder::parseWords(const QString& lower, int start, int* end) const
{
    const icu::UnicodeString u(false, reinterpret_cast<const UChar*>(lower.utf16()), int32_t(lower.size()));
    icu::Formattable result;
    icu::ParsePosition pos(start);
    m_spellout->format->parse(u, result, pos);
    if (pos.getIndex() <= start)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const double d = result.getDouble(status);
    // Written so that NaN (ICU's spell-out rules parse words such as "NaN") fails before the cast.
    if (U_FAILURE(status) || !(d >= 0 && d <= 1e12) || d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    *end = pos.getIndex();
    return static_cast<qint64>(d);
}

void NumberFinder::findWords(const QString& text, QList<NumberMention>& out) const
{
    static const QRegularExpression word(QStringLiteral("\\b[\\p{L}]+(?:-[\\p{L}]+)?"));
    static const QRegularExpression dozen(
        QStringLiteral("\\b(?:a\\s+)?dozen\\b"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = dozen.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append({ int(m.capturedStart()), int(m.capturedEnd()), 12, true });
    }
    if (!m_spellout->format)
        return;
    const QString lower = text.toLower();
    if (lower.size() != text.size())
        return; // case mapping changed lengths; offsets would not carry over
    int skipUntil = -1;
    int parses = 0;
    for (auto it = word.globalMatch(lower); it.hasNext() && parses < maxWordParses;) {
        const auto m = it.next();
        const int s = int(m.capturedStart());
        if (s < skipUntil)
            continue;
        const QString w = m.captured();
        auto cached = m_startsNumber.constFind(w);
        if (cached == m_startsNumber.cend()) {
            int e = 0;
            const auto v = parseWords(w, 0, &e);
            cached = m_startsNumber.insert(w, v && e == w.size() && spellsOut(*v, w));
        }
        if (!*cached)
            continue;
        ++parses;
        // ICU's parse may look far ahead; a number in words is never longer than this window.
        const QString window = lower.mid(s, maxWordsLength);
        int e = 0;
        auto value = parseWords(window, 0, &e);
        while (e > 0 && !window.at(e - 1).isLetter())
            --e;
        e += s;
        if (!value || (e < lower.size() && lower.at(e).isLetter())
            || !spellsOut(*value, QStringView(lower).mid(s, e - s))) {
            // The longest parse was not a clean spelling ("ninety one"): take the single word.
            e = int(m.capturedEnd());
            value = parseWords(w, 0, &e);
            e = int(m.capturedEnd());
        }
        if (!value || *value < 2)
            continue; // "one" is mostly a pronoun ("one of the ...")
        out.append({ s, e, *value, true });
        skipUntil = e;
    }
}
