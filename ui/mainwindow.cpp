// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/article/articlereader.h"
#include "core/check/language.h"
#include "core/check/resolutionchoice.h"
#include "core/models/countryvotemodel.h"
#include "core/models/statementmodel.h"
#include "core/record/recordlibrary.h"
#include "ui/aboutbox.h"
#include "ui/articleview.h"
#include "ui/chartoutput.h"
#include "ui/charts/votechartview.h"
#include "ui/countrypanel.h"
#include "ui/databaseloader.h"
#include "ui/exportdialog.h"
#include "ui/fileopener.h"
#include "ui/loadindicator.h"
#include "ui/recordheader.h"
#include "ui/resolutionbrowser.h"
#include "ui/reviewcontroller.h"
#include "ui/statementpanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
constexpr qsizetype maxRecordsInBox = 200; // more are browsed in the Resolutions tab
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_database(VoteDatabase::fromRecords(RecordLibrary::embedded()))
    , m_statements(new StatementModel(this))
    , m_review(new ReviewController(this))
    , m_selection(new QItemSelectionModel(m_statements, this))
    , m_countries(new CountryVoteModel(this))
    , m_chart(new VoteChartView(this))
    , m_articleView(new ArticleView(m_statements, m_selection, this))
    , m_panel(new StatementPanel(m_statements, m_selection, this))
    , m_countryPanel(new CountryPanel(m_countries, this))
    , m_tabs(new QTabWidget(this))
    , m_recordBox(new QComboBox(this))
    , m_compareBox(new QLineEdit(this))
    , m_browser(new ResolutionBrowser(this))
    , m_loader(new DatabaseLoader(this))
    , m_header(new RecordHeader(this))
    , m_files(new FileOpener(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/plenary.svg")));
    setAcceptDrops(true);

    m_tabs->addTab(m_chart, tr("&Chart"));
    m_tabs->addTab(m_countryPanel, tr("C&ountries"));
    m_tabs->addTab(m_browser, tr("&Resolutions"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_header);
    leftLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_articleView);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    setCentralWidget(splitter);

    auto* toolbar = addToolBar(tr("Record"));
    toolbar->setObjectName(QStringLiteral("recordToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr(" Record: "), this));
    m_recordBox->setAccessibleName(tr("Record"));
    m_recordBox->setAccessibleDescription(tr("The recorded vote the chart shows and the article is checked against."));
    m_recordBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_recordBox);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr(" Compare with: "), this));
    m_compareBox->setPlaceholderText(tr("symbol, e.g. A/RES/ES-11/1"));
    m_compareBox->setClearButtonEnabled(true);
    m_compareBox->setAccessibleName(tr("Compare with resolution"));
    m_compareBox->setMaximumWidth(260);
    toolbar->addWidget(m_compareBox);

    createMenus();
    connect(m_recordBox, &QComboBox::currentIndexChanged, this,
        [this](int item) { recordChosen(m_recordBox->itemData(item).toLongLong()); });
    statusBar()->addPermanentWidget(new LoadIndicator(m_loader, this));
    connect(m_loader, &DatabaseLoader::progressChanged, this, [this] {
        statusBar()->showMessage(
            tr("Reading %1\u2026").arg(QFileInfo(m_loader->path()).fileName()));
    });
    connect(m_loader, &DatabaseLoader::finished, m_files, &FileOpener::backgroundLoadFinished);
    connect(m_browser, &ResolutionBrowser::resolutionPicked, this, [this](qsizetype index) {
        recordChosen(index);
        m_tabs->setCurrentIndex(0);
    });
    connect(m_review, &ReviewController::fileChanged, this, &MainWindow::updateTitle);
    connect(m_compareBox, &QLineEdit::returnPressed, this, &MainWindow::compareChosen);
    connect(m_compareBox, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            compareChosen();
    });
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &MainWindow::statementSelected);
    connect(m_panel, &StatementPanel::languageChosen, this, [this](const QString& lang) {
        m_article.useLanguage(lang.isEmpty() ? Language::detect(m_article.text) : lang);
        recheck();
    });
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &MainWindow::statementSelected);
    m_articleView->viewport()->installEventFilter(this);

    QSettings settings;
    resize(QSize(1440, 900).boundedTo(screen()->availableGeometry().size() * 0.95)); // a laptop's 1366x768 too
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_panel->setMinimumWidth(300);
    left->setMinimumWidth(360);
    splitter->setSizes({ 620, 440, 380 });
    if (!splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        splitter->setSizes({ 620, 440, 380 });

    fillRecordBox();
    recordChosen(0);
    setArticle(
        ArticleReader::fromText(RecordLibrary::exampleArticleText(), RecordLibrary::exampleArticleName()));
    statusBar()->showMessage(
        tr("Showing the embedded example: open a record or an article, or drop files here."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_files->addOpenActions(file);
    m_review->addFileActions(file);
    m_files->addRecentMenu(file);
    file->addSeparator();
    QAction* exportAction
        = file->addAction(tr("&Export Chart\u2026"), this, &MainWindow::exportChart);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* copy = edit->addAction(tr("&Copy Chart"), this, &MainWindow::copyChart);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setObjectName(QStringLiteral("copyChart"));
    QAction* print = edit->addAction(tr("&Print Chart\u2026"), this, &MainWindow::printChart);
    print->setShortcut(QKeySequence::Print);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const std::pair<ChartKind, QString> charts[] = {
        { ChartKind::Donut, tr("&Donut Chart") },
        { ChartKind::Bar, tr("&Bar Chart with Majority") },
        { ChartKind::Seats, tr("&Seats") },
        { ChartKind::Groups, tr("By Regional &Group") },
        { ChartKind::Compare, tr("Co&mpare with a Second Vote") },
    };
    int key = Qt::Key_1;
    for (const auto& [kind, label] : charts) {
        QAction* a = view->addAction(label, this, [this, kind = kind] {
            if (kind == ChartKind::Compare && !m_chart->compareRecord()) {
                m_compareBox->setFocus();
                statusBar()->showMessage(
                    tr("Type the symbol of the vote to compare with."), 5000);
                return;
            }
            m_chart->setKind(kind);
            m_tabs->setCurrentIndex(0);
        });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
    }
    view->addSeparator();
    QAction* countries = view->addAction(
        tr("C&ountries Table"), this, [this] { m_tabs->setCurrentWidget(m_countryPanel); });
    countries->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction* resolutions = view->addAction(
        tr("&Resolutions"), this, [this] { m_tabs->setCurrentWidget(m_browser); });
    resolutions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QAction* find = view->addAction(tr("&Find Country"), this, [this] {
        m_tabs->setCurrentWidget(m_countryPanel);
        m_countryPanel->searchBox()->setFocus();
        m_countryPanel->searchBox()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    QAction* next = view->addAction(tr("&Next Statement"), this, [this] { stepStatement(1); });
    next->setShortcuts({ QKeySequence(Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Down) });
    next->setObjectName(QStringLiteral("nextStatement"));
    QAction* previous
        = view->addAction(tr("&Previous Statement"), this, [this] { stepStatement(-1); });
    previous->setShortcuts({ QKeySequence(Qt::SHIFT | Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Up) });
    previous->setObjectName(QStringLiteral("previousStatement"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Plenary"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openFiles(const QStringList& paths)
{
    m_files->openFiles(paths);
}

QString MainWindow::loadFile(const QString& path)
{
    return m_files->loadFile(path);
}

void MainWindow::setDatabase(VoteDatabase database, const QString& origin)
{
    // The embedded records stay selectable after the file's own.
    const qsizetype fromFile = database.size();
    for (const VoteRecord& r : RecordLibrary::embedded()) {
        if (database.indexOf(r.symbol) < 0) {
            const VoteDatabase one = VoteDatabase::fromRecords({ r });
            database.append(one);
        }
    }
    m_database = std::move(database);
    m_origin = origin;
    m_originCount = fromFile;
    fillRecordBox();
    if (!proposeResolution())
        recordChosen(0);
}

void MainWindow::compareChosen()
{
    const QString symbol = m_compareBox->text().trimmed();
    if (symbol.isEmpty()) {
        m_chart->setCompareRecord(std::nullopt);
        return;
    }
    const qsizetype index = m_database.indexOf(symbol);
    if (index < 0) {
        statusBar()->showMessage(tr("No resolution %1 is loaded.").arg(symbol), 5000);
        return;
    }
    m_chart->setCompareRecord(m_database.record(index));
    m_chart->setKind(ChartKind::Compare);
    m_tabs->setCurrentIndex(0);
}

void MainWindow::fillRecordBox()
{
    QSignalBlocker blocker(m_recordBox);
    m_recordBox->clear();
    const qsizetype shown = std::min<qsizetype>(m_database.size(), maxRecordsInBox);
    for (qsizetype i = 0; i < shown; ++i) {
        const VoteDatabase::Resolution& r = m_database.resolution(i);
        QString label = QStringLiteral("%1 \u2014 %2").arg(r.symbol, r.title);
        if (i < m_originCount && !m_origin.isEmpty())
            label += QStringLiteral(" (%1)").arg(m_origin);
        m_recordBox->addItem(label, i);
    }
    QStringList symbols;
    symbols.reserve(m_database.size());
    for (qsizetype i = 0; i < m_database.size(); ++i)
        symbols << m_database.resolution(i).symbol;
    auto* completer = new QCompleter(symbols, m_compareBox);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_compareBox->completer();
    m_compareBox->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &MainWindow::compareChosen);
    m_browser->setDatabase(&m_database);
    if (m_database.size() > shown)
        m_recordBox->addItem(
            tr("\u2026 %1 more: use the Resolutions tab").arg(m_database.size() - shown), -1);
}

void MainWindow::selectRecord(const QString& symbol)
{
    const qsizetype index = m_database.indexOf(symbol);
    if (index >= 0)
        recordChosen(int(index));
}

const VoteRecord& MainWindow::currentRecord() const
{
    return m_record;
}

void MainWindow::setArticle(const Article& article)
{
    m_review->reset();
    m_article = article;
    m_articleView->setArticleText(article.text);
    if (!proposeResolution())
        recheck();
}

void MainWindow::showReview(const VoteRecord& record, const QString& origin, const Article& article)
{
    m_article = article;
    m_articleView->setArticleText(article.text);
    qsizetype index = m_database.indexOf(record.symbol);
    if (index < 0 || m_database.record(index).votes != record.votes) {
        setDatabase(VoteDatabase::fromRecords({ record }), origin);
        index = m_database.indexOf(record.symbol);
    }
    recordChosen(index);
}

bool MainWindow::proposeResolution()
{
    if (m_database.size() < 2 || m_article.text.isEmpty())
        return false;
    const ResolutionChoice choice = chooseResolution(m_database, m_article, QString());
    QString message = choice.message;
    if (message.startsWith(QStringLiteral("plenary: ")))
        message.remove(0, 9);
    message.replace(QStringLiteral("use --resolution to choose another"),
        QStringLiteral("pick another in the Resolutions tab"));
    message.replace(
        QStringLiteral("use --resolution to choose one"), QStringLiteral("pick one in the Resolutions tab"));
    statusBar()->showMessage(message);
    m_header->setToolTip(message);
    if (!choice.ok() || choice.index == m_current)
        return false;
    recordChosen(choice.index);
    return true;
}

void MainWindow::recordChosen(qsizetype index)
{
    if (index < 0 || index >= m_database.size())
        return;
    m_current = index;
    m_record = m_database.record(index);
    {
        QSignalBlocker blocker(m_recordBox);
        const int item = m_recordBox->findData(index);
        m_recordBox->setCurrentIndex(item >= 0 ? item : m_recordBox->count() - 1);
    }
    const VoteRecord& r = currentRecord();
    m_chart->setRecord(r);
    // Screen readers get the same text description as the exported SVG's <desc>.
    m_chart->setAccessibleName(tr("Chart of the vote on %1").arg(r.symbol));
    m_chart->setAccessibleDescription(ChartExporter::altText(r));
    m_countries->setRecord(r);
    m_header->setRecord(r);
    m_panel->setRecordReference(
        QStringLiteral("%1 (%2)").arg(r.symbol.toHtmlEscaped(), RecordHeader::sourceLink(r)));
    recheck();
}

void MainWindow::recheck()
{
    if (m_database.isEmpty())
        return;
    m_statements->setResult(m_checker.check(m_article, currentRecord()));
    m_panel->setLanguage(m_article.lang, Language::detect(m_article.text));
    m_chart->setEmphasis({});
    updateTitle();
}

void MainWindow::statementSelected()
{
    const QModelIndex current = m_selection->currentIndex();
    QList<Vote> votes;
    if (current.isValid() && m_selection->isSelected(current)
        && !current.data(StatementModel::RejectedRole).toBool()) {
        for (const QVariant& v : current.data(StatementModel::VotesRole).value<QList<int>>())
            votes.append(static_cast<Vote>(v.toInt()));
    }
    m_chart->setEmphasis(votes);
}

void MainWindow::updateTitle()
{
    const QString review = QFileInfo(m_review->filePath()).fileName();
    setWindowTitle(
        tr("%1 \u2014 %2[*] \u2014 Plenary")
            .arg(currentRecord().symbol, review.isEmpty() ? QFileInfo(m_article.name).fileName() : review));
}

void MainWindow::stepStatement(int step)
{
    const int rows = m_statements->rowCount();
    if (rows == 0)
        return;
    int row
        = m_selection->currentIndex().isValid() ? m_selection->currentIndex().row() : (step > 0 ? -1 : rows);
    // Skip statements the verdict filter hides.
    for (int tries = 0; tries < rows; ++tries) {
        row = (row + step + rows) % rows;
        if (!m_panel->listView()->isRowHidden(row))
            break;
    }
    m_selection->setCurrentIndex(m_statements->index(row, 0), QItemSelectionModel::ClearAndSelect);
    m_panel->listView()->scrollTo(m_statements->index(row, 0));
}

ExportSettings MainWindow::currentExportSettings() const
{
    ExportSettings s;
    s.kind = m_chart->kind();
    s.compare = m_chart->compareRecord();
    return s;
}

void MainWindow::copyChart()
{
    QString error;
    if (ChartOutput::copyToClipboard(currentRecord(), currentExportSettings(), &error))
        statusBar()->showMessage(tr("Chart copied as an image and as SVG."), 5000);
    else
        QMessageBox::warning(this, tr("Copy failed"), error);
}

void MainWindow::printChart()
{
    QString error;
    if (!ChartOutput::print(this, currentRecord(), currentExportSettings(), &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Print failed"), error);
}

void MainWindow::exportChart()
{
    ExportDialog dialog(currentRecord(), m_chart->compareRecord(), m_chart->kind(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Chart exported."), 5000);
}

void MainWindow::showAbout()
{
    AboutBox::show(this);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_review->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto* splitter = qobject_cast<QSplitter*>(centralWidget()))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    openFiles(paths);
    event->acceptProposedAction();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched == m_articleView->viewport()) {
        m_painted = true;
        emit firstPainted();
    }
    return QMainWindow::eventFilter(watched, event);
}
