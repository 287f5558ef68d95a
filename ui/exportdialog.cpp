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
    form->addRow(tr("&File (.png, .svg, .pdf):"), pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

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
    QString error;
    if (!ChartExporter::exportTo(m_path->text(), m_record, s, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return false;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/width"), s.size.width());
    settings.setValue(QStringLiteral("export/height"), s.size.height());
    settings.setValue(QStringLiteral("export/scale"), s.scale);
    settings.setValue(QStringLiteral("export/dir"), QFileInfo(m_path->text()).absolutePath());
    return true;
}
