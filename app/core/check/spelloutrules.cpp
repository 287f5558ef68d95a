// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/spelloutrules.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <unicode/parseerr.h>
#include <unicode/unistr.h>

namespace {

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

icu::UnicodeString toIcu(const QString& s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar*>(s.utf16()), int32_t(s.size()));
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'`' || c == u'\u2032';
}

// One grammatical case of Ukrainian cardinals, in the shape of ICU's own Russian case rule sets.
struct UkCase
{
    const char16_t* name; // rule set suffix, as in ICU's Russian rules
    const char16_t* oneMasculine;
    const char16_t* oneFeminine;
    const char16_t* twoMasculine;
    const char16_t* twoFeminine;
    const char16_t* units[17]; // 3 to 19
    const char16_t* tens[8]; // 20 to 90
    const char16_t* hundreds[9]; // 100 to 900
    const char16_t* thousand[3]; // one, few, other
    const char16_t* million[3];
};

// clang-format off
const UkCase ukCases[] = {
    { u"genitive", u"одного", u"однієї", u"двох", u"двох",
      { u"трьох", u"чотирьох", u"пʼяти", u"шести", u"семи", u"восьми", u"девʼяти", u"десяти", u"одинадцяти",
        u"дванадцяти", u"тринадцяти", u"чотирнадцяти", u"пʼятнадцяти", u"шістнадцяти", u"сімнадцяти",
        u"вісімнадцяти", u"девʼятнадцяти" },
      { u"двадцяти", u"тридцяти", u"сорока", u"пʼятдесяти", u"шістдесяти", u"сімдесяти", u"вісімдесяти",
        u"девʼяноста" },
      { u"ста", u"двохсот", u"трьохсот", u"чотирьохсот", u"пʼятисот", u"шестисот", u"семисот", u"восьмисот",
        u"девʼятисот" },
      { u"тисячі", u"тисяч", u"тисяч" }, { u"мільйона", u"мільйонів", u"мільйонів" } },
    { u"dative", u"одному", u"одній", u"двом", u"двом",
      { u"трьом", u"чотирьом", u"пʼяти", u"шести", u"семи", u"восьми", u"девʼяти", u"десяти", u"одинадцяти",
        u"дванадцяти", u"тринадцяти", u"чотирнадцяти", u"пʼятнадцяти", u"шістнадцяти", u"сімнадцяти",
        u"вісімнадцяти", u"девʼятнадцяти" },
      { u"двадцяти", u"тридцяти", u"сорока", u"пʼятдесяти", u"шістдесяти", u"сімдесяти", u"вісімдесяти",
        u"девʼяноста" },
      { u"ста", u"двомстам", u"трьомстам", u"чотирьомстам", u"пʼятистам", u"шестистам", u"семистам",
        u"восьмистам", u"девʼятистам" },
      { u"тисячі", u"тисячам", u"тисячам" }, { u"мільйону", u"мільйонам", u"мільйонам" } },
    { u"accusative", u"один", u"одну", u"два", u"дві",
      { u"три", u"чотири", u"пʼять", u"шість", u"сім", u"вісім", u"девʼять", u"десять", u"одинадцять",
        u"дванадцять", u"тринадцять", u"чотирнадцять", u"пʼятнадцять", u"шістнадцять", u"сімнадцять",
        u"вісімнадцять", u"девʼятнадцять" },
      { u"двадцять", u"тридцять", u"сорок", u"пʼятдесят", u"шістдесят", u"сімдесят", u"вісімдесят",
        u"девʼяносто" },
      { u"сто", u"двісті", u"триста", u"чотириста", u"пʼятсот", u"шістсот", u"сімсот", u"вісімсот",
        u"девʼятсот" },
      { u"тисячу", u"тисячі", u"тисяч" }, { u"мільйон", u"мільйони", u"мільйонів" } },
    { u"ablative", u"одним", u"однією", u"двома", u"двома",
      { u"трьома", u"чотирма", u"пʼятьма", u"шістьма", u"сьома", u"вісьма", u"девʼятьма", u"десятьма",
        u"одинадцятьма", u"дванадцятьма", u"тринадцятьма", u"чотирнадцятьма", u"пʼятнадцятьма",
        u"шістнадцятьма", u"сімнадцятьма", u"вісімнадцятьма", u"девʼятнадцятьма" },
      { u"двадцятьма", u"тридцятьма", u"сорока", u"пʼятдесятьма", u"шістдесятьма", u"сімдесятьма",
        u"вісімдесятьма", u"девʼяноста" },
      { u"ста", u"двомастами", u"трьомастами", u"чотирмастами", u"пʼятьмастами", u"шістьмастами",
        u"сімомастами", u"вісьмомастами", u"девʼятьмастами" },
      { u"тисячею", u"тисячами", u"тисячами" }, { u"мільйоном", u"мільйонами", u"мільйонами" } },
    { u"locative", u"одному", u"одній", u"двох", u"двох",
      { u"трьох", u"чотирьох", u"пʼяти", u"шести", u"семи", u"восьми", u"девʼяти", u"десяти", u"одинадцяти",
        u"дванадцяти", u"тринадцяти", u"чотирнадцяти", u"пʼятнадцяти", u"шістнадцяти", u"сімнадцяти",
        u"вісімнадцяти", u"девʼятнадцяти" },
      { u"двадцяти", u"тридцяти", u"сорока", u"пʼятдесяти", u"шістдесяти", u"сімдесяти", u"вісімдесяти",
        u"девʼяноста" },
      { u"ста", u"двохстах", u"трьохстах", u"чотирьохстах", u"пʼятистах", u"шестистах", u"семистах",
        u"восьмистах", u"девʼятистах" },
      { u"тисячі", u"тисячах", u"тисячах" }, { u"мільйоні", u"мільйонах", u"мільйонах" } },
};
// clang-format on

