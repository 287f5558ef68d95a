// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/articlereader.h"

#include "core/article/htmltext.h"
#include "core/article/sentencesplitter.h"
#include "core/check/language.h"
#include "core/io/boundedread.h"

#include <QFile>
#include <QStringDecoder>

namespace {

bool isHtmlName(const QString& name)
{
    return name.endsWith(u".html", Qt::CaseInsensitive) || name.endsWith(u".htm", Qt::CaseInsensitive);
}

/// Line (1-based) and byte column of the first byte that is not valid UTF-8, or nullopt.
std::optional<std::pair<int, int>> firstInvalidUtf8(const QByteArray& data)
{
    int line = 1;
    qsizetype lineStart = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        }
        int len = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return std::pair { line, int(i - lineStart + 1) };
        }
        if (i + len > n)
            return std::pair { line, int(i - lineStart + 1) };
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return std::pair { line, int(i - lineStart + 1) };
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong
            = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return std::pair { line, int(i - lineStart + 1) };
        i += len;
    }
    return std::nullopt;
}

} // namespace

int Article::codePointOffset(int utf16Offset) const
{
    int cp = 0;
    const int end = std::min<int>(utf16Offset, text.size());
    for (int i = 0; i < end; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++cp;
    }
    return cp;
}

void Article::useLanguage(const QString& code)
{
    if (code == lang || !Language::isSupported(code))
        return;
    lang = code;
    sentences = SentenceSplitter::split(text, lang);
}

ArticleReadResult ArticleReader::read(QIODevice& device, const QString& fileName)
{
    ArticleReadResult result;
    if (device.size() > maxFileSize) {
        result.error = ReadError { fileName, 0,
            QStringLiteral("file is %1 MiB; articles may be at most %2 MiB")
                .arg(device.size() / (1024 * 1024))
                .arg(maxFileSize / (1024 * 1024)) };
        return result;
    }
    QByteArray data = BoundedRead::upTo(device, maxFileSize);
    if (data.size() > maxFileSize) {
        result.error = ReadError { fileName, 0,
            QStringLiteral("file is larger than %1 MiB").arg(maxFileSize / (1024 * 1024)) };
        return result;
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        result.error = ReadError { fileName, 1, QStringLiteral("file is UTF-16; save it as UTF-8") };
        return result;
    }
    if (const auto bad = firstInvalidUtf8(data)) {
        result.error = ReadError { fileName, bad->first,
            QStringLiteral("not valid UTF-8 (byte %1 of the line); save the article as UTF-8")
                .arg(bad->second) };
        return result;
    }
    if (data.contains('\0')) {
        const int line = int(data.left(data.indexOf('\0')).count('\n')) + 1;
        result.error
            = ReadError { fileName, line, QStringLiteral("contains a NUL byte: this is not a text file") };
        return result;
    }
    QString text = QString::fromUtf8(data);
    if (isHtmlName(fileName))
        text = HtmlText::toPlainText(text);
    result.article = fromText(text, fileName);
    return result;
}

ArticleReadResult ArticleReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ArticleReadResult result;
        result.error = ReadError { path, 0, QStringLiteral("cannot open: %1").arg(file.errorString()) };
        return result;
    }
    return read(file, path);
}

Article ArticleReader::fromText(const QString& text, const QString& name)
{
    Article a;
    a.name = name;
    a.text = text;
    a.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    a.lang = Language::detect(a.text);
    a.sentences = SentenceSplitter::split(a.text, a.lang);
    return a;
}
