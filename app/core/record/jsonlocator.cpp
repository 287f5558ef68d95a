// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/jsonlocator.h"

namespace {
constexpr int maxDepth = 64;
}

JsonLocator::JsonLocator(const QByteArray& json)
    : m_text(json)
{
    skipSpace();
    parseValue(QString(), 0);
}

int JsonLocator::line(const QString& path) const
{
    QString p = path;
    while (true) {
        const auto it = m_lines.constFind(p);
        if (it != m_lines.cend())
            return *it;
        const qsizetype slash = p.lastIndexOf(u'/');
        if (slash < 0)
            return 1;
        p.truncate(slash);
    }
}

std::pair<int, int> JsonLocator::lineColumn(const QByteArray& text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return { line, column };
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

QString JsonLocator::parseString()
{
    // m_pos is at the opening quote; the key text is only needed for paths, escapes kept raw.
    const qsizetype start = ++m_pos;
    while (m_pos < m_text.size() && m_text.at(m_pos) != '"') {
        if (m_text.at(m_pos) == '\\')
            ++m_pos;
        else if (m_text.at(m_pos) == '\n')
            ++m_line;
        ++m_pos;
    }
    const QString s = QString::fromUtf8(m_text.mid(start, m_pos - start));
    ++m_pos;
    return s;
}

void JsonLocator::parseValue(const QString& path, int depth)
{
    if (m_pos >= m_text.size() || depth > maxDepth)
        return;
    m_lines.insert(path, m_line);
    const char c = m_text.at(m_pos);
    if (c == '{') {
        ++m_pos;
        skipSpace();
        while (m_pos < m_text.size() && m_text.at(m_pos) != '}') {
            if (m_text.at(m_pos) != '"')
                return;
            const QString key = parseString();
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ':')
                ++m_pos;
            skipSpace();
            parseValue(path + u'/' + key, depth + 1);
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos;
    } else if (c == '[') {
        ++m_pos;
        skipSpace();
        int index = 0;
        while (m_pos < m_text.size() && m_text.at(m_pos) != ']') {
            parseValue(path + u'/' + QString::number(index++), depth + 1);
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            } else if (m_pos < m_text.size() && m_text.at(m_pos) != ']') {
                return;
            }
        }
        ++m_pos;
    } else if (c == '"') {
        parseString();
    } else {
        while (m_pos < m_text.size()) {
            const char d = m_text.at(m_pos);
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                break;
            ++m_pos;
        }
    }
}
