// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct Options;

/// `plenary --export`: renders the chart with the same ChartExporter as the Export dialog. Returns the exit
/// code.
int runExport(const Options& options);
/// `plenary --check`: checks articles and prints the verdicts. Returns 0, 1 (a contradiction) or 2 (error).
int runCheck(const Options& options);
/// `plenary --list-resolutions FILE`: one line per resolution. Returns 0, or 2 on error.
int runList(const Options& options);
/// Drops Qt's start-up chatter that is no news to a command-line user (XDG_RUNTIME_DIR not set).
void quietHeadlessWarnings();
