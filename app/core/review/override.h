// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

/// \brief A reviewer's word on one statement: its flag rejected (the engine misread the sentence), a note.
struct Override
{
    bool rejected = false;
    QString note;
    QDateTime when; // the last change, in UTC

    bool isEmpty() const { return !rejected && note.isEmpty(); }
    friend bool operator==(const Override& a, const Override& b)
    {
        return a.rejected == b.rejected && a.note == b.note && a.when == b.when;
    }
    friend bool operator!=(const Override& a, const Override& b) { return !(a == b); }
};

/// \brief An override with the statement it was made on, so it finds that statement again after a re-check.
struct KeyedOverride
{
    QString text; // the statement's text
    int start = 0; // the statement's UTF-16 offset in the article
    Override decision;
};
