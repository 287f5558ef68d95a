// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"
#include "core/check/checker.h"
#include "core/record/voterecord.h"

#include <QByteArray>
#include <QJsonObject>

/// \brief Writes a check result for the command line: JSON (the shape documented in the README) or text.
class CheckReport
{
public:
    static QJsonObject toJson(const Article& article, const VoteRecord& record, const CheckResult& result);
    static QString toText(const Article& article, const VoteRecord& record, const CheckResult& result);
};