QString ukRuleSet(const UkCase& c, bool feminine)
{
    const QString caseName = QString::fromUtf16(c.name);
    const QString self = (feminine ? QStringLiteral("%spellout-cardinal-feminine-")
                                   : QStringLiteral("%spellout-cardinal-masculine-"))
        + caseName;
    const QString fem = QStringLiteral("%spellout-cardinal-feminine-") + caseName;
    const bool accusative = QStringView(c.name) == u"accusative";
    // The accusative of masculine things is the nominative; ICU's rule set serves for it.
    const QString masc = accusative ? QStringLiteral("%spellout-cardinal-masculine")
                                    : QStringLiteral("%spellout-cardinal-masculine-") + caseName;
    auto s = [](const char16_t* w) { return QString::fromUtf16(w); };
    QString r = self + QStringLiteral(":\n0: нуль;"); // zero is never a count; the rule completes the set
    r += QStringLiteral("1: ") + s(feminine ? c.oneFeminine : c.oneMasculine) + u';';
    r += QStringLiteral("2: ") + s(feminine ? c.twoFeminine : c.twoMasculine) + u';';
    for (int i = 0; i < 17; ++i)
        r += QString::number(i + 3) + QStringLiteral(": ") + s(c.units[i]) + u';';
    auto withRest = [&](qint64 n, const QString& words) {
        r += QString::number(n) + QStringLiteral(": ") + words + u';';
        r += QString::number(n + 1) + QStringLiteral(": ") + words + QStringLiteral(" >") + self
            + QStringLiteral(">;");
    };
    for (int i = 0; i < 8; ++i)
        withRest(20 + 10 * i, s(c.tens[i]));
    for (int i = 0; i < 9; ++i)
        withRest(100 + 100 * i, s(c.hundreds[i]));
    auto plural = [&](const char16_t* const forms[3]) {
        return QStringLiteral("$(cardinal,one{%1}few{%2}other{%3})$")
            .arg(s(forms[0]), s(forms[1]), s(forms[2]));
    };
    withRest(1000, u'<' + fem + QStringLiteral("< ") + plural(c.thousand));
    withRest(1000000, u'<' + masc + QStringLiteral("< ") + plural(c.million));
    r += QStringLiteral("1000000000: =#,##0=;\n");
    return r;
}

} // namespace

QString SpelloutRules::ukrainianCases()
{
    QString out;
    for (const UkCase& c : ukCases) {
        out += ukRuleSet(c, true);
        if (QStringView(c.name) != u"accusative")
            out += ukRuleSet(c, false);
    }
    return out;
}

QString SpelloutRules::normalize(QStringView text, QList<int>* origin)
{
    QString out;
    out.reserve(text.size());
    if (origin) {
        origin->clear();
        origin->reserve(text.size());
    }
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        QChar c = text[i];
        if (c == u'\u00AD')
            continue;
        if (c.isSpace() || c == u'-' || c == u'\u2010' || c == u'\u2011') {
            if (!out.isEmpty() && out.back() == u' ')
                continue;
            c = u' ';
        } else if (isApostrophe(c)) {
            if (i > 0 && i + 1 < n && text[i - 1].isLetter() && text[i + 1].isLetter())
                c = u'\u02BC';
        } else if (c == u'ё' || c == u'Ё') {
            c = u'е';
        } else if ((c == u's' || c == u'S') && i + 3 < n && text[i + 1].toLower() == u's' && text[i + 2].toLower() == u'i'
            && text[i + 3].toLower() == u'g') {
            c = u'ß'; // Swiss German "fünfunddreissig" is ICU's "fünfunddreißig"
            ++i;
        } else if (!c.isSurrogate()) {
            c = c.toLower();
        }
        out += c;
        if (origin)
            origin->append(int(i));
    }
    return out;
}

