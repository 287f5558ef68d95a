<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Plenary</source>
        <translation>Про Plenary</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plenary %1&lt;/h3&gt;&lt;p&gt;Puts the official recorded vote of the UN General Assembly beside what an article says about it, and flags every checkable statement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources and licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Recorded votes: UN Digital Library voting records (© United Nations; non-commercial use with attribution). A/RES/ES-11/1 per-country list from an unofficial compilation whose totals match the official count.&lt;/li&gt;&lt;li&gt;UN regional groups: derived from the mledoze/countries database (ODbL 1.0).&lt;/li&gt;&lt;li&gt;Example article: UNN news report of 4 December 2025, shown for checking.&lt;/li&gt;&lt;li&gt;Number words and sentence boundaries: ICU (Unicode licence). Built with Qt (LGPL 3).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Plenary %1&lt;/h3&gt;&lt;p&gt;Розміщує офіційні результати поіменного голосування Генеральної Асамблеї ООН поруч із тим, що про нього пише стаття, і позначає кожне твердження, яке можна перевірити.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Джерела даних і ліцензії&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Результати поіменних голосувань: записи голосувань Цифрової бібліотеки ООН (© Організація Об’єднаних Націй; некомерційне використання із зазначенням джерела). Поіменний список для A/RES/ES-11/1 — з неофіційної збірки, підсумки якої збігаються з офіційними.&lt;/li&gt;&lt;li&gt;Регіональні групи ООН: на основі бази даних mledoze/countries (ODbL 1.0).&lt;/li&gt;&lt;li&gt;Приклад статті: новина УНН від 4 грудня 2025 року, наведена для перевірки.&lt;/li&gt;&lt;li&gt;Числівники та межі речень: ICU (ліцензія Unicode). Зібрано з Qt (LGPL 3).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>%1 (the engine said: %2)</source>
        <translation>%1 (рушій визначив: %2)</translation>
    </message>
    <message>
        <source>The article text; checked statements are highlighted in their verdict colours.</source>
        <translation>Текст статті; перевірені твердження підсвічено кольорами їхніх висновків.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Donut chart</source>
        <translation>Кільцева діаграма</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Стовпчикова діаграма</translation>
    </message>
    <message>
        <source>Seat chart, one mark per member state,</source>
        <translation>Діаграма місць (одна позначка на кожну державу-члена)</translation>
    </message>
    <message>
        <source>Bar chart by UN regional group</source>
        <translation>Стовпчикова діаграма за регіональними групами ООН</translation>
    </message>
    <message>
        <source>Flow chart</source>
        <translation>Діаграма потоків</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 — з «%2» на «%3»</translation>
    </message>
    <message>
        <source>Flow chart of how member states voted on %1 and then on %2: %3 of %4 states changed their vote (%5).</source>
        <translation>Діаграма потоків: як держави-члени голосували щодо %1, а потім щодо %2; %3 із %4 держав змінили свій голос (%5).</translation>
    </message>
    <message>
        <source> of the recorded vote on %1</source>
        <translation> поіменного голосування щодо %1</translation>
    </message>
    <message>
        <source>: %1 of %2 members.</source>
        <translation>: %1 із %2 членів.</translation>
    </message>
    <message>
        <source>A two-thirds majority</source>
        <translation>Більшість у дві третини</translation>
    </message>
    <message>
        <source>A simple majority</source>
        <translation>Проста більшість</translation>
    </message>
    <message>
        <source> %1 of members present and voting was required (%2 of %3); the resolution was %4.</source>
        <translation> Потрібна була %1 присутніх і тих, що голосують (%2 із %3); резолюцію %4.</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>ухвалено</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>не ухвалено</translation>
    </message>
    <message>
        <source> The required majority is not recorded.</source>
        <translation> Необхідну більшість не зазначено.</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>Не вдалося експортувати %1: %2</translation>
    </message>
    <message>
        <source>the file name has no suffix; use .png, .svg or .pdf</source>
        <translation>назва файлу не має розширення; використайте .png, .svg або .pdf</translation>
    </message>
    <message>
        <source>unknown file type “.%1”; use .png, .svg or .pdf</source>
        <translation>невідомий тип файлу «.%1»; використайте .png, .svg або .pdf</translation>
    </message>
    <message>
        <source>size %1 × %2 is out of range (%3 to %4 per side)</source>
        <translation>розмір %1 × %2 поза допустимими межами (від %3 до %4 на сторону)</translation>
    </message>
    <message>
        <source>scale %1 is out of range (%2 to %3)</source>
        <translation>масштаб %1 поза допустимими межами (від %2 до %3)</translation>
    </message>
    <message>
        <source>%1 × %2 at scale %3 is too many pixels for a PNG</source>
        <translation>%1 × %2 за масштабу %3 — забагато пікселів для PNG</translation>
    </message>
    <message>
        <source>--chart compare needs a second resolution (--compare SYMBOL2)</source>
        <translation>для --chart compare потрібна друга резолюція (--compare СИМВОЛ2)</translation>
    </message>
    <message>
        <source>the chart could not be rendered</source>
        <translation>не вдалося побудувати діаграму</translation>
    </message>
