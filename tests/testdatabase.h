// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/memberstates.h"
#include "core/record/recordlibrary.h"
#include "core/record/votedatabase.h"

#include <QDate>
#include <QStringList>

/// Adds a resolution whose member states vote \a yes, \a no and \a abstain times in that order, the
/// rest not voting.
inline qsizetype addTestResolution(VoteDatabase& db, const QString& symbol, const QString& title,
    const QDate& date, int yes, int no, int abstain, const QStringList& subjects = {},
    const QString& session = QString())
{
    VoteDatabase::Resolution r;
    r.symbol = symbol;
    r.title = title;
    r.date = date;
    r.subjects = subjects;
    r.session = session.isEmpty() ? symbol.section(u'/', 2, 2) : session;
    r.membership = 193;
    const qsizetype index = db.beginResolution(r);
    const QList<MemberState>& states = MemberStates::all();
    for (int i = 0; i < states.size(); ++i) {
        const Vote v = i < yes       ? Vote::Yes
            : i < yes + no           ? Vote::No
            : i < yes + no + abstain ? Vote::Abstain
                                     : Vote::NonVoting;
        db.addVote(db.addState(states.at(i).iso3), v);
    }
    return index;
}

/// The four embedded records, then fakes: two voted on the day of A/RES/ES-11/9 (one with its 91 in
/// favour), one a year earlier sharing the word "return", one with ES-11/1's 141 in favour.
inline VoteDatabase testDatabase()
{
    VoteDatabase db = VoteDatabase::fromRecords(RecordLibrary::embedded());
    addTestResolution(db, QStringLiteral("A/RES/80/101"),
        QStringLiteral("Cooperation between the United Nations and the Council of Europe"),
        QDate(2025, 12, 3), 120, 2, 30, { QStringLiteral("COOPERATION"), QStringLiteral("EUROPE") });
    addTestResolution(db, QStringLiteral("A/RES/80/102"),
        QStringLiteral("Safety of journalists and the issue of impunity"), QDate(2025, 12, 3), 91, 20, 40,
        { QStringLiteral("JOURNALISTS"), QStringLiteral("HUMAN RIGHTS") });
    addTestResolution(db, QStringLiteral("A/RES/79/300"),
        QStringLiteral("Return or restitution of cultural property to the countries of origin"),
        QDate(2024, 12, 4), 150, 0, 10, { QStringLiteral("CULTURAL PROPERTY") });
    addTestResolution(db, QStringLiteral("A/RES/ES-11/6"),
        QStringLiteral("Principles of the Charter of the United Nations underlying a comprehensive, just and "
                       "lasting peace in Ukraine"),
        QDate(2023, 2, 23), 141, 7, 32, { QStringLiteral("UKRAINE"), QStringLiteral("PEACE") });
    return db;
}
