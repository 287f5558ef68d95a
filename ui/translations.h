// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLocale;

/// \brief Installs the interface translations for \a locale on the running application: Qt's own ("qt",
/// "qtbase" from Qt's translations folder, so standard dialogs and buttons match) and Plenary's (embedded
/// under :/i18n). The translators are owned by the application object. Returns whether Plenary's own
/// translation was found; English needs none, so false is not an error.
bool installTranslations(const QLocale& locale);
