// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/resolutionmatcher.h"

#include "core/article/article.h"
#include "core/check/claimextractor.h"
#include "core/record/votedatabase.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace {

// Limits that keep hostile articles (megabytes of dates or numbers) fast; no news report comes near them.
constexpr int maxDates = 64;
constexpr int maxMatches = 1024; // regular expression matches looked at, valid or not
constexpr int maxSymbols = 64;
constexpr qsizetype maxSentences = 2000;
constexpr qsizetype maxSentenceLength = 2000;

constexpr double dateScore = 3;
constexpr double dateScale = 4; // days
constexpr int dateWindow = 10; // days before the article's date that still count
constexpr double dayAfterScore = 1.5; // the article dated the day before the vote: time zones
constexpr double mentionedDateScore = 1.5;
constexpr double yesNoScore = 6;
constexpr double abstainScore = 1.5;
constexpr double yesOnlyScore = 2;
constexpr double noOnlyScore = 1;
constexpr double titleWordScore = 1.5; // per rarest shared word
constexpr double titleMaxScore = 4;

/// What the article says that may identify the vote.
struct Clues
{
    QDate articleDate;
    QList<QDate> otherDates;
    QSet<QString> symbols; // normalized
    QStringList drafts; // as written
    QSet<qint64> yes;
    QSet<qint64> no;
    QSet<qint64> abstain;
    QSet<QString> words; // stems
};

const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w : { "the", "and", "for", "that", "this", "with", "from", "into", "onto", "upon",
                 "its", "their", "his", "her", "our", "your", "are", "was", "were", "been", "being", "have",
                 "has", "had", "not", "but", "all", "any", "some", "such", "other", "than", "then", "them",
                 "they", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "while",
                 "will", "would", "shall", "should", "can", "could", "may", "might", "must", "also", "more",
                 "most", "very", "about", "after", "before", "between", "against", "over", "under", "through",
                 "during", "within", "without", "including", "regarding", "concerning", "towards", "toward",
                 "there", "here", "out", "one", "two", "new", "said", "says", "say", "per", "via", "united",
                 "nation", "general", "assembly", "resolution", "draft", "session", "plenary", "meeting",
                 "vote", "voted", "voting", "adopted", "adoption", "member", "state", "country", "favour",
                 "favor", "abstention", "abstained", "abstaining", "year", "today", "yesterday" })
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

/// Lowercase, with a plural "s" or "ies" taken off, so "Nations" and "nation" meet.
QString stem(QString word)
{
    word = word.toLower();
    if (word.endsWith(u"'s") || word.endsWith(u"\u2019s"))
        word.chop(2);
    if (word.size() > 4 && word.endsWith(u"ies"))
        word.replace(word.size() - 3, 3, QStringLiteral("y"));
    else if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(u"ss") && !word.endsWith(u"us"))
        word.chop(1);
    return word;
}

/// Calls \a f(word) for every word of letters (with inner apostrophes) of three letters or more.
template <typename F> void forEachWord(QStringView text, F f)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size()
            && (text.at(i).isLetter() || text.at(i).isMark()
                || (start >= 0 && (text.at(i) == u'\'' || text.at(i) == u'\u2019')));
        if (letter && start < 0)
            start = i;
        else if (!letter && start >= 0) {
            if (i - start >= 3)
                f(text.mid(start, i - start));
            start = -1;
        }
    }
}

bool isStopWord(const QString& stemmed)
{
    return stemmed.size() < 3 || stopWords().contains(stemmed);
}

int monthNumber(QStringView name)
{
    static const QStringList months { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"),
        QStringLiteral("dec") };
    return int(months.indexOf(name.left(3).toString().toLower())) + 1;
}

QList<QDate> datesIn(const QString& text, int max)
{
    static const QString month = QStringLiteral(
        "(January|February|March|April|May|June|July|August|September|October|November|December|"
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)");
    static const QRegularExpression re(
        QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"
                       "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+%1\\.?,?\\s+(\\d{4})\\b"
                       "|\\b%1\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b")
            .arg(month),
        QRegularExpression::CaseInsensitiveOption);
    QList<QDate> out;
    int seen = 0;
    for (auto it = re.globalMatch(text); it.hasNext() && out.size() < max && seen < maxMatches; ++seen) {
        const QRegularExpressionMatch m = it.next();
        QDate d;
        if (m.capturedLength(1))
            d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        else if (m.capturedLength(4))
            d = QDate(m.captured(6).toInt(), monthNumber(m.capturedView(5)), m.captured(4).toInt());
        else
            d = QDate(m.captured(9).toInt(), monthNumber(m.capturedView(7)), m.captured(8).toInt());
        if (d.isValid() && d.year() >= 1945 && d.year() <= 2200 && !out.contains(d))
            out.append(d);
    }
    return out;
}

