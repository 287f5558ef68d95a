// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

bool install(const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

bool installTranslations(const QLocale& locale)
{
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    install(locale, QStringLiteral("qt"), qtFolder);
    install(locale, QStringLiteral("qtbase"), qtFolder);
    return install(locale, QStringLiteral("plenary"), QStringLiteral(":/i18n"));
}
