// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/voterecord.h"

#include <QList>
#include <QString>

/// \brief The records compiled into Plenary, and the example article that goes with the first one.
class RecordLibrary
{
public:
    static const QList<VoteRecord>& embedded();
    /// The record shown when Plenary starts with no arguments (A/RES/ES-11/9).
    static const VoteRecord& example();
    static QString exampleArticleText();
    static QString exampleArticleName();
    /// Finds a record by symbol, ignoring case and spaces ("a/res/es-11/1" finds "A/RES/ES-11/1").
    static const VoteRecord* find(const QList<VoteRecord>& records, const QString& symbol);
};
