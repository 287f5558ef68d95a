// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/htmltext.h"

#include <QHash>
#include <QRegularExpression>

namespace {

QString decodeEntity(const QString& name)
{
    static const QHash<QString, QString> named = {
        { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QStringLiteral(" ") },
        { QStringLiteral("ndash"), QStringLiteral("\u2013") },
        { QStringLiteral("mdash"), QStringLiteral("\u2014") },
        { QStringLiteral("laquo"), QStringLiteral("\u00AB") },
        { QStringLiteral("raquo"), QStringLiteral("\u00BB") },
        { QStringLiteral("lsquo"), QStringLiteral("\u2018") },
        { QStringLiteral("rsquo"), QStringLiteral("\u2019") },
        { QStringLiteral("ldquo"), QStringLiteral("\u201C") },
        { QStringLiteral("rdquo"), QStringLiteral("\u201D") },
        { QStringLiteral("hellip"), QStringLiteral("\u2026") },
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint cp = name.startsWith(u"#x", Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16)
                                                                    : name.mid(1).toUInt(&ok, 10);
        if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            const char32_t c = cp;
            return QString::fromUcs4(&c, 1);
        }
        return QStringLiteral("\uFFFD");
    }
    return named.value(name.toLower(), QString());
}

} // namespace

QString HtmlText::toPlainText(const QString& html)
{
    static const QRegularExpression dropped(
        QStringLiteral("<(script|style|head|noscript|template)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(
        QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression block(
        QStringLiteral("</"
                       "?(p|div|br|h[1-6]|li|ul|ol|tr|table|blockquote|section|article|header|footer|title|"
                       "figcaption)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n+"));

    QString s = html;
    s.replace(comment, QString());
    s.replace(dropped, QString());
    // Source line breaks, CRLF included, are only white space in HTML; blocks make the breaks.
    s.replace(u'\r', u' ');
    s.replace(u'\n', u' ');
    s.replace(block, QStringLiteral("\n"));
    s.replace(tag, QString());
    QString out;
    out.reserve(s.size());
    qsizetype last = 0;
    for (auto it = entity.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString decoded = decodeEntity(m.captured(1));
        out += decoded.isNull() ? m.captured(0) : decoded;
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    out.replace(spaces, QStringLiteral(" "));
    out.replace(blankLines, QStringLiteral("\n\n"));
    QStringList lines = out.split(u'\n');
    for (QString& l : lines)
        l = l.trimmed();
    return lines.join(u'\n').trimmed() + u'\n';
}
