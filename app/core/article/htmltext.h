// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// \brief Turns an HTML page into plain text: drops tags, scripts and styles, decodes entities, and
/// ends block elements with a line break. Written by hand: Qt Core has no HTML parser.
class HtmlText
{
public:
    static QString toPlainText(const QString& html);
};
