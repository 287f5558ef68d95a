// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

/// What one run of the plenary program gave.
struct PlenaryRun
{
    int exitCode = -1; // -1 when it crashed or did not finish within a minute
    QByteArray out;
    QByteArray err;
};

/// Runs the plenary program as a user would, without a display and without QT_QPA_PLATFORM: the
/// program must choose the offscreen platform itself.
inline PlenaryRun runPlenary(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLENARY_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}
