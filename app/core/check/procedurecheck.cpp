// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/procedurecheck.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace {

const QLocale& english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString tally(const VoteTotals& t)
{
    return QStringLiteral("%1 in favour, %2 against").arg(t.yes).arg(t.no);
}

QString weekdayName(int day)
{
    return english().dayName(day, QLocale::LongFormat);
}

QString longDate(QDate d)
{
    return english().toString(d, QStringLiteral("dddd, d MMMM yyyy"));
}

QString ordinal(int n)
{
    const int mod100 = n % 100;
    const char* suffix = "th";
    if (mod100 < 11 || mod100 > 13) {
        if (n % 10 == 1)
            suffix = "st";
        else if (n % 10 == 2)
            suffix = "nd";
        else if (n % 10 == 3)
            suffix = "rd";
    }
    return QString::number(n) + QLatin1String(suffix);
}

/// "ES-11" -> "the 11th emergency special session (ES-11)", "80" -> "the 80th regular session".
QString sessionPhrase(const QString& s)
{
    static const QRegularExpression es(
        QStringLiteral("^ES-(\\d+)$"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = es.match(s); m.hasMatch())
        return QStringLiteral("the %1 emergency special session (%2)").arg(ordinal(m.captured(1).toInt()), s);
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok ? QStringLiteral("the %1 regular session").arg(ordinal(n)) : s;
}

QString normalizedSession(const QString& s)
{
    static const QRegularExpression es(
        QStringLiteral("^\\s*ES-0*(\\d+)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = es.match(s); m.hasMatch())
        return QStringLiteral("ES-") + m.captured(1);
    bool ok = false;
    const int n = s.trimmed().toInt(&ok);
    return ok ? QString::number(n) : s.trimmed();
}

/// Lowercase words without quotes and punctuation, for comparing titles.
QStringList titleWords(const QString& s)
{
    QString out;
    for (const QChar c : s.toLower())
        out += c.isLetterOrNumber() ? c : QChar(u' ');
    return out.split(u' ', Qt::SkipEmptyParts);
}

QString withoutRevision(const QString& draft)
{
    static const QRegularExpression rev(
        QStringLiteral("/Rev\\.\\d+$"), QRegularExpression::CaseInsensitiveOption);
    return QString(draft).remove(rev);
}

void set(Claim& c, Verdict v, const QString& explanation)
{
    c.verdict = v;
    c.explanation = explanation;
}

void checkOutcome(Claim& c, const VoteRecord& r)
{
    const bool claimed = c.adopted.value_or(true);
    const QString said = claimed ? QStringLiteral("adopted") : QStringLiteral("rejected");
    const VoteTotals t = r.totals();
    if (const auto adopted = r.adopted()) {
        const QString rule = QStringLiteral("a %1 needed %2 in favour")
                                 .arg(majorityDescription(r.majority))
                                 .arg(*r.requiredYes());
        set(c, claimed == *adopted ? Verdict::Consistent : Verdict::ContradictsRecord,
            QStringLiteral("Claimed the text was %1; the record %2 shows it %3: %4 (%5).")
                .arg(said, r.symbol, *adopted ? QStringLiteral("adopted") : QStringLiteral("rejected"),
                    tally(t), rule));
        return;
    }
    // The record does not say which majority applied; some tallies settle the outcome under either rule.
    const int voting = t.presentAndVoting();
    std::optional<bool> certain;
    QString why;
    if (voting > 0 && t.yes <= t.no) {
        certain = false;
        why = QStringLiteral(
            "no more in favour than against fails a simple majority and a two-thirds majority alike");
    } else if (voting > 0 && 3 * t.yes >= 2 * voting) {
        certain = true;
        why = QStringLiteral("at least two thirds of those present and voting is enough under either rule");
    }
    if (!certain) {
        set(c, Verdict::Unverifiable,
            QStringLiteral(
                "Claimed the text was %1; the record %2 shows %3, which passes a simple majority but "
                "not two thirds, and the record does not state which majority was required.")
                .arg(said, r.symbol, tally(t)));
        return;
    }
    set(c, claimed == *certain ? Verdict::Consistent : Verdict::ContradictsRecord,
        QStringLiteral(
            "Claimed the text was %1; the record %2 shows %3: %4 (%5), though the record does not state "
            "the required majority.")
            .arg(said, r.symbol, tally(t), *certain ? QStringLiteral("adopted") : QStringLiteral("rejected"),
                why));
}

void checkMajority(Claim& c, const VoteRecord& r)
{
    const VoteTotals t = r.totals();
    const int voting = t.presentAndVoting();
    const bool twoThirds = c.text == u"two-thirds";
    const QString claimedRule
        = twoThirds ? QStringLiteral("a two-thirds majority") : QStringLiteral("a simple majority");
    const bool reachedArithmetic = voting > 0 && (twoThirds ? 3 * t.yes >= 2 * voting : t.yes > t.no);
    const int needed = twoThirds ? (2 * voting + 2) / 3 : voting / 2 + 1;
    const QString arithmetic = QStringLiteral("%1 of %2 present and voting, %3 needed for %4")
                                   .arg(t.yes)
                                   .arg(voting)
                                   .arg(needed)
                                   .arg(claimedRule);
    const QString claimedText = c.adopted ? QStringLiteral("%1 %2").arg(claimedRule,
                                    *c.adopted ? QStringLiteral("reached") : QStringLiteral("not reached"))
                                          : QStringLiteral("%1 required").arg(claimedRule);
    if (c.adopted && *c.adopted != reachedArithmetic) {
        set(c, Verdict::ContradictsRecord,
            QStringLiteral("Claimed %1; the record %2 shows %3: it was %4.")
                .arg(claimedText, r.symbol, arithmetic,
                    reachedArithmetic ? QStringLiteral("reached") : QStringLiteral("not reached")));
        return;
    }
    if (r.majority == Majority::Unknown) {
        set(c, Verdict::Unverifiable,
            QStringLiteral("Claimed %1: the record %2 does not state which majority was required (%3).")
                .arg(claimedText, r.symbol, arithmetic));
        return;
    }
    const bool sameRule = twoThirds == (r.majority == Majority::TwoThirds);
    set(c, sameRule ? Verdict::Consistent : Verdict::ContradictsRecord,
        QStringLiteral("Claimed %1; the record %2 states that a %3 was required (%4 in favour needed; %5).")
            .arg(claimedText, r.symbol, majorityDescription(r.majority))
            .arg(*r.requiredYes())
            .arg(tally(t)));
}

void checkDate(Claim& c, const VoteRecord& r)
{
    const QString claimed = c.date.isValid() ? english().toString(c.date, QStringLiteral("d MMMM yyyy"))
        : !c.text.isEmpty()
        ? english().toString(
            QDate::fromString(QStringLiteral("2000") + c.text.mid(1), Qt::ISODate), QStringLiteral("d MMMM"))
        : QString();
    const QString weekday = c.weekday ? weekdayName(c.weekday) : QString();
    const QString claimedText = claimed.isEmpty() ? weekday
        : weekday.isEmpty()                       ? claimed
                                                  : weekday + QStringLiteral(", ") + claimed;
    if (!r.date.isValid()) {
        set(c, Verdict::Unverifiable,
            QStringLiteral("Claimed the vote took place on %1: the record %2 gives no date.")
                .arg(claimedText, r.symbol));
        return;
    }
    bool dayMatches = true;
    if (c.date.isValid())
        dayMatches = c.date == r.date;
    else if (c.text.startsWith(QStringLiteral("--")))
        dayMatches = c.text
            == QStringLiteral("--%1-%2")
                   .arg(r.date.month(), 2, 10, QLatin1Char('0'))
                   .arg(r.date.day(), 2, 10, QLatin1Char('0'));
    const bool weekdayMatches = !c.weekday || c.weekday == r.date.dayOfWeek();
    QString explanation = QStringLiteral("Claimed the vote took place on %1; the record %2 dates it %3.")
                              .arg(claimedText, r.symbol, longDate(r.date));
    // "mercredi 3 décembre": a day without a year is read in the record's year.
    if (!c.date.isValid() && c.text.startsWith(QStringLiteral("--"))) {
        const QDate inYear
            = QDate::fromString(QString::number(r.date.year()) + c.text.mid(1), Qt::ISODate);
        if (inYear.isValid()) {
            c.date = inYear;
            explanation += QStringLiteral(" The article gives no year: read as %1.").arg(r.date.year());
        }
    }
    if (dayMatches && !weekdayMatches && !claimed.isEmpty())
        explanation += QStringLiteral(" The date is right, but %1 was a %2, not a %3.")
                           .arg(english().toString(r.date, QStringLiteral("d MMMM yyyy")),
                               weekdayName(r.date.dayOfWeek()), weekday);
    else if (!weekdayMatches)
        explanation
            += QStringLiteral(" That was a %1, not a %2.").arg(weekdayName(r.date.dayOfWeek()), weekday);
    set(c, dayMatches && weekdayMatches ? Verdict::Consistent : Verdict::ContradictsRecord, explanation);
}

void checkSession(Claim& c, const VoteRecord& r)
{
    if (r.session.trimmed().isEmpty()) {
        set(c, Verdict::Unverifiable,
            QStringLiteral("Claimed %1: the record %2 does not name its session.")
                .arg(sessionPhrase(c.text), r.symbol));
        return;
    }
    const QString recorded = normalizedSession(r.session);
    if (normalizedSession(c.text) == recorded) {
        set(c, Verdict::Consistent,
            QStringLiteral("Claimed %1; the record %2 was voted in %3.")
                .arg(sessionPhrase(c.text), r.symbol, sessionPhrase(recorded)));
    } else if (c.adopted.value_or(false)) {
        set(c, Verdict::ContradictsRecord,
            QStringLiteral("Claimed the vote took place in %1, but the record %2 was voted in %3.")
                .arg(sessionPhrase(c.text), r.symbol, sessionPhrase(recorded)));
    } else {
        set(c, Verdict::Unverifiable,
            QStringLiteral(
                "Names %1, another session than that of the record %2 (%3); the sentence does not say this "
                "vote took place there.")
                .arg(sessionPhrase(c.text), r.symbol, sessionPhrase(recorded)));
    }
}

void checkSymbol(Claim& c, const VoteRecord& r)
{
    const QString draft = r.draft.trimmed();
    if (c.text.compare(r.symbol, Qt::CaseInsensitive) == 0) {
        set(c, Verdict::Consistent, QStringLiteral("Names %1, the symbol of the record.").arg(c.text));
        return;
    }
    if (!draft.isEmpty() && c.text.compare(draft, Qt::CaseInsensitive) == 0) {
        set(c, Verdict::Consistent,
            QStringLiteral("Names %1, the draft the record %2 was adopted from.").arg(c.text, r.symbol));
        return;
    }
    if (!draft.isEmpty() && c.text.compare(withoutRevision(draft), Qt::CaseInsensitive) == 0) {
        set(c, Verdict::Consistent,
            QStringLiteral(
                "Names %1; the record %2 was voted on as %3, a revision of that same draft (a revised "
                "draft keeps its symbol and adds \u201C/Rev.N\u201D).")
                .arg(c.text, r.symbol, draft));
        return;
    }
    const bool isDraft = c.text.contains(QStringLiteral("/L."), Qt::CaseInsensitive);
    const QString recorded
        = draft.isEmpty() ? r.symbol : QStringLiteral("%1 (draft %2)").arg(r.symbol, draft);
    if (isDraft && draft.isEmpty()) {
        set(c, Verdict::Unverifiable,
            QStringLiteral("Names the draft %1: the record %2 does not give the symbol of its draft.")
                .arg(c.text, r.symbol));
    } else if (c.adopted.value_or(false)) {
        set(c, Verdict::ContradictsRecord,
            QStringLiteral("Claimed the text voted on is %1, but the record is %2.").arg(c.text, recorded));
    } else {
        set(c, Verdict::Unverifiable,
            QStringLiteral(
                "Names another document, %1; the record is %2, and the sentence does not say %1 is the "
                "text voted on.")
                .arg(c.text, recorded));
    }
}

void checkTitle(Claim& c, const VoteRecord& r)
{
    if (r.title.trimmed().isEmpty()) {
        set(c, Verdict::Unverifiable,
            QStringLiteral("Claimed the title \u201C%1\u201D: the record %2 gives no title.")
                .arg(c.text, r.symbol));
        return;
    }
    const QStringList claimed = titleWords(c.text);
    const QStringList recorded = titleWords(r.title);
    // "Path to peace" names "The path to peace": a leading English article is no part of the name.
    const auto bare = [](QStringList w) {
        if (w.size() > 1 && (w.first() == u"the" || w.first() == u"a" || w.first() == u"an"))
            w.removeFirst();
        return w;
    };
    if (claimed == recorded || bare(claimed) == bare(recorded)) {
        set(c, Verdict::Consistent,
            QStringLiteral("Claimed the title \u201C%1\u201D; the record %2 is titled \u201C%3\u201D.")
                .arg(c.text, r.symbol, r.title));
        return;
    }
    // A title in the article's own language may be a translation: it cannot be compared word by word.
    // It contradicts when the article is English, or when it shares three in four of its words with the
    // record's ("The path to war"); "Aggression gegen die Ukraine" shares only the cognates.
    const QSet<QString> recordedSet(recorded.cbegin(), recorded.cend());
    const qsizetype shared = std::count_if(
        claimed.cbegin(), claimed.cend(), [&](const QString& w) { return recordedSet.contains(w); });
    const bool comparable
        = c.noun.isEmpty() || c.noun == u"en" || (!claimed.isEmpty() && 4 * shared >= 3 * claimed.size());
    if (comparable) {
        set(c, Verdict::ContradictsRecord,
            QStringLiteral("Claimed the title \u201C%1\u201D, but the record %2 is titled \u201C%3\u201D.")
                .arg(c.text, r.symbol, r.title));
    } else {
        set(c, Verdict::Unverifiable,
            QStringLiteral(
                "Claimed the title \u201C%1\u201D: the record %2 is titled \u201C%3\u201D in English, and a "
                "translation cannot be compared word by word.")
                .arg(c.text, r.symbol, r.title));
        c.aside = true;
    }
}

} // namespace

void ProcedureCheck::check(Claim& claim, const VoteRecord& record)
{
    switch (claim.kind) {
    case ClaimKind::Outcome:
        checkOutcome(claim, record);
        return;
    case ClaimKind::Majority:
        checkMajority(claim, record);
        return;
    case ClaimKind::Date:
        checkDate(claim, record);
        return;
    case ClaimKind::Session:
        checkSession(claim, record);
        return;
    case ClaimKind::Symbol:
        checkSymbol(claim, record);
        return;
    case ClaimKind::Title:
        checkTitle(claim, record);
        return;
    default:
        set(claim, Verdict::Unverifiable, QStringLiteral("Not a procedure claim."));
        return;
    }
}
