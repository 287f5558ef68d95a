// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/check/procedurereader.h"

void ProcedureReader::read(const QString& sentence, const Tokens& tokens, const QString& lang, int offset,
    QList<Claim>& claims)
{
    // Not written yet: no procedure claims are read.
    Q_UNUSED(sentence)
    Q_UNUSED(tokens)
    Q_UNUSED(lang)
    Q_UNUSED(offset)
    Q_UNUSED(claims)
}