void findSymbols(const QString& text, Clues& clues)
{
    static const QRegularExpression full(
        QStringLiteral("\\bA\\s*/\\s*RES\\s*/\\s*((?:ES|S)-\\d+|\\d+)\\s*/\\s*(\\d+)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(
        QStringLiteral("\\bresolutions?\\s+((?:ES|S)-\\d+|\\d{1,3})/(\\d+)\\b"
                       "|(?<![/\\w.-])(ES-\\d+)/(\\d+)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression draft(
        QStringLiteral("\\bA\\s*/\\s*(?:(?:ES|S)-\\d+\\s*/\\s*|\\d+\\s*/\\s*)?L\\s*\\.\\s*\\d+"
                       "(?:\\s*/\\s*Rev\\s*\\.\\s*\\d+)?"),
        QRegularExpression::CaseInsensitiveOption);
    int seen = 0;
    for (auto it = full.globalMatch(text); it.hasNext() && seen < maxSymbols; ++seen) {
        const QRegularExpressionMatch m = it.next();
        clues.symbols.insert(
            VoteDatabase::normalizedSymbol(QStringLiteral("A/RES/%1/%2").arg(m.captured(1), m.captured(2))));
    }
    seen = 0;
    for (auto it = named.globalMatch(text); it.hasNext() && seen < maxSymbols; ++seen) {
        const QRegularExpressionMatch m = it.next();
        const int first = m.capturedLength(1) ? 1 : 3;
        clues.symbols.insert(VoteDatabase::normalizedSymbol(
            QStringLiteral("A/RES/%1/%2").arg(m.captured(first), m.captured(first + 1))));
    }
    seen = 0;
    for (auto it = draft.globalMatch(text); it.hasNext() && seen < maxSymbols; ++seen) {
        const QString d = it.next().captured().remove(u' ');
        if (!clues.drafts.contains(d))
            clues.drafts.append(d);
    }
}

void findTallies(const Article& article, Clues& clues)
{
    const ClaimExtractor extractor;
    QList<Sentence> sentences = article.sentences;
    if (sentences.isEmpty() && !article.text.isEmpty())
        sentences.append({ 0, int(article.text.size()), article.text });
    for (qsizetype i = 0; i < std::min(sentences.size(), maxSentences); ++i) {
        const Sentence& s = sentences.at(i);
        if (s.text.size() > maxSentenceLength)
            continue;
        for (const Claim& c : extractor.extract(s.text, s.start)) {
            QSet<qint64>* set = c.kind == ClaimKind::Yes ? &clues.yes
                : c.kind == ClaimKind::No                ? &clues.no
                : c.kind == ClaimKind::Abstain           ? &clues.abstain
                                                         : nullptr;
            if (!set)
                continue;
            set->insert(c.claimed);
            if (c.revisedFrom)
                set->insert(*c.revisedFrom);
        }
    }
}

Clues readClues(const Article& article, const QDate& articleDate)
{
    Clues clues;
    const QList<QDate> dates = datesIn(article.text, maxDates);
    clues.articleDate = articleDate.isValid() ? articleDate : dates.value(0);
    for (const QDate& d : dates) {
        if (d != clues.articleDate)
            clues.otherDates.append(d);
    }
    findSymbols(article.text, clues);
    findTallies(article, clues);
    forEachWord(article.text, [&clues](QStringView w) {
        const QString s = stem(w.toString());
        if (!isStopWord(s))
            clues.words.insert(s);
    });
    return clues;
}

bool draftMatches(const QString& named, const QString& recorded)
{
    if (recorded.isEmpty())
        return false;
    static const QRegularExpression revision(QStringLiteral("/REV\\.\\d+$"));
    const QString a = VoteDatabase::normalizedSymbol(named);
    const QString r = VoteDatabase::normalizedSymbol(recorded);
    if (a == r)
        return true;
    QString base = r;
    base.remove(revision);
    return !a.contains(u"/REV.") && base == a;
}

QString daysText(qint64 days)
{
    return days == 1 ? QStringLiteral("one day") : QStringLiteral("%1 days").arg(days);
}

/// Score and reason for the totals an article quotes; 0 when none match.
double tallyScore(const Clues& clues, const VoteTotals& t, QString* reason)
{
    const bool yes = clues.yes.contains(t.yes);
    const bool no = clues.no.contains(t.no);
    const bool abstain = clues.abstain.contains(t.abstain);
    QStringList parts;
    if (yes)
        parts << QStringLiteral("%1 in favour").arg(t.yes);
    if (no)
        parts << QStringLiteral("%1 against").arg(t.no);
    if (abstain)
        parts << QStringLiteral("%1 abstaining").arg(t.abstain);
    if (parts.isEmpty())
        return 0;
    const QString last = parts.takeLast();
    const QString list
        = parts.isEmpty() ? last : parts.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
    *reason = QStringLiteral("the article's %1 %2 the record")
                  .arg(list, yes + no + abstain > 1 ? QStringLiteral("match") : QStringLiteral("matches"));
    if (yes && no)
        return yesNoScore + (abstain ? abstainScore : 0);
    return (yes ? yesOnlyScore : 0) + (no ? noOnlyScore : 0) + (abstain ? abstainScore : 0);
}

struct Scored
{
    ResolutionProposal proposal;
    qint64 distance = std::numeric_limits<qint64>::max(); // days from the article's date
};

} // namespace

QList<ResolutionProposal> ResolutionMatcher::propose(
    const Article& article, const VoteDatabase& database, QDate articleDate, int max)
{
    if (max <= 0 || database.isEmpty())
        return {};
    const Clues clues = readClues(article, articleDate);

    // Title words of every resolution, and in how many titles each occurs.
    const qsizetype n = database.size();
    QList<QList<QPair<QString, QString>>> titleWords(n); // (stem, as written)
    QHash<QString, int> documentFrequency;
    for (qsizetype i = 0; i < n; ++i) {
        QSet<QString> seen;
        forEachWord(database.resolution(i).title, [&](QStringView w) {
            const QString s = stem(w.toString());
            if (isStopWord(s) || seen.contains(s))
                return;
            seen.insert(s);
            titleWords[i].append({ s, w.toString() });
            ++documentFrequency[s];
        });
    }
    const double logN = std::log(1.0 + double(n));

    QList<Scored> scored;
    for (qsizetype i = 0; i < n; ++i) {
        const VoteDatabase::Resolution& r = database.resolution(i);
        Scored s;
        ResolutionProposal& p = s.proposal;
        p.index = i;

        const QString symbol = VoteDatabase::normalizedSymbol(r.symbol);
        if (clues.symbols.contains(symbol)) {
            p.score += namedScore;
            p.reasons << QStringLiteral("the article names %1").arg(r.symbol);
        } else {
            for (const QString& d : clues.drafts) {
                if (draftMatches(d, r.draft)) {
                    p.score += namedScore;
                    p.reasons << QStringLiteral("the article names %1, the draft of %2").arg(d, r.symbol);
                    break;
                }
            }
        }

        if (clues.articleDate.isValid() && r.date.isValid()) {
            const qint64 days = r.date.daysTo(clues.articleDate);
            s.distance = std::abs(days);
            const QString voted = dateText(r.date);
            const QString dated = dateText(clues.articleDate);
            if (days == 0) {
                p.score += dateScore;
                p.reasons << QStringLiteral("voted on %1, the article's date").arg(voted);
            } else if (days > 0 && days <= dateWindow) {
                p.score += dateScore * std::exp(-std::pow(double(days) / dateScale, 2));
                p.reasons << QStringLiteral("voted on %1, %2 before the article's date %3")
                                 .arg(voted, daysText(days), dated);
            } else if (days == -1) {
                p.score += dayAfterScore;
                p.reasons
                    << QStringLiteral("voted on %1, one day after the article's date %2").arg(voted, dated);
            }
        }
        if (r.date.isValid() && clues.otherDates.contains(r.date)) {
            p.score += mentionedDateScore;
            p.reasons << QStringLiteral("voted on %1, a date the article mentions").arg(dateText(r.date));
        }

        QString tallyReason;
        double tally = tallyScore(clues, r.totals, &tallyReason);
        if (r.publishedTotals && *r.publishedTotals != r.totals) {
            QString published;
            const double p2 = tallyScore(clues, *r.publishedTotals, &published);
            if (p2 > tally) {
                tally = p2;
                tallyReason
                    = published.replace(QStringLiteral("the record"), QStringLiteral("the published totals"));
            }
        }
        if (tally > 0) {
            p.score += tally;
            p.reasons << tallyReason;
        }

        double weight = 0;
        QStringList shared;
        for (const auto& [stemmed, written] : titleWords.at(i)) {
            if (!clues.words.contains(stemmed))
                continue;
            weight += std::log(1.0 + double(n) / documentFrequency.value(stemmed)) / logN;
            shared << written;
        }
        if (!shared.isEmpty()) {
            p.score += std::min(titleMaxScore, titleWordScore * weight);
            p.reasons << QStringLiteral("title words shared: %1").arg(shared.join(QStringLiteral(", ")));
        }

        if (p.score > 0)
            scored.append(std::move(s));
    }

    const auto better = [](const Scored& a, const Scored& b) {
        if (a.proposal.score != b.proposal.score)
            return a.proposal.score > b.proposal.score;
        if (a.distance != b.distance)
            return a.distance < b.distance;
        return a.proposal.index < b.proposal.index;
    };
    const qsizetype keep = std::min<qsizetype>(max, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + keep, scored.end(), better);
    QList<ResolutionProposal> out;
    out.reserve(keep);
    for (qsizetype i = 0; i < keep; ++i)
        out.append(std::move(scored[i].proposal));
    return out;
}

QDate ResolutionMatcher::firstDate(const QString& text)
{
    return datesIn(text, 1).value(0);
}

QString ResolutionMatcher::dateText(const QDate& date)
{
    return QLocale::c().toString(date, QStringLiteral("d MMMM yyyy"));
}
