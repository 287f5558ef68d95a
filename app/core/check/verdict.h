// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <array>
#include <optional>

/// \brief The outcome of checking a statement, most severe first.
enum class Verdict : quint8 { ContradictsRecord, ContradictsArticle, Revised, Unverifiable, Consistent };

inline constexpr std::array<Verdict, 5> allVerdicts = { Verdict::ContradictsRecord,
    Verdict::ContradictsArticle, Verdict::Revised, Verdict::Unverifiable, Verdict::Consistent };

/// "contradicts-record", "contradicts-article", "revised", "unverifiable", "consistent".
QString verdictKey(Verdict verdict);
std::optional<Verdict> verdictFromKey(QStringView key);
/// For people: "Contradicts the record", ...
QString verdictLabel(Verdict verdict);
/// A glyph of its own for each verdict, so that meaning never rests on colour: ✖ ≠ ↻ ? ✔.
QString verdictGlyph(Verdict verdict);
/// The verdict's colour as "#RRGGBB" (Okabe-Ito, safe for colour-blind readers).
QString verdictColorName(Verdict verdict);
/// The more severe of two verdicts.
Verdict moreSevere(Verdict a, Verdict b);
