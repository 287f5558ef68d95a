// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/check/checker.h"

/// \brief The checks of an article against itself.
class CrossCheck
{
public:
    /// The same figure given differently elsewhere, with no explanation of a change, contradicts the
    /// article; statements about the same figures point at each other.
    static void counts(QList<Statement>& list);
    /// Numbers of something else ("19,546 children", later "20,000 children") given twice, close enough
    /// to be one figure, contradict the article.
    static void quantities(QList<Statement>& list);
};
