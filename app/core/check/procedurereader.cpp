// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/procedurereader.h"

#include "core/check/procedurelexicon.h"
#include "core/check/procedurereading.h"

#include <QDate>
#include <QRegularExpression>

namespace ProcedureReading {

bool Reader::subjectIsCounted(int i) const
{
    // "12 states rejected", "Russia rejected": a count or a state (not after a preposition) before the
    // verb, within three words; a parenthesis between commas ("The resolution, tabled by Ukraine, passed") is
    // skipped.
    int seen = 0;
    bool skipped = false;
    for (int j = i - 1; j >= 0 && seen < 3; --j) {
        const ProcedureWord& w = m_words.at(j);
        if (w.type == WordType::Punct) {
            if (w.text == u"," && !skipped) {
                for (int k = j - 1; k >= 0 && k > j - 20; --k) {
                    if (m_words.at(k).text == u",") {
                        j = k;
                        skipped = true;
                        break;
                    }
                }
            }
            continue;
        }
        if (ProcedureLexicon::matchAny(m_words, j, m_lex.assembly) >= 0)
            return false; // "Мирну резолюцію щодо України Генасамблея ухвалила": the Assembly is the subject
        if (counted(j)) {
            // "mit 91 Stimmen angenommen", "з 91 голосом": the count follows a preposition.
            int k = j - 1;
            while (k >= 0 && counted(k) && m_words.at(k).type != WordType::Punct)
                --k;
            const ProcedureWord& w = m_words.at(j);
            const bool state = std::any_of(m_states.cbegin(), m_states.cend(),
                [&w](const QPair<int, int>& s) { return s.first < w.end && w.start < s.second; });
            // "in der Ukraine angenommen", "a resolution on Ukraine passed": a state after a preposition
            // or an article is no subject ("Мирну резолюцію Україна ухвалила" is one).
            if (state) {
                while (k >= 0 && ProcedureLexicon::matchAny(m_words, k, m_lex.stateArticles) == k + 1)
                    --k; // "the Central African Republic rejected it" (the subject)
                return k < 0 || ProcedureLexicon::matchAny(m_words, k, m_lex.objectBefore) != k + 1;
            }
            return k < 0 || ProcedureLexicon::matchAny(m_words, k, m_lex.countPrepositions) != k + 1;
        }
        ++seen;
    }
    return false;
}

bool Reader::agentIsState(int end) const
{
    // "Le texte a été rejeté par la Russie et onze autres pays", "Abgelehnt wurde der Text von acht
    // Staaten": who voted so, not what became of the text.
    int by = -1;
    for (int j = end; j < m_words.size() && j <= end + 3 && by < 0; ++j) {
        if (m_words.at(j).type == WordType::Punct)
            break;
        by = ProcedureLexicon::matchAny(m_words, j, m_lex.agentPrepositions); // "wurde der Text von"
    }
    if (by < 0)
        return false;
    int k = by;
    while (k < m_words.size() && ProcedureLexicon::matchAny(m_words, k, m_lex.stateArticles) == k + 1)
        ++k;
    if (k >= m_words.size())
        return false;
    if (m_words.at(k).type == WordType::Digits || counted(k)) {
        // "von acht Staaten" is who; "by 93 votes to 8", "par 91 voix" is how many.
        int n = k + 1;
        while (n < m_words.size() && counted(n) && m_words.at(n).type != WordType::Punct)
            ++n;
        return n < m_words.size() && m_words.at(n).type == WordType::Word && voteWordEnd(n) < 0;
    }
    const ProcedureWord& w = m_words.at(k);
    return std::any_of(m_states.cbegin(), m_states.cend(),
        [&w](const QPair<int, int>& s) { return s.first < w.end && w.start < s.second; });
}

int Reader::voteWordEnd(int i) const
{
    // A word of the vote, or what the resolution does after the Assembly as its subject.
    const int e = ProcedureLexicon::matchAny(m_words, i, m_lex.voteWords);
    return e >= 0 ? e : assemblyActEnd(i);
}

int Reader::assemblyActEnd(int i) const
{
    // "Die Generalversammlung verurteilte am 3. März", "l'Assemblée générale a exigé".
    const int act = ProcedureLexicon::matchAny(m_words, i, m_lex.assemblyActs);
    if (act < 0)
        return -1;
    for (int j = i - 1; j >= 0 && j >= i - assemblyReach; --j) {
        const QString& t = m_words.at(j).text;
        // The full stop of an abbreviation ("the U.N. General Assembly") ends nothing.
        const bool abbreviation = t == u"." && j > 0 && m_words.at(j - 1).text.size() == 1;
        if (t == u";" || t == u":" || (t == u"." && !abbreviation) || t == u"?" || t == u"!")
            break;
        if (ProcedureLexicon::matchAny(m_words, j, m_lex.assembly) >= 0)
            return act;
    }
    return -1;
}

void Reader::readHistory()
{
    const int h = ProcedureLexicon::findAny(m_words, 0, int(m_words.size()), m_lex.history);
    m_history = h >= 0;
    // "Four years ago, on 2 March 2022, the Assembly adopted ...": a time told by its full date is that
    // date's; the claim extractor marks it as a time and the checker compares the year with the record's.
    if (m_history && ProcedureLexicon::matchAny(m_words, h, m_lex.otherTime) > h
        && std::any_of(m_dates.cbegin(), m_dates.cend(), [](const DateMention& d) { return d.hasYear; }))
        m_history = false;
    for (int i = 1; i < m_words.size() && !m_history; ++i) {
        if (!isYear(m_words.at(i)) || ProcedureLexicon::matchAny(m_words, i - 1, m_lex.yearPrepositions) != i)
            continue;
        const bool inDate = std::any_of(m_dates.cbegin(), m_dates.cend(),
            [i](const DateMention& d) { return d.hasYear && d.first <= i && i <= d.last; });
        m_history = !inDate;
    }
    for (int i = 0; i < m_words.size() && !m_voteWord; ++i)
        m_voteWord = voteWordEnd(i) >= 0;
}

void Reader::readOutcome(QList<Claim>& claims)
{
    if (m_history)
        return; // "In 2022 the Assembly adopted ...": another vote
    for (int i = 0; i < m_words.size(); ++i) {
        if (m_covered.at(i) || m_words.at(i).type != WordType::Word)
            continue;
        int ea = ProcedureLexicon::matchAny(m_words, i, m_lex.adopted);
        int er = ProcedureLexicon::matchAny(m_words, i, m_lex.rejected);
        if (m_headline && ea < 0 && er < 0) {
            ea = ProcedureLexicon::matchAny(m_words, i, m_lex.adoptedHeadline);
            er = ProcedureLexicon::matchAny(m_words, i, m_lex.rejectedHeadline);
        }
        int end = std::max(ea, er);
        bool adopted = ea >= er;
        int negFrom = i - 3;
        int negTo = i;
        // German separable verbs: "nahm ... an", "lehnte ... ab", within the clause.
        for (const auto* list : { &m_lex.adoptedSplit, &m_lex.rejectedSplit }) {
            for (const auto& [head, particle] : *list) {
                if (end >= 0 || m_words.at(i).text != head)
                    continue;
                for (int j = i + 1; j < m_words.size() && j < i + 30; ++j) {
                    const QString& t = m_words.at(j).text;
                    if (t == u";")
                        break;
                    if (t == particle
                        && (j + 1 == m_words.size() || m_words.at(j + 1).type == WordType::Punct)) {
                        end = j + 1;
                        adopted = list == &m_lex.adoptedSplit;
                        negFrom = i + 1; // "nahm ... nicht an"
                        negTo = j;
                        break;
                    }
                }
            }
        }
        // "The General Assembly has overwhelmingly demanded that Russia ...", "l'Assemblée générale a exigé":
        // what a resolution does, with the Assembly as its subject, says the text was adopted.
        if (end < 0) {
            end = assemblyActEnd(i);
            adopted = true;
        }
        if (end < 0)
            continue;
        if (i > 0 && ProcedureLexicon::matchAny(m_words, i - 1, m_lex.blockers) == i)
            continue; // "the adopted text", "states rejected"
        if (i > 1 && ProcedureLexicon::matchAny(m_words, i - 1, m_lex.negations) == i
            && ProcedureLexicon::matchAny(m_words, i - 2, m_lex.blockers) == i - 1)
            continue; // "участия не приняли": took no part
        if (ProcedureLexicon::matchAny(m_words, end, m_lex.objectBlockers) > end)
            continue; // "не приняли участия в голосовании"
        if (subjectIsCounted(i) || agentIsState(end))
            continue;
        // "an amendment was rejected", "the Security Council adopted a US text": read, and told of another
        // vote by the claim extractor (unverifiable); a later outcome in the sentence may be the record's.
        const bool otherDocument = ProcedureLexicon::findAny(m_words, i - 6, end + 4, m_lex.otherDocuments) >= 0;
        const bool negated = ProcedureLexicon::findAny(m_words, negFrom, negTo, m_lex.negations) >= 0;
        Claim c = claim(ClaimKind::Outcome, i, end - 1);
        c.adopted = adopted != negated;
        c.rule = QStringLiteral("\u201C%1\u201D")
                     .arg(m_text.mid(m_words.at(i).start, m_words.at(end - 1).end - m_words.at(i).start));
        claims.append(c);
        if (otherDocument) {
            i = end - 1;
            continue;
        }
        m_outcome = true;
        return; // one outcome per sentence
    }
}

void Reader::readMajority(QList<Claim>& claims)
{
    const bool requirement = ProcedureLexicon::findAny(m_words, 0, int(m_words.size()), m_lex.required) >= 0
        || ProcedureLexicon::findAny(m_words, 0, int(m_words.size()), m_lex.missed) >= 0;
    for (int i = 0; i < m_words.size() && claims.size() < maxClaims; ++i) {
        int end = ProcedureLexicon::matchAny(m_words, i, m_lex.twoThirds);
        QString text = QStringLiteral("two-thirds");
        if (end < 0) {
            end = ProcedureLexicon::matchAny(m_words, i, m_lex.simple);
            text = QStringLiteral("simple");
        }
        if (end < 0)
            continue;
        // A bare "two thirds" is a majority only beside "majority", "threshold" or "needed".
        const bool majorityNear
            = ProcedureLexicon::findAny(m_words, i - 4, end + 4, m_lex.majorityWords) >= 0;
        if (!majorityNear && !requirement)
            continue;
        Claim c = claim(ClaimKind::Majority, i, end - 1);
        c.text = text;
        const int from = i - 10;
        const int to = end + 12; // "..., un seuil qu'il a franchi sans difficulté"
        if (ProcedureLexicon::findAny(m_words, from, to, m_lex.missed) >= 0)
            c.adopted = false;
        else if (ProcedureLexicon::findAny(m_words, from, i, m_lex.reached) >= 0
            || ProcedureLexicon::findAny(m_words, end, to, m_lex.reached) >= 0)
            c.adopted = true;
        // The majority's words only: "... mit der erforderlichen Zweidrittelmehrheit angenommen" also
        // tells the outcome.
        for (int k = i; k < std::min(end, int(m_words.size())); ++k)
            m_covered[k] = true;
        claims.append(c);
        i = end - 1;
    }
}

int Reader::ordinalBefore(int i, int* first) const
{
    if (i <= 0)
        return 0;
    // Words: "eleventh", "одинадцятої", "elften", "onzième", "undécimo"; two words ("восемьдесят первой").
    if (m_words.at(i - 1).type == WordType::Word) {
        if (i >= 2 && m_words.at(i - 2).type == WordType::Word) {
            if (const int n = m_lex.ordinal(m_words.at(i - 2).text + u' ' + m_words.at(i - 1).text)) {
                *first = m_words.at(i - 2).start;
                return n;
            }
        }
        if (const int n = m_lex.ordinal(m_words.at(i - 1).text)) {
            *first = m_words.at(i - 1).start;
            return n;
        }
    }
    // Digits: "11th", "11-ї", "11-й", "11.", "11e", "11ème", "11.º", "80th".
    static const QRegularExpression digits(
        QStringLiteral("(?<![\\d/"
                       ".])(\\d{1,3})(?:\\s*-?\\s*\\p{L}{1,3}\\.?|\\.\\s*[\\x{00BA}\\x{00AA}]?|[\\x{00BA}\\x{"
                       "00AA}\\x{00B0}])?\\s*$"));
    const int at = m_words.at(i).start;
    const int from = std::max(0, at - 12);
    const auto m = digits.match(m_text.mid(from, at - from));
    if (!m.hasMatch())
        return 0;
    *first = from + int(m.capturedStart(1));
    return m.captured(1).toInt();
}

void Reader::readSessions(QList<Claim>& claims)
{
    QList<bool> inEmergency(m_words.size(), false);
    for (int pass = 0; pass < 2; ++pass) {
        const QList<Phrase>& phrases = pass == 0 ? m_lex.emergencySession : m_lex.regularSession;
        for (int i = 0; i < m_words.size() && claims.size() < maxClaims; ++i) {
            if (inEmergency.at(i))
                continue;
            const int end = ProcedureLexicon::matchAny(m_words, i, phrases);
            if (end < 0)
                continue;
            for (int k = i; k < end; ++k)
                inEmergency[k] = true;
            int first = 0;
            const int n = ordinalBefore(i, &first);
            if (n <= 0)
                continue;
            Claim c = claim(ClaimKind::Session, i, end - 1);
            c.start = m_offset + first;
            c.text = pass == 0 ? QStringLiteral("ES-%1").arg(n) : QString::number(n);
            c.adopted = (m_outcome || m_voteWord) && !m_history;
            claims.append(c);
            i = end - 1;
        }
    }
    static const QRegularExpression esSession(QStringLiteral("(?<![\\w/-])ES-(\\d{1,2})(?![\\w/-]|\\.\\d)"));
    for (auto it = esSession.globalMatch(m_text); it.hasNext() && claims.size() < maxClaims;) {
        const auto m = it.next();
        Claim c;
        c.kind = ClaimKind::Session;
        c.text = QStringLiteral("ES-%1").arg(m.captured(1).toInt());
        c.start = m_offset + int(m.capturedStart());
        c.end = m_offset + int(m.capturedEnd());
        c.adopted = (m_outcome || m_voteWord) && !m_history;
        claims.append(c);
    }
}

void Reader::readSymbols(QList<Claim>& claims)
{
    static const QRegularExpression symbol(
        QStringLiteral("(?<![\\w/.-])(?:(A/RES/)?(ES-\\d{1,2}/\\d{1,4})|A/RES/(\\d{1,3}/\\d{1,4})"
                       "|(A/(?:ES-\\d{1,2}|\\d{1,3})/L\\.\\d{1,4}(?:/Rev\\.\\d{1,2})?))(?![\\w/-]|\\.\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = symbol.globalMatch(m_text); it.hasNext() && claims.size() < maxClaims;) {
        const auto m = it.next();
        Claim c;
        c.kind = ClaimKind::Symbol;
        if (m.hasCaptured(2))
            c.text = QStringLiteral("A/RES/") + m.captured(2).toUpper();
        else if (m.hasCaptured(3))
            c.text = QStringLiteral("A/RES/") + m.captured(3);
        else
            c.text = m.captured(4).toUpper().replace(QStringLiteral("/REV."), QStringLiteral("/Rev."));
        c.start = m_offset + int(m.capturedStart());
        c.end = m_offset + int(m.capturedEnd());
        c.adopted = (m_outcome || m_voteWord) && !m_history;
        claims.append(c);
    }
}

void Reader::readTitles(QList<Claim>& claims)
{
    for (int i = 0; i < m_words.size() && claims.size() < maxClaims; ++i) {
        const int end = ProcedureLexicon::matchAny(m_words, i, m_lex.titleMarkers);
        if (end < 0)
            continue;
        // The quotation opens after the marker, a colon, a dash or a comma, or a few words on ("Der Titel
        // lautet sinngemäss «...»", "Официальное название документа — «...»"): «…», “…”, „…“, "…", ‘…’.
        // Past words, a title is capitalised: "The title fight \"was never close\"" quotes speech.
        int p = -1;
        for (int w = end; w < m_words.size() && w <= end + titleReach; ++w) {
            const ProcedureWord& word = m_words.at(w);
            if (word.type == WordType::Punct
                && QStringLiteral("\u00AB\u201C\u201E\"\u2018").contains(word.text.front())) {
                const bool capital = word.end < m_text.size() && m_text.at(word.end).isUpper();
                p = (w == end || m_words.at(w - 1).type == WordType::Punct || capital) ? word.start : -1;
                break;
            }
            if (word.type == WordType::Punct
                && !QStringLiteral(":,\u2013\u2014-").contains(word.text.front()))
                break;
        }
        if (p < 0)
            continue;
        const QChar open = m_text.at(p);
        QString closers;
        if (open == u'\u201C')
            closers = QStringLiteral("\u201D\u201C");
        else if (open == u'\u00AB')
            closers = QStringLiteral("\u00BB");
        else if (open == u'\u201E')
            closers = QStringLiteral("\u201C\u201D");
        else if (open == u'"')
            closers = QStringLiteral("\"");
        else if (open == u'\u2018')
            closers = QStringLiteral("\u2019");
        else
            continue;
        int q = p + 1;
        while (q < m_text.size() && q - p <= maxTitle && !closers.contains(m_text.at(q))
            && m_text.at(q) != u'\n')
            ++q;
        if (q >= m_text.size() || !closers.contains(m_text.at(q)) || q == p + 1)
            continue;
        Claim c;
        c.kind = ClaimKind::Title;
        c.text = m_text.mid(p + 1, q - p - 1).trimmed().toString();
        c.noun = m_lex.lang; // the language the title is written in, for the check
        c.start = m_offset + m_words.at(i).start;
        c.end = m_offset + q + 1;
        claims.append(c);
        while (i + 1 < m_words.size() && m_words.at(i + 1).start <= q)
            ++i;
    }
}

void Reader::read(QList<Claim>& claims)
{
    if (m_words.isEmpty())
        return;
    m_covered = QList<bool>(m_words.size(), false);
    QList<Claim> found;
    findDates();
    readHistory();
    readMajority(found);
    readOutcome(found);
    readDates(found);
    readSessions(found);
    readSymbols(found);
    readTitles(found);
    if (found.size() > maxClaims)
        found.resize(maxClaims);
    claims.append(found);
}

} // namespace ProcedureReading

void ProcedureReader::read(const QString& sentence, const Tokens& tokens, const QString& lang, int offset,
    QList<Claim>& claims, bool headline)
{
    ProcedureReading::Reader(sentence, tokens, ProcedureLexicon::forLanguage(lang), offset, headline).read(claims);
}
