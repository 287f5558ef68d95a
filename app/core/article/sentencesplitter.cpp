// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/sentencesplitter.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include <memory>

namespace {

/// Lowercase month names of \a lang in every form QLocale knows (long and short, format and standalone:
/// "грудня" and "грудень"), without a trailing full stop.
QSet<QString> monthNames(const QString& lang)
{
    QSet<QString> names;
    const QLocale locale(lang);
    for (int m = 1; m <= 12; ++m) {
        for (QLocale::FormatType f : { QLocale::LongFormat, QLocale::ShortFormat }) {
            for (const QString& n : { locale.monthName(m, f), locale.standaloneMonthName(m, f) }) {
                QString lower = n.toLower();
                if (lower.endsWith(u'.'))
                    lower.chop(1);
                if (!lower.isEmpty())
                    names.insert(lower);
            }
        }
    }
    return names;
}

// German words that announce an ordinal: "am 3.", "der 11.", "vom 24.".
const QSet<QString>& germanOrdinalLeads()
{
    static const QSet<QString> words = { QStringLiteral("am"), QStringLiteral("vom"), QStringLiteral("zum"),
        QStringLiteral("im"), QStringLiteral("dem"), QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("des"), QStringLiteral("die"), QStringLiteral("das"), QStringLiteral("seit"),
        QStringLiteral("bis"), QStringLiteral("ab"), QStringLiteral("zur"), QStringLiteral("ihrer"),
        QStringLiteral("ihre"), QStringLiteral("seiner"), QStringLiteral("seine") };
    return words;
}

QStringView lastWord(QStringView s)
{
    qsizetype i = s.size();
    while (i > 0 && s.at(i - 1).isLetter())
        --i;
    return s.mid(i);
}

/// The position after the full stop that ends the fragment [\a start, \a end) before trailing white
/// space, or -1 when it ends otherwise.
int afterFullStop(const QString& text, int start, int end)
{
    int i = end;
    while (i > start && text.at(i - 1).isSpace())
        --i;
    return i > start && text.at(i - 1) == u'.' ? i : -1;
}

/// Does the sentence ending at \a end ("... am 3.") continue into the next one ("Dezember ...")?
bool continuesAfterNumber(const QString& text, int start, int end, int next, const QString& lang,
    const QSet<QString>& months)
{
    // The fragment must end in a day or ordinal number followed by a full stop: "3." or "24.".
    const int i = afterFullStop(text, start, end);
    if (i < 0)
        return false;
    int digits = i - 1;
    while (digits > start && text.at(digits - 1).isDigit())
        --digits;
    const int count = i - 1 - digits;
    if (count < 1 || count > 3 || (digits > start && !text.at(digits - 1).isSpace()))
        return false;
    // A line break between them is a real break.
    for (int k = i; k < next; ++k) {
        if (text.at(k) == u'\n')
            return false;
    }
    int w = next;
    while (w < text.size() && text.at(w).isLetter())
        ++w;
    const QString nextWord = text.mid(next, w - next).toLower();
    if (months.contains(nextWord))
        return true;
    if (lang != u"de")
        return false;
    const QStringView before = QStringView(text).mid(start, digits - start).trimmed();
    return germanOrdinalLeads().contains(lastWord(before).toString().toLower());
}

/// ICU's list of abbreviations after which a full stop does not end a sentence in \a lang ("Nr.",
/// "z.B.", "Dr."), read from its break iterator data.
///
/// ICU's own filter ("@ss=standard") matches these at the end of any word, so the German "r." keeps
/// "... der 193 Mitglieder. Mehr als ..." together (as "pp." does "Philipp." in English); the
/// splitter therefore matches whole words itself.
QSet<QString> abbreviations(const QString& lang)
{
    QSet<QString> words;
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray tree = QByteArray(U_ICUDATA_NAME) + "-brkitr";
    UResourceBundle* bundle = ures_open(tree.constData(), lang.toLatin1().constData(), &status);
    UResourceBundle* exceptions = ures_getByKey(bundle, "exceptions", nullptr, &status);
    UResourceBundle* list = ures_getByKey(exceptions, "SentenceBreak", nullptr, &status);
    while (U_SUCCESS(status) && ures_hasNext(list)) {
        int32_t length = 0;
        const UChar* word = ures_getNextString(list, &length, nullptr, &status);
        if (U_SUCCESS(status))
            words.insert(QString::fromUtf16(reinterpret_cast<const char16_t*>(word), length));
    }
    ures_close(list);
    ures_close(exceptions);
    ures_close(bundle);
    // Abbreviations inside names that ICU's lists lack: "St. Lucia", "St. Kitts and Nevis", "U.N." and the
    // RAE's "EE. UU." (the second full stop may end a sentence and is left alone).
    if (lang == u"en" || lang == u"de")
        words.insert(QStringLiteral("St."));
    if (lang == u"en")
        words.insert(QStringLiteral("U.N.")); // "the U.N. General Assembly" (ICU lists "U.S." but not "U.N.")
    if (lang == u"es")
        words.insert(QStringLiteral("EE."));
    return words;
}

/// Does the fragment ending at \a end end in a whole word of \a abbreviations ("... Nr. ")?
bool endsInAbbreviation(const QString& text, int start, int end, const QSet<QString>& abbreviations)
{
    const int i = afterFullStop(text, start, end);
    if (i < 0)
        return false;
    int w = i - 1;
    while (w > start && !text.at(w - 1).isSpace() && text.at(w - 1) != u'(' && text.at(w - 1) != u'[')
        --w;
    return abbreviations.contains(text.mid(w, i - w));
}

/// Does the fragment ending at \a end end in a dot leader before a number on the same line ("In favour
/// ........ 93")? A table line, not two sentences.
bool endsInLeader(const QString& text, int start, int end)
{
    int e = end;
    bool lineBreak = false;
    while (e > start && text.at(e - 1).isSpace()) {
        lineBreak = lineBreak || text.at(e - 1) == u'\n';
        --e;
    }
    int dots = 0;
    while (e > start && text.at(e - 1) == u'.') {
        ++dots;
        --e;
    }
    if (dots < 3 || lineBreak)
        return false;
    int n = end;
    while (n < text.size() && (text.at(n) == u' ' || text.at(n) == u'\t'))
        ++n;
    return n < text.size() && text.at(n).isDigit();
}

/// Where a sentence begins past a scraper's date stamp before its first word ("date 2025-12-04 The
/// aggressor state ...", "2025-12-04T10:15 Russia ..."): the stamp is no part of what the article says.
int afterDateStamp(const QString& text, int s, int e)
{
    static const QRegularExpression stamp(QStringLiteral(
        "\\A(?:\\p{Ll}{1,12}:?\\s+)?\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?\\s+(?=\\p{Lu})"));
    const auto m = stamp.match(QStringView(text).mid(s, std::min(e - s, 64)));
    return m.hasMatch() ? s + int(m.capturedLength()) : s;
}

} // namespace