</context>
<context>
    <name>ChartOutput</name>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>не вдалося створити тимчасову теку: %1</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>Друк діаграми</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>не вдалося запустити друк</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>recorded vote</source>
        <translation>поіменне голосування</translation>
    </message>
    <message>
        <source>How member states moved: %1 → %2</source>
        <translation>Як змінилися голоси держав-членів: %1 → %2</translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message>
        <source>Search member states, ISO codes or groups</source>
        <translation>Пошук держав-членів, кодів ISO або груп</translation>
    </message>
    <message>
        <source>Search member states</source>
        <translation>Пошук держав-членів</translation>
    </message>
    <message>
        <source>All votes</source>
        <translation>Усі голоси</translation>
    </message>
    <message>
        <source>Show votes</source>
        <translation>Показати голоси</translation>
    </message>
    <message>
        <source>Votes by member state</source>
        <translation>Голоси держав-членів</translation>
    </message>
    <message>
        <source>Shows all member states or only those that voted one way.</source>
        <translation>Показує всі держави-члени або лише ті, що проголосували певним чином.</translation>
    </message>
    <message>
        <source>How each member state voted, with its ISO code and regional group; sort by any column.</source>
        <translation>Як голосувала кожна держава-член, з її кодом ISO та регіональною групою; сортування за будь-яким стовпцем.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Експорт діаграми</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>Кільцева</translation>
    </message>
    <message>
        <source>100% bar with required majority</source>
        <translation>Стовпчик 100% з необхідною більшістю</translation>
    </message>
    <message>
        <source>Seats (one per member state)</source>
        <translation>Місця (одне на державу-члена)</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>За регіональними групами</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Порівняння з %1</translation>
    </message>
    <message>
        <source>a second vote</source>
        <translation>другим голосуванням</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>2× (sharp on high-density screens)</source>
        <translation>2× (чітко на екранах високої щільності)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Діаграма:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Розмір:</translation>
    </message>
    <message>
        <source>PNG s&amp;cale:</source>
        <translation>&amp;Масштаб PNG:</translation>
    </message>
    <message>
        <source>&amp;File (.png, .svg, .pdf):</source>
        <translation>&amp;Файл (.png, .svg, .pdf):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Зображення PNG (*.png);;Зображення SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <source>Light (for print and most pages)</source>
        <translation>Світла (для друку та більшості сторінок)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Numbers and dates:</source>
        <translation>&amp;Числа й дати:</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Діаграма</translation>
    </message>
    <message>
        <source>Which chart of the vote to export.</source>
        <translation>Яку діаграму голосування експортувати.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Width of the image or PDF page in points.</source>
        <translation>Ширина зображення або сторінки PDF у пунктах.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Висота</translation>
    </message>
    <message>
        <source>Height of the image or PDF page in points.</source>
        <translation>Висота зображення або сторінки PDF у пунктах.</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>Масштаб PNG</translation>
    </message>
    <message>
        <source>Pixels per point in a PNG export; SVG and PDF are scalable.</source>
        <translation>Пікселів на пункт в експорті PNG; SVG і PDF масштабуються.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Light or dark colours for the exported chart; both keep text contrast of at least 4.5:1.</source>
        <translation>Світлі або темні кольори експортованої діаграми; обидві зберігають контраст тексту щонайменше 4,5:1.</translation>
    </message>
    <message>
        <source>Numbers and dates</source>
        <translation>Числа й дати</translation>
    </message>
    <message>
        <source>The language whose number and date formats the exported chart uses.</source>
        <translation>Мова, формати чисел і дат якої використовує експортована діаграма.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Where to save; the suffix .png, .svg or .pdf chooses the format.</source>
        <translation>Куди зберегти; суфікс .png, .svg або .pdf визначає формат.</translation>
    </message>
    <message>
        <source>Chooses the file in a file dialog.</source>
        <translation>Вибирає файл у діалозі файлів.</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Open &amp;Article…</source>
        <translation>Відкрити &amp;статтю…</translation>
    </message>
    <message>
        <source>Open &amp;Record…</source>
        <translation>Відкрити &amp;запис…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавні файли</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Не вдалося відкрити</translation>
    </message>
    <message>
        <source>%1: holds no recorded votes</source>
        <translation>%1: не містить поіменних голосувань</translation>
    </message>
    <message>
        <source>Opened %1 resolution(s) from %2</source>
        <translation>Відкрито резолюцій: %1, з %2</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Проблеми у %1</translation>
    </message>
    <message>
        <source>%1 resolution(s) were read from %2. %3 problem(s) were found; what could not be read is listed below.</source>
        <translation>Прочитано резолюцій: %1, з %2. Виявлено проблем: %3; те, що не вдалося прочитати, наведено нижче.</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled; nothing changed.</source>
        <translation>Завантаження %1 скасовано; нічого не змінено.</translation>
    </message>
    <message>
        <source>Opened %1 resolutions from %2</source>
        <translation>Відкрито резолюцій: %1, з %2</translation>
    </message>
    <message>
        <source>Opened article %1</source>
        <translation>Відкрито статтю %1</translation>
    </message>
    <message>
        <source>Open Record</source>
        <translation>Відкрити запис</translation>
    </message>
    <message>
        <source>Plenary records (*.json);;All files (*)</source>
        <translation>Записи Plenary (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Відкрити статтю</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm);;All files (*)</source>
        <translation>Статті (*.txt *.html *.htm);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>%1 states: %2 in %3</source>
        <translation>Держав: %1 — «%2» у %3</translation>
    </message>
    <message>
        <source>%1 states: %2 in %3, %4 in %5</source>
        <translation>Держав: %1 — «%2» у %3, «%4» у %5</translation>
    </message>
    <message>
        <source>%1 of %2 states changed their vote; bands coloured by the first vote:</source>
        <translation>%1 із %2 держав змінили свій голос; смуги забарвлено за першим голосуванням:</translation>
    </message>
