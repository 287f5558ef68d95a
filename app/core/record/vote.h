// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

/// \brief How one member state voted: yes, no, abstain, or not voting (absent or present but silent).
enum class Vote : quint8 { Yes, No, Abstain, NonVoting };

inline constexpr std::array<Vote, 4> allVotes = { Vote::Yes, Vote::No, Vote::Abstain, Vote::NonVoting };

/// The record format's one-letter code: Y, N, A or X.
QString voteCode(Vote vote);
/// Accepts Y/N/A/X and the older NV for non-voting, case-insensitively.
std::optional<Vote> voteFromCode(QStringView code);
/// Plain label for people: "Yes", "No", "Abstain", "Non-voting".
QString voteLabel(Vote vote);
/// Phrase used in explanations: "in favour", "against", "abstaining", "not voting".
QString votePhrase(Vote vote);
