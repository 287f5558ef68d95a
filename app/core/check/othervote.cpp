// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/othervote.h"

#include "core/check/lexicon.h"
#include "core/check/procedurelexicon.h"

namespace {

constexpr int maxChars = 4000; // a longer sentence is looked at up to here only

int yearOf(const ProcedureWord& w)
{
    if (w.type != WordType::Digits || w.text.size() != 4)
        return 0;
    const int y = w.text.toInt();
    return y >= 1945 && y <= 2100 ? y : 0;
}

/// A month in any case: "March", "марте", "березні" (the locative is no form QLocale gives, so the
/// first three letters of a known name do).
bool isMonth(const ProcedureLexicon& lex, const ProcedureWord& w)
{
    if (w.type != WordType::Word || w.text.size() < 3)
        return false;
    if (lex.months.contains(w.text))
        return true;
    const QStringView stem = QStringView(w.text).left(3);
    for (auto it = lex.months.cbegin(); it != lex.months.cend(); ++it) {
        if (it.key().size() >= 4 && QStringView(it.key()).left(3) == stem)
            return true;
    }
    return false;
}

/// "the last comparable rebuke came in 2014, when 100 states backed a resolution": a clause of time right
/// after the sign (past its comma) tells of that time too; the sign then ends where that clause starts.
OtherVote withTimeClause(OtherVote v, const Words& words, int after, const ProcedureLexicon& lex)
{
    if (after < words.size() && words.at(after).text == u",") {
        const int when = ProcedureLexicon::matchAny(words, after + 1, lex.timeClauses);
        if (when > after + 1)
            v.end = words.at(when - 1).end;
    }
    return v;
}

} // namespace

OtherVote OtherVote::find(const QString& sentence, const QString& lang)
{
    const ProcedureLexicon& lex = ProcedureLexicon::forLanguage(lang);
    const QStringView text = QStringView(sentence).left(maxChars);
    const Words words = ProcedureLexicon::split(text);
    for (int i = 0; i < words.size(); ++i) {
        int end = ProcedureLexicon::matchAny(words, i, lex.otherTime);
        if (end > i) {
            OtherVote v { text.mid(words.at(i).start, words.at(end - 1).end - words.at(i).start).toString(), 0,
                words.at(i).start, words.at(end - 1).end };
            v.time = true;
            return withTimeClause(v, words, end, lex);
        }
        end = ProcedureLexicon::matchAny(words, i, lex.otherDocuments);
        if (end > i) {
            OtherVote v { text.mid(words.at(i).start, words.at(end - 1).end - words.at(i).start).toString(), 0,
                words.at(i).start, words.at(end - 1).end };
            // The first words of the sign's clause: a relative pronoun ("which", "до якого") makes it a
            // relative clause; "after", "Tras", "Після того як" a clause of time before the main one.
            int k = i;
            while (k > 0 && words.at(k - 1).text != u"," && words.at(k - 1).text != u";")
                --k;
            bool relative = false;
            if (k > 0) {
                for (const LexPhrase& p : Lexicon::forLanguage(lang).phrases(QStringLiteral("relatives"))) {
                    for (int w = k; w < std::min(k + 2, i); ++w)
                        relative = relative || (p.words.size() == 1 && words.at(w).text == p.words.first());
                }
            }
            v.subordinate = ProcedureLexicon::matchAny(words, k, lex.timeSubordinators) > k;
            v.mainDocument = !relative && !v.subordinate;
            return v;
        }
        // "in 2022", "in March 2022", "en marzo de 2022", "в марте 2022 года": a preposition, at
        // most a month and a joining word, then the year. Not a full date: "on 2 March 2022" dates
        // an event the record may hold, and ProcedureReader checks it.
        const int after = ProcedureLexicon::matchAny(words, i, lex.otherTimePrepositions);
        if (after <= i)
            continue;
        int k = after;
        if (k < words.size() && isMonth(lex, words.at(k))) {
            ++k;
            if (k < words.size() && (words.at(k).text == u"de" || words.at(k).text == u"of"))
                ++k;
        }
        if (k < words.size()) {
            if (const int y = yearOf(words.at(k))) {
                OtherVote v { text.mid(words.at(i).start, words.at(k).end - words.at(i).start).toString(), y,
                    words.at(i).start, words.at(k).end };
                v.time = true;
                return withTimeClause(v, words, k + 1, lex);
            }
        }
    }
    return {};
}

bool OtherVote::covers(const QString& sentence, int pos) const
{
    const auto breaks = [&](int from, int to, bool commas) {
        for (int k = std::max(0, from); k < std::min(int(sentence.size()), to); ++k) {
            const QChar c = sentence.at(k);
            if (c == u';' || (commas
                    && (c == u',' || c == u'\u2013' || c == u'\u2014' || c == u'(' || c == u')')))
                return true;
        }
        return false;
    };
    if (!found())
        return false;
    if (pos < start)
        return !breaks(pos, start, true);
    if (subordinate)
        return !breaks(end, pos, true); // "Tras incorporar las enmiendas europeas, Estados Unidos se abstuvo"
    // In the sentence's first clause ("In March 2022, 141 states ...", "The amendment was rejected by
    // 60 votes to 30, with 50 abstentions") the sign tells of everything after it; in a later one
    // ("The resolution, which took in two amendments, was adopted by 91 votes") of its clause only.
    // A short opener before a comma ("Le même jour, le Conseil de sécurité a adopté ...") leaves the
    // sign in the main clause.
    int from = 0;
    if (const qsizetype comma = sentence.left(start).indexOf(u','); comma >= 0) {
        const int openerWords = int(sentence.left(comma).simplified().count(u' ')) + 1;
        const int between = int(sentence.mid(comma + 1, start - comma - 1).simplified().count(u' ')) + 1;
        if (openerWords <= 4
            && (sentence.mid(comma + 1, start - comma - 1).trimmed().isEmpty() || between <= 1 || mainDocument))
            from = int(comma) + 1;
    }
    return breaks(from, start, true) ? !breaks(end, pos, true) : !breaks(end, pos, false);
}