</context>
<context>
    <name>GroupChart</name>
    <message>
        <source>No regional group</source>
        <translation>Поза регіональними групами</translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation>%1: %2 із %3 — %4</translation>
    </message>
    <message>
        <source>Member states per group:</source>
        <translation>Держави-члени за групами:</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Німецька</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французька</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Іспанська</translation>
    </message>
</context>
<context>
    <name>LoadIndicator</name>
    <message>
        <source>Loading progress</source>
        <translation>Перебіг завантаження</translation>
    </message>
    <message>
        <source>How much of the record file has been read</source>
        <translation>Яку частину файлу записів уже прочитано</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Скасувати завантаження</translation>
    </message>
    <message>
        <source>Stops reading the file; nothing changes</source>
        <translation>Зупиняє читання файлу; нічого не змінюється</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Діаграма</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>Д&amp;ержави</translation>
    </message>
    <message>
        <source>&amp;Resolutions</source>
        <translation>&amp;Резолюції</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source> Record: </source>
        <translation> Запис: </translation>
    </message>
    <message>
        <source> Compare with: </source>
        <translation> Порівняти з: </translation>
    </message>
    <message>
        <source>symbol, e.g. A/RES/ES-11/1</source>
        <translation>символ, напр. A/RES/ES-11/1</translation>
    </message>
    <message>
        <source>Compare with resolution</source>
        <translation>Порівняти з резолюцією</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <source>Showing the embedded example: open a record or an article, or drop files here.</source>
        <translation>Показано вбудований приклад: відкрийте запис або статтю чи перетягніть файли сюди.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Експортувати діаграму…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Копіювати діаграму</translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <translation>&amp;Друкувати діаграму…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Donut Chart</source>
        <translation>&amp;Кільцева діаграма</translation>
    </message>
    <message>
        <source>&amp;Bar Chart with Majority</source>
        <translation>&amp;Стовпчикова діаграма з більшістю</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>&amp;Місця</translation>
    </message>
    <message>
        <source>By Regional &amp;Group</source>
        <translation>За регіональними &amp;групами</translation>
    </message>
    <message>
        <source>Co&amp;mpare with a Second Vote</source>
        <translation>&amp;Порівняти з другим голосуванням</translation>
    </message>
    <message>
        <source>Type the symbol of the vote to compare with.</source>
        <translation>Введіть символ голосування для порівняння.</translation>
    </message>
    <message>
        <source>C&amp;ountries Table</source>
        <translation>&amp;Таблиця держав</translation>
    </message>
    <message>
        <source>&amp;Find Country</source>
        <translation>&amp;Знайти державу</translation>
    </message>
    <message>
        <source>&amp;Next Statement</source>
        <translation>&amp;Наступне твердження</translation>
    </message>
    <message>
        <source>&amp;Previous Statement</source>
        <translation>П&amp;опереднє твердження</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Plenary</source>
        <translation>&amp;Про Plenary</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>No resolution %1 is loaded.</source>
        <translation>Резолюцію %1 не завантажено.</translation>
    </message>
    <message>
        <source>… %1 more: use the Resolutions tab</source>
        <translation>… ще %1: скористайтеся вкладкою «Резолюції»</translation>
    </message>
    <message>
        <source>Chart of the vote on %1</source>
        <translation>Діаграма голосування щодо %1</translation>
    </message>
    <message>
        <source>Chart copied as an image and as SVG.</source>
        <translation>Діаграму скопійовано як зображення і як SVG.</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Помилка копіювання</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>Помилка друку</translation>
    </message>
    <message>
        <source>Chart exported.</source>
        <translation>Діаграму експортовано.</translation>
    </message>
    <message>
        <source>%1 — %2[*] — Plenary</source>
        <translation>%1 — %2[*] — Plenary</translation>
    </message>
    <message>
        <source>The recorded vote the chart shows and the article is checked against.</source>
        <translation>Зафіксоване голосування, яке показує діаграма і з яким звіряється стаття.</translation>
    </message>
