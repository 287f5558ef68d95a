// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportdialog.h"

#include "ui/charts/chartexporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>

ExportDialog::ExportDialog(
    const VoteRecord& record, const std::optional<VoteRecord>& compare, ChartKind kind, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_compare(compare)
    , m_kind(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_locale(new QComboBox(this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Export Chart"));
    const std::pair<ChartKind, QString> kinds[] = {
        { ChartKind::Donut, tr("Donut") },
        { ChartKind::Bar, tr("100% bar with required majority") },
        { ChartKind::Seats, tr("Seats (one per member state)") },
        { ChartKind::Groups, tr("By regional group") },
        { ChartKind::Compare,
            tr("Compared with %1")
                .arg(compare ? compare->symbol : tr("a second vote")) },
    };
    for (const auto& [k, label] : kinds) {
        m_kind->addItem(label, int(k));
        if (k == ChartKind::Compare && !compare)
            qobject_cast<QStandardItemModel*>(m_kind->model())->item(m_kind->count() - 1)->setEnabled(false);
    }
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    for (QSpinBox* s : { m_width, m_height }) {
        s->setRange(200, 10000);
        s->setSuffix(tr(" pt"));
    }
    QSettings settings;
    m_width->setValue(settings.value(QStringLiteral("export/width"), 1200).toInt());
    m_height->setValue(settings.value(QStringLiteral("export/height"), 800).toInt());
    m_scale->addItem(QStringLiteral("1\u00D7"), 1.0);
    m_scale->addItem(tr("2\u00D7 (sharp on high-density screens)"), 2.0);
    m_scale->addItem(QStringLiteral("3\u00D7"), 3.0);
    m_scale->setCurrentIndex(
        std::max(0, m_scale->findData(settings.value(QStringLiteral("export/scale"), 2.0).toDouble())));
    m_theme->addItem(tr("Light (for print and most pages)"), int(ChartTheme::Light));
    m_theme->addItem(tr("Dark"), int(ChartTheme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.value(QStringLiteral("export/theme"), 0).toInt())));
    // Exports are read by an outlet's audience: English numbers and dates unless the user picks their own.
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    m_locale->addItem(english.nativeLanguageName() + QStringLiteral(" (1,234 \u00B7 3 December 2025)"), english.name());
    for (const QLocale& l : { QLocale::system(), QLocale(QLocale::Ukrainian, QLocale::Ukraine) }) {
        if (m_locale->findData(l.name()) < 0 && l.language() != QLocale::C)
            m_locale->addItem(QStringLiteral("%1 (%2 \u00B7 %3)")
                                  .arg(l.nativeLanguageName(), l.toString(1234),
                                      l.toString(QDate(2025, 12, 3), QStringLiteral("d MMMM yyyy"))),
                l.name());
    }
    m_locale->setCurrentIndex(
        std::max(0, m_locale->findData(settings.value(QStringLiteral("export/locale"), english.name()).toString())));
    const QString dir = settings.value(QStringLiteral("export/dir"), QDir::homePath()).toString();
    QString name = record.symbol;
    name.replace(u'/', u'-');
    m_path->setText(QDir(dir).filePath(name + QStringLiteral(".png")));

    auto* browseButton = new QPushButton(tr("Browse\u2026"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("\u00D7"), this));
    sizeRow->addWidget(m_height);
    auto* form = new QFormLayout;
    form->addRow(tr("&Chart:"), m_kind);
    form->addRow(tr("&Size:"), sizeRow);
    form->addRow(tr("PNG s&cale:"), m_scale);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Numbers and dates:"), m_locale);
    form->addRow(tr("&File (.png, .svg, .pdf):"), pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_kind->setAccessibleName(tr("Chart"));
    m_kind->setAccessibleDescription(tr("Which chart of the vote to export."));
    m_width->setAccessibleName(tr("Width"));
    m_width->setAccessibleDescription(tr("Width of the image or PDF page in points."));
    m_height->setAccessibleName(tr("Height"));
    m_height->setAccessibleDescription(tr("Height of the image or PDF page in points."));
    m_scale->setAccessibleName(tr("PNG scale"));
    m_scale->setAccessibleDescription(tr("Pixels per point in a PNG export; SVG and PDF are scalable."));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setAccessibleDescription(tr("Light or dark colours for the exported chart; both keep text contrast of at least 4.5:1."));
    m_locale->setAccessibleName(tr("Numbers and dates"));
    m_locale->setAccessibleDescription(tr("The language whose number and date formats the exported chart uses."));
    m_path->setAccessibleName(tr("File"));
    m_path->setAccessibleDescription(tr("Where to save; the suffix .png, .svg or .pdf chooses the format."));
    browseButton->setAccessibleDescription(tr("Chooses the file in a file dialog."));

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow())
            accept();
    });
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), m_path->text(),
        tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ExportDialog::exportNow()
{
    ExportSettings s;
    s.kind = static_cast<ChartKind>(m_kind->currentData().toInt());
    s.size = QSize(m_width->value(), m_height->value());
    s.scale = m_scale->currentData().toDouble();
    s.compare = m_compare;
    s.theme = static_cast<ChartTheme>(m_theme->currentData().toInt());
    s.locale = QLocale(m_locale->currentData().toString());
    QString error;
    if (!ChartExporter::exportTo(m_path->text(), m_record, s, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return false;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/width"), s.size.width());
    settings.setValue(QStringLiteral("export/height"), s.size.height());
    settings.setValue(QStringLiteral("export/scale"), s.scale);
    settings.setValue(QStringLiteral("export/theme"), int(s.theme));
    settings.setValue(QStringLiteral("export/locale"), s.locale.name());
    settings.setValue(QStringLiteral("export/dir"), QFileInfo(m_path->text()).absolutePath());
    return true;
}