QString SpelloutRules::rewrite(const QString& icuRules)
{
    // Russian neuter forms other than the nominative equal the masculine ones, and plural forms
    // ("одни") are not used for counts; fewer public rule sets make parsing faster.
    static const QRegularExpression privateSets(
        QStringLiteral("(?<!%)%(spellout-ordinal|spellout-numbering-year|spellout-cardinal-neuter-|spellout-"
                       "cardinal-plural)"));
    static const QRegularExpression header(QStringLiteral("^\\s*%%?[\\w-]+:"));
    static const QRegularExpression descriptor(QStringLiteral("^\\s*[^\\s:'%<>=$\\[\\]]+:"));
    QString rules = icuRules;
    rules.replace(privateSets, QStringLiteral("%%\\1"));
    QStringList out;
    for (QString rule : rules.split(u';')) {
        QString head;
        if (const auto m = header.match(rule); m.hasMatch()) {
            head = m.captured();
            rule = rule.mid(m.capturedEnd());
        }
        if (const auto m = descriptor.match(rule); m.hasMatch()) {
            head += m.captured();
            rule = rule.mid(m.capturedEnd());
        }
        QString body;
        bool inName = false; // rule set names keep their hyphens
        for (QChar c : rule.trimmed()) {
            if (c == u'%')
                inName = true;
            else if (inName && !(c.isLetterOrNumber() || c == u'-'))
                inName = false;
            if (!inName) {
                if (c == u'\u00AD')
                    continue;
                c = c == u'-' ? QChar(u' ') : c.toLower();
            }
            body += c;
        }
        if (body.startsWith(u' '))
            body.prepend(u'\''); // a quote keeps ICU from dropping the leading space
        out << head + body;
    }
    return out.join(u';');
}

std::unique_ptr<icu::RuleBasedNumberFormat> SpelloutRules::create(
    const QString& lang, QStringList* cardinalSets)
{
    const icu::Locale locale(lang.toLatin1().constData());
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat shipped(icu::URBNF_SPELLOUT, locale, status);
    if (U_FAILURE(status))
        return nullptr;
    QString rules = rewrite(fromIcu(shipped.getRules()));
    if (lang == u"uk")
        rules += u'\n' + ukrainianCases();
    UParseError perror;
    auto format = std::make_unique<icu::RuleBasedNumberFormat>(toIcu(rules), locale, perror, status);
    if (U_FAILURE(status))
        return nullptr;
    if (cardinalSets) {
        cardinalSets->clear();
        for (int i = 0; i < format->getNumberOfRuleSetNames(); ++i)
            cardinalSets->append(fromIcu(format->getRuleSetName(i)));
    }
    return format;
}

/// \a value spelled out with rule set \a set of \a format and normalised; empty when ICU fails.
QString SpelloutRules::spellOut(const icu::RuleBasedNumberFormat& format, const icu::UnicodeString& set, qint64 value)
{
    icu::UnicodeString spelled;
    UErrorCode status = U_ZERO_ERROR;
    icu::FieldPosition pos;
    format.format(static_cast<int64_t>(value), set, spelled, pos, status);
    return U_FAILURE(status) ? QString() : SpelloutRules::normalize(fromIcu(spelled));
}

static void addWords(const icu::RuleBasedNumberFormat& format, const icu::UnicodeString& set,
    const QList<qint64>& values, QSet<QString>& words)
{
    for (const qint64 v : values) {
        for (const QString& w : SpelloutRules::spellOut(format, set, v).split(u' ', Qt::SkipEmptyParts))
            words.insert(w);
    }
}

// The words of the numbers up to 199, the hundreds, thousands and larger powers of ten, in every
// public rule set (all cases and genders), and of the ordinals up to 199 in ICU's own rules;
// computed once per language.
SpelloutRules::Vocabulary SpelloutRules::vocabulary(
    const QString& lang, const icu::RuleBasedNumberFormat& format, const QList<icu::UnicodeString>& sets)
{
    static QMutex mutex;
    static QHash<QString, Vocabulary> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(lang); it != cache.cend())
        return *it;
    QList<qint64> values;
    for (qint64 v = 0; v < 200; ++v)
        values << v;
    for (qint64 v = 200; v < 1000; v += 100)
        values << v;
    for (qint64 v = 1000; v <= 10000; v += 1000)
        values << v;
    for (qint64 v = 100000; v <= 1000000000000LL; v *= 10)
        values << v;
    Vocabulary words;
    for (const icu::UnicodeString& set : sets)
        addWords(format, set, values, words.cardinal);
    UErrorCode status = U_ZERO_ERROR;
    const icu::RuleBasedNumberFormat shipped(
        icu::URBNF_SPELLOUT, icu::Locale(lang.toLatin1().constData()), status);
    if (U_SUCCESS(status)) {
        for (int i = 0; i < shipped.getNumberOfRuleSetNames(); ++i) {
            const icu::UnicodeString set = shipped.getRuleSetName(i);
            if (set.indexOf(icu::UnicodeString(u"ordinal")) >= 0)
                addWords(shipped, set, values.mid(0, 200), words.ordinal);
        }
    }
    words.ordinal.subtract(words.cardinal);
    cache.insert(lang, words);
    return words;
}