</context>
<context>
    <name>Majority</name>
    <message>
        <source>simple majority of members present and voting</source>
        <translation>проста більшість присутніх і тих, що голосують</translation>
    </message>
    <message>
        <source>two-thirds majority of members present and voting</source>
        <translation>більшість у дві третини присутніх і тих, що голосують</translation>
    </message>
    <message>
        <source>required majority not recorded</source>
        <translation>необхідну більшість не зазначено</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Record warnings</source>
        <translation>Попередження щодо запису</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;UN Digital Library record %2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;запис Цифрової бібліотеки ООН %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; “%2” — %3, %4. %5 required. %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; «%2» — %3, %4. %5 — потрібна для ухвалення. %6</translation>
    </message>
    <message>
        <source>recorded vote</source>
        <translation>поіменне голосування</translation>
    </message>
    <message>
        <source>draft </source>
        <translation>проєкт </translation>
    </message>
</context>
<context>
    <name>RegionalGroup</name>
    <message>
        <source>African Group</source>
        <translation>Група африканських держав</translation>
    </message>
    <message>
        <source>Asia and the Pacific Group</source>
        <translation>Група держав Азії та Тихого океану</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <translation>Група східноєвропейських держав</translation>
    </message>
    <message>
        <source>Latin American and Caribbean Group</source>
        <translation>Група держав Латинської Америки та Карибського басейну</translation>
    </message>
    <message>
        <source>Western European and Others Group</source>
        <translation>Група західноєвропейських та інших держав</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Поза групами</translation>
    </message>
