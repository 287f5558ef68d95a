// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/sentencesplitter.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

QList<Sentence> SentenceSplitter::split(const QString& text)
{
    QList<Sentence> out;
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" turns on ICU's suppressions of breaks after common abbreviations.
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status) || !it)
        return out;
    // QString is UTF-16 like icu::UnicodeString: offsets carry over unchanged. The alias does not copy.
    const icu::UnicodeString u(false, reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    it->setText(u);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        int s = start;
        int e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            out.append({ s, e, text.mid(s, e - s) });
    }
    return out;
}