QList<Sentence> SentenceSplitter::split(const QString& text, const QString& lang)
{
    QList<Sentence> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale(lang.toLatin1().constData()), status));
    if (U_FAILURE(status) || !it)
        return out;
    // Read once per thread and language: ICU's resource bundles are slow to walk for every article.
    thread_local QHash<QString, std::pair<QSet<QString>, QSet<QString>>> cache;
    auto cached = cache.constFind(lang);
    if (cached == cache.cend())
        cached = cache.insert(lang, { monthNames(lang), abbreviations(lang) });
    const QSet<QString>& months = cached->first;
    const QSet<QString>& abbrev = cached->second;
    // QString is UTF-16 like icu::UnicodeString: offsets carry over unchanged. The alias does not copy.
    const icu::UnicodeString u(false, reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    it->setText(u);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        while (end < text.size()
            && (continuesAfterNumber(text, start, end, end, lang, months)
                || endsInAbbreviation(text, start, end, abbrev) || endsInLeader(text, start, end))) {
            const int32_t further = it->next();
            if (further == icu::BreakIterator::DONE)
                break;
            end = further;
        }
        int s = start;
        int e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        s = afterDateStamp(text, s, e);
        if (e > s)
            out.append({ s, e, text.mid(s, e - s) });
    }
    return out;
}