</context>
<context>
    <name>ResolutionBrowser</name>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Voted on or after</source>
        <translation>Голосування цього дня або пізніше</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Voted on or before</source>
        <translation>Голосування цього дня або раніше</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показати</translation>
    </message>
    <message>
        <source>Symbol or title words, e.g. ES-11 children</source>
        <translation>Символ або слова з назви, напр. ES-11 children</translation>
    </message>
    <message>
        <source>Search resolutions by symbol or title words</source>
        <translation>Пошук резолюцій за символом або словами з назви</translation>
    </message>
    <message>
        <source>Only resolutions voted on or after a date</source>
        <translation>Лише резолюції, проголосовані цього дня або пізніше</translation>
    </message>
    <message>
        <source>Only resolutions voted on or before a date</source>
        <translation>Лише резолюції, проголосовані цього дня або раніше</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сесія</translation>
    </message>
    <message>
        <source>Subject contains</source>
        <translation>Тема містить</translation>
    </message>
    <message>
        <source>Resolutions shown</source>
        <translation>Показано резолюцій</translation>
    </message>
    <message>
        <source>Show the selected resolution</source>
        <translation>Показати вибрану резолюцію</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Резолюції</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Усі сесії</translation>
    </message>
    <message>
        <source>%1 of %2 resolution</source>
        <translation>Резолюцій: %1 із %2</translation>
    </message>
    <message>
        <source>%1 of %2 resolutions</source>
        <translation>Резолюцій: %1 із %2</translation>
    </message>
    <message>
        <source>A date as year-month-day; Alt+Down opens a calendar.</source>
        <translation>Дата у форматі рік-місяць-день; Alt+Down відкриває календар.</translation>
    </message>
    <message>
        <source>When checked, the list leaves out resolutions voted on before the date beside it.</source>
        <translation>Якщо позначено, список не містить резолюцій, ухвалених до дати поруч.</translation>
    </message>
    <message>
        <source>When checked, the list leaves out resolutions voted on after the date beside it.</source>
        <translation>Якщо позначено, список не містить резолюцій, ухвалених після дати поруч.</translation>
    </message>
    <message>
        <source>Shows the resolutions of one session only, or of all sessions.</source>
        <translation>Показує резолюції лише однієї сесії або всіх сесій.</translation>
    </message>
    <message>
        <source>Shows the selected resolution&apos;s vote in the chart, the country table and the checks. Enter or a double click does the same.</source>
        <translation>Показує голосування за вибрану резолюцію на діаграмі, у таблиці країн і в перевірках. Те саме робить Enter або подвійне клацання.</translation>
    </message>
    <message>
        <source>The resolutions of the loaded vote file that match the filters, with their tallies; sort by any column.</source>
        <translation>Резолюції із завантаженого файлу голосувань, що відповідають фільтрам, з підсумками; сортування за будь-яким стовпцем.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Open Re&amp;view…</source>
        <translation>Відкрити &amp;рецензію…</translation>
    </message>
    <message>
        <source>&amp;Save Review</source>
        <translation>&amp;Зберегти рецензію</translation>
    </message>
    <message>
        <source>Save the record, the article, the verdicts and your overrides and notes</source>
        <translation>Зберегти запис, статтю, висновки, а також ваші відхилення й примітки</translation>
    </message>
    <message>
        <source>Save Revie&amp;w As…</source>
        <translation>Зберегти рецензію &amp;як…</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>Експортувати &amp;звіт…</translation>
    </message>
    <message>
        <source>Write the check with your overrides and notes as HTML or PDF</source>
        <translation>Записати перевірку з вашими відхиленнями й примітками у HTML або PDF</translation>
    </message>
    <message>
        <source>Opened review %1</source>
        <translation>Відкрито рецензію %1</translation>
    </message>
    <message>
        <source>Opened review %1. %2</source>
        <translation>Відкрито рецензію %1. %2</translation>
    </message>
    <message>
        <source>Review opened with changes</source>
        <translation>Рецензію відкрито зі змінами</translation>
    </message>
    <message>
        <source>Cannot save the review</source>
        <translation>Не вдалося зберегти рецензію</translation>
    </message>
    <message>
        <source>Save Review</source>
        <translation>Зберегти рецензію</translation>
    </message>
    <message>
        <source>Plenary reviews (*.plenary-review)</source>
        <translation>Рецензії Plenary (*.plenary-review)</translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation>Рецензію збережено у %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Експорт звіту</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf)</source>
        <translation>HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Звіт записано у %1</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Не вдалося записати звіт</translation>
    </message>
    <message>
        <source>Unsaved review</source>
        <translation>Незбережена рецензія</translation>
    </message>
    <message>
        <source>Your overrides and notes on this article are not saved. Save them first?</source>
        <translation>Ваші відхилення та примітки до цієї статті не збережено. Зберегти їх спершу?</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Відкрити рецензію</translation>
    </message>
    <message>
        <source>Statements this version of Plenary reads differently than when the review was saved: %1.</source>
        <translation>Твердження, які ця версія Plenary читає інакше, ніж під час збереження рецензії: %1.</translation>
    </message>
    <message>
        <source>Overrides or notes that found no statement (kept in the review): %1: %2</source>
        <translation>Відхилення чи примітки, що не знайшли свого твердження (зберігаються в рецензії): %1: %2</translation>
    </message>
</context>
<context>
    <name>SeatChart</name>
    <message>
        <source>member states</source>
        <translation>держави-члени</translation>
    </message>
    <message>
        <source>Seats from the left:</source>
        <translation>Місця зліва направо:</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <source>&lt;b&gt;Statements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Твердження&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show statements</source>
        <translation>Показати твердження</translation>
    </message>
    <message>
        <source>Checked statements</source>
        <translation>Перевірені твердження</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <source>Select a statement to see how it was checked.</source>
        <translation>Виберіть твердження, щоб побачити, як його перевірено.</translation>
    </message>
    <message>
        <source>All statements (%1)</source>
        <translation>Усі твердження (%1)</translation>
    </message>
    <message>
        <source>No checkable statements in this article.</source>
        <translation>У цій статті немає тверджень, які можна перевірити.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Read as:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Прочитано як:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Related statements: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Пов’язані твердження: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checked against %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Перевірено за %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reject flag</source>
        <translation>Відхилити позначку</translation>
    </message>
    <message>
        <source>Marks the selected statement as misread by the engine; press again to restore the engine&apos;s verdict.</source>
        <translation>Позначає, що рушій хибно прочитав вибране твердження; натисніть ще раз, щоб повернути висновок рушія.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note on this statement…</source>
        <translation>Примітка рецензента до цього твердження…</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Примітка рецензента</translation>
    </message>
    <message>
        <source>A note kept with the article in the saved review and in reports.</source>
        <translation>Примітка, що зберігається разом зі статтею в рецензії та у звітах.</translation>
    </message>
    <message>
        <source>Your note on the selected statement: saved with the review and shown in reports.</source>
        <translation>Ваша примітка до вибраного твердження: зберігається з рецензією і показується у звітах.</translation>
    </message>
    <message>
        <source>Restore flag</source>
        <translation>Повернути позначку</translation>
    </message>
    <message>
        <source>Restore the engine&apos;s verdict on this statement (Ctrl+R)</source>
        <translation>Повернути висновок рушія щодо цього твердження (Ctrl+R)</translation>
    </message>
    <message>
        <source>The engine misread this sentence: reject its flag (Ctrl+R)</source>
        <translation>Рушій хибно прочитав це речення: відхилити позначку (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;⊘ %1&lt;/b&gt; — the engine&apos;s verdict was:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;⊘ %1&lt;/b&gt; — висновок рушія був таким:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Читати як:</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Мова статті</translation>
    </message>
    <message>
        <source>The language the checker reads the article in: detected from the text, or one you choose.</source>
        <translation>Мова, якою перевірка читає статтю: визначена з тексту або вибрана вами.</translation>
    </message>
    <message>
        <source>Shows all statements or only those with one verdict; each entry gives the count.</source>
        <translation>Показує всі твердження або лише ті, що мають певний висновок; кожен пункт подає їхню кількість.</translation>
    </message>
    <message>
        <source>Every checkable statement of the article with its verdict. F8 and Shift+F8 move to the next and previous statement.</source>
        <translation>Кожне твердження статті, яке можна перевірити, з його висновком. F8 і Shift+F8 переходять до наступного й попереднього твердження.</translation>
    </message>
    <message>
        <source>How the selected statement was checked: the claim as read, the recorded value, the rule and the record, with links to related statements.</source>
        <translation>Як перевірено вибране твердження: прочитане твердження, зафіксоване значення, правило й запис, з посиланнями на пов’язані твердження.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Визначено: %1</translation>
    </message>
</context>
<context>
    <name>TableHeader</name>
    <message>
        <source>Member state</source>
        <translation>Держава-член</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Регіональна група</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сесія</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>За</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Проти</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Утрималися</translation>
    </message>
    <message>
        <source>Non-voting</source>
        <translation>Не голосували</translation>
    </message>
    <message>
        <source>First vote</source>
        <translation>Перше голосування</translation>
    </message>
    <message>
        <source>Second vote</source>
        <translation>Друге голосування</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Contradicts the record</source>
        <translation>Суперечить запису</translation>
    </message>
    <message>
        <source>Contradicts the article</source>
        <translation>Суперечить статті</translation>
    </message>
    <message>
        <source>Revised after the vote</source>
        <translation>Переглянуто після голосування</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Неможливо перевірити</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Відповідає запису</translation>
    </message>
    <message>
        <source>Rejected by reviewer</source>
        <translation>Відхилено рецензентом</translation>
    </message>
</context>
<context>
    <name>Vote</name>
    <message>
        <source>Yes</source>
        <translation>За</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Проти</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Утрималися</translation>
    </message>
    <message>
        <source>Non-voting</source>
        <translation>Не голосували</translation>
    </message>
    <message>
        <source>in favour</source>
        <translation>за</translation>
    </message>
    <message>
        <source>against</source>
        <translation>проти</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>утрималися</translation>
    </message>
    <message>
        <source>not voting</source>
        <translation>не голосували</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <source>Share of the %1 members who voted yes, no or abstained</source>
        <translation>Частка %1 членів, які голосували «за», «проти» або утрималися</translation>
    </message>
    <message>
        <source> (%1 of %2 did not vote)</source>
        <translation> (%1 із %2 не голосували)</translation>
    </message>
    <message>
        <source>Required majority not recorded, so no majority line is drawn</source>
        <translation>Необхідну більшість не зазначено, тому лінію більшості не показано</translation>
    </message>
    <message>
        <source>two-thirds majority</source>
        <translation>більшість у дві третини</translation>
    </message>
    <message>
        <source>simple majority</source>
        <translation>проста більшість</translation>
    </message>
    <message>
        <source>%1: %2 of %3 present and voting</source>
        <translation>%1: %2 із %3 присутніх і тих, що голосують</translation>
    </message>
</context>
<context>
    <name>VoteChartOverlay</name>
    <message>
        <source>members</source>
        <translation>членів</translation>
    </message>
</context>
<context>
    <name>VoteChartView</name>
    <message>
        <source>Donut</source>
        <translation>Кільце</translation>
    </message>
    <message>
        <source>Donut chart</source>
        <translation>Кільцева діаграма</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Стовпчик</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Стовпчикова діаграма</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>Seat chart</source>
        <translation>Діаграма місць</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Chart by regional group</source>
        <translation>Діаграма за регіональними групами</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Порівняти</translation>
    </message>
    <message>
        <source>Compare two votes</source>
        <translation>Порівняти два голосування</translation>
    </message>
    <message>
        <source>Compare two votes (choose a second resolution first)</source>
        <translation>Порівняти два голосування (спершу виберіть другу резолюцію)</translation>
    </message>
    <message>
        <source>Vote chart</source>
        <translation>Діаграма голосування</translation>
    </message>
    <message>
        <source>States whose vote changed</source>
        <translation>Держави, що змінили голос</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Порівняти з %1</translation>
    </message>
    <message>
        <source>No vote record loaded</source>
        <translation>Запис голосування не завантажено</translation>
    </message>
    <message>
        <source>The member states that voted differently in the two compared resolutions, with both votes.</source>
        <translation>Держави-члени, що голосували по-різному у двох порівнюваних резолюціях, з обома голосами.</translation>
    </message>
</context>
</TS>
